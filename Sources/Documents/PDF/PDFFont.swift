import SystemCalls

/// The fonts of a PDF made by mja, embedded as subsets (PDF/UA-1 and PDF/A want every font in the
/// file): Liberation Sans in four faces for the text (metric-compatible with Helvetica, SIL OFL),
/// Liberation Mono for code, and DejaVu Sans for the marks Liberation lacks (✓ ✔ ✗ ✘ ⚠). The
/// font files live in `PDF/Fonts/` with their licences (see ``EmbeddedFontFiles``).
///
/// Between the layout and the content stream text is one byte a character: for the text fonts
/// WinAnsiEncoding with → in its free code 129 (``arrowCode``), for the symbol font the codes of
/// ``symbolCodes``. Each byte is written as a two-byte CID (Identity-H) that the font's
/// `CIDToGIDMap` sends to its glyph and its `ToUnicode` map back to the character, so text stays
/// extractable and searchable (see ``PDFFontEmbedding``).
enum PDFFont: Int, CaseIterable, Sendable {
    case regular, bold, oblique, boldOblique, mono, dingbats

    /// The resource name in content streams.
    var resourceName: String { "F\(rawValue + 1)" }

    /// The font with bold and italic added.
    func with(bold: Bool = false, italic: Bool = false) -> PDFFont {
        switch self {
        case .mono, .dingbats: return self
        default:
            let isBold = bold || self == .bold || self == .boldOblique
            let isItalic = italic || self == .oblique || self == .boldOblique
            return isBold ? (isItalic ? .boldOblique : .bold) : (isItalic ? .oblique : .regular)
        }
    }

    /// The font file, read once.
    var file: TrueTypeFont { Self.files[rawValue] }

    /// The font files in case order, decoded and read once. They are part of the program, so a
    /// file that does not read is a programming error found by every test that makes a PDF.
    static let files: [TrueTypeFont] = allCases.map { font in
        let base64: String
        switch font {
        case .regular: base64 = EmbeddedFontFiles.liberationSansRegular
        case .bold: base64 = EmbeddedFontFiles.liberationSansBold
        case .oblique: base64 = EmbeddedFontFiles.liberationSansItalic
        case .boldOblique: base64 = EmbeddedFontFiles.liberationSansBoldItalic
        case .mono: base64 = EmbeddedFontFiles.liberationMonoRegular
        case .dingbats: base64 = EmbeddedFontFiles.dejaVuSans
        }
        guard let bytes = Base64Decoding.decode(base64), let file = try? TrueTypeFont(bytes: bytes) else {
            preconditionFailure("the embedded font file of \(font) does not read")
        }
        // The base64 text is read only here: its pages of the program (3.5 MiB for the six fonts)
        // need not stay resident for the rest of the run (issue 38, Sources/SystemCalls/README.md).
        var text = base64
        _ = text.withUTF8 { mja_release_program_pages($0.baseAddress, UInt($0.count)) }
        return file
    }

    /// The code of → in the text fonts: 129, which WinAnsi leaves empty.
    static let arrowCode: UInt8 = 0x81

    /// The codes of the marks in the symbol font: ✓ ✔ ✗ ✘ ⚠.
    static let symbolCodes: [UInt32: UInt8] = [0x2713: 51, 0x2714: 52, 0x2717: 55, 0x2718: 56, 0x26A0: 33]

    /// The codes of the check marks (kept under their old name for the callers that ask).
    static var dingbatCodes: [UInt32: UInt8] { symbolCodes }

    /// The character of `code` in this font, or nil for a code without one.
    func unicode(_ code: UInt8) -> UInt32? {
        if self == .dingbats {
            if code == 0x20 { return 0x20 }
            return Self.symbolCharacters[code]
        }
        return Self.winAnsiCharacters[Int(code)]
    }

    /// The characters of the symbol font's codes.
    private static let symbolCharacters: [UInt8: UInt32] = Dictionary(uniqueKeysWithValues: symbolCodes.map { ($1, $0) })

    /// The character of every code of the text fonts: WinAnsi, and → at ``arrowCode``.
    static let winAnsiCharacters: [UInt32?] = (0..<256).map { code -> UInt32? in
        if code >= 0x20 && code < 0x7F || code >= 0xA0 && code != 0xAD { return UInt32(code) }
        if code == Int(arrowCode) { return 0x2192 }
        return PDFText.windowsHighCodes.first { $0.value == UInt8(code) }?.key
    }

    /// The glyph of `code` in the font file, or nil when the font has none for it.
    func glyph(_ code: UInt8) -> UInt16? {
        unicode(code).flatMap { file.glyphs[$0] }
    }

    /// The glyph of every code of every font, 0 (.notdef) where the font has none, one row of 256
    /// per font in case order: made once, for the subsets (``PDFFontEmbedding/embedded(_:)``).
    static let glyphTable: [UInt16] = allCases.flatMap { font in (0..<256).map { font.glyph(UInt8($0)) ?? 0 } }

    /// The width of `code` in 1/1000 of the font size.
    @inline(__always) func units(_ code: UInt8) -> Int {
        Int(Self.widthTable[rawValue &* 256 &+ Int(code)])
    }

    /// The widths of all 256 codes of every font, one row of 256 per font in case order, made
    /// once from the font files: measuring is one load per byte, the hot path of the layout.
    static let widthTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: allCases.count * 256)
        for font in allCases {
            for code in 0..<256 {
                if let glyph = font.glyph(UInt8(code)) {
                    table[font.rawValue * 256 + code] = UInt16(font.file.width(ofGlyph: glyph))
                }
            }
        }
        return table
    }()

    /// The sum of the widths of `bytes`, in 1/1000 of the font size.
    @inline(__always) func units(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        Self.widthTable.withUnsafeBufferPointer { table in
            let row = rawValue &* 256
            var total = 0
            for byte in bytes { total &+= Int(table[row &+ Int(byte)]) }
            return total
        }
    }

    /// The width in points of `bytes` at `size` points.
    func width(_ bytes: [UInt8], size: Double) -> Double {
        Double(bytes.withUnsafeBufferPointer { units($0) }) * size / 1000
    }

    /// The width in points of part of `bytes` at `size` points.
    func width(_ bytes: ArraySlice<UInt8>, size: Double) -> Double {
        Double(bytes.withUnsafeBufferPointer { units($0) }) * size / 1000
    }
}
