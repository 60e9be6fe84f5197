import Foundation

/// The hash tables of ``DeflateMatcher``, kept between streams and shared by the threads that
/// write documents: clearing a table for every part cost more than matching a small one (half of
/// the parts of an office file are under 2 KiB), and a table of 128 KiB made fresh is new pages.
///
/// Positions are stored as `base + position`. Each stream gets a base past every value stored
/// before it plus the window, so whatever an earlier stream left reads as out of reach and the
/// output never depends on what was compressed before. The head table is cleared only when the
/// bases run out (after about 2 GB of input through one set of tables).
final class DeflateTables: @unchecked Sendable {
    static let hashBits = 15
    static let window = 1 << 15
    /// The latest position per hash (`1 << hashBits` slots).
    let head: UnsafeMutablePointer<Int32>
    /// Per position (modulo the window) the position before it with the same hash.
    let previous: UnsafeMutablePointer<Int32>
    /// What the positions of the current stream are stored as, added to their index.
    private(set) var base = 0
    private var nextBase = 0

    private init() {
        head = .allocate(capacity: 1 << Self.hashBits)
        previous = .allocate(capacity: Self.window)
        // `previous` is not cleared: a slot is only read for a position entered before, which wrote it.
        clear()
    }

    deinit {
        head.deallocate()
        previous.deallocate()
    }

    /// Every head slot to 0x8080_8080: below any position in reach, whatever the base.
    private func clear() {
        UnsafeMutableRawPointer(head).initializeMemory(as: UInt8.self, repeating: 0x80, count: (1 << Self.hashBits) * MemoryLayout<Int32>.size)
        nextBase = 0
    }

    /// Sets ``base`` for a stream of `count` bytes (at most `Int32.max` minus two windows).
    func start(count: Int) {
        if nextBase + count + 2 * Self.window >= Int(Int32.max) { clear() }
        base = nextBase
        nextBase = base + count + Self.window + 1
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var kept: [DeflateTables] = []
    /// Tables kept at most: one per thread that compresses at once is enough.
    private static let keptLimit = 8

    /// A set of tables for one stream: a kept one, or a new one.
    static func take() -> DeflateTables {
        lock.withLock { kept.popLast() } ?? DeflateTables()
    }

    /// Gives `tables` back for the next stream.
    static func give(_ tables: DeflateTables) {
        lock.withLock {
            if kept.count < keptLimit { kept.append(tables) }
        }
    }
}
