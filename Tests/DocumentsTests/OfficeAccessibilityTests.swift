import Foundation
import TestSupport
import Testing
@testable import Documents

/// The accessibility checker rules of Word and PowerPoint that can be read from the file, over a
/// document with every kind of block and figure: alternative text on every chart, picture and
/// (in PowerPoint) table, a title and a language, a header row on every Word table, and every
/// slide with a title of its own.
@Suite(.timed) struct OfficeAccessibilityTests {
    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators])
        return expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    @Test func wordFilesDescribeEveryFigureAndMarkEveryTablesHeaderRow() throws {
        let parts = try DocxFixture.parts(DocxFixture.document())
        let body = String(decoding: try #require(parts["word/document.xml"]), as: UTF8.self)
        let figures = Self.matches("<wp:docPr [^>]*>", in: body)
        #expect(!figures.isEmpty)
        for figure in figures { #expect(figure.contains(" descr=\"") && !figure.contains(" descr=\"\""), "\(figure)") }
        let tables = Self.matches("<w:tbl>.*?</w:tbl>", in: body)
        #expect(tables.count > 3)
        for table in tables { #expect(table.contains("<w:tblHeader/>"), "\(table.prefix(300))") }
        let core = String(decoding: try #require(parts["docProps/core.xml"]), as: UTF8.self)
        #expect(core.contains("<dc:title>Regionale Meerjarenagenda Twente</dc:title>"))
        #expect(String(decoding: try #require(parts["word/styles.xml"]), as: UTF8.self).contains("<w:lang w:val=\"nl-NL\""))
    }

    @Test func slidesDescribeEveryFrameAndHaveTitlesOfTheirOwn() throws {
        let parts = try PptxWriterTests.parts(DocxFixture.document())
        var titles: [String] = []
        for name in PptxWriterTests.slides(parts) {
            let slide = try PptxWriterTests.text(parts, name)
            for frame in Self.matches("<p:(graphicFrame|pic)>.*?<p:cNvPr [^>]*>", in: slide) {
                let properties = try #require(Self.matches("<p:cNvPr [^>]*>", in: frame).first)
                #expect(properties.contains(" descr=\"") && !properties.contains(" descr=\"\""), "\(name): \(properties)")
            }
            let title = try #require(Self.matches("<p:sp>(?:(?!</p:sp>).)*?<p:ph type=\"(?:title|ctrTitle)\".*?</p:sp>", in: slide).first, "\(name) has no title")
            titles.append(Self.matches("<a:t>[^<]*</a:t>", in: title).joined())
        }
        #expect(titles.count > 3)
        #expect(Set(titles).count == titles.count, "\(titles)")
    }
}
