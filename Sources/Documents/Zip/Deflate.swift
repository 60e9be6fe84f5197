/// A DEFLATE compressor (RFC 1951) of our own: LZ77 matches found through hash chains over a
/// 32 KiB window, coded in one block with the fixed Huffman codes. Deterministic: the same input
/// gives the same bytes. Smaller than stored for the XML parts of an office file by 5 to 10 times.
public enum Deflate {
    /// The DEFLATE stream of `input` (one final block; empty input gives an empty fixed block).
    public static func compress(_ input: [UInt8]) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)  // BFINAL
        bits.write(1, count: 2)  // BTYPE 01: fixed Huffman codes
        let count = input.count
        // Tables no larger than the input needs: most parts are a few KiB, and clearing 256 KiB
        // of tables per part would cost more than compressing it.
        var hashBits = 8
        while hashBits < 15 && 1 << hashBits < count { hashBits += 1 }
        let hashSize = 1 << hashBits, window = 1 << 15
        var head = [Int32](repeating: -1, count: hashSize)
        var previous = [Int32](repeating: -1, count: min(window, max(1, count)))
        let mask = previous.count == window ? window - 1 : Int.max
        input.withUnsafeBufferPointer { data in
            head.withUnsafeMutableBufferPointer { head in
                previous.withUnsafeMutableBufferPointer { previous in
                    @inline(__always) func hash(_ at: Int) -> Int {
                        (Int(data[at]) << 10 ^ Int(data[at + 1]) << 5 ^ Int(data[at + 2])) & (hashSize - 1)
                    }
                    @inline(__always) func insert(_ at: Int) {
                        guard at + 2 < count else { return }
                        let key = hash(at)
                        previous[at & mask] = head[key]
                        head[key] = Int32(at)
                    }
                    var position = 0
                    while position < count {
                        var bestLength = 0, bestDistance = 0
                        if position + 2 < count {
                            var candidate = Int(head[hash(position)])
                            // A few candidates and a good-enough length keep it fast; XML repeats a lot.
                            var chain = 12
                            let limit = min(258, count - position)
                            while candidate >= 0, position - candidate <= window - 1, chain > 0 {
                                if bestLength == 0 || data[candidate + bestLength] == data[position + bestLength] {
                                    var length = 0
                                    while length < limit && data[candidate + length] == data[position + length] { length += 1 }
                                    if length > bestLength {
                                        bestLength = length
                                        bestDistance = position - candidate
                                        if length == limit || length >= 48 { break }
                                    }
                                }
                                let next = Int(previous[candidate & mask])
                                if next >= candidate { break }
                                candidate = next
                                chain -= 1
                            }
                        }
                        if bestLength >= 3 {
                            bits.length(bestLength)
                            bits.distance(bestDistance)
                            for at in position..<(position + bestLength) { insert(at) }
                            position += bestLength
                        } else {
                            bits.literal(Int(data[position]))
                            insert(position)
                            position += 1
                        }
                    }
                }
            }
        }
        bits.literal(256)
        return bits.finish()
    }

    /// Base lengths of the length codes 257-285, and their extra bits.
    static let lengthBases: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    /// Base distances of the distance codes 0-29, and their extra bits.
    static let distanceBases: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
}

/// Bits packed least significant first, as DEFLATE stores them; Huffman codes reversed on the way.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var buffer: UInt64 = 0
    private var used = 0

    mutating func write(_ value: Int, count: Int) {
        buffer |= UInt64(value) << UInt64(used)
        used += count
        while used >= 8 {
            bytes.append(UInt8(buffer & 0xFF))
            buffer >>= 8
            used -= 8
        }
    }

    /// A Huffman code of `length` bits, most significant bit first.
    mutating func code(_ code: Int, length: Int) {
        var reversed = 0
        for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
        write(reversed, count: length)
    }

    /// A literal/length symbol in the fixed code.
    @inline(__always) mutating func literal(_ symbol: Int) {
        let entry = Self.fixedLiterals[symbol]
        write(Int(entry >> 8), count: Int(entry & 0xFF))
    }

    /// The fixed literal/length code of each symbol, bits already reversed: code << 8 | length.
    static let fixedLiterals: [UInt32] = (0..<288).map { symbol in
        let (code, length) = switch symbol {
        case 0...143: (0x30 + symbol, 8)
        case 144...255: (0x190 + symbol - 144, 9)
        case 256...279: (symbol - 256, 7)
        default: (0xC0 + symbol - 280, 8)
        }
        var reversed = 0
        for bit in 0..<length where code & (1 << bit) != 0 { reversed |= 1 << (length - 1 - bit) }
        return UInt32(reversed << 8 | length)
    }

    mutating func length(_ length: Int) {
        var index = Deflate.lengthBases.count - 1
        while Deflate.lengthBases[index] > length { index -= 1 }
        literal(257 + index)
        write(length - Deflate.lengthBases[index], count: Deflate.lengthExtra[index])
    }

    mutating func distance(_ distance: Int) {
        var index = Deflate.distanceBases.count - 1
        while Deflate.distanceBases[index] > distance { index -= 1 }
        code(index, length: 5)
        write(distance - Deflate.distanceBases[index], count: Deflate.distanceExtra[index])
    }

    /// The bytes, the last one padded with zero bits.
    mutating func finish() -> [UInt8] {
        if used > 0 { bytes.append(UInt8(buffer & 0xFF)) }
        buffer = 0
        used = 0
        return bytes
    }
}
