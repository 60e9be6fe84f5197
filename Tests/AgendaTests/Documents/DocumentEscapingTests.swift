import Documents
import Foundation
import Markdown
import TestSupport
import Testing
@testable import Agenda

/// Text from agenda files lands in Markdown, HTML and SVG; hostile text must stay text in all of
/// them: no markup, no script, no broken tables.
@Suite(.timed) struct DocumentEscapingTests {
    static let hostile = "<script>alert(1)</script> & \"aanhalingstekens\" *vet* | pijp # kop [klik](javascript:alert(1))"

    static func hostileAgenda() -> String {
        Sample.twente
            .replacingOccurrences(of: "titel = \"Instroom in de zorg\"", with: "titel = \"Zorg \(escaped(hostile))\"")
            .replacingOccurrences(of: "naam = \"ROC van Twente\"", with: "naam = \"ROC \(escaped(hostile))\"")
            .replacingOccurrences(of: "titel = \"Jobcoaches\"", with: "titel = \"Jobcoaches \(escaped(hostile))\"")
            .replacingOccurrences(of: "oplevering = \"Vier jobcoaches\"", with: "oplevering = \"Vier \(escaped(hostile))\"")
            .replacingOccurrences(of: "ambitie = \"Iedereen die kan werken, werkt.\"", with: "ambitie = \"Ambitie \(escaped(hostile))\"")
    }

    /// The text as the inside of a TOML basic string.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }

    @Test func hostileTextStaysTextInEveryFormat() throws {
        let documents = try DocumentGoldenTests.documents(Self.hostileAgenda())
        for (name, text) in documents where name.hasSuffix(".html") {
            #expect(!text.contains("<script"), "\(name) holds a script tag")
            #expect(!text.localizedCaseInsensitiveContains("href=\"javascript:"), "\(name) links to javascript:")
            #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;aanhalingstekens&quot; *vet* | pijp # kop"),
                    "\(name) does not show the text literally")
        }
        for (name, text) in documents where name.hasSuffix(".md") {
            // Re-reading the Markdown gives the hostile text back as plain text, in one table cell.
            let plain = Self.plainTexts(MarkdownParser.blocks(from: text))
            #expect(plain.contains { $0.contains("<script>alert(1)</script> & \"aanhalingstekens\" *vet* | pijp # kop [klik](javascript:alert(1))") },
                    "\(name) lost the literal text")
        }
    }

    @Test func tablesKeepTheirColumnsWithPipesInTheText() throws {
        let documents = try DocumentGoldenTests.documents(Self.hostileAgenda())
        let markdown = try #require(documents.first { $0.name == "uitvoeringsdeel.md" }?.text)
        for case .table(let table) in MarkdownParser.blocks(from: markdown) {
            for row in table.rows { #expect(row.count == table.header.count) }
        }
    }

    static func plainTexts(_ blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            case .heading(_, let content), .paragraph(let content): [content.plainText]
            case .blockQuote(let inner): plainTexts(inner)
            case .list(let list): list.items.flatMap(plainTexts)
            case .table(let table): (table.header + table.rows.flatMap { $0 }).map(\.plainText)
            case .figure(let figure): (figure.data.header + figure.data.rows.flatMap { $0 }).map(\.plainText)
            case .codeBlock, .thematicBreak, .tableOfContents: []
            }
        }
    }
}
