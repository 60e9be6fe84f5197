/// The header of a dynamic Huffman block (RFC 1951, 3.2.7): the literal/length and distance code
/// lengths as one sequence, runs coded with 16 (repeat the previous length 3-6 times), 17 (3-10
/// zeros) and 18 (11-138 zeros), and that sequence's own Huffman code (lengths at most 7). Works in
/// the block's ``DeflateScratch``: its lengths, symbols and code live there until the block is written.
struct DynamicHeader {
    /// The order in which the code-length code's lengths are written.
    static let order: [Int] = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private let literalCount: Int
    private let distanceCount: Int
    /// How many code-length symbols (0-18, each with the value of its extra bits at bit 8) are in
    /// the scratch's `headerSymbols`.
    let symbolCount: Int
    private let lengthLengthCount: Int
    private let scratch: DeflateScratch
    /// The header's size in bits (without the three block header bits).
    let bitCount: Int

    /// The header of the code lengths in `scratch.literalLengths` (286) and `scratch.distanceLengths` (30).
    init(scratch: DeflateScratch) {
        self.scratch = scratch
        let literalLengths = scratch.literalLengths, distanceLengths = scratch.distanceLengths
        var literalCount = 286, distanceCount = 30
        while literalCount > 257 && literalLengths[literalCount - 1] == 0 { literalCount -= 1 }
        while distanceCount > 1 && distanceLengths[distanceCount - 1] == 0 { distanceCount -= 1 }
        self.literalCount = literalCount
        self.distanceCount = distanceCount
        let total = literalCount + distanceCount
        // One sequence of lengths, coded in runs (a sentinel past the end ends the last run).
        let lengths = scratch.allLengths
        lengths.update(from: literalLengths, count: literalCount)
        (lengths + literalCount).update(from: distanceLengths, count: distanceCount)
        lengths[total] = 0xFF
        let symbols = scratch.headerSymbols, frequencies = scratch.headerFrequencies
        var count = 0
        var index = 0
        while index < total {
            let length = lengths[index]
            // The run's end eight lengths at a time: the lowest byte that differs from the length
            // (the sentinel differs from every length, and the scratch has room to load past it).
            let pattern = UInt64(length) &* 0x0101_0101_0101_0101
            var run = 1
            while true {
                let differs = UInt64(littleEndian: UnsafeRawPointer(lengths + (index &+ run)).loadUnaligned(as: UInt64.self)) ^ pattern
                if differs != 0 {
                    run &+= differs.trailingZeroBitCount &>> 3
                    break
                }
                run &+= 8
            }
            index &+= run
            if length == 0 {
                while run >= 11 {
                    let part = min(run, 138)
                    symbols[count] = UInt16(truncatingIfNeeded: 18 | (part - 11) << 8)
                    count &+= 1
                    run -= part
                }
                if run >= 3 {
                    symbols[count] = UInt16(truncatingIfNeeded: 17 | (run - 3) << 8)
                    count &+= 1
                    run = 0
                }
            } else {
                symbols[count] = UInt16(length)
                count &+= 1
                run -= 1
                while run >= 3 {
                    let part = min(run, 6)
                    symbols[count] = UInt16(truncatingIfNeeded: 16 | (part - 3) << 8)
                    count &+= 1
                    run -= part
                }
            }
            while run > 0 {
                symbols[count] = UInt16(length)
                count &+= 1
                run &-= 1
            }
        }
        // Counted once here rather than at each of the five places a symbol is made.
        frequencies.initialize(repeating: 0, count: 19)
        for at in 0..<count { frequencies[Int(symbols[at] & 0xFF)] &+= 1 }
        symbolCount = count
        HuffmanCode.makeLengths(frequencies, count: 19, limit: 7, into: scratch.headerLengths, scratch: scratch.tree)
        HuffmanCode.makeCodes(scratch.headerLengths, count: 19, into: scratch.headerCodes)
        var lengthLengthCount = 19
        while lengthLengthCount > 4 && scratch.headerLengths[Self.order[lengthLengthCount - 1]] == 0 { lengthLengthCount -= 1 }
        self.lengthLengthCount = lengthLengthCount
        var bits = 5 + 5 + 4 + 3 * lengthLengthCount
        for symbol in 0..<19 { bits += frequencies[symbol] * (Int(scratch.headerLengths[symbol]) + Self.extraBits(symbol)) }
        bitCount = bits
    }

    @inline(__always) private static func extraBits(_ symbol: Int) -> Int {
        switch symbol {
        case 16: 2
        case 17: 3
        case 18: 7
        default: 0
        }
    }

    /// Writes HLIT, HDIST, HCLEN, the code-length code and the coded lengths.
    func write(to bits: inout BitWriter) {
        bits.reserve(bitCount / 8 + 16)
        var cursor = bits.cursor
        cursor.add(UInt64(literalCount - 257) | UInt64(distanceCount - 1) << 5 | UInt64(lengthLengthCount - 4) << 10, count: 14)
        cursor.flush()
        for index in 0..<lengthLengthCount {
            cursor.add(UInt64(scratch.headerLengths[Self.order[index]]), count: 3)
            cursor.flush()
        }
        // Per code-length symbol: its code in the low 16 bits, its length above, its extra bits'
        // count above that; four symbols (at most 7 + 7 bits each) share one store.
        var entries: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &entries) { raw in
            let table = raw.baseAddress!.assumingMemoryBound(to: UInt32.self)
            for symbol in 0..<19 {
                table[symbol] = UInt32(scratch.headerCodes[symbol]) | UInt32(scratch.headerLengths[symbol]) << 16 | UInt32(Self.extraBits(symbol)) << 24
            }
            var at = 0
            while at < symbolCount {
                let stop = min(symbolCount, at &+ 4)
                while at < stop {
                    let item = Int(scratch.headerSymbols[at])
                    let entry = table[item & 0xFF]
                    let length = UInt64(entry &>> 16 & 0xFF)
                    cursor.add(UInt64(entry & 0xFFFF) | UInt64(item &>> 8) &<< length, count: Int(length) &+ Int(entry &>> 24))
                    at &+= 1
                }
                cursor.flush()
            }
        }
        bits.resume(cursor)
    }
}
