import Documents
import Foundation
import Markdown
import TestSupport
import Testing
@testable import Agenda

/// Prose from an agenda is parsed on its own and put in as blocks: nothing in a field can change
/// the structure around it, in the tree and in every format.
@Suite(.timed) struct HostileProseTests {
    static let hostile: [(id: String, text: String)] = [
        ("unclosed fence", "```\nniet gesloten"),
        ("heading", "# kop in de tekst"),
        ("thematic break", "tekst\n\n---\n\nmeer"),
        ("setext line", "tekst\n==="),
        ("link definition", "[x]: https://example.nl\n\n[x]"),
        ("table start", "| a | b |\n|---|---|\n| 1 | 2 |"),
        ("mustache", "{{agenda.titel}} en }} en {{#themas}}"),
        ("line of equals", "=========="),
    ]

    /// The places prose lands: a chapter of the policy part, a task's section, a theme's chapter.
    static let fields: [(id: String, old: String, part: AgendaDocumentBuilder.Part)] = [
        ("ambitie", "ambitie = \"Iedereen die kan werken, werkt.\"", .policy),
        ("opgave", "beschrijving = \"Meer mensen aan het werk.\"", .policy),
        ("thema", "beschrijving = \"Zij-instromers beginnen via een bbl-traject in de zorg.\"", .execution),
    ]

    static func document(_ part: AgendaDocumentBuilder.Part, of agendaText: String) throws -> Document {
        let fixture = try AgendaFixture(["am05-twente.toml": agendaText])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let agenda = try #require(workspace.agendas.first)
        return try AgendaDocumentBuilder(templates: try DocumentGoldenTests.library(), workspace: workspace).document(part, of: agenda)
    }

    /// The chapters and sections of a document: the headings of levels 1 to 3 outside the prose.
    static func outline(_ headings: [HeadingEntry]) -> [String] {
        headings.filter { $0.level <= 2 }.map { "\($0.level) \($0.text)" }
    }

    static func htmlOutline(_ html: String) -> [String] {
        html.components(separatedBy: "<h").dropFirst().compactMap { piece -> String? in
            guard let level = piece.first.flatMap({ Int(String($0)) }), level <= 2,
                  let start = piece.firstIndex(of: ">"), let end = piece.range(of: "</h") else { return nil }
            return "\(level) \(piece[piece.index(after: start)..<end.lowerBound])"
        }
    }

    /// The heading styles of the Word body, in order, for levels 1 and 2.
    static func wordOutline(_ document: Document) throws -> [String] {
        let body = String(decoding: try #require(try ZipReader(DocxWriter().write(document))["word/document.xml"]), as: UTF8.self)
        return body.components(separatedBy: "<w:pStyle w:val=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            .filter { $0 == "Heading1" || $0 == "Heading2" }
    }

    /// The number of H1 and H2 elements in the PDF's structure tree.
    static func pdfOutline(_ document: Document) -> [Int] {
        let text = String(decoding: PDFWriter(compressesStreams: false).render(document), as: UTF8.self)
        return ["/S /H1 ", "/S /H2 "].map { text.components(separatedBy: $0).count - 1 }
    }

    @Test(arguments: fields)
    func proseCannotChangeTheStructureAroundIt(field: (id: String, old: String, part: AgendaDocumentBuilder.Part)) throws {
        let clean = try Self.document(field.part, of: Sample.twente)
        // The clean document's outlines, made once rather than again for every hostile text.
        let cleanHTML = Self.htmlOutline(HTMLPage().render(clean)), cleanWord = try Self.wordOutline(clean)
        let cleanPDF = Self.pdfOutline(clean)
        for hostile in Self.hostile {
            let value = "'''\n" + hostile.text + "\n'''"
            let agenda = Sample.twente(replacing: field.old, with: field.old.components(separatedBy: " = ")[0] + " = " + value)
            let document = try Self.document(field.part, of: agenda)
            #expect(Self.outline(document.headings) == Self.outline(clean.headings), "\(field.id), \(hostile.id): tree")

            let markdown = MarkdownWriter().render(document)
            let reread = Document(metadata: document.metadata, splittingCoverFrom: MarkdownParser.blocks(from: markdown))
            #expect(Self.outline(reread.headings) == Self.outline(clean.headings), "\(field.id), \(hostile.id): Markdown")

            let html = HTMLPage().render(document)
            #expect(Self.htmlOutline(html) == cleanHTML, "\(field.id), \(hostile.id): HTML")

            #expect(try Self.wordOutline(document) == cleanWord, "\(field.id), \(hostile.id): Word")

            #expect(Self.pdfOutline(document) == cleanPDF, "\(field.id), \(hostile.id): PDF")
        }
    }

    @Test func aHeadingInProseNestsBelowTheSectionItStandsIn() throws {
        let agenda = Sample.twente(replacing: "ambitie = \"Iedereen die kan werken, werkt.\"", with: "ambitie = '''\n# Kop\n\n## Onderkop\n'''")
        let document = try Self.document(.policy, of: agenda)
        let headings = document.headings.map { "\($0.level) \($0.text)" }
        let ambition = try #require(headings.firstIndex(of: "2 Ambitie"))
        #expect(Array(headings[ambition...].prefix(3)) == ["2 Ambitie", "3 Kop", "4 Onderkop"])
    }

    @Test func proseInATableCellBecomesOneLine() throws {
        let blocks = MarkdownParser.blocks(from: "Eerste alinea met *nadruk*.\n\n- een\n- twee\n")
        #expect(blocks.inlineContent == [.text("Eerste alinea met "), .emphasis([.text("nadruk")]), .text("."), .text(" "),
                                         .text("een"), .text("; "), .text("twee")])
    }
}
