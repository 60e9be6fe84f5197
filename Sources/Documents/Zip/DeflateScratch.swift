/// The working memory of a block's writer, allocated once per stream and used by every block:
/// frequencies, code lengths and codes, the run-coded header and the table the symbols are written
/// with. Made per block as arrays, they cost more than compressing a small part (half of the parts
/// of an office file are under 2 KiB). Nothing in it is read before it is written for the block.
struct DeflateScratch {
    let literalFrequencies: UnsafeMutablePointer<Int>   // 286 used
    let distanceFrequencies: UnsafeMutablePointer<Int>  // 30
    let headerFrequencies: UnsafeMutablePointer<Int>    // 19
    let tree: UnsafeMutablePointer<Int>                 // HuffmanCode.scratchCount(288)
    let table: UnsafeMutablePointer<UInt64>             // 576: see DeflateBlock.writeSymbols
    let literalCodes: UnsafeMutablePointer<UInt16>      // 286
    let distanceCodes: UnsafeMutablePointer<UInt16>     // 30
    let headerCodes: UnsafeMutablePointer<UInt16>       // 19
    let headerSymbols: UnsafeMutablePointer<UInt16>     // at most 316
    let usedLengths: UnsafeMutablePointer<UInt16>       // at most 256: the match lengths that occur
    let literalLengths: UnsafeMutablePointer<UInt8>     // 286
    let distanceLengths: UnsafeMutablePointer<UInt8>    // 30
    let headerLengths: UnsafeMutablePointer<UInt8>      // 19
    let allLengths: UnsafeMutablePointer<UInt8>         // 316

    private let ints: UnsafeMutablePointer<Int>
    private let words: UnsafeMutablePointer<UInt64>
    private let shorts: UnsafeMutablePointer<UInt16>
    private let bytes: UnsafeMutablePointer<UInt8>

    static let treeCount = HuffmanCode.scratchCount(288)

    init() {
        ints = .allocate(capacity: 288 + 32 + 32 + Self.treeCount)
        literalFrequencies = ints
        distanceFrequencies = ints + 288
        headerFrequencies = ints + 320
        tree = ints + 352
        words = .allocate(capacity: 576)
        table = words
        shorts = .allocate(capacity: 288 + 32 + 32 + 320 + 256)
        literalCodes = shorts
        distanceCodes = shorts + 288
        headerCodes = shorts + 320
        headerSymbols = shorts + 352
        usedLengths = shorts + 672
        bytes = .allocate(capacity: 288 + 32 + 32 + 320)
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
