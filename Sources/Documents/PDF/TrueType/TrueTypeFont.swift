/// A TrueType font file read far enough to measure text and embed a subset in a PDF: the table
/// directory, `head`, `hhea`, `maxp`, `hmtx`, `loca`, `glyf`, `cmap` (formats 4 and 12), `post`,
/// `OS/2` and `name` (OpenType 1.9, "TrueType outlines"). Nothing here knows of PDFs or agendas.
public struct TrueTypeFont: Sendable {
    /// Why a font file could not be read.
    public struct ReadError: Error, Equatable, Sendable {
        /// What is wrong, in English (a font in the repository is a programming matter).
        public let reason: String
    }

    /// The file's bytes.
    let data: FontBytes
    /// Each table's offset and length, by tag.
    let tables: [String: Range<Int>]
    /// Font units per em (`head`).
    public let unitsPerEm: Int
    /// The number of glyphs (`maxp`).
    public let glyphCount: Int
    /// 0: `loca` holds 16-bit offsets / 2; 1: 32-bit offsets (`head`).
    let indexToLocFormat: Int
    /// The number of full metrics in `hmtx` (`hhea`); later glyphs have only a left side bearing.
    let metricCount: Int
    /// The advance width of every glyph, in font units (`hmtx`).
    public let advanceWidths: [UInt16]
    /// The glyph of each Unicode scalar the font maps (`cmap`; empty without one).
    public let glyphs: [UInt32: UInt16]
    /// The box around all glyphs, in font units: xMin, yMin, xMax, yMax (`head`).
    public let boundingBox: (Int, Int, Int, Int)
    /// Ascender and descender (negative) in font units (`hhea`).
    public let ascent: Int, descent: Int
    /// The height of capitals in font units (`OS/2` version 2 and up, else the ascent).
    public let capHeight: Int
    /// The slant in degrees counterclockwise from vertical (`post`).
    public let italicAngle: Double
    /// Whether every glyph has the same width (`post`).
    public let isFixedPitch: Bool
    /// The PostScript name (`name` id 6), letters, digits and `-` only.
    public let postScriptName: String
    /// Where `loca` starts and where `glyf` is: read for every glyph of every subset, so kept
    /// rather than looked up by tag each time.
    let locaStart: Int, glyfRange: Range<Int>
    /// The tables every subset copies whole, with their checksums: read once per font, not per
    /// subset (see ``subset(glyphs:)``).
    let fixedTables: [SubsetTable]

    /// Reads `bytes`; throws when a table the reader needs is missing or cut short.
    public init(bytes: [UInt8]) throws {
        let data = FontBytes(bytes: bytes)
        self.data = data
        func fail(_ reason: String) -> ReadError { ReadError(reason: reason) }
        guard let version = data.u32(0), version == 0x0001_0000 || version == 0x7472_7565 else {
            throw fail("not a TrueType font (no version 1.0 or 'true' at the start)")
        }
        guard let tableCount = data.u16(4) else { throw fail("the table directory is cut short") }
        var tables: [String: Range<Int>] = [:]
        for index in 0..<Int(tableCount) {
            let record = 12 + 16 * index
            guard let tag = data.slice(record, 4), let offset = data.u32(record + 8), let length = data.u32(record + 12),
                  Int(offset) + Int(length) <= bytes.count
            else { throw fail("table record \(index) is cut short or points past the end") }
            tables[String(decoding: tag, as: UTF8.self)] = Int(offset)..<Int(offset) + Int(length)
        }
        self.tables = tables
        for tag in ["head", "hhea", "maxp", "hmtx", "loca", "glyf"] where tables[tag] == nil {
            throw fail("no '\(tag)' table (only TrueType outlines are read)")
        }
        let head = tables["head"]!.lowerBound, hhea = tables["hhea"]!.lowerBound
        locaStart = tables["loca"]!.lowerBound
        glyfRange = tables["glyf"]!
        guard let unitsPerEm = data.u16(head + 18), unitsPerEm > 0,
              let xMin = data.i16(head + 36), let yMin = data.i16(head + 38), let xMax = data.i16(head + 40), let yMax = data.i16(head + 42),
              let locFormat = data.i16(head + 50),
              let glyphCount = data.u16(tables["maxp"]!.lowerBound + 4),
              let ascent = data.i16(hhea + 4), let descent = data.i16(hhea + 6), let metricCount = data.u16(hhea + 34), metricCount > 0
        else { throw fail("'head', 'hhea' or 'maxp' is cut short") }
        self.unitsPerEm = Int(unitsPerEm)
        self.glyphCount = Int(glyphCount)
        indexToLocFormat = Int(locFormat)
        self.metricCount = Int(metricCount)
        boundingBox = (Int(xMin), Int(yMin), Int(xMax), Int(yMax))
        self.ascent = Int(ascent)
        self.descent = Int(descent)

        // Glyphs past the last full metric share its advance (`hmtx`).
        let hmtx = tables["hmtx"]!.lowerBound
        var widths: [UInt16] = []
        widths.reserveCapacity(Int(glyphCount))
        for glyph in 0..<Int(glyphCount) {
            guard let width = data.u16(hmtx + 4 * min(glyph, Int(metricCount) - 1)) else { throw fail("'hmtx' is cut short") }
            widths.append(width)
        }
        advanceWidths = widths

        if let os2 = tables["OS/2"]?.lowerBound, let os2Version = data.u16(os2), os2Version >= 2, let height = data.i16(os2 + 88) {
            capHeight = Int(height)
        } else {
            capHeight = Int(ascent)
        }
        if let post = tables["post"]?.lowerBound, let whole = data.i16(post + 4), let fraction = data.u16(post + 6), let fixed = data.u32(post + 12) {
            italicAngle = Double(whole) + Double(fraction) / 65536
            isFixedPitch = fixed != 0
        } else {
            italicAngle = 0
            isFixedPitch = false
        }
        postScriptName = Self.postScriptName(data, tables["name"])
        fixedTables = Self.fixedTables(data, tables)
        // A subset made for a PDF has no character map: its glyphs are reached by number.
        glyphs = try tables["cmap"].map { try Self.characterMap(data, $0) } ?? [:]
    }

    /// The advance width of `glyph` in 1/1000 of the font size, as PDF widths are given.
    public func width(ofGlyph glyph: UInt16) -> Int {
        guard Int(glyph) < advanceWidths.count else { return 0 }
        return (Int(advanceWidths[Int(glyph)]) * 1000 + unitsPerEm / 2) / unitsPerEm
    }

    /// The bytes of `glyph`'s outline in `glyf` (empty for a glyph without one, such as the space).
    func glyphData(_ glyph: Int) -> ArraySlice<UInt8> {
        guard glyph >= 0, glyph < glyphCount else { return [] }
        let loca = locaStart, glyf = glyfRange
        let start: Int?, end: Int?
        if indexToLocFormat == 0 {
            start = data.u16(loca + 2 * glyph).map { Int($0) * 2 }
            end = data.u16(loca + 2 * glyph + 2).map { Int($0) * 2 }
        } else {
            start = data.u32(loca + 4 * glyph).map { Int($0) }
            end = data.u32(loca + 4 * glyph + 4).map { Int($0) }
        }
        guard let start, let end, start <= end, glyf.lowerBound + end <= glyf.upperBound else { return [] }
        return data.slice(glyf.lowerBound + start, end - start) ?? []
    }

    /// The raw bytes of a table, or nil when the font has none.
    func table(_ tag: String) -> ArraySlice<UInt8>? {
        tables[tag].flatMap { data.slice($0.lowerBound, $0.count) }
    }
}
