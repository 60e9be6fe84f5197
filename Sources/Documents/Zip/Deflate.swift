/// A DEFLATE compressor (RFC 1951) of our own. ``DeflateMatcher`` finds LZ77 matches (a hash of
/// five bytes for text and four for binary data, short chains over a 32 KiB window, as zlib's fast
/// levels do); every 16 K symbols make a block,
/// written with a dynamic Huffman code made for it, the fixed code or as stored bytes, whichever is
/// smallest (``DeflateBlock``). Deterministic: the same input gives the same bytes.
public enum Deflate {
    /// The DEFLATE stream of `input` (empty input gives one empty fixed block).
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        compress(input, dynamic: true)
    }

    /// `input` compressed; without `dynamic`, blocks are only fixed or stored (for tests); `text`
    /// and `binary` are the matcher's settings for each kind of input (for measuring others).
    static func compress(_ input: [UInt8], dynamic: Bool, text: DeflateMatcher.Settings = .text, binary: DeflateMatcher.Settings = .binary) -> [UInt8] {
        input.withUnsafeBufferPointer { data in
            var bits = BitWriter(capacity: data.count / 4 + 64)
            let matcher = DeflateMatcher(count: data.count, settings: DeflateMatcher.Settings.isBinary(data) ? binary : text)
            var block = DeflateBlock(tables: matcher.tables)
            var position = 0
            repeat {
                let start = position
                position = matcher.parse(data, from: start, into: &block)
                let covered = UnsafeBufferPointer(rebasing: data[start..<position])
                block.write(to: &bits, input: covered, final: position == data.count, dynamic: dynamic)
                block.reset()
            } while position < data.count
            return bits.finish()
        }
    }

    /// Base lengths of the length codes 257-285, and their extra bits.
    static let lengthBases: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Base distances of the distance codes 0-29, and their extra bits.
    static let distanceBases: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}
