/// Embeds the fonts a PDF uses as subsets (ISO 32000-1, 9.7 and 9.9): per font a Type 0 font
/// with Identity-H encoding over a CIDFontType2 font, whose `CIDToGIDMap` sends each code (CID)
/// to its glyph in the subset, `/W` gives the widths the layout measured with, the
/// FontDescriptor carries the subset as FontFile2, and a `ToUnicode` CMap makes the text
/// extractable. The subset's name tag is made from the glyphs it holds, so the same text gives
/// the same bytes.
struct PDFFontEmbedding {
    /// Whether each code is used with each font (`font.rawValue * 256 + code`), found in the
    /// content streams (see ``collect(_:)``): a table rather than sets, because every character
    /// of every page passes here (hashing it into a set was a tenth of a national PDF build).
    private var used = [Bool](repeating: false, count: PDFFont.allCases.count * 256)

    /// The codes used with each font.
    var codes: [PDFFont: Set<UInt8>] {
        var codes: [PDFFont: Set<UInt8>] = [:]
        for font in PDFFont.allCases {
            let set = Set(usedCodes(font))
            if !set.isEmpty { codes[font] = set }
        }
        return codes
    }

    /// The codes used with `font`, in order.
    private func usedCodes(_ font: PDFFont) -> [UInt8] {
        (0..<256).filter { used[font.rawValue * 256 + $0] }.map { UInt8($0) }
    }

    /// Notes the codes of the text shown in a content stream as mja writes them: a font chosen
    /// with `/F<n> <size> Tf`, text as hex strings of two-byte codes followed by ` Tj`.
    mutating func collect(_ content: [UInt8]) {
        var font: PDFFont?
        var index = 0
        let count = content.count
        while index < count {
            let byte = content[index]
            if byte == UInt8(ascii: "/"), index + 2 < count, content[index + 1] == UInt8(ascii: "F"),
               let digit = Self.digit(content[index + 2]), index + 3 < count, content[index + 3] == 0x20 {
                font = PDFFont(rawValue: digit - 1)
                index += 3
            } else if byte == UInt8(ascii: "<"), index + 1 < count, content[index + 1] != UInt8(ascii: "<") {
                var end = index + 1
                while end < count && content[end] != UInt8(ascii: ">") { end += 1 }
                let isText = end + 3 < count && content[end + 1] == 0x20 && content[end + 2] == UInt8(ascii: "T") && content[end + 3] == UInt8(ascii: "j")
                if isText, let font {
                    var position = index + 1
                    while position + 3 < end {
                        if let high = Self.hexDigit(content[position + 2]), let low = Self.hexDigit(content[position + 3]) {
                            used[font.rawValue * 256 + Int(high << 4 | low)] = true
                        }
                        position += 4
                    }
                }
                index = end
            }
            index += 1
        }
    }

    private static func digit(_ byte: UInt8) -> Int? { byte >= 0x31 && byte <= 0x39 ? Int(byte - 0x30) : nil }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x41 + 10
        case 0x61...0x66: byte - 0x61 + 10
        default: nil
        }
    }

    /// The fonts used, in case order.
    var usedFonts: [PDFFont] { PDFFont.allCases.filter { font in used[(font.rawValue * 256)..<(font.rawValue * 256 + 256)].contains(true) } }

    /// Writes the objects of `font` with the Type 0 font at `number`.
    func write(_ font: PDFFont, number: Int, to file: inout PDFFile, compress: Bool) {
        let embedded = Self.made.value(for: SubsetKey(font: font, codes: usedCodes(font), compress: compress), Self.embedded)
        let name = embedded.name
        let cidFont = file.reserve(), descriptor = file.reserve(), fontFile = file.reserve()
        let cidToGID = file.reserve(), toUnicode = file.reserve()
        file.addPacked(number, "<</Type /Font /Subtype /Type0 /BaseFont /\(name) /Encoding /Identity-H /DescendantFonts [\(cidFont) 0 R] /ToUnicode \(toUnicode) 0 R>>")
        file.addPacked(cidFont, "<</Type /Font /Subtype /CIDFontType2 /BaseFont /\(name) /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>> /FontDescriptor \(descriptor) 0 R /DW 0 /W [\(embedded.widths)] /CIDToGIDMap \(cidToGID) 0 R>>")
        let ttf = font.file
        func scaled(_ value: Int) -> Int { value * 1000 / ttf.unitsPerEm }
        let box = ttf.boundingBox
        let italic = ttf.italicAngle != 0
        let flags = 32 | (ttf.isFixedPitch ? 1 : 0) | (italic ? 64 : 0)
        let stem = font == .bold || font == .boldOblique ? 120 : 80
        file.addPacked(descriptor, "<</Type /FontDescriptor /FontName /\(name) /Flags \(flags) /FontBBox [\(scaled(box.0)) \(scaled(box.1)) \(scaled(box.2)) \(scaled(box.3))] /ItalicAngle \(PDFText.number(ttf.italicAngle)) /Ascent \(scaled(ttf.ascent)) /Descent \(scaled(ttf.descent)) /CapHeight \(scaled(ttf.capHeight)) /StemV \(stem) /FontFile2 \(fontFile) 0 R>>")
        file.addStream(fontFile, dictionary: "/Length1 \(embedded.fontFileLength)", stream: embedded.fontFile)
        file.addStream(cidToGID, dictionary: "", stream: embedded.cidToGID)
        file.addStream(toUnicode, dictionary: "", stream: embedded.toUnicode)
    }

    /// A font and the codes a document uses of it: all that its embedded subset depends on.
    struct SubsetKey: Hashable, Sendable {
        let font: PDFFont
        let codes: [UInt8]
        let compress: Bool
    }

    /// The parts of an embedded subset that depend on its key only, streams compressed as they go
    /// into the file.
    struct EmbeddedSubset: Sendable {
        let name: String
        let widths: String
        let fontFileLength: Int
        let fontFile: PDFStreamData
        let cidToGID: PDFStreamData
        let toUnicode: PDFStreamData
    }

    /// Subsets made once: documents that use the same characters of a font (the covers, the
    /// running heads, the decks' headings) embed the same subset, 150 of the 361 in a national
    /// build, and subsetting and compressing them was a tenth of its instructions.
    private static let made = MadeOnce<SubsetKey, EmbeddedSubset>(capacity: 64)

    /// The embedded subset for `key`, made.
    private static func embedded(_ key: SubsetKey) -> EmbeddedSubset {
        let font = key.font, used = key.codes
        let ttf = font.file
        var glyphOf: [UInt8: UInt16] = [:]
        for code in used { glyphOf[code] = font.glyph(code) ?? 0 }
        let subset = ttf.subset(Set(glyphOf.values))
        var map = [UInt8](repeating: 0, count: 2 * (Int(used.last ?? 0) + 1))
        for code in used {
            let glyph = subset.newGlyph[glyphOf[code] ?? 0] ?? 0
            map[2 * Int(code)] = UInt8(glyph >> 8)
            map[2 * Int(code) + 1] = UInt8(glyph & 0xFF)
        }
        let unicode = Array(toUnicode(used.compactMap { code in font.unicode(code).map { (code, $0) } }).utf8)
        return EmbeddedSubset(
            name: tag(subset.oldGlyphs, ttf.postScriptName) + "+" + ttf.postScriptName,
            widths: used.map { "\($0) [\(font.units($0))]" }.joined(separator: " "),
            fontFileLength: subset.bytes.count,
            fontFile: PDFStreamData(subset.bytes, compress: key.compress),
            cidToGID: PDFStreamData(map, compress: key.compress),
            toUnicode: PDFStreamData(unicode, compress: key.compress))
    }

    /// Six capital letters made from the glyphs of a subset and the font's name (ISO 32000-1, 9.6.4).
    static func tag(_ glyphs: [UInt16], _ name: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        for byte in name.utf8 { mix(byte) }
        for glyph in glyphs { mix(UInt8(glyph >> 8)); mix(UInt8(glyph & 0xFF)) }
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26))))
            hash /= 26
        }
        return letters
    }

    /// The `ToUnicode` CMap of two-byte codes to their characters (ISO 32000-1, 9.10.3).
    static func toUnicode(_ pairs: [(UInt8, UInt32)]) -> String {
        var text = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        text += "/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        text += "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        var start = 0
        while start < pairs.count {
            let block = pairs[start..<min(start + 100, pairs.count)]
            text += "\(block.count) beginbfchar\n"
            for (code, scalar) in block {
                text += "<00\(PDFText.hex8(code))> <\(Self.utf16Hex(scalar))>\n"
            }
            text += "endbfchar\n"
            start += 100
        }
        text += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
        return text
    }

    private static func utf16Hex(_ scalar: UInt32) -> String {
        if scalar < 0x10000 { return PDFText.hex16(UInt16(scalar)) }
        let offset = scalar - 0x10000
        return PDFText.hex16(UInt16(0xD800 + (offset >> 10))) + PDFText.hex16(UInt16(0xDC00 + (offset & 0x3FF)))
    }
}
