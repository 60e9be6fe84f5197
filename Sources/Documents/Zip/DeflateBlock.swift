/// The symbols of one DEFLATE block as the matcher finds them, with their counts. Literals are not
/// stored: the block keeps its matches (`distance code << 25 | length << 16 | distance`, the
/// distance code kept so writing need not work it out again) and before each the number of
/// literals that come first, which the writer takes straight from the input in a tight loop.
/// Lengths are counted by length, not by symbol, so the matcher needs no table to count them.
///
/// The memory is the stream's ``DeflateTables`` (kept between streams): a block allocates nothing.
/// The counts are zero when the matcher starts a block; writing the block sets them back to zero
/// as it reads them.
struct DeflateBlock: ~Copyable {
    /// Symbols per block: enough that the dynamic header (50-100 bytes) hardly counts, few enough
    /// that a block follows a change in the data (text, then an image).
    static let defaultCapacity = DeflateTables.blockCapacity

    let capacity: Int
    /// Symbols (literals and matches) in the block; the matcher sets it.
    var count = 0
    /// Matches in the block; the matcher sets it.
    var matchCount = 0
    /// Literals since the last match (or the block's start): the run the next match is counted
    /// after, when the matcher goes on in the same block (``DeflateStream``).
    var openLiterals = 0
    let matches: UnsafeMutablePointer<UInt32>
    /// Per match, the literals before it (since the block's start or the match before).
    let literalRuns: UnsafeMutablePointer<UInt32>
    /// 256 literal counts, then 260 counts by match length (0-2 and 259 unused: the writer reads
    /// them four at a time), then 30 by distance code.
    let counts: UnsafeMutablePointer<Int32>
    static let lengthCountsOffset = 256
    static let distanceCountsOffset = 256 + 260
    static let countsSize = 256 + 260 + 30
    /// Working memory for writing, kept for all the blocks of a stream.
    let scratch: DeflateScratch

    /// A block in `tables`' memory.
    init(tables: DeflateTables) {
        capacity = DeflateTables.blockCapacity
        matches = tables.matches
        literalRuns = tables.literalRuns
        counts = tables.counts
        scratch = tables.scratch
    }

    /// Empties the block for the next one (its counts were emptied as it was written).
    mutating func reset() {
        count = 0
        matchCount = 0
        openLiterals = 0
    }

    /// The distance code (0-29) of `distance`: two codes per power of two past 4, told apart by the
    /// bit below the highest.
    @inline(__always) static func distanceSymbol(_ distance: Int) -> Int {
        let value = distance &- 1
        if value < 4 { return value }
        let highest = Int.bitWidth &- 1 &- value.leadingZeroBitCount
        return 2 &* highest &+ (value &>> (highest &- 1)) & 1
    }

    /// The distance code of every distance (1-32 768, at `distance - 1`): one load per match, where
    /// a table of 512 (distances up to 256 one by one, longer ones by `(distance - 1) >> 7`) took
    /// a compare and a choice more (eight instructions per match, 10 million over a national
    /// build's parts; working the code out took 16). Made once and never written after, so it is
    /// safe to share between threads; the matcher reads it through a pointer it takes before its
    /// loop.
    nonisolated(unsafe) static let distanceSymbols: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: DeflateTables.window)
        for value in 0..<DeflateTables.window { table[value] = UInt8(distanceSymbol(value + 1)) }
        return UnsafePointer(table)
    }()

    /// ``distanceSymbol(_:)`` from ``distanceSymbols`` (`table`).
    @inline(__always) static func distanceSymbol(_ distance: Int, table: UnsafePointer<UInt8>) -> Int {
        Int(table[distance &- 1])
    }

    /// The length code's index (0-28, symbol 257 + index) of `length` (3-258).
    static func lengthSymbol(_ length: Int) -> Int {
        if length == 258 { return 28 }
        let value = length - 3
        if value < 8 { return value }
        let highest = Int.bitWidth - 1 - value.leadingZeroBitCount
        return 4 * (highest - 1) + (value >> (highest - 2)) & 3
    }
}
