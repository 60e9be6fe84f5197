import Foundation
import Testing
import TestSupport
@testable import Documents

/// The font subsets made without a set or dictionary per subset, with the tables every subset
/// copies read once per font and the file's checksum summed from its tables (issue 38, round
/// four), against the way they were made before: the same bytes and glyphs for random sets of
/// glyphs of every shipped font, composite glyphs and glyph 0 among them.
@Suite(.timed) struct PDFSubsetFastPathTests {
    /// The subset as ``TrueTypeFont/subset(_:)`` made it before: a set of kept glyphs, a
    /// dictionary of new ids, every table's checksum per subset and the file's over the file.
    static func plainSubset(_ font: TrueTypeFont, _ glyphs: Set<UInt16>) -> (bytes: [UInt8], old: [UInt16]) {
        var kept: Set<UInt16> = [0]
        var pending = Array(glyphs.filter { Int($0) < font.glyphCount })
        while let glyph = pending.popLast() {
            guard kept.insert(glyph).inserted || glyph == 0 else { continue }
            for component in TrueTypeFont.components(font.glyphData(Int(glyph))) where Int(component) < font.glyphCount && !kept.contains(component) {
                pending.append(component)
            }
        }
        let old = kept.sorted()
        var newGlyph: [UInt16: UInt16] = [:]
        for (index, glyph) in old.enumerated() { newGlyph[glyph] = UInt16(index) }
        var glyf: [UInt8] = [], loca: [UInt8] = [], hmtx: [UInt8] = []
        let hmtxBase = font.tables["hmtx"]!.lowerBound
        for glyph in old {
            loca.appendU32(UInt32(glyf.count))
            TrueTypeFont.appendOutline(font.glyphData(Int(glyph)), renumbering: newGlyph, to: &glyf)
            while glyf.count % 4 != 0 { glyf.append(0) }
            let g = Int(glyph)
            let bearing = g < font.metricCount
                ? font.data.u16(hmtxBase + 4 * g + 2) : font.data.u16(hmtxBase + 4 * font.metricCount + 2 * (g - font.metricCount))
            hmtx.appendU16(font.advanceWidths[g])
            hmtx.appendU16(bearing ?? 0)
        }
        loca.appendU32(UInt32(glyf.count))
        func put(_ bytes: inout [UInt8], at offset: Int, u16 value: UInt16) {
            guard offset + 2 <= bytes.count else { return }
            bytes[offset] = UInt8(value >> 8); bytes[offset + 1] = UInt8(value & 0xFF)
        }
        func put(_ bytes: inout [UInt8], at offset: Int, u32 value: UInt32) {
            put(&bytes, at: offset, u16: UInt16(value >> 16)); put(&bytes, at: offset + 2, u16: UInt16(value & 0xFFFF))
        }
        var head = Array(font.table("head") ?? []), hhea = Array(font.table("hhea") ?? []), maxp = Array(font.table("maxp") ?? [])
        put(&head, at: 8, u32: 0)
        put(&head, at: 50, u16: 1)
        put(&hhea, at: 34, u16: UInt16(old.count))
        put(&maxp, at: 4, u16: UInt16(old.count))
        var out: [(String, [UInt8])] = [("glyf", glyf), ("head", head), ("hhea", hhea), ("hmtx", hmtx), ("loca", loca), ("maxp", maxp)]
        for tag in ["cvt ", "fpgm", "prep"] { if let bytes = font.table(tag) { out.append((tag, Array(bytes))) } }
        out.sort { $0.0 < $1.0 }
        var file: [UInt8] = []
        file.appendU32(0x0001_0000)
        let count = out.count
        var power = 1, log = 0
        while power * 2 <= count { power *= 2; log += 1 }
        file.appendU16(UInt16(count)); file.appendU16(UInt16(power * 16)); file.appendU16(UInt16(log)); file.appendU16(UInt16(count * 16 - power * 16))
        var offset = 12 + 16 * count
        for (tag, bytes) in out {
            file += Array(tag.utf8)
            file.appendU32(TrueTypeFont.checksum(bytes[...]))
            file.appendU32(UInt32(offset))
            file.appendU32(UInt32(bytes.count))
            offset += (bytes.count + 3) / 4 * 4
        }
        for (_, bytes) in out {
            file += bytes
            while file.count % 4 != 0 { file.append(0) }
        }
        let adjustment = 0xB1B0_AFBA &- TrueTypeFont.checksum(file[...])
        if let headEntry = out.firstIndex(where: { $0.0 == "head" }) {
            let at = Int(FontBytes(bytes: file).u32(12 + 16 * headEntry + 8) ?? 0)
            put(&file, at: at + 8, u32: adjustment)
        }
        return (file, old)
    }

    @Test(arguments: PDFFont.allCases)
    func aSubsetIsThePlainSubsetForRandomGlyphs(font: PDFFont) {
        let file = font.file
        var random = SplitMix64(seed: UInt64(font.rawValue) &+ 38)
        let composites = (0..<file.glyphCount).filter { !TrueTypeFont.components(file.glyphData($0)).isEmpty }.map { UInt16($0) }
        var sets: [Set<UInt16>] = [[], [0], [0, 1, 2], [UInt16(file.glyphCount - 1)], [UInt16(file.glyphCount), 65_535, 3]]
        sets.append(Set(composites.prefix(40)))
        for _ in 0..<12 {
            var glyphs = Set<UInt16>()
            for _ in 0..<Int(random.next() % 120) { glyphs.insert(UInt16(random.next() % UInt64(file.glyphCount + 5))) }
            if let composite = composites.randomElement(using: &random) { glyphs.insert(composite) }
            sets.append(glyphs)
        }
        for glyphs in sets {
            let plain = Self.plainSubset(file, glyphs)
            let fast = file.subset(glyphs)
            #expect(fast.bytes.elementsEqual(plain.bytes), "\(font) \(glyphs.sorted())")
            #expect(fast.oldGlyphs == plain.old)
            // In any order and with repeats, the same subset.
            #expect(file.subset(glyphs: glyphs.sorted().reversed() + glyphs.sorted()).bytes.elementsEqual(plain.bytes))
            for (index, glyph) in plain.old.enumerated() { #expect(fast.newID(of: glyph) == UInt16(index)) }
            #expect(fast.newID(of: 65_535) == nil || plain.old.contains(65_535))
        }
    }

    @Test func theGlyphTableIsEachCodesGlyph() {
        for font in PDFFont.allCases {
            for code in 0..<256 {
                #expect(PDFFont.glyphTable[font.rawValue * 256 + code] == font.glyph(UInt8(code)) ?? 0)
            }
        }
    }
}

/// The shipped fonts' base64 decoded four characters at a time (issue 38, round four), against
/// Foundation's decoder that it replaced.
@Suite(.timed) struct Base64DecodingTests {
    @Test func theDecoderIsFoundationsForRandomBytesAndTheShippedFonts() throws {
        var random = SplitMix64(seed: 64)
        for length in Array(0...40) + [255, 256, 257, 4_096, 10_001] {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            let text = Data(bytes).base64EncodedString()
            #expect(Base64Decoding.decode(text) == bytes, "\(length)")
        }
        for text in [EmbeddedFontFiles.liberationSansRegular, EmbeddedFontFiles.dejaVuSans, EmbeddedFontFiles.liberationMonoRegular] {
            let decoded = try #require(Base64Decoding.decode(text))
            #expect(decoded.elementsEqual(try #require(Data(base64Encoded: text))))
        }
    }

    @Test func whatIsNotBase64IsNil() {
        for text in ["A", "AB=", "ABC", "AB=C", "A===", "====", "AB\nC", "AB C", "ABC-", "QUJD\nREVG", "QU=D", "=QUJ"] {
            #expect(Base64Decoding.decode(text) == nil, "\(text)")
        }
        #expect(Base64Decoding.decode("") == [])
        #expect(Base64Decoding.decode("QUJD") == Array("ABC".utf8))
        #expect(Base64Decoding.decode("QUI=") == Array("AB".utf8))
        #expect(Base64Decoding.decode("QQ==") == Array("A".utf8))
    }
}
