/// The fonts of a PDF made by mja: the standard Helvetica family and Courier (ISO 32000-1,
/// 9.6.2.2, the "standard 14" fonts every PDF reader has), in WinAnsiEncoding, and ZapfDingbats
/// for the check marks of the scorecard (✓ ✔ ✗ ✘). No font file is embedded; text stays
/// extractable and searchable because WinAnsi and the Dingbats glyph names map to Unicode.
enum PDFFont: Int, CaseIterable, Sendable {
    case regular, bold, oblique, boldOblique, mono, dingbats

    /// The resource name in content streams.
    var resourceName: String { "F\(rawValue + 1)" }

    /// The PostScript name of the standard font.
    var baseFont: String {
        switch self {
        case .regular: "Helvetica"
        case .bold: "Helvetica-Bold"
        case .oblique: "Helvetica-Oblique"
        case .boldOblique: "Helvetica-BoldOblique"
        case .mono: "Courier"
        case .dingbats: "ZapfDingbats"
        }
    }

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

    /// The width of the WinAnsi code `code` in 1/1000 of the font size.
    @inline(__always) func units(_ code: UInt8) -> Int {
        Int(Self.widthTable[rawValue &* 256 &+ Int(code)])
    }

    /// The widths of all 256 codes of every font, one row of 256 per font in case order, made
    /// once from the AFM tables: measuring is one load per byte, the hot path of the layout.
    static let widthTable: [UInt16] = {
        var table = [UInt16](repeating: 0, count: allCases.count * 256)
        for font in allCases {
            for code in 0..<256 {
                table[font.rawValue * 256 + code] = UInt16(font.afmUnits(UInt8(code)))
            }
        }
        return table
    }()

    /// The width of `code` looked up in the AFM tables (see ``widthTable``).
    private func afmUnits(_ code: UInt8) -> Int {
        if code == PDFWarningSign.code && self != .dingbats { return PDFWarningSign.units }
        if self == .mono { return 600 }  // Courier: every glyph 600 units wide
        if self == .dingbats { return Self.dingbatWidths[code] ?? 0 }
        guard code >= 32 else { return 0 }
        let index = Int(code) - 32
        switch self {
        case .regular: return Int(HelveticaMetrics.regular[index])
        case .bold: return Int(HelveticaMetrics.bold[index])
        case .oblique: return Int(HelveticaMetrics.oblique[index])
        case .boldOblique: return Int(HelveticaMetrics.boldOblique[index])
        case .mono: return 600
        case .dingbats: return 0
        }
    }

    /// The sum of the widths of `bytes`, in 1/1000 of the font size.
    @inline(__always) func units(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        Self.widthTable.withUnsafeBufferPointer { table in
            let row = rawValue &* 256
            var total = 0
            for byte in bytes { total &+= Int(table[row &+ Int(byte)]) }
            return total
        }
    }

    /// The Dingbats codes of the marks mja writes: ✓ (a19), ✔ (a20), ✗ (a23), ✘ (a24).
    static let dingbatCodes: [UInt32: UInt8] = [0x2713: 51, 0x2714: 52, 0x2717: 55, 0x2718: 56]

    /// Their widths and the space's, from the ZapfDingbats AFM (groff's `devps/ZD`).
    static let dingbatWidths: [UInt8: Int] = [32: 278, 51: 755, 52: 846, 55: 571, 56: 677]

    /// The width in points of WinAnsi `bytes` at `size` points.
    func width(_ bytes: [UInt8], size: Double) -> Double {
        Double(bytes.withUnsafeBufferPointer { units($0) }) * size / 1000
    }

    /// The width in points of part of WinAnsi `bytes` at `size` points.
    func width(_ bytes: ArraySlice<UInt8>, size: Double) -> Double {
        Double(bytes.withUnsafeBufferPointer { units($0) }) * size / 1000
    }

    /// The font dictionary.
    var dictionary: String {
        if self == .dingbats { return "<</Type /Font /Subtype /Type1 /BaseFont /ZapfDingbats>>" }  // its own encoding
        return "<</Type /Font /Subtype /Type1 /BaseFont /\(baseFont) /Encoding /WinAnsiEncoding>>"
    }
}
