extension TrueTypeFont {
    /// A font file holding only some glyphs, renumbered from 0 in their old order, for a PDF's
    /// FontFile2: the tables a PDF reader needs for TrueType outlines (ISO 32000-1, 9.9:
    /// `head`, `hhea`, `loca`, `maxp`, `cvt `, `prep`, `glyf`, `hmtx`, `fpgm`), no `cmap`.
    public struct Subset: Sendable {
        /// The font file.
        public let bytes: [UInt8]
        /// The old glyph ids kept, in new order: glyph 0 (.notdef), the ones asked for and the
        /// components of composite ones.
        public let oldGlyphs: [UInt16]

        /// The new glyph id of each old one kept.
        public var newGlyph: [UInt16: UInt16] {
            var map: [UInt16: UInt16] = [:]
            for (index, glyph) in oldGlyphs.enumerated() { map[glyph] = UInt16(index) }
            return map
        }

        /// The new glyph id of `old`, nil when it is not kept: its place in ``oldGlyphs``, which
        /// is sorted, found by halving.
        public func newID(of old: UInt16) -> UInt16? {
            TrueTypeFont.index(of: old, in: oldGlyphs).map { UInt16($0) }
        }
    }

    /// The place of `glyph` in the sorted `glyphs`, by halving; nil when it is not there.
    static func index(of glyph: UInt16, in glyphs: [UInt16]) -> Int? {
        var low = 0, high = glyphs.count
        while low < high {
            let middle = (low + high) / 2
            if glyphs[middle] < glyph { low = middle + 1 } else { high = middle }
        }
        return low < glyphs.count && glyphs[low] == glyph ? low : nil
    }

    /// The subset with `glyphs`, glyph 0 and every component of a composite glyph among them.
    public func subset(_ glyphs: Set<UInt16>) -> Subset {
        subset(glyphs: Array(glyphs))
    }

    /// The subset with `glyphs` (in any order, repeats allowed), glyph 0 and every component of a
    /// composite glyph among them. Every subset of a build is made from the same font, so what
    /// is the same for all of them (the tables copied whole and their checksums) is read once per
    /// font (``fixedTables``); the glyphs kept are a bit each rather than a set, so they come
    /// out in order; the file's checksum is the sum of its tables' (each is padded to whole
    /// words) and its directory's, not a second pass over the file.
    public func subset(glyphs: [UInt16]) -> Subset {
        // The closure over composite components. Glyph 0 is always kept; its own components
        // only when it was asked for.
        var kept = [UInt64](repeating: 0, count: Swift.max(1, (glyphCount + 63) / 64))
        kept[0] = 1
        var pending: [UInt16] = []
        pending.reserveCapacity(glyphs.count + 8)
        for glyph in glyphs where Int(glyph) < glyphCount { pending.append(glyph) }
        while let glyph = pending.popLast() {
            let word = Int(glyph) >> 6, bit = UInt64(1) << UInt64(glyph & 63)
            if kept[word] & bit != 0 && glyph != 0 { continue }
            kept[word] |= bit
            let outline = glyphData(Int(glyph))
            for offset in Self.componentOffsets(outline) {
                guard let component = Self.u16(outline, offset), Int(component) < glyphCount else { continue }
                if kept[Int(component) >> 6] & (UInt64(1) << UInt64(component & 63)) == 0 { pending.append(component) }
            }
        }
        var old: [UInt16] = []
        old.reserveCapacity(glyphs.count + 8)
        for (index, word) in kept.enumerated() {
            var rest = word
            while rest != 0 {
                old.append(UInt16(index * 64 + rest.trailingZeroBitCount))
                rest &= rest &- 1
            }
        }
        let newID: (UInt16) -> UInt16 = { Self.index(of: $0, in: old).map { UInt16($0) } ?? 0 }

        var glyf: [UInt8] = [], loca: [UInt8] = [], hmtx: [UInt8] = []
        glyf.reserveCapacity(128 * old.count)
        loca.reserveCapacity(4 * old.count + 4)
        hmtx.reserveCapacity(4 * old.count)
        let hmtxBase = tables["hmtx"]!.lowerBound
        for glyph in old {
            loca.appendU32(UInt32(glyf.count))
            Self.appendOutline(glyphData(Int(glyph)), renumbering: newID, to: &glyf)
            while glyf.count % 4 != 0 { glyf.append(0) }
            let g = Int(glyph)
            let bearing = g < metricCount ? data.u16(hmtxBase + 4 * g + 2) : data.u16(hmtxBase + 4 * metricCount + 2 * (g - metricCount))
            hmtx.appendU16(g < advanceWidths.count ? advanceWidths[g] : 0)
            hmtx.appendU16(bearing ?? 0)
        }
        loca.appendU32(UInt32(glyf.count))

        var head = Array(table("head") ?? []), hhea = Array(table("hhea") ?? []), maxp = Array(table("maxp") ?? [])
        Self.put(&head, at: 8, u32: 0)  // checkSumAdjustment, set below
        Self.put(&head, at: 50, u16: 1)  // long loca offsets
        Self.put(&hhea, at: 34, u16: UInt16(old.count))
        Self.put(&maxp, at: 4, u16: UInt16(old.count))
        var out: [SubsetTable] = [
            SubsetTable(tag: "glyf", bytes: glyf[...]), SubsetTable(tag: "head", bytes: head[...]),
            SubsetTable(tag: "hhea", bytes: hhea[...]), SubsetTable(tag: "hmtx", bytes: hmtx[...]),
            SubsetTable(tag: "loca", bytes: loca[...]), SubsetTable(tag: "maxp", bytes: maxp[...]),
        ]
        out += fixedTables
        out.sort { $0.tag < $1.tag }
        var (file, sum, headOffset) = Self.assemble(out)
        if let headOffset { Self.put(&file, at: headOffset + 8, u32: 0xB1B0_AFBA &- sum) }
        return Subset(bytes: file, oldGlyphs: old)
    }

    /// A table of a subset: its tag as a big-endian number (so tags sort as the strings do, byte
    /// by byte), its bytes and their checksum.
    struct SubsetTable: Sendable {
        let tag: UInt32
        let bytes: ArraySlice<UInt8>
        let checksum: UInt32

        init(tag: StaticString, bytes: ArraySlice<UInt8>) {
            self.init(tag: tag.withUTF8Buffer { $0.reduce(0) { $0 << 8 | UInt32($1) } }, bytes: bytes)
        }

        init(tag: UInt32, bytes: ArraySlice<UInt8>) {
            self.tag = tag
            self.bytes = bytes
            checksum = TrueTypeFont.checksum(bytes)
        }
    }

    /// The tables a subset copies whole (`cvt `, `fpgm`, `prep`, those the font has), with their
    /// checksums: the same for every subset of the font.
    static func fixedTables(_ data: FontBytes, _ tables: [String: Range<Int>]) -> [SubsetTable] {
        ["cvt ", "fpgm", "prep"].compactMap { tag in
            guard let range = tables[tag], let bytes = data.slice(range.lowerBound, range.count) else { return nil }
            return SubsetTable(tag: tag.utf8.reduce(0) { $0 << 8 | UInt32($1) }, bytes: bytes)
        }
    }

    /// The font file of `tables` (sorted by tag): the directory with checksums, each table padded
    /// to 4 bytes; with the sum of the whole file's words and where `head` is in it.
    private static func assemble(_ tables: [SubsetTable]) -> (file: [UInt8], checksum: UInt32, head: Int?) {
        var file: [UInt8] = []
        let count = tables.count
        var size = 12 + 16 * count
        for table in tables { size += (table.bytes.count + 3) / 4 * 4 }
        file.reserveCapacity(size)
        file.appendU32(0x0001_0000)
        var power = 1, log = 0
        while power * 2 <= count { power *= 2; log += 1 }
        file.appendU16(UInt16(count)); file.appendU16(UInt16(power * 16)); file.appendU16(UInt16(log)); file.appendU16(UInt16(count * 16 - power * 16))
        var offset = 12 + 16 * count
        var head: Int?
        var sum: UInt32 = 0
        for table in tables {
            if table.tag == 0x6865_6164 { head = offset }  // "head"
            file.appendU32(table.tag)
            file.appendU32(table.checksum)
            file.appendU32(UInt32(offset))
            file.appendU32(UInt32(table.bytes.count))
            offset += (table.bytes.count + 3) / 4 * 4
            sum &+= table.checksum
        }
        sum &+= checksum(file[...])
        for table in tables {
            file += table.bytes
            while file.count % 4 != 0 { file.append(0) }
        }
        return (file, sum, head)
    }

    /// The OpenType table checksum: the sum of big-endian 32-bit words, the last one zero-padded.
    /// Whole words are read four bytes at once: every subset sums its tables and then its file.
    static func checksum(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var sum: UInt32 = 0, index = 0
            let whole = buffer.count & ~3
            while index < whole {
                sum &+= UInt32(buffer[index]) << 24 | UInt32(buffer[index + 1]) << 16 | UInt32(buffer[index + 2]) << 8 | UInt32(buffer[index + 3])
                index += 4
            }
            if whole < buffer.count {
                var word: UInt32 = 0
                for k in 0..<4 { word = word << 8 | (whole + k < buffer.count ? UInt32(buffer[whole + k]) : 0) }
                sum &+= word
            }
            return sum
        }
    }

    private static func put(_ bytes: inout [UInt8], at offset: Int, u16 value: UInt16) {
        guard offset + 2 <= bytes.count else { return }
        bytes[offset] = UInt8(value >> 8); bytes[offset + 1] = UInt8(value & 0xFF)
    }

    private static func put(_ bytes: inout [UInt8], at offset: Int, u32 value: UInt32) {
        put(&bytes, at: offset, u16: UInt16(value >> 16)); put(&bytes, at: offset + 2, u16: UInt16(value & 0xFFFF))
    }

    /// The offsets of the component glyph ids of a composite glyph (none for a simple one), from
    /// the start of `outline`; read in place, not from a copy.
    private static func componentOffsets(_ outline: ArraySlice<UInt8>) -> [Int] {
        guard let contours = u16(outline, 0), Int16(bitPattern: contours) < 0 else { return [] }
        var offsets: [Int] = [], at = 10
        while let flags = u16(outline, at), u16(outline, at + 2) != nil {
            offsets.append(at + 2)
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { at += 2 } else if flags & 0x0040 != 0 { at += 4 } else if flags & 0x0080 != 0 { at += 8 }
            if flags & 0x0020 == 0 { break }
        }
        return offsets
    }

    /// The big-endian number at `offset` from the start of `bytes`, nil past its end.
    private static func u16(_ bytes: ArraySlice<UInt8>, _ offset: Int) -> UInt16? {
        let at = bytes.startIndex + offset
        guard offset >= 0, at + 2 <= bytes.endIndex else { return nil }
        return UInt16(bytes[at]) << 8 | UInt16(bytes[at + 1])
    }

    /// Appends ``withoutInstructions(_:)`` of `outline` to `glyf`, its components renumbered. A
    /// simple glyph, most of them, goes in as two pieces of the font file, without the arrays
    /// made per glyph on the way (they were most of the work of a subset).
    static func appendOutline(_ outline: ArraySlice<UInt8>, renumbering newGlyph: [UInt16: UInt16], to glyf: inout [UInt8]) {
        appendOutline(outline, renumbering: { newGlyph[$0] ?? 0 }, to: &glyf)
    }

    /// ``appendOutline(_:renumbering:to:)`` with the new id of each old one given by `newID`.
    static func appendOutline(_ outline: ArraySlice<UInt8>, renumbering newID: (UInt16) -> UInt16, to glyf: inout [UInt8]) {
        guard !outline.isEmpty else { return }
        if let value = u16(outline, 0), Int16(bitPattern: value) >= 0 {
            let at = 10 + 2 * Int(Int16(bitPattern: value))
            if let length = u16(outline, at), at + 2 + Int(length) <= outline.count {
                glyf.append(contentsOf: outline[outline.startIndex..<(outline.startIndex + at)])
                glyf.append(0)
                glyf.append(0)
                glyf.append(contentsOf: outline[(outline.startIndex + at + 2 + Int(length))...])
            } else {
                glyf.append(contentsOf: outline)  // as withoutInstructions leaves it; no components
            }
            return
        }
        var composite = withoutInstructions(Array(outline))
        renumberComponents(&composite, newID)
        glyf += composite
    }

    /// A glyph's outline without its hinting instructions: PDF readers draw at many sizes and
    /// mostly ignore them, and they are about half of a hinted font's bytes.
    static func withoutInstructions(_ outline: [UInt8]) -> [UInt8] {
        let data = FontBytes(bytes: outline)
        guard let contours = data.i16(0) else { return outline }
        if contours >= 0 {
            let at = 10 + 2 * Int(contours)
            guard let length = data.u16(at), at + 2 + Int(length) <= outline.count else { return outline }
            var result = Array(outline[..<at])
            result.appendU16(0)
            result += outline[(at + 2 + Int(length))...]
            return result
        }
        var result = outline, at = 10
        while let flags = data.u16(at), data.u16(at + 2) != nil {
            Self.put(&result, at: at, u16: flags & ~0x0100)  // WE_HAVE_INSTRUCTIONS
            at += 4 + (flags & 0x0001 != 0 ? 4 : 2)
            if flags & 0x0008 != 0 { at += 2 } else if flags & 0x0040 != 0 { at += 4 } else if flags & 0x0080 != 0 { at += 8 }
            if flags & 0x0020 == 0 { break }
        }
        return at <= result.count ? Array(result[..<at]) : outline
    }

    /// The glyph ids a composite glyph is made of.
    static func components(_ outline: ArraySlice<UInt8>) -> [UInt16] {
        componentOffsets(outline).compactMap { u16(outline, $0) }
    }

    /// Gives a composite glyph's components their new ids.
    static func renumberComponents(_ outline: inout [UInt8], _ newGlyph: [UInt16: UInt16]) {
        renumberComponents(&outline) { newGlyph[$0] ?? 0 }
    }

    /// Gives a composite glyph's components the new ids `newID` gives.
    static func renumberComponents(_ outline: inout [UInt8], _ newID: (UInt16) -> UInt16) {
        for offset in componentOffsets(outline[...]) {
            let old = UInt16(outline[offset]) << 8 | UInt16(outline[offset + 1])
            put(&outline, at: offset, u16: newID(old))
        }
    }
}
