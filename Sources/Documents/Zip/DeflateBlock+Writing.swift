/// Writing a block: its size is worked out for a dynamic Huffman code, the fixed code and stored
/// bytes, and the smallest is written (ties to the simpler kind).
extension DeflateBlock {
    /// Writes the block (symbols plus end of block) to `bits`; `input` is the bytes it covers,
    /// written as they are when that is smallest.
    func write(to bits: inout BitWriter, input: UnsafeBufferPointer<UInt8>, final: Bool, dynamic: Bool = true) {
        let literalFrequencies = scratch.literalFrequencies, distanceFrequencies = scratch.distanceFrequencies
        // The counts are read once and emptied for the next block on the way.
        for byte in 0..<256 {
            literalFrequencies[byte] = Int(counts[byte])
            counts[byte] = 0
        }
        literalFrequencies[256] = 1
        (literalFrequencies + 257).initialize(repeating: 0, count: 29)
        var extraBits = 0
        // The lengths that occur, for the writer's table.
        let usedLengths = scratch.usedLengths
        var usedLengthCount = 0
        Self.lengthTable.withUnsafeBufferPointer { table in
            for length in 3...258 {
                let found = Int(counts[Self.lengthCountsOffset &+ length])
                guard found > 0 else { continue }
                counts[Self.lengthCountsOffset &+ length] = 0
                usedLengths[usedLengthCount] = UInt16(truncatingIfNeeded: length)
                usedLengthCount &+= 1
                let entry = table[length]
                literalFrequencies[257 &+ Int(entry & 0xFF)] &+= found
                extraBits &+= found &* Int(entry &>> 13)
            }
        }
        for symbol in 0..<30 {
            let found = Int(counts[Self.distanceCountsOffset &+ symbol])
            counts[Self.distanceCountsOffset &+ symbol] = 0
            distanceFrequencies[symbol] = found
            extraBits &+= found &* Self.distanceExtraBits(symbol)
        }
        let literalLengths = scratch.literalLengths, distanceLengths = scratch.distanceLengths
        HuffmanCode.makeLengths(literalFrequencies, count: 286, limit: 15, into: literalLengths, scratch: scratch.tree)
        HuffmanCode.makeLengths(distanceFrequencies, count: 30, limit: 15, into: distanceLengths, scratch: scratch.tree)
        let header = DynamicHeader(scratch: scratch)
        var dynamicCost = extraBits, fixedCost = extraBits
        Self.fixedLiteralLengths.withUnsafeBufferPointer { fixed in
            for symbol in 0..<286 {
                let found = literalFrequencies[symbol]
                dynamicCost &+= found &* Int(literalLengths[symbol])
                fixedCost &+= found &* Int(fixed[symbol])
            }
        }
        for symbol in 0..<30 {
            let found = distanceFrequencies[symbol]
            dynamicCost &+= found &* Int(distanceLengths[symbol])
            fixedCost &+= found &* 5
        }
        let dynamicBits = dynamic ? 3 + header.bitCount + dynamicCost : Int.max
        let fixedBits = 3 + fixedCost
        let storedBits = Self.storedBits(input.count, startingAt: bits.bitCount)

        if storedBits < min(fixedBits, dynamicBits) {
            Self.writeStored(input, to: &bits, final: final)
        } else if fixedBits <= dynamicBits {
            bits.write(final ? 1 : 0, count: 1)
            bits.write(1, count: 2)
            Self.fixedLiteralLengths.withUnsafeBufferPointer { literalLengths in
                Self.fixedLiteralCodes.withUnsafeBufferPointer { literalCodes in
                    Self.fixedDistanceLengths.withUnsafeBufferPointer { distanceLengths in
                        Self.fixedDistanceCodes.withUnsafeBufferPointer { distanceCodes in
                            writeSymbols(to: &bits, input: input, usedLengthCount: usedLengthCount, literalLengths.baseAddress!, literalCodes.baseAddress!, distanceLengths.baseAddress!, distanceCodes.baseAddress!)
                        }
                    }
                }
            }
        } else {
            bits.write(final ? 1 : 0, count: 1)
            bits.write(2, count: 2)
            header.write(to: &bits)
            HuffmanCode.makeCodes(literalLengths, count: 286, into: scratch.literalCodes)
            HuffmanCode.makeCodes(distanceLengths, count: 30, into: scratch.distanceCodes)
            writeSymbols(to: &bits, input: input, usedLengthCount: usedLengthCount, literalLengths, scratch.literalCodes, distanceLengths, scratch.distanceCodes)
        }
    }

    /// The extra bits of distance code `symbol` (0-29).
    @inline(__always) static func distanceExtraBits(_ symbol: Int) -> Int { symbol < 4 ? 0 : (symbol &>> 1) &- 1 }

    /// The symbols and the end of block in the given codes: each run of literals from `input` in a
    /// tight loop (four to a store when no literal code is longer than 14 bits, else three), then
    /// its match. Each literal, length and distance is one table entry (code and extra bits
    /// together), so a match is two adds and one store.
    private func writeSymbols(to bits: inout BitWriter, input: UnsafeBufferPointer<UInt8>, usedLengthCount: Int, _ literalLengths: UnsafePointer<UInt8>, _ literalCodes: UnsafePointer<UInt16>, _ distanceLengths: UnsafePointer<UInt8>, _ distanceCodes: UnsafePointer<UInt16>) {
        // Entries: the bits in the low 32, their count above. Literals 0-255, lengths 256 + 0-258,
        // distance codes 515 + 0-29 (code, its length at bit 32 and with the extra bits at bit 40),
        // their base distances at 545. Lengths that do not occur in the block are left out.
        let table = scratch.table
        var longest: UInt8 = 0
        for byte in 0..<256 {
            let length = literalLengths[byte]
            longest = max(longest, length)
            table[byte] = UInt64(literalCodes[byte]) | UInt64(length) &<< 32
        }
        Self.lengthTable.withUnsafeBufferPointer { lengths in
            for index in 0..<usedLengthCount {
                let length = Int(scratch.usedLengths[index])
                let entry = lengths[length]
                let symbol = Int(entry & 0xFF)
                let codeLength = UInt64(literalLengths[257 &+ symbol])
                let extra = UInt64((entry &>> 8) & 0x1F)
                table[256 &+ length] = (UInt64(literalCodes[257 &+ symbol]) | extra &<< codeLength) | (codeLength &+ UInt64(entry &>> 13)) &<< 32
            }
        }
        for symbol in 0..<30 {
            let codeLength = UInt64(distanceLengths[symbol])
            table[515 &+ symbol] = UInt64(distanceCodes[symbol]) | codeLength &<< 32 | (codeLength &+ UInt64(Self.distanceExtraBits(symbol))) &<< 40
            table[545 &+ symbol] = UInt64(Self.distanceBase(symbol))
        }
        bits.reserve(count &* 6 &+ 8)
        var cursor = bits.cursor
        guard var at = input.baseAddress else {
            cursor.add(UInt64(literalCodes[256]), count: Int(literalLengths[256]))
            cursor.flush()
            bits.resume(cursor)
            return
        }
        let end = at + input.count
        // Literals `at..<stop`: at most 7 bits wait after a flush, so four codes of 14 bits fit.
        let four = longest <= 14
        @inline(__always) func literals(_ cursor: inout BitWriter.Cursor, _ at: inout UnsafePointer<UInt8>, _ stop: UnsafePointer<UInt8>) {
            if four {
                while stop - at >= 4 {
                    var entry = table[Int(at[0])]
                    cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                    entry = table[Int(at[1])]
                    cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                    entry = table[Int(at[2])]
                    cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                    entry = table[Int(at[3])]
                    cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                    cursor.flush()
                    at += 4
                }
            } else {
                while stop - at >= 3 {
                    var entry = table[Int(at[0])]
                    cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                    entry = table[Int(at[1])]
                    cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                    entry = table[Int(at[2])]
                    cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                    cursor.flush()
                    at += 3
                }
            }
            // At most three left: 7 + 3 * 15 bits, one store.
            guard at < stop else { return }
            while at < stop {
                let entry = table[Int(at[0])]
                cursor.add(entry & 0xFFFF_FFFF, count: Int(entry &>> 32))
                at += 1
            }
            cursor.flush()
        }
        for index in 0..<matchCount {
            literals(&cursor, &at, at + Int(literalRuns[index]))
            let item = Int(matches[index])
            let length = (item &>> 16) & 0x1FF
            let lengthEntry = table[256 &+ length]
            cursor.add(lengthEntry & 0xFFFF_FFFF, count: Int(lengthEntry &>> 32))
            let symbol = item &>> 25
            let entry = table[515 &+ symbol]
            let extra = (UInt64(item & 0xFFFF) &- table[545 &+ symbol]) &<< ((entry &>> 32) & 0xFF)
            cursor.add((entry & 0xFFFF) | extra, count: Int(entry &>> 40))
            cursor.flush()
            at += length
        }
        literals(&cursor, &at, end)
        cursor.add(UInt64(literalCodes[256]), count: Int(literalLengths[256]))
        cursor.flush()
        bits.resume(cursor)
    }

    /// The first distance of distance code `symbol` (0-29).
    @inline(__always) static func distanceBase(_ symbol: Int) -> Int {
        symbol < 4 ? symbol &+ 1 : (2 | symbol & 1) &<< ((symbol &>> 1) &- 1) &+ 1
    }

    /// The size of `count` bytes as stored blocks (at most 65 535 bytes each) from bit `start` on.
    private static func storedBits(_ count: Int, startingAt start: Int) -> Int {
        let blocks = max(1, (count + 65_534) / 65_535)
        let firstPadding = (8 - (start + 3) % 8) % 8
        return blocks * (3 + 32) + firstPadding + (blocks - 1) * 5 + 8 * count
    }

    /// `input` as stored blocks; only the last one is final when `final`.
    private static func writeStored(_ input: UnsafeBufferPointer<UInt8>, to bits: inout BitWriter, final: Bool) {
        var start = 0
        repeat {
            let length = min(65_535, input.count - start)
            let last = start + length == input.count
            bits.write(final && last ? 1 : 0, count: 1)
            bits.write(0, count: 2)
            bits.alignToByte()
            bits.write(length, count: 16)
            bits.write(~length & 0xFFFF, count: 16)
            bits.writeBytes(UnsafeBufferPointer(rebasing: input[start..<(start + length)]))
            start += length
        } while start < input.count
    }

    /// Per match length (0-258): its length code's index in the low byte, the value of its extra
    /// bits in the next five, their count in the top three; made once, where working it out took a
    /// few thousand instructions per block.
    static let lengthTable: [UInt16] = (0...258).map { length in
        guard length >= 3 else { return 0 }
        let symbol = lengthSymbol(length)
        return UInt16(symbol | (length - Deflate.lengthBases[symbol]) << 8 | Deflate.lengthExtra[symbol] << 13)
    }

    static let fixedLiteralLengths: [UInt8] = (0..<288).map { $0 < 144 ? 8 : $0 < 256 ? 9 : $0 < 280 ? 7 : 8 }
    static let fixedLiteralCodes = HuffmanCode.codes(fixedLiteralLengths)
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: 30)
    static let fixedDistanceCodes = HuffmanCode.codes(fixedDistanceLengths)
}
