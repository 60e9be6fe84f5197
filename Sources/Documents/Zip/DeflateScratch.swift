/// The working memory of a block's writer, allocated once per stream and used by every block:
/// the used symbols with their frequencies, code lengths and codes, the run-coded header and the
/// table the symbols are written with. Made per block as arrays, they cost more than compressing a
/// small part (half of the parts of an office file are under 2 KiB). Nothing in it is read before
/// it is written for the block.
struct DeflateScratch {
    /// The used literal and length symbols as `frequency << 9 | symbol`, in rising symbol order.
    let literalKeys: UnsafeMutablePointer<Int>          // 286
    /// The used distance codes, the same way (room for the two a code needs at least).
    let distanceKeys: UnsafeMutablePointer<Int>         // 30
    let lengthFrequencies: UnsafeMutablePointer<Int>    // 29: per length code
    let literalLengthCounts: UnsafeMutablePointer<Int>  // 17: symbols per code length
    let distanceLengthCounts: UnsafeMutablePointer<Int> // 17
    let headerFrequencies: UnsafeMutablePointer<Int>    // 19
    let tree: UnsafeMutablePointer<Int>                 // HuffmanCode.scratchCount(288)
    let table: UnsafeMutablePointer<UInt64>             // 576: see DeflateBlock.writeSymbols
    /// The literals' codes and their lengths for writing, after `table` in the same memory (so
    /// the writer reaches all three from one register), in two widths (so the compiler indexes each
    /// with its own scale rather than shifting the byte once for both).
    let literalCodeTable: UnsafeMutablePointer<UInt32>  // 256, at `table` + ``literalCodesOffset`` words
    let literalBits: UnsafeMutablePointer<UInt64>       // 256, at `table` + ``literalBitsOffset``
    static let literalBitsOffset = 576
    static let literalCodesOffset = 576 + 256
    let literalCodes: UnsafeMutablePointer<UInt16>      // 286
    let distanceCodes: UnsafeMutablePointer<UInt16>     // 30
    let headerCodes: UnsafeMutablePointer<UInt16>       // 19
    let headerSymbols: UnsafeMutablePointer<UInt16>     // at most 316
    let usedLengths: UnsafeMutablePointer<UInt16>       // at most 256: the match lengths that occur
    let literalLengths: UnsafeMutablePointer<UInt8>     // 286
    let distanceLengths: UnsafeMutablePointer<UInt8>    // 30
    let headerLengths: UnsafeMutablePointer<UInt8>      // 19
    /// 316 lengths, a sentinel and room for an eight-byte load at the sentinel.
    let allLengths: UnsafeMutablePointer<UInt8>         // 328

    private let ints: UnsafeMutablePointer<Int>
    private let words: UnsafeMutablePointer<UInt64>
    private let shorts: UnsafeMutablePointer<UInt16>
    private let bytes: UnsafeMutablePointer<UInt8>

    static let treeCount = HuffmanCode.scratchCount(288)

    init() {
        ints = .allocate(capacity: 288 + 32 + 32 + 32 + 32 + 32 + Self.treeCount)
        literalKeys = ints
        distanceKeys = ints + 288
        lengthFrequencies = ints + 320
        literalLengthCounts = ints + 352
        distanceLengthCounts = ints + 384
        headerFrequencies = ints + 416
        tree = ints + 448
        words = .allocate(capacity: 576 + 256 + 128)
        table = words
        literalBits = words + Self.literalBitsOffset
        literalCodeTable = UnsafeMutableRawPointer(words + Self.literalCodesOffset).bindMemory(to: UInt32.self, capacity: 256)
        shorts = .allocate(capacity: 288 + 32 + 32 + 320 + 256)
        literalCodes = shorts
        distanceCodes = shorts + 288
        headerCodes = shorts + 320
        headerSymbols = shorts + 352
        usedLengths = shorts + 672
        bytes = .allocate(capacity: 288 + 32 + 32 + 328)
        literalLengths = bytes
        distanceLengths = bytes + 288
        headerLengths = bytes + 320
        allLengths = bytes + 352
    }

    /// Frees the memory; the scratch is not used after.
    func deallocate() {
        ints.deallocate()
        words.deallocate()
        shorts.deallocate()
        bytes.deallocate()
    }
}
