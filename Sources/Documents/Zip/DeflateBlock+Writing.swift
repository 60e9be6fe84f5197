/// Writing a block: its size is worked out for a dynamic Huffman code, the fixed code and stored
/// bytes, and the smallest is written (ties to the simpler kind).
extension DeflateBlock {
    /// Writes the block (symbols plus end of block) to `bits`; `input` is the bytes it covers,
    /// written as they are when that is smallest. Everything per block goes through the symbols the
    /// block uses, gathered once from the counts, not through the whole alphabet: half the parts of
    /// an office file are under 1.3 KB and use a few dozen of the 286 literal and length symbols.
    func write(to bits: inout BitWriter, input: UnsafeBufferPointer<UInt8>, final: Bool, dynamic: Bool = true) {
        let literalKeys = scratch.literalKeys, distanceKeys = scratch.distanceKeys
        // The counts are read once and emptied for the next block on the way.
        var literalCount = 0
        var byte = 0
        while byte < 256 {
            if Self.fourAreZero(counts + byte) {
                byte &+= 4
                continue
            }
            for at in byte..<(byte &+ 4) {
                let found = Int(counts[at])
                guard found != 0 else { continue }
                counts[at] = 0
                literalKeys[literalCount] = found &<< 9 | at
                literalCount &+= 1
            }
            byte &+= 4
        }
        literalKeys[literalCount] = 1 << 9 | 256
        literalCount &+= 1
        // The lengths that occur (for the writer's table), their codes' frequencies and extra bits.
        let lengthFrequencies = scratch.lengthFrequencies, usedLengths = scratch.usedLengths
        lengthFrequencies.initialize(repeating: 0, count: 29)
        var extraBits = 0
        var usedLengthCount = 0
        let lengthCounts = counts + Self.lengthCountsOffset
        Self.lengthTable.withUnsafeBufferPointer { table in
            var length = 0
            while length < 260 {
                if Self.fourAreZero(lengthCounts + length) {
                    length &+= 4
                    continue
                }
                for at in length..<(length &+ 4) {
                    let found = Int(lengthCounts[at])
                    guard found != 0 else { continue }
                    lengthCounts[at] = 0
                    usedLengths[usedLengthCount] = UInt16(truncatingIfNeeded: at)
                    usedLengthCount &+= 1
                    let entry = table[at]
                    lengthFrequencies[Int(entry & 0xFF)] &+= found
                    extraBits &+= found &* Int(entry &>> 13)
                }
                length &+= 4
            }
        }
        for symbol in 0..<29 {
            let found = lengthFrequencies[symbol]
            guard found != 0 else { continue }
            literalKeys[literalCount] = found &<< 9 | (257 &+ symbol)
            literalCount &+= 1
        }
        var distanceCount = 0, distanceTotal = 0
        let distanceCounts = counts + Self.distanceCountsOffset
        for symbol in 0..<30 {
            let found = Int(distanceCounts[symbol])
            guard found != 0 else { continue }
            distanceCounts[symbol] = 0
            distanceKeys[distanceCount] = found &<< 9 | symbol
            distanceCount &+= 1
            distanceTotal &+= found
            extraBits &+= found &* Self.distanceExtraBits(symbol)
        }
        // Both costs in one pass over the used symbols (one added with frequency 0 costs nothing).
        var fixedCost = extraBits &+ 5 &* distanceTotal
        let literalLengths = scratch.literalLengths, distanceLengths = scratch.distanceLengths
        var header: DynamicHeader?
        var dynamicBits = Int.max
        if !dynamic {
            Self.fixedLiteralLengths.withUnsafeBufferPointer { fixed in
                for index in 0..<literalCount {
                    let key = literalKeys[index]
                    fixedCost &+= (key &>> 9) &* Int(fixed[key & 511])
                }
            }
        } else {
            // The header reads every length: unused symbols must be 0.
            literalLengths.initialize(repeating: 0, count: 286)
            distanceLengths.initialize(repeating: 0, count: 30)
            literalCount = HuffmanCode.makeLengths(keys: literalKeys, count: literalCount, limit: 15, into: literalLengths, lengthCounts: scratch.literalLengthCounts, scratch: scratch.tree)
            distanceCount = HuffmanCode.makeLengths(keys: distanceKeys, count: distanceCount, limit: 15, into: distanceLengths, lengthCounts: scratch.distanceLengthCounts, scratch: scratch.tree)
            var dynamicCost = extraBits
            Self.fixedLiteralLengths.withUnsafeBufferPointer { fixed in
                for index in 0..<literalCount {
                    let key = literalKeys[index]
                    let found = key &>> 9, symbol = key & 511
                    fixedCost &+= found &* Int(fixed[symbol])
                    dynamicCost &+= found &* Int(literalLengths[symbol])
                }
            }
            for index in 0..<distanceCount {
                let key = distanceKeys[index]
                dynamicCost &+= (key &>> 9) &* Int(distanceLengths[key & 511])
            }
            let made = DynamicHeader(scratch: scratch)
            dynamicBits = 3 &+ made.bitCount &+ dynamicCost
            header = made
        }
        let fixedBits = 3 + fixedCost
        let storedBits = Self.storedBits(input.count, startingAt: bits.bitCount)
        let used = UsedSymbols(literalKeys: literalKeys, literalCount: literalCount, distanceKeys: distanceKeys, distanceCount: distanceCount, lengths: usedLengths, lengthCount: usedLengthCount)

        if storedBits < min(fixedBits, dynamicBits) {
            Self.writeStored(input, to: &bits, final: final)
        } else if fixedBits <= dynamicBits {
            bits.write(final ? 1 : 0, count: 1)
            bits.write(1, count: 2)
            Self.fixedLiteralLengths.withUnsafeBufferPointer { literalLengths in
                Self.fixedLiteralCodes.withUnsafeBufferPointer { literalCodes in
                    Self.fixedDistanceLengths.withUnsafeBufferPointer { distanceLengths in
                        Self.fixedDistanceCodes.withUnsafeBufferPointer { distanceCodes in
                            writeSymbols(to: &bits, input: input, used: used, literalLengths.baseAddress!, literalCodes.baseAddress!, distanceLengths.baseAddress!, distanceCodes.baseAddress!)
                        }
                    }
                }
            }
        } else if let header {
            bits.write(final ? 1 : 0, count: 1)
            bits.write(2, count: 2)
            header.write(to: &bits)
            HuffmanCode.makeCodes(keys: literalKeys, count: literalCount, lengths: literalLengths, lengthCounts: scratch.literalLengthCounts, into: scratch.literalCodes)
            HuffmanCode.makeCodes(keys: distanceKeys, count: distanceCount, lengths: distanceLengths, lengthCounts: scratch.distanceLengthCounts, into: scratch.distanceCodes)
            writeSymbols(to: &bits, input: input, used: used, literalLengths, scratch.literalCodes, distanceLengths, scratch.distanceCodes)
        }
    }

    /// Whether the four counts from `counts` on are all 0 (two loads: most of a small block's
    /// 256 literal and 256 length counts are).
    @inline(__always) private static func fourAreZero(_ counts: UnsafeMutablePointer<Int32>) -> Bool {
        let raw = UnsafeRawPointer(counts)
        return raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == 0
    }

    /// The symbols a block uses, in rising order (see ``DeflateScratch``), and its match lengths.
    private struct UsedSymbols {
        let literalKeys: UnsafeMutablePointer<Int>
        let literalCount: Int
        let distanceKeys: UnsafeMutablePointer<Int>
        let distanceCount: Int
        let lengths: UnsafeMutablePointer<UInt16>
        let lengthCount: Int
    }

    /// The extra bits of distance code `symbol` (0-29).
    @inline(__always) static func distanceExtraBits(_ symbol: Int) -> Int { symbol < 4 ? 0 : (symbol &>> 1) &- 1 }

    /// The symbols and the end of block in the given codes: each run of literals from `input` in a
    /// tight loop (four to a store when no literal code is longer than 14 bits, else three), then
    /// its match. A literal's code and its length are in two tables, so its length is added to the
    /// bit count straight from memory (six instructions a literal, where unpacking one entry took
    /// eight); each length and distance is one entry (code and extra bits together), so a match is
    /// two adds and one store.
    private func writeSymbols(to bits: inout BitWriter, input: UnsafeBufferPointer<UInt8>, used: UsedSymbols, _ literalLengths: UnsafePointer<UInt8>, _ literalCodes: UnsafePointer<UInt16>, _ distanceLengths: UnsafePointer<UInt8>, _ distanceCodes: UnsafePointer<UInt16>) {
        // Literal codes and their lengths in their own tables; entries: lengths 256 + 0-258 and
        // distance codes 515 + 0-29 with the bits in the low 32, their count above (a distance
        // code's length at bit 32 and with the extra bits at bit 40); base distances at 545.
        // Only the used symbols' entries are made: no other is read.
        let table = scratch.table, literalTable = scratch.literalCodeTable, literalBits = scratch.literalBits
        var longest: UInt8 = 0
        for index in 0..<used.literalCount {
            let byte = used.literalKeys[index] & 511
            guard byte < 256 else { break }
            let length = literalLengths[byte]
            longest = max(longest, length)
            literalTable[byte] = UInt32(literalCodes[byte])
            literalBits[byte] = UInt64(length)
        }
        Self.lengthTable.withUnsafeBufferPointer { lengths in
            for index in 0..<used.lengthCount {
                let length = Int(used.lengths[index])
                let entry = lengths[length]
                let symbol = Int(entry & 0xFF)
                let codeLength = UInt64(literalLengths[257 &+ symbol])
                let extra = UInt64((entry &>> 8) & 0x1F)
                table[256 &+ length] = (UInt64(literalCodes[257 &+ symbol]) | extra &<< codeLength) | (codeLength &+ UInt64(entry &>> 13)) &<< 32
            }
        }
        for index in 0..<used.distanceCount {
            let symbol = used.distanceKeys[index] & 511
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
        // Literal codes and lengths reached from `table` (see ``DeflateScratch``).
        let codes = UnsafeRawPointer(table + DeflateScratch.literalCodesOffset), bitsOffset = DeflateScratch.literalBitsOffset
        @inline(__always) func literals(_ cursor: inout BitWriter.Cursor, _ at: inout UnsafePointer<UInt8>, _ stop: UnsafePointer<UInt8>) {
            if four {
                while stop - at >= 4 {
                    var byte = Int(at[0])
                    cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
                    byte = Int(at[1])
                    cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
                    byte = Int(at[2])
                    cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
                    byte = Int(at[3])
                    cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
                    cursor.flush()
                    at += 4
                }
            } else {
                while stop - at >= 3 {
                    var byte = Int(at[0])
                    cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
                    byte = Int(at[1])
                    cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
                    byte = Int(at[2])
                    cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
                    cursor.flush()
                    at += 3
                }
            }
            // At most three left: 7 + 3 * 15 bits, one store.
            guard at < stop else { return }
            while at < stop {
                let byte = Int(at[0])
                cursor.add(UInt64(codes.load(fromByteOffset: byte &<< 2, as: UInt32.self)), bitCount: table[bitsOffset &+ byte])
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
