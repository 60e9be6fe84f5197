/// The header of a dynamic Huffman block (RFC 1951, 3.2.7): the literal/length and distance code
/// lengths as one sequence, runs coded with 16 (repeat the previous length 3-6 times), 17 (3-10
/// zeros) and 18 (11-138 zeros), and that sequence's own Huffman code (lengths at most 7).
struct DynamicHeader {
    /// The order in which the code-length code's lengths are written.
    static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private let literalCount: Int
    private let distanceCount: Int
    /// The code-length symbols (0-18) and the value of their extra bits.
    private var symbols: [(symbol: UInt8, extra: UInt8)] = []
    private let lengthLengths: [UInt8]
    private let lengthCodes: [UInt16]
    private let lengthLengthCount: Int
    /// The header's size in bits (without the three block header bits).
    private(set) var bitCount = 0

    init(literalLengths: [UInt8], distanceLengths: [UInt8]) {
        literalCount = max(257, (literalLengths.lastIndex { $0 != 0 } ?? 0) + 1)
        distanceCount = max(1, (distanceLengths.lastIndex { $0 != 0 } ?? 0) + 1)
        let lengths = Array(literalLengths.prefix(literalCount)) + Array(distanceLengths.prefix(distanceCount))
        symbols.reserveCapacity(lengths.count)
        var index = 0
        while index < lengths.count {
            let length = lengths[index]
            var run = 1
            while index + run < lengths.count && lengths[index + run] == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 {
                    let part = min(run, 138)
                    symbols.append((18, UInt8(part - 11)))
                    run -= part
                }
                if run >= 3 {
                    symbols.append((17, UInt8(run - 3)))
                    run = 0
                }
            } else {
                symbols.append((length, 0))
                run -= 1
                while run >= 3 {
                    let part = min(run, 6)
                    symbols.append((16, UInt8(part - 3)))
                    run -= part
                }
            }
            for _ in 0..<run { symbols.append((length, 0)) }
        }
        var frequencies = [Int](repeating: 0, count: 19)
        for entry in symbols { frequencies[Int(entry.symbol)] += 1 }
        let lengthLengths = HuffmanCode.lengths(frequencies, limit: 7)
        self.lengthLengths = lengthLengths
        lengthCodes = HuffmanCode.codes(lengthLengths)
        lengthLengthCount = max(4, (Self.order.lastIndex { lengthLengths[$0] != 0 } ?? 0) + 1)
        bitCount = 5 + 5 + 4 + 3 * lengthLengthCount
        for entry in symbols { bitCount += Int(lengthLengths[Int(entry.symbol)]) + Self.extraBits(entry.symbol) }
    }

    private static func extraBits(_ symbol: UInt8) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }

    /// Writes HLIT, HDIST, HCLEN, the code-length code and the coded lengths.
    func write(to bits: inout BitWriter) {
        bits.write(literalCount - 257, count: 5)
        bits.write(distanceCount - 1, count: 5)
        bits.write(lengthLengthCount - 4, count: 4)
        for symbol in Self.order.prefix(lengthLengthCount) { bits.write(Int(lengthLengths[symbol]), count: 3) }
        for entry in symbols {
            bits.write(Int(lengthCodes[Int(entry.symbol)]), count: Int(lengthLengths[Int(entry.symbol)]))
            let extra = Self.extraBits(entry.symbol)
            if extra > 0 { bits.write(Int(entry.extra), count: extra) }
        }
    }
}
