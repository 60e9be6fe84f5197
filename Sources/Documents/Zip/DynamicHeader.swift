/// The header of a dynamic Huffman block (RFC 1951, 3.2.7): the literal/length and distance code
/// lengths as one sequence, runs coded with 16 (repeat the previous length 3-6 times), 17 (3-10
/// zeros) and 18 (11-138 zeros), and that sequence's own Huffman code (lengths at most 7).
struct DynamicHeader {
    /// The order in which the code-length code's lengths are written.
    static let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private let literalCount: Int
    private let distanceCount: Int
    /// The code-length symbols (0-18), each with the value of its extra bits at bit 8.
    private let symbols: [UInt16]
    private let lengthLengths: [UInt8]
    private let lengthCodes: [UInt16]
    private let lengthLengthCount: Int
    /// The header's size in bits (without the three block header bits).
    private(set) var bitCount = 0

    init(literalLengths: [UInt8], distanceLengths: [UInt8]) {
        var literalCount = 286, distanceCount = 30
        while literalCount > 257 && literalLengths[literalCount - 1] == 0 { literalCount -= 1 }
        while distanceCount > 1 && distanceLengths[distanceCount - 1] == 0 { distanceCount -= 1 }
        self.literalCount = literalCount
        self.distanceCount = distanceCount
        let total = literalCount + distanceCount
        // One sequence of lengths, coded in runs. Plain locals, no closure: a variable captured by
        // one is checked for exclusive access at run time on every use.
        var lengths = [UInt8](repeating: 0, count: total)
        for index in 0..<literalCount { lengths[index] = literalLengths[index] }
        for index in 0..<distanceCount { lengths[literalCount + index] = distanceLengths[index] }
        var symbols: [UInt16] = []
        symbols.reserveCapacity(total)
        var frequencies = [Int](repeating: 0, count: 19)
        var index = 0
        while index < total {
            let length = Int(lengths[index])
            var run = 1
            while index + run < total && Int(lengths[index + run]) == length { run += 1 }
            index += run
            if length == 0 {
                while run >= 11 {
                    let part = min(run, 138)
                    symbols.append(UInt16(18 | (part - 11) << 8))
                    frequencies[18] += 1
                    run -= part
                }
                if run >= 3 {
                    symbols.append(UInt16(17 | (run - 3) << 8))
                    frequencies[17] += 1
                    run = 0
                }
            } else {
                symbols.append(UInt16(length))
                frequencies[length] += 1
                run -= 1
                while run >= 3 {
                    let part = min(run, 6)
                    symbols.append(UInt16(16 | (part - 3) << 8))
                    frequencies[16] += 1
                    run -= part
                }
            }
            for _ in 0..<run { symbols.append(UInt16(length)) }
            frequencies[length] += run
        }
        self.symbols = symbols
        let lengthLengths = HuffmanCode.lengths(frequencies, limit: 7)
        self.lengthLengths = lengthLengths
        lengthCodes = HuffmanCode.codes(lengthLengths)
        var lengthLengthCount = 19
        while lengthLengthCount > 4 && lengthLengths[Self.order[lengthLengthCount - 1]] == 0 { lengthLengthCount -= 1 }
        self.lengthLengthCount = lengthLengthCount
        bitCount = 5 + 5 + 4 + 3 * lengthLengthCount
        for symbol in 0..<19 { bitCount += frequencies[symbol] * (Int(lengthLengths[symbol]) + Self.extraBits(UInt8(symbol))) }
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
            let symbol = Int(entry & 0xFF)
            bits.write(Int(lengthCodes[symbol]), count: Int(lengthLengths[symbol]))
            let extra = Self.extraBits(UInt8(symbol))
            if extra > 0 { bits.write(Int(entry >> 8), count: extra) }
        }
    }
}
