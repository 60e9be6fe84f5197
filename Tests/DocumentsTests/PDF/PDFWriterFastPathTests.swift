import Markdown
import Testing
@testable import Documents

/// The PDF writer's fast paths against the plain ways they replaced (issue 38): the same bytes
/// from the number and hex writers, the font checksum, the scan for the characters each font
/// shows, the ToUnicode map, and the structure tree's kids in one list.
@Suite(.timed) struct PDFWriterFastPathTests {
    /// ``Array/pdf(_:)-(Double)`` as it was written before: an append per character.
    static func plainNumber(_ value: Double) -> String {
        let hundredths = (value * 100).rounded()
        guard hundredths.isFinite, hundredths != 0 else { return "0 " }
        var magnitude = Int(abs(hundredths))
        var text = hundredths < 0 ? "-" : ""
        let fraction = magnitude % 100
        magnitude /= 100
        text += String(magnitude)
        if fraction != 0 {
            text += "." + String(fraction / 10)
            if fraction % 10 != 0 { text += String(fraction % 10) }
        }
        return text + " "
    }

    @Test func numbersAreWrittenAsBefore() {
        var values: [Double] = [0, 0.004, -0.004, 0.005, 0.5, 1.25, -1.2, -12.3, 10, 100.1, 595.28, 841.89, 123_456.78, -98_765.4, 1e9 + 0.07]
        for step in stride(from: -3000, through: 3000, by: 7) { values.append(Double(step) / 37) }
        for value in values {
            var bytes: [UInt8] = [0x41]
            bytes.pdf(value)
            #expect(String(decoding: bytes, as: UTF8.self) == "A" + Self.plainNumber(value), "\(value)")
        }
        for value in [0, 7, 9, 10, 99, 100, 999, 1000, 9999, 65_535, 123_456_789, Int(Int32.max)] {
            var bytes: [UInt8] = []
            bytes.pdf(integer: value)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
        #expect(PDFText.number(-0.001) == "0" && PDFText.number(2.5) == "2.5" && PDFText.number(-7.05) == "-7.05")
    }

    /// Integers two digits a step (issue 38, sixth round) are the decimal digits `String` gives:
    /// every length from 1 to 19 digits, each with random digits and the edges of its length,
    /// behind a number and alone; a negative one is 0.
    @Test func integersAreWrittenAsTheirDecimalDigits() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var values = [0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, Int.max, -1, Int.min]
        var power = 1
        for _ in 1...18 {
            power *= 10
            values += [power - 1, power, power + 1]
            for _ in 0..<40 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                values.append(Int(state >> 1) % power)
            }
        }
        for value in values {
            let expected = String(max(0, value))
            var bytes: [UInt8] = [0x41]
            bytes.pdf(integer: value)
            #expect(String(decoding: bytes, as: UTF8.self) == "A" + expected)
            var output = PDFOutput(capacity: 8)
            output.pdf(7.5)
            output.pdf(integer: value)
            #expect(String(decoding: output.bytes(), as: UTF8.self) == "7.5 " + expected)
            #expect(PDFNumber.digitCount(max(0, value)) == expected.count)
        }
    }

    /// Decimals from the table of pairs (issue 38, sixth round): every hundredth from -200 to 200
    /// and past a thousand, and the halves between them, as the plain formatting writes them.
    @Test func everyPairOfDecimalsIsWrittenAsBefore() {
        for hundredths in -20_000...20_000 {
            for value in [Double(hundredths) / 100, (Double(hundredths) + 0.5) / 100, 1000 + Double(hundredths) / 100] {
                var bytes: [UInt8] = []
                bytes.pdf(value)
                #expect(String(decoding: bytes, as: UTF8.self) == Self.plainNumber(value), "\(value)")
            }
        }
    }

    @Test func codesAreTwoByteHexAfterWhatIsThere() {
        var output = Array("BT ".utf8)
        PDFText.appendCodes([], to: &output)
        PDFText.appendCodes([0x41, 0xFF, 0x0A, 0x81], to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "BT <><004100FF000A0081>")
    }

    @Test func textStringsAreUTF16HexWithoutControlCharacters() {
        var output = Array("/T ".utf8)
        PDFText.appendTextString("a\tb\u{202A}€😀\n", to: &output)
        #expect(String(decoding: output, as: UTF8.self) == "/T <FEFF006100200062" + "20AC" + "D83DDE00" + "0020>")
        #expect(PDFText.textString("") == "<FEFF>")
        #expect(PDFText.textString("Zoë") == "<FEFF005A006F00EB>")
    }

    @Test func theChecksumIsTheSumOfBigEndianWords() {
        func plain(_ bytes: [UInt8]) -> UInt32 {
            var sum: UInt32 = 0
            for start in stride(from: 0, to: bytes.count, by: 4) {
                var word: UInt32 = 0
                for k in 0..<4 { word = word << 8 | UInt32(start + k < bytes.count ? bytes[start + k] : 0) }
                sum &+= word
            }
            return sum
        }
        let sample = (0..<23).map { UInt8(truncatingIfNeeded: $0 &* 97 &+ 13) }
        for count in 0...sample.count {
            #expect(TrueTypeFont.checksum(sample[..<count]) == plain(Array(sample[..<count])))
            #expect(TrueTypeFont.checksum(sample[(sample.count - count)...]) == plain(Array(sample[(sample.count - count)...])))
        }
        let file = PDFFont.regular.file.subset([36, 68]).bytes
        #expect(TrueTypeFont.checksum(file[...]) == plain(file))
        #expect(TrueTypeFont.checksum(file[...]) == 0xB1B0_AFBA)  // the whole file, with head's adjustment
    }

    @Test func theScanNotesOnlyTextShownInAKnownFont() {
        var embedding = PDFFontEmbedding()
        var content: [UInt8] = []
        content += Array("/F7 9 Tf <00410042> Tj ".utf8)  // no seventh font: nothing noted
        content += Array("/F3 9 Tf <004300ff> Tj <00440045> TJ ".utf8)  // lower-case hex read; TJ is no Tj
        content += Array("<</MCID 2>> BDC /F1 9 Tf <0046> Tj <00zz0047> Tj <0048".utf8)  // a bad digit, a string cut short
        embedding.collect(content)
        #expect(embedding.codes == [.oblique: [0x43, 0xFF], .regular: [0x46, 0x47]])
        #expect(embedding.usedFonts == [.regular, .oblique])
    }

    @Test func theUnicodeMapHasBlocksOfAHundredAndSurrogatePairs() {
        let pairs: [(UInt8, UInt32)] = (0..<101).map { (UInt8($0 + 32), UInt32($0 + 32)) } + [(200, 0x1F600)]
        let text = String(decoding: PDFFontEmbedding.toUnicode(pairs), as: UTF8.self)
        #expect(text.contains("100 beginbfchar\n<0020> <0020>\n"))
        #expect(text.contains("2 beginbfchar\n<0084> <0084>\n<00C8> <D83DDE00>\nendbfchar\n"))
        #expect(text.hasPrefix("/CIDInit /ProcSet findresource begin\n") && text.hasSuffix("end\nend\n"))
        #expect(PDFFontEmbedding.widths(.regular, [32, 65]) == "32 [278] 65 [667]")
    }

    @Test func eachElementKeepsItsOwnKidsInOrder() {
        var structure = PDFStructure()
        let first = structure.add(.paragraph, parent: 0)
        let second = structure.add(.table, parent: 0)
        structure.addKid(.content(page: 0, mcid: 0), to: first)
        let row = structure.add(.tableRow, parent: second)
        structure.addKid(.content(page: 1, mcid: 4), to: first)
        structure.addKid(.annotation(page: 1, index: 0), to: row)
        func describe(_ kids: [PDFStructure.Kid]) -> [String] {
            kids.map { kid in
                switch kid {
                case .element(let index): "e\(index)"
                case .content(let page, let mcid): "c\(page).\(mcid)"
                case .annotation(let page, let index): "a\(page).\(index)"
                }
            }
        }
        #expect(describe(structure.kids(of: 0)) == ["e\(first)", "e\(second)"])
        #expect(describe(structure.kids(of: first)) == ["c0.0", "c1.4"])
        #expect(describe(structure.kids(of: second)) == ["e\(row)"])
        #expect(describe(structure.kids(of: row)) == ["a1.0"])
        let figure = structure.add(.figure, parent: row)
        #expect(!structure.elements[figure].hasKids && structure.elements[row].hasKids)
    }

    /// The characters noted as they are drawn are those the pages' text operators show: each
    /// font's subset holds every character its text needs, and no other. A document with every
    /// way of drawing text (lines, links, marks, code, a table, a matrix's turned header, charts,
    /// the contents' page numbers, running heads), laid out once and laid out as it is streamed.
    @Test func theCharactersNotedAreThoseShown() {
        var document = PDFWriterTests.sample
        let chart = BarChart(id: "g", title: "Banen per jaar", description: "Staven", categories: ["2026 ¾", "2027"],
                             series: [BarChart.Series(name: "banen ¶", values: [3, 5])], format: .count)
        document.blocks.append(.figure(Figure(content: .bars(chart), data: Table(header: ["Jaar", "Banen"], rows: [["2026", "3"], ["2027", "5"]], numericFrom: 1), source: "Bron: UWV")))
        let matrix = CountMatrix(rowHeading: "Regio", rows: ["Twente", "Zuid-Limburg"], columns: ["Thema één", "Thema → twee"], counts: [[1, 0], [2, 3]],
                                 totals: [1, 5], totalHeading: "Totaal", unit: "signalen", scaleWord: "schaal", emptyCellNote: "leeg")
        document.blocks.append(.figure(Figure(content: .matrix(matrix), data: Table(header: [], rows: [], caption: "Signalen per regio"))))
        document.blocks += MarkdownParser.blocks(from: "Zie [het begin](#titel) en `code € 5`, **vet ⚠** en *schuin ✗*.\n")
        for limit in [4 << 20, 0] {
            var writer = PDFWriter(compressesStreams: false)
            writer.heldContentLimit = limit
            var noted: [PDFFont: Set<UInt8>] = [:], shown: [PDFFont: Set<UInt8>] = [:]
            _ = writer.render(document) { layout in
                noted = layout.embedding.codes
                var scanned = PDFFontEmbedding()
                for page in layout.canvas.pages { scanned.collect(page.stream?.payload ?? []) }
                shown = scanned.codes
            }
            #expect(shown[.dingbats] != nil && shown[.mono] != nil && shown[.regular]?.contains(0xBE) == true)  // ¾ only in the chart
            #expect(noted == shown, "held content limit \(limit)")
        }
    }

    /// Every glyph of every font file goes into a subset as it went through the arrays made per
    /// glyph: without its instructions, its components renumbered.
    @Test func everyOutlineIsAppendedAsItWasMadeBefore() {
        for font in PDFFont.allCases {
            let file = font.file
            var newGlyph: [UInt16: UInt16] = [:]
            for glyph in 0..<file.glyphCount { newGlyph[UInt16(glyph)] = UInt16((glyph * 7 + 3) % file.glyphCount) }
            var composites = 0
            for glyph in 0..<file.glyphCount {
                let outline = file.glyphData(glyph)
                var before = TrueTypeFont.withoutInstructions(Array(outline))
                TrueTypeFont.renumberComponents(&before, newGlyph)
                var after: [UInt8] = [1, 2, 3]
                TrueTypeFont.appendOutline(outline, renumbering: newGlyph, to: &after)
                #expect(after == [1, 2, 3] + before, "\(font) glyph \(glyph)")
                if !TrueTypeFont.components(outline).isEmpty { composites += 1 }
            }
            if font == .regular { #expect(composites > 10) }  // the accented letters
        }
        for damaged: [UInt8] in [[0], [0, 1], [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 1]] {
            var after: [UInt8] = []
            TrueTypeFont.appendOutline(damaged[...], renumbering: [:], to: &after)
            var before = TrueTypeFont.withoutInstructions(damaged)
            TrueTypeFont.renumberComponents(&before, [:])
            #expect(after == before)
        }
    }

    /// A span that fits on one line is that line as the word-by-word breaker makes it: the same
    /// bytes, font and link, and the same width to the last bit (it places the text in the file).
    /// Random spans of words, single and double spaces, spaces at either end, no-break spaces and
    /// high codes, in every font, at widths from a few points to a page.
    @Test func aSpanOnOneLineIsWhatTheBreakerMakes() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let alphabet = Array("aeiou nrstlWMij.,0123456789".utf8) + [0x20, 0x20, 0xA0, 0xE9, 0x95, 0x81]
        var fastOnes = 0
        for round in 0..<6_000 {
            let bytes = (0..<next(60)).map { _ in alphabet[next(alphabet.count)] }
            let font = PDFFont.allCases[next(PDFFont.allCases.count)]
            let link: PDFLinkTarget? = round % 5 == 0 ? .uri("https://example.org/\(round)") : nil
            let span = PDFSpan(bytes: bytes, font: font, link: link)
            let breaker = PDFLineBreaker(width: [4.0, 30, 80.5, 200, 481.89][next(5)], size: [7.0, 8.5, 10, 16][next(4)])
            let fast = breaker.lines([span]), plain = breaker.brokenLines([span])
            if breaker.oneLine(span) != nil { fastOnes += 1 }
            #expect(fast.count == plain.count)
            for (one, other) in zip(fast, plain) {
                #expect(one.width == other.width, "\(bytes)")
                #expect(one.spans.map(\.bytes) == other.spans.map(\.bytes))
                #expect(one.spans.map(\.font) == other.spans.map(\.font) && one.spans.map(\.link) == other.spans.map(\.link))
                #expect(one.spans.allSatisfy { !$0.isBreak } && other.spans.allSatisfy { !$0.isBreak })
            }
        }
        #expect(fastOnes > 1_000 && fastOnes < 5_500)  // both ways are tried
    }
}
