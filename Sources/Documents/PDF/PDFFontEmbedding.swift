import Hashing

/// Embeds the fonts a PDF uses as subsets (ISO 32000-1, 9.7 and 9.9): per font a Type 0 font
/// with Identity-H encoding over a CIDFontType2 font, whose `CIDToGIDMap` sends each code (CID)
/// to its glyph in the subset, `/W` gives the widths the layout measured with, the
/// FontDescriptor carries the subset as FontFile2, and a `ToUnicode` CMap makes the text
/// extractable. The subset's name tag is made from the glyphs it holds, so the same text gives
/// the same bytes.
struct PDFFontEmbedding {
    /// Whether each code is used with each font (`font.rawValue * 256 + code`), noted as text is
    /// drawn (see ``note(_:font:)``) or found in a content stream (see ``collect(_:)``): a table
    /// rather than sets, because every character of every page passes here (hashing it into a set
    /// was a tenth of a national PDF build).
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

    /// Notes that `bytes` are shown in `font` (see ``PDFCanvas/fonts``).
    mutating func note(_ bytes: [UInt8], font: PDFFont) {
        let row = font.rawValue &* 256
        used.withUnsafeMutableBufferPointer { used in
            for byte in bytes { used[row &+ Int(byte)] = true }
        }
    }

    /// Notes the characters of `spans`, each in its font: one access to the table for a line.
    mutating func note(_ spans: [PDFSpan]) {
        used.withUnsafeMutableBufferPointer { used in
            for span in spans {
                let row = span.font.rawValue &* 256
                span.bytes.withUnsafeBufferPointer { bytes in
                    for byte in bytes { used[row &+ Int(byte)] = true }
                }
            }
        }
    }

    /// Notes what `other` noted.
    mutating func formUnion(_ other: PDFFontEmbedding) {
        for index in used.indices where other.used[index] { used[index] = true }
    }

    /// Notes the codes of the text shown in a content stream as mja writes them: a font chosen
    /// with `/F<n> <size> Tf`, text as hex strings of two-byte codes followed by ` Tj`. Every byte
    /// of every page passes here, so it is read through a buffer, and hex digits through a table.
    mutating func collect(_ content: [UInt8]) {
        content.withUnsafeBufferPointer { content in
            used.withUnsafeMutableBufferPointer { used in
                Self.collect(content, into: used)
            }
        }
    }

    private static func collect(_ content: UnsafeBufferPointer<UInt8>, into used: UnsafeMutableBufferPointer<Bool>) {
        let slash = UInt8(ascii: "/"), open = UInt8(ascii: "<"), close = UInt8(ascii: ">")
        let hexValues = Self.hexValues
        var font: PDFFont?
        var index = 0
        let count = content.count
        while index < count {
            let byte = content[index]
            if byte == slash, index + 3 < count, content[index + 1] == UInt8(ascii: "F"),
               let digit = Self.digit(content[index + 2]), content[index + 3] == 0x20 {
                font = PDFFont(rawValue: digit - 1)
                index += 3
            } else if byte == open, index + 1 < count, content[index + 1] != open {
                var end = index + 1
                while end < count && content[end] != close { end += 1 }
                let isText = end + 3 < count && content[end + 1] == 0x20 && content[end + 2] == UInt8(ascii: "T") && content[end + 3] == UInt8(ascii: "j")
                if isText, let font {
                    let row = font.rawValue * 256
                    var position = index + 1
                    while position + 3 < end {
                        let high = hexValues[Int(content[position + 2])], low = hexValues[Int(content[position + 3])]
                        if high | low < 16 { used[row + Int(high << 4 | low)] = true }
                        position += 4
                    }
                }
                index = end
            }
            index += 1
        }
    }

    private static func digit(_ byte: UInt8) -> Int? { byte >= 0x31 && byte <= 0x39 ? Int(byte - 0x30) : nil }

    /// The value of each hex digit, 0xFF for a byte that is none.
    private static let hexValues: [UInt8] = (0..<256).map { byte -> UInt8 in
        switch byte {
        case 0x30...0x39: UInt8(byte - 0x30)
        case 0x41...0x46: UInt8(byte - 0x41 + 10)
        case 0x61...0x66: UInt8(byte - 0x61 + 10)
        default: 0xFF
        }
    }

    /// The fonts used, in case order.
    var usedFonts: [PDFFont] { PDFFont.allCases.filter { font in used[(font.rawValue * 256)..<(font.rawValue * 256 + 256)].contains(true) } }

    /// Writes the objects of `font` with the Type 0 font at `number`.
    func write(_ font: PDFFont, number: Int, to file: inout PDFFile, compress: Bool) {
        let embedded = Self.subset(for: SubsetKey(font: font, codes: usedCodes(font), compress: compress))
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
    /// build, and subsetting and compressing them was a tenth of its instructions. Room for 256: a
    /// national build has 211 different ones (361 fonts in 109 PDFs), and with room for 64 the
    /// oldest went before they came again (229 made); each is a few kilobytes compressed.
    private static let made = MadeOnce<SubsetKey, EmbeddedSubset>(capacity: 256)

    /// The embedded subset for `key`: made once per process and key, shared by the threads.
    static func subset(for key: SubsetKey) -> EmbeddedSubset {
        made.value(for: key, embedded)
    }

    /// The embedded subset for `key`, made.
    static func embedded(_ key: SubsetKey) -> EmbeddedSubset {
        let font = key.font, used = key.codes
        let ttf = font.file
        // Each code's glyph from the font's table of 256 (0 for none), the new ids by halving the
        // subset's sorted glyphs: no dictionary or set per subset.
        let glyphs = PDFFont.glyphTable
        let row = font.rawValue &* 256
        let subset = ttf.subset(glyphs: used.map { glyphs[row &+ Int($0)] })
        var map = [UInt8](repeating: 0, count: 2 * (Int(used.last ?? 0) + 1))
        for code in used {
            let glyph = subset.newID(of: glyphs[row &+ Int(code)]) ?? 0
            map[2 * Int(code)] = UInt8(glyph >> 8)
            map[2 * Int(code) + 1] = UInt8(glyph & 0xFF)
        }
        let unicode = toUnicode(used.compactMap { code in font.unicode(code).map { (code, $0) } })
        return EmbeddedSubset(
            name: tag(subset.oldGlyphs, ttf.postScriptName) + "+" + ttf.postScriptName,
            widths: widths(font, used),
            fontFileLength: subset.bytes.count,
            fontFile: PDFStreamData(subset.bytes, compress: key.compress),
            cidToGID: PDFStreamData(map, compress: key.compress),
            toUnicode: PDFStreamData(unicode, compress: key.compress))
    }

    /// Six capital letters made from the glyphs of a subset and the font's name (ISO 32000-1, 9.6.4).
    static func tag(_ glyphs: [UInt16], _ name: String) -> String {
        var hash = FNV1a.offset64
        func mix(_ byte: UInt8) { hash = FNV1a.step(hash, byte) }
        for byte in name.utf8 { mix(byte) }
        for glyph in glyphs { mix(UInt8(glyph >> 8)); mix(UInt8(glyph & 0xFF)) }
        var letters = ""
        for _ in 0..<6 {
            letters.append(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(hash % 26))))
            hash /= 26
        }
        return letters
    }

    /// The `ToUnicode` CMap of two-byte codes to their characters (ISO 32000-1, 9.10.3), written
    /// as bytes: each new subset makes one, and string interpolation per line cost more than the
    /// subset's outlines.
    static func toUnicode(_ pairs: [(UInt8, UInt32)]) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(400 + 16 * pairs.count)
        text.pdf("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
        text.pdf("/CIDSystemInfo <</Registry (Adobe) /Ordering (UCS) /Supplement 0>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
        text.pdf("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n")
        var start = 0
        while start < pairs.count {
            let block = pairs[start..<min(start + 100, pairs.count)]
            text.pdf(integer: block.count)
            text.pdf(" beginbfchar\n")
            for (code, scalar) in block {
                text.pdf("<00")
                appendHex(UInt32(code), digits: 2, to: &text)
                text.pdf("> <")
                if scalar < 0x10000 {
                    appendHex(scalar, digits: 4, to: &text)
                } else {  // a surrogate pair
                    let offset = scalar - 0x10000
                    appendHex(0xD800 + (offset >> 10), digits: 4, to: &text)
                    appendHex(0xDC00 + (offset & 0x3FF), digits: 4, to: &text)
                }
                text.pdf(">\n")
            }
            text.pdf("endbfchar\n")
            start += 100
        }
        text.pdf("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n")
        return text
    }

    /// Appends the last `digits` hex digits of `value`, upper case.
    private static func appendHex(_ value: UInt32, digits: Int, to output: inout [UInt8]) {
        for shift in stride(from: 4 * (digits - 1), through: 0, by: -4) {
            output.append(PDFText.hexBytes[Int(value >> UInt32(shift) & 0xF)])
        }
    }

    /// The `/W` array's entries: each code and its width, `32 [278] 65 [667]`.
    static func widths(_ font: PDFFont, _ codes: [UInt8]) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(12 * codes.count)
        for code in codes {
            if !text.isEmpty { text.append(0x20) }
            text.pdf(integer: Int(code))
            text.pdf(" [")
            text.pdf(integer: font.units(code))
            text.append(UInt8(ascii: "]"))
        }
        return String(decoding: text, as: UTF8.self)
    }
}
