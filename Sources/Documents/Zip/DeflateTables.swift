import FoundationEssentials
import FoundationGaps

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
    /// The latest position per hash (`1 << hashBits` slots), then ``previous``, ``counts``,
    /// ``matches`` and ``literalRuns`` in the same memory: the matcher's loops reach them all from
    /// one register (at the offsets below), which leaves registers for the rest (one pointer for
    /// all of them took 32 million instructions off the parts of a national build, 1.1 per byte:
    /// fewer values were kept on the stack).
    let head: UnsafeMutablePointer<Int32>
    /// Per position (modulo 65 536, twice the window) the position before it with the same hash.
    /// Twice the window so that a slot is its position's low 16 bits, which the loops take with
    /// one zero-extending move where masking to the window took two instructions (a slot is
    /// still never reused within the window, so the chains are the same).
    let previous: UnsafeMutablePointer<Int32>
    static let previousOffset = 1 << hashBits
    static let previousSlots = 1 << 16
    static let countsOffset = (1 << hashBits) + previousSlots
    static let matchesOffset = countsOffset + 1024
    static let literalRunsOffset = matchesOffset + blockCapacity
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
        head = .allocate(capacity: Self.literalRunsOffset + Self.blockCapacity)
        previous = head + Self.previousOffset
        // UInt32 and Int32 may share memory (signed and unsigned forms of one type).
        matches = UnsafeMutableRawPointer(head + Self.matchesOffset).assumingMemoryBound(to: UInt32.self)
        literalRuns = UnsafeMutableRawPointer(head + Self.literalRunsOffset).assumingMemoryBound(to: UInt32.self)
        counts = head + Self.countsOffset
        counts.initialize(repeating: 0, count: DeflateBlock.countsSize)
        // `previous` is not cleared: a slot is only read for a position entered before, which wrote it.
        clear()
    }

    deinit {
        head.deallocate()
        scratch.deallocate()
    }

    /// Every head slot to 0x8080_8080: below any position in reach, whatever the base.
    private func clear() {
        UnsafeMutableRawPointer(head).initializeMemory(as: UInt8.self, repeating: 0x80, count: (1 << Self.hashBits) * MemoryLayout<Int32>.size)
        nextBase = 0
    }

    /// Sets ``base`` for a stream of `count` bytes (at most `Int32.max` minus three windows). The
    /// base is a multiple of ``previousSlots`` (twice the window), so a stored position has the
    /// slot in ``previous`` of the position itself, and the matcher's loops can count in stored
    /// positions alone.
    func start(count: Int) {
        if nextBase + count + 3 * Self.window >= Int(Int32.max) { clear() }
        base = (nextBase + Self.previousSlots - 1) & ~(Self.previousSlots - 1)
        nextBase = base + count + Self.window + 1
    }

    /// The input of a stream (``DeflateStream``) moved `distance` bytes down in its buffer (the
    /// bytes before it let go): positions counted from the buffer's start are `distance` less, so
    /// the base is `distance` more and every stored position still names the same byte.
    /// `distance` is a multiple of ``previousSlots``: the matcher takes a chain slot from a position
    /// as well as from a stored one.
    func slide(by distance: Int) {
        precondition(distance % Self.previousSlots == 0, "a stream's input moves by whole chain tables")
        base += distance
    }

    private static let lock = Lock()
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
