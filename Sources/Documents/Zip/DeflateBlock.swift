/// The symbols of one DEFLATE block as the matcher finds them, with their counts: literals, and
/// matches as `distance code << 25 | length << 16 | distance` (a length is at least 3, so a match is
/// never below 256; the distance code is kept so writing need not work it out again).
/// Lengths are counted by length, not by symbol, so the matcher needs no table to count them.
struct DeflateBlock: ~Copyable {
    /// Symbols per block: enough that the dynamic header (50-100 bytes) hardly counts, few enough
    /// that a block follows a change in the data (text, then an image).
    static let defaultCapacity = 1 << 14

    let capacity: Int
    /// Symbols in the block; the matcher adds them through `items` and `counts` and sets it.
    var count = 0
    let items: UnsafeMutablePointer<UInt32>
    /// 256 literal counts, then 259 counts by match length (0-2 unused), then 30 by distance code.
    let counts: UnsafeMutablePointer<Int32>
    static let lengthCountsOffset = 256
    static let distanceCountsOffset = 256 + 259
    static let countsSize = 256 + 259 + 30
    /// Working memory for writing, kept for all the blocks of a stream.
    let scratch = DeflateScratch()

    init(capacity: Int) {
        self.capacity = max(1, capacity)
        items = UnsafeMutablePointer<UInt32>.allocate(capacity: self.capacity)
        counts = UnsafeMutablePointer<Int32>.allocate(capacity: Self.countsSize)
        counts.initialize(repeating: 0, count: Self.countsSize)
    }

    deinit {
        items.deallocate()
        counts.deallocate()
        scratch.deallocate()
    }

    /// Empties the block for the next one.
    mutating func reset() {
        count = 0
        counts.update(repeating: 0, count: Self.countsSize)
    }

    /// The distance code (0-29) of `distance`: two codes per power of two past 4, told apart by the
    /// bit below the highest.
    @inline(__always) static func distanceSymbol(_ distance: Int) -> Int {
        let value = distance &- 1
        if value < 4 { return value }
        let highest = Int.bitWidth &- 1 &- value.leadingZeroBitCount
        return 2 &* highest &+ (value &>> (highest &- 1)) & 1
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
