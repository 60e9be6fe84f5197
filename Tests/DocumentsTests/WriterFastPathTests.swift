import Foundation
import TestSupport
import Testing
@testable import Documents

/// The shortcuts of the writers (issue 38) give what the ways they replaced gave: each is held
/// here to the code it replaced, kept in the test as it was.
@Suite(.timed) struct WriterFastPathTests {
    /// Texts with what the shortcuts must recognise and leave to the slow way.
    static let texts = [
        "", "Twente", "Arbeidsmarktregio's & \"partners\" <samen>", "café – € 1.065.000,50 ✓ 🎓", "a\\b", " ",
        "tab\there, line\nbreak, return\r\nend", "\u{0}\u{1}\u{B}\u{1F}\u{7F}", "C1: \u{80}\u{85}\u{9F} kept: \u{A0}\u{AD}é",
        "e\u{301}", "\r\n", "\u{A0}", "\u{2003}x", "\t x", "⚠\u{FE0F}", "👨‍👩‍👧", "ab\rc",
    ]

    /// Random texts of the characters above, mixed.
    static func randomTexts(count: Int) -> [String] {
        var generator = SplitMix64(seed: 38)
        let pieces = ["a", "Z", " ", "\r", "\n", "\r\n", "é", "e\u{301}", "€", "✓", "⚠\u{FE0F}", "\u{A0}", "-", "1", "\"", "<", "\\", "\u{7F}", "\u{1}", "🎓"]
        return generator.texts(count, of: pieces, maximumLength: 11)
    }

    @Test func characterCountIsTheNumberOfCharacters() {
        for text in Self.texts + Self.randomTexts(count: 2000) {
            #expect(CellTextMeasure.characterCount(text) == text.count, "\(text.debugDescription)")
        }
    }

    /// A cell's measure over its bytes (ASCII on a short path) is its measure by character, on
    /// random texts of letters, spaces, hyphens before digits and not, slashes, soft hyphens, ✓.
    @Test func aCellsMeasureIsItsMeasureByCharacter() {
        var generator = SplitMix64(seed: 11)
        let pieces = ["a", "Z", "7", " ", "-", "/", "\u{AD}", "é", "€", "✓", "\u{A0}", "\r", "\n", ".", "(", "~", "\u{7F}", "\t", "ª"]
        var texts = WordLongestWordTests.texts + CellTextMeasureTests.texts
        texts += generator.texts(3000, of: pieces, maximumLength: 15)
        for text in texts {
            guard let measure = CellTextMeasure(text) else {
                #expect(text.unicodeScalars.count != text.count || text.unicodeScalars.contains { $0.value >= 0x2C00 || ($0.value >= 0x300 && $0.value < 0x2000) || $0 == "\u{200D}" || $0 == "\u{200C}" || ($0.value >= 0x20D0 && $0.value < 0x2100) }, "\(text.debugDescription)")
                continue
            }
            #expect(measure.characters == text.count, "\(text.debugDescription)")
            #expect(measure.longestWord == WordLongestWordTests.longestWordByCharacter(text), "\(text.debugDescription)")
            #expect(measure.longestBetweenSpaces == (text.split(separator: " ").map(\.count).max() ?? 0), "\(text.debugDescription)")
            #expect(measure.hasLetter == text.contains { $0.isLetter }, "\(text.debugDescription)")
        }
    }

    /// Sheet names of letters and digits take the short way and come out as the long way made them.
    @Test func plainSheetNamesAreKeptAndRepeatedOnesNumbered() {
        let long = String(repeating: "a", count: 40)
        #expect(XlsxWriter.sheetNames(["Blad1", "Blad1", "blad1", long, long, "", "Jaar 2026", "'x'"])
            == ["Blad1", "Blad1 (2)", "blad1 (3)", String(repeating: "a", count: 31), String(repeating: "a", count: 27) + " (2)", "Blad6", "Jaar 2026", "x"])
    }

    /// Grouped digits written back to front are the digits grouped as they were.
    @Test func groupedDigitsAreTheDigitsGroupedAsBefore() {
        func old(_ value: Int64) -> String {
            let digits = String(value.magnitude)
            var result = value < 0 ? "-" : ""
            for (offset, digit) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(".") }
                result.append(digit)
            }
            return result
        }
        var values: [Int64] = [0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 999_999, 1_000_000, .max, .min, .min + 1]
        var generator = SplitMix64(seed: 3)
        for _ in 0..<2000 { values.append(Int64(bitPattern: generator.next()) >> Int64(generator.next() % 63)) }
        for value in values { #expect(DutchNotation.grouped(value) == old(value), "\(value)") }
        #expect(DutchNotation.euros(cents: -123_456_789) == "€\u{A0}-1.234.567,89")
    }

    /// `1234567` as `1.234.567`, as the workbook's column widths made it.
    static func grouped(_ value: UInt64) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0 && (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }

    /// A cell's shown length without making its digits, as it was with them.
    @Test func shownLengthIsTheLengthOfTheShownText() {
        var values: [Int64] = [0, 1, 9, 10, 99, 100, 999, 1000, 9999, 10_000, 123_456, 1_000_000, -1, -999, -1000, .max, .min, .min + 1]
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 { values.append(Int64(bitPattern: generator.next()) >> Int64(generator.next() % 63)) }
        for value in values {
            #expect(SpreadsheetCell.count(value).shownLength == Self.grouped(value.magnitude).count + (value < 0 ? 1 : 0), "\(value)")
            #expect(SpreadsheetCell.whole(value).shownLength == String(value).count, "\(value)")
            #expect(SpreadsheetCell.euro(cents: value).shownLength == Self.grouped(value.magnitude / 100).count + 5 + (value < 0 ? 1 : 0), "\(value)")
        }
        for text in Self.texts + Self.randomTexts(count: 500) {
            let old = text.split(separator: "\n", omittingEmptySubsequences: false).map(\.count).max() ?? 0
            #expect(SpreadsheetCell.text(text).shownLength == old, "\(text.debugDescription)")
        }
    }

    /// The headings after the cover, in one pass, as the headings of cover and blocks less the cover's.
    @Test func headingsAfterTheCoverHaveTheIdsOfTheWholeDocument() {
        let cover: [Block] = [.heading(level: 1, content: [.text("Agenda")]), .heading(level: 2, content: [.text("Twente")]), .paragraph([.text("2026")])]
        let blocks: [Block] = [
            .tableOfContents, .heading(level: 2, content: [.text("Twente")]), .heading(level: 2, content: [.text("Agenda")]),
            .blockQuote([.heading(level: 3, content: [.text("Twente")])]),
            .list(ListBlock(kind: .bullet, isTight: true, items: [[.heading(level: 4, content: [.strong([.text("Agenda")])])], [.paragraph([.text("x")])]])),
            .heading(level: 1, content: [.text("Twente-2")]), .heading(level: 2, content: [.text("Twente")]),
        ]
        for (cover, blocks) in [(cover, blocks), ([], blocks), (cover, []), (blocks, cover)] {
            let document = Document(metadata: DocumentMetadata(title: "T"), cover: cover, blocks: blocks)
            let old = Array(HeadingEntry.all(in: cover + blocks).dropFirst(HeadingEntry.all(in: cover).count))
            #expect(document.headings == old)
        }
    }

    /// ``RunningHeads/string(_:)`` as it was, scalar by scalar.
    static func cssString(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\3C "
            case "\n": result += "\\A "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    @Test func aRunningHeadIsTheStringItWas() {
        for text in Self.texts + Self.randomTexts(count: 1000) {
            #expect(RunningHeads.string(text) == Self.cssString(text), "\(text.debugDescription)")
        }
    }

    /// ``DocumentWords/tableName(caption:headings:)`` as it was.
    @Test func aTableNameIsTheNameItWas() {
        let words = DocumentWords()
        for heading in Self.texts + Self.randomTexts(count: 300) {
            for headings in [[heading, "Jaar", heading], [heading]] {
                let named = headings.filter { !$0.allSatisfy(\.isWhitespace) }
                let old = named.isEmpty ? words.table : words.tableWithColumns + " " + named.joined(separator: ", ")
                #expect(words.tableName(caption: "", headings: headings) == old, "\(heading.debugDescription)")
            }
        }
    }

    /// `docProps/core.xml` written as bytes is the part written by interpolation.
    @Test func corePropertiesAreThePartTheyWere() {
        for text in Self.texts {
            for properties in [
                OfficePackage.CoreProperties(title: text, subject: text, keywords: [text, "", "b"], status: text, language: "nl-NL", version: text),
                OfficePackage.CoreProperties(title: nil, language: text),
            ] {
                var xml = OfficePackage.declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                if let title = properties.title { xml += "<dc:title>\(XMLText.escape(title))</dc:title>" }
                if !properties.subject.isEmpty { xml += "<dc:subject>\(XMLText.escape(properties.subject))</dc:subject>" }
                xml += "<dc:creator>mja</dc:creator>"
                let keywords = properties.keywords.filter { !$0.isEmpty }
                if !keywords.isEmpty { xml += "<cp:keywords>\(XMLText.escape(keywords.joined(separator: ", ")))</cp:keywords>" }
                if !properties.status.isEmpty { xml += "<cp:contentStatus>\(XMLText.escape(properties.status))</cp:contentStatus>" }
                xml += "<dc:language>\(XMLText.escape(properties.language))</dc:language>"
                if !properties.version.isEmpty { xml += "<cp:version>\(XMLText.escape(properties.version))</cp:version>" }
                xml += "</cp:coreProperties>"
                #expect(OfficePackage.coreBytes(properties) == Array(xml.utf8), "\(text.debugDescription)")
            }
        }
    }

    /// The attribute and element writers write what their pieces wrote.
    @Test func attributesAndElementsAreTheirPieces() {
        for text in Self.texts {
            var short = XMLOutput(capacity: 16), long = XMLOutput(capacity: 16)
            short.attribute("w:val", escaped: text)
            short.attribute("cx", decimal: -1_234_567)
            short.element("dc:title", escaped: text)
            long.write(" w:val=\"")
            long.write(escaped: text)
            long.write("\" cx=\"")
            long.write(decimal: -1_234_567)
            long.write("\"<dc:title>")
            long.write(escaped: text)
            long.write("</dc:title>")
            #expect(short.bytes() == long.bytes(), "\(text.debugDescription)")
        }
    }

    /// The map's outlines written as bytes are the ones joined from strings.
    @Test func theMapsOutlinesAreThePathsTheyWere() {
        let map = RegionMap(id: "k", title: "Kaart & <meer>", description: "Regio's", shapes: [
            .init(key: "AM01 & co", label: "1", labelPoint: .init(x: 50, y: 50), rings: [[.init(x: 0, y: 0), .init(x: 100, y: -5), .init(x: 100, y: 100)], []]),
            .init(key: "AM02", label: "2", labelPoint: .init(x: 150, y: 50), rings: [[.init(x: 100, y: 0), .init(x: 200, y: 0)], [.init(x: 120, y: 10)]]),
            .init(key: "AM03", label: "3", labelPoint: .init(x: 0, y: 0), rings: []),
        ], counts: ["AM01 & co": 3, "AM02": 0, "AM03": 12], legendTitle: "Aantal")
        let points = map.shapes.flatMap { $0.rings.flatMap { $0 } }
        let minX = (points.map(\.x).min() ?? 0) - 20, maxY = (points.map(\.y).max() ?? 0) + 20
        let scale = ShadeScale(maximum: map.counts.values.max() ?? 0)
        var paths = ""
        for shape in map.shapes {
            let count = map.counts[shape.key] ?? 0
            var path = ""
            for ring in shape.rings where !ring.isEmpty {
                path += "M" + ring.map { "\($0.x - minX) \(maxY - $0.y)" }.joined(separator: " ") + "Z"
            }
            paths += "<path d=\"\(path)\" fill=\"\(scale.fill(count, patternID: "k-nul"))\" fill-rule=\"evenodd\" stroke=\"#000\""
            paths += " stroke-width=\"4\"><title>\(XMLText.escape(shape.key)): \(count)</title></path>"
        }
        for legend in [true, false] {
            let svg = map.svg(legend: legend)
            #expect(svg.contains("</defs>" + paths + "<text "), "legend \(legend)")
        }
    }

    /// The deck page written as bytes is the page rendered as a string.
    @Test func theDeckPagesBytesAreItsText() {
        let deck = SlideDeck(document: DocxFixture.document())
        #expect(SlideDeckPage().bytes(deck) == Array(SlideDeckPage().render(deck).utf8))
        #expect(SlideDeckPage().write(DocxFixture.document()) == Array(SlideDeckPage().render(DocxFixture.document()).utf8))
    }

    /// A small part compressed once is the part compressed there and then, and is kept.
    @Test func aSmallPartPreparedIsThePartCompressed() throws {
        func zipped(_ entry: ZipWriter.PreparedEntry) throws -> [UInt8] {
            var zip = ZipWriter()
            try zip.add("t.xml", prepared: entry)
            return try zip.finish()
        }
        func zipped(_ bytes: [UInt8]) throws -> [UInt8] {
            var zip = ZipWriter()
            try zip.add("t.xml", bytes)
            return try zip.finish()
        }
        for number in 1...3 {
            let bytes = OfficeChart.relationships(number)
            #expect(try zipped(OfficePackage.preparedSmallPart(bytes)) == zipped(bytes))
            #expect(try zipped(OfficePackage.preparedSmallPart(bytes)) == zipped(bytes), "kept")
        }
        #expect(try zipped(OfficePackage.preparedSmallPart([])) == zipped([]))
        var one = OfficePackage.PartBytes(bytes: [1, 2, 3]), other = one
        other.bytes[2] = 4
        #expect(one != other)
        one.bytes[2] = 4
        #expect(one == other && one.hashValue == other.hashValue)
    }

    /// The text style of new text boxes in a deck is the body levels with every bullet replaced
    /// by none, as Foundation's `replacingOccurrences` made it before.
    @Test func theDefaultTextStyleIsTheBodyLevelsWithoutBullets() {
        let replaced = SlideTextStyle.body.replacingOccurrences(of: "<a:buChar char=\"•\"/>", with: "<a:buNone/>")
            .replacingOccurrences(of: "<a:buChar char=\"–\"/>", with: "<a:buNone/>")
        #expect(PresentationParts.defaultTextStyle == "<p:defaultTextStyle>" + replaced + "</p:defaultTextStyle>")
        #expect(!PresentationParts.defaultTextStyle.contains("buChar"))
    }

    /// A part's key is equal exactly when its bytes are, and equal keys hash alike, over random
    /// parts short and long, many alike at both ends and in length but not in the middle, where the
    /// hash reads nothing and the comparison tells them apart.
    @Test func aPartsKeyIsItsBytesOverRandomParts() {
        var generator = SplitMix64(seed: 38)
        let end = OfficePackage.PartBytes.hashedEnd
        var parts: [[UInt8]] = [[], [0], [1], Array(repeating: 7, count: 2 * end), Array(repeating: 7, count: 2 * end + 1)]
        for _ in 0..<300 {
            let count = [0, 1, 5, end, 2 * end, 2 * end + 1, 3 * end, 4_000].randomElement(using: &generator)!
            var bytes = (0..<count).map { _ in UInt8.random(in: 0...3, using: &generator) }
            parts.append(bytes)
            if count > 0 {
                bytes[Int.random(in: 0..<count, using: &generator)] ^= 1
                parts.append(bytes)
            }
        }
        for (index, first) in parts.enumerated() {
            for second in parts[index...] {
                let one = OfficePackage.PartBytes(bytes: first), other = OfficePackage.PartBytes(bytes: second)
                #expect((one == other) == (first == second))
                if first == second { #expect(one.hashValue == other.hashValue) }
            }
        }
        // Parts that differ only in the middle are kept apart.
        var middle = Array(repeating: UInt8(ascii: "a"), count: 4 * end)
        let plain = OfficePackage.preparedSmallPart(middle)
        middle[2 * end] = UInt8(ascii: "b")
        #expect(OfficePackage.preparedSmallPart(middle).crc != plain.crc)
    }

    /// A workbook whose small parts are kept by their bytes (a chart's: title, workbook part,
    /// shared strings) is, made first or again, the package with every part compressed there and
    /// then; the kept names are names the writer writes, so the shortcut is taken.
    @Test func aWorkbookWithPartsKeptIsTheWorkbookCompressedPartByPart() throws {
        func plain(_ workbook: Workbook) throws -> [UInt8] {
            var zip = ZipWriter()
            for part in XlsxWriter().parts(workbook) { try zip.add(part.name, Array(part.text.utf8)) }
            return try zip.finish()
        }
        let chart = OfficeChart(BarChart(
            id: "b", title: "Begroting per jaar", description: "", categories: ["2026", "2027"],
            series: [.init(name: "Scholing & <matching>", values: [125_050, 30_000])], format: .euro))
        let long = Worksheet(name: "Signalen", header: ["tekst"], rows: (0..<400).map { [.text("signaal \($0) in de regio")] })
        let workbooks = [chart.workbook, chart.workbook, Workbook(sheets: [long]), Workbook(sheets: [long, long], title: "Twee")]
        for workbook in workbooks {
            #expect(try XlsxWriter().render(workbook) == plain(workbook))
        }
        let names = Set(XlsxWriter().parts(chart.workbook).map(\.name))
        #expect(XlsxWriter.keptByBytes.isSubset(of: names))
        #expect(XlsxWriter().parts(chart.workbook).allSatisfy { !XlsxWriter.keptByBytes.contains($0.name) || $0.text.utf8.count <= XlsxWriter.keptPartLimit })
    }

    /// A Word table's columns measured over the cells' bytes are those measured over each cell's
    /// `plainText` (the way before, kept here), over random tables of random texts in runs; the
    /// widths are made from the measures alike (``WordBody/columnWidths(words:texts:numeric:)``).
    @Test func columnMeasuresOverBytesAreThoseOverStrings() {
        func old(_ table: Table) -> (words: [Int], texts: [Int]) {
            let count = table.alignments.count
            guard count > 0 else { return ([], []) }
            var words = [Int](repeating: 3, count: count), texts = [Int](repeating: 3, count: count)
            for row in [table.header] + table.rows {
                for (column, cell) in row.enumerated() where column < count {
                    let text = cell.plainText
                    let measure = CellTextMeasure(text)
                    let characters = measure?.characters ?? text.count
                    texts[column] = max(texts[column], min(60, characters))
                    let numberOnly = table.isNumeric(column: column) && !(measure?.hasLetter ?? text.contains { $0.isLetter })
                    let longest = numberOnly ? characters : min(WordBody.longestKeptWord, measure?.longestWord ?? WordBody.longestWord(in: text))
                    words[column] = max(words[column], longest)
                }
            }
            return (words, texts)
        }
        var generator = SplitMix64(seed: 5)
        let texts = Self.randomTexts(count: 3_000) + Self.texts + ["€ 1.065.000,50", "31-12-2027", "arbeidsmarktinfrastructuur en meer"]
        var index = 0
        func text() -> String {
            index += 1
            return texts[index % texts.count]
        }
        func cell() -> Inlines {
            generator.next() % 3 == 0 ? [.text(text()), .strong([.text(text())]), .softBreak, .code(text())] : [.text(text())]
        }
        for _ in 0..<400 {
            let columns = 1 + Int(generator.next() % 5)
            let rows = (0..<Int(generator.next() % 6)).map { _ in (0..<columns).map { _ in cell() } }
            let alignments: [Table.Alignment] = (0..<columns).map { _ in generator.next() % 2 == 0 ? .right : .left }
            let table = Table(alignments: alignments, header: (0..<columns).map { _ in cell() }, rows: rows)
            let measures = WordBody.columnMeasures(table), expected = old(table)
            #expect(measures.words == expected.words && measures.texts == expected.texts, "\(table)")
        }
    }

    /// The last ": " found over the bytes is the one found character by character (the way
    /// before, kept here), also where a mark joins the colon or the space, or a prepended
    /// character takes the colon in.
    @Test func theLastColonIsTheOneFoundByCharacter() {
        func old(_ left: String) -> String.Index? {
            var colon: String.Index?
            var index = left.startIndex
            while index < left.endIndex {
                let after = left.index(after: index)
                if left[index] == ":", after < left.endIndex, left[after] == " " { colon = index }
                index = after
            }
            return colon
        }
        var generator = SplitMix64(seed: 9)
        let pieces = [":", " ", ": ", "a", "é", "\u{301}", "\u{600}", "\u{200D}", "\r\n", "\n", "€", "🎓", "2026"]
        var found = 0
        for text in generator.texts(20_000, of: pieces, maximumLength: 9) {
            let expected = old(text)
            #expect(DocxWriter.lastColonAndSpace(in: text) == expected, "\(text.debugDescription)")
            if expected != nil { found += 1 }
        }
        #expect(found > 3_000)
    }
}

