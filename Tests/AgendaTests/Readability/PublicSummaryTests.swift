import Documents
import Foundation
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// The public summary (publieksversie) of every shipped agenda: at most two A4 pages in mja's PDF,
/// no table of contents, the four questions answered, and within the limits its template names.
@Suite(.timed) struct PublicSummaryTests {
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)
    static let templateText = try! String(contentsOf: DocumentGoldenTests.templates.appendingPathComponent("publieksversie.md"), encoding: .utf8)

    /// The pages of a PDF rendered with readable (uncompressed) streams.
    static func pageCount(_ document: Document) -> Int {
        let bytes = PDFWriter(compressesStreams: false).render(document)
        let text = String(decoding: bytes, as: UTF8.self)
        return text.components(separatedBy: "/Type /Page /Parent").count - 1
    }

    @Test func everySummaryFitsOnTwoPagesAndAnswersTheFourQuestions() throws {
        let builder = AgendaDocumentBuilder(templates: try DocumentGoldenTests.library(), workspace: Self.workspace)
        let (limits, problems) = ReadabilityLimits.parse(Self.templateText, file: "publieksversie.md")
        #expect(problems.isEmpty)
        #expect(limits == ReadabilityLimits(sentenceLength: 15, longWordPercent: 20))
        let check = ReadabilityCheck(limits: limits)
        for agenda in Self.workspace.agendas {
            let document = try builder.document(.publicSummary, of: agenda)
            let pages = Self.pageCount(document)
            #expect((1...2).contains(pages), "\(agenda.file): \(pages) pages")
            #expect(document.tableOfContentsDepth == 0)
            let headings = document.headings.map(\.text)
            #expect(headings == ["Wat willen we bereiken?", "Wat gaan we doen?", "Voor wie?", "Met hoeveel geld?", "Hoe weten we of het werkt?", "Meer weten?"], "\(agenda.file)")
            #expect(check.diagnostics(for: document, at: agenda.origin).map(\.code) == ["MJA363"], "\(agenda.file)")
        }
    }

    @Test func theTwenteSummarySaysWhatForWhomHowMuchAndHowWeKnow() throws {
        let builder = AgendaDocumentBuilder(templates: try DocumentGoldenTests.library(), workspace: Self.workspace)
        let twente = try #require(Self.workspace.agendas.first { $0.file.hasSuffix("am05-twente.toml") })
        let markdown = String(decoding: MarkdownWriter().write(try builder.document(.publicSummary, of: twente)), as: UTF8.self)
        #expect(markdown.hasPrefix("# Werk in Twente: de plannen voor 2026-2027\n"))
        #expect(markdown.contains("- **Van werk naar werk in de techniek.** Werkenden in beroepen met weinig toekomst"))
        #expect(markdown.contains("- mensen in de bijstand\n"))
        // Names that hold "en" themselves stay apart: each sector is bold.
        #expect(markdown.contains("in deze sectoren: **Techniek** en **Zorg en Welzijn**."))
        #expect(markdown.contains("De begroting is €\u{00A0}1.065.000,50"), "\(markdown)")
        #expect(markdown.contains("Ons doel: 200 personen op 31 december 2027."))
        #expect(markdown.contains("[het uitvoeringsdeel](uitvoeringsdeel.md)"))
    }
}
