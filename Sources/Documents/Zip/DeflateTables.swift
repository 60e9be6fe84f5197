import Foundation

/// The memory of one stream's compression, kept between streams and shared by the threads that
/// write documents: the hash tables of ``DeflateMatcher`` and the symbols, counts and scratch of
/// ``DeflateBlock``. Clearing a table for every part cost more than matching a small one (half of
/// the parts of an office file are under 2 KiB), a table of 128 KiB made fresh is new pages, and
/// allocating a block's memory per part cost about 4 000 instructions.
///
/// Positions are stored as `base + position`. Each stream gets a base past every value stored
/// before it plus the window, so whatever an earlier stream left reads as out of reach and the
/// output never depends on what was compressed before. The head table is cleared only when the
/// bases run out (after about 2 GB of input through one set of tables).
final class DeflateTables: @unchecked Sendable {
    static let hashBits = 15
    static let window = 1 << 15
    /// Symbols per block (see ``DeflateBlock/defaultCapacity``).
    static let blockCapacity = 1 << 14
    /// The latest position per hash (`1 << hashBits` slots).
    let head: UnsafeMutablePointer<Int32>
    /// Per position (modulo the window) the position before it with the same hash.
    let previous: UnsafeMutablePointer<Int32>
    /// What the positions of the current stream are stored as, added to their index.
    private(set) var base = 0
    private var nextBase = 0
    /// A block's matches and the literals before each (``DeflateBlock``).
    let matches: UnsafeMutablePointer<UInt32>
    let literalRuns: UnsafeMutablePointer<UInt32>
    /// A block's counts: zero between blocks (the writer empties them as it reads them).
    let counts: UnsafeMutablePointer<Int32>
    let scratch = DeflateScratch()

    private init() {
        head = .allocate(capacity: 1 << Self.hashBits)
        previous = .allocate(capacity: Self.window)
        matches = .allocate(capacity: Self.blockCapacity)
        literalRuns = .allocate(capacity: Self.blockCapacity)
        counts = .allocate(capacity: DeflateBlock.countsSize)
        counts.initialize(repeating: 0, count: DeflateBlock.countsSize)
        // `previous` is not cleared: a slot is only read for a position entered before, which wrote it.
        clear()
    }

    deinit {
        head.deallocate()
        previous.deallocate()
        matches.deallocate()
        literalRuns.deallocate()
        counts.deallocate()
        scratch.deallocate()
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
