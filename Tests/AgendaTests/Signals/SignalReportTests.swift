import Documents
import Foundation
import Markdown
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// The report: hostile text is escaped in every format, the map and matrix are accessible and
/// carry their numbers, the national picture adds up in exact euros, and output is deterministic.
@Suite(.timed) struct SignalReportTests {
    static let templates: TemplateLibrary = {
        var url = URL(fileURLWithPath: #filePath)
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { url.deleteLastPathComponent() }
        return try! TemplateLibrary(directory: url.appendingPathComponent("templates"))
    }()

    static let hostile = "<script>alert(1)</script> & \"quote\" | pipe *ster*"

    func workspace(_ files: [String: String]) throws -> (AgendaFixture, Workspace) {
        let fixture = try AgendaFixture(files)
        return (fixture, fixture.load())
    }

    func report(_ collection: SignalCollection, referenceDate: CalendarDate? = nil) throws -> Document {
        try SignalReportBuilder(templates: Self.templates).document(
            for: SignalAnalysis(collection: collection, options: .init(broadThreshold: 2, referenceDate: referenceDate)))
    }

    @Test func hostileTextIsEscapedInHTMLAndMarkdown() throws {
        let (fixture, workspace) = try workspace(["am05-twente.toml": Sample.twente])
        defer { fixture.remove() }
        var collection = SignalCollection(workspace: workspace)
        collection.addCSV("regio;id;datum;soort;titel;beschrijving;urgentie;vraag;antwoord\n"
            + "AM06;vijandig;2026-03-01;knelpunt;\"\(Self.hostile.replacingOccurrences(of: "\"", with: "\"\""))\";x;hoog;oplossen;\"<b>vet</b> & *klaar*\"\n"
            + "AM09;vijandig-2;2026-03-02;knelpunt;\"\(Self.hostile.replacingOccurrences(of: "\"", with: "\"\""))\";x;hoog;oplossen;\n",
            file: "in.csv")
        #expect(!collection.hasErrors, "\(collection.diagnostics.map(\.message))")
        let document = try report(collection)
        let html = HTMLPage().render(document)
        #expect(!html.contains("<script>"))
        #expect(!html.contains("<b>vet"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot; | pipe *ster*"))
        let markdown = MarkdownWriter().render(document)
        #expect(markdown.contains(#"\<script>alert(1)\</script> & "quote" \| pipe \*ster\*"#))
        let unescaped = markdown.unicodeScalars.indices.filter { index in
            markdown.unicodeScalars[index] == "<" && (index == markdown.unicodeScalars.startIndex
                || markdown.unicodeScalars[markdown.unicodeScalars.index(before: index)] != "\\")
        }
        #expect(unescaped.isEmpty, "every < in the Markdown is escaped")
        // The title reads back as the same text: the escaping does not leak into what people see.
        let reparsed = HTMLWriter().render(MarkdownParser.blocks(from: markdown))
        #expect(reparsed.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quote&quot; | pipe *ster*"))
    }

    @Test func mapIsAccessibleAndShadedWithACredit() throws {
        let map = RegionMap(id: "k", title: "Titel & <kaart>", description: "Beschrijving", shapes: RegionOutlines.shapes,
                            counts: ["AM05": 4, "AM13": 1], legendTitle: "Aantal signalen")
        let svg = map.svg()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kaart\" role=\"img\""))
        #expect(svg.contains("<title id=\"k-titel\">Titel &amp; &lt;kaart&gt;</title>"))
        #expect(svg.contains("<desc id=\"k-beschrijving\">Beschrijving</desc>"))
        #expect(svg.components(separatedBy: "<path ").count - 1 == 35)
        #expect(RegionOutlines.regionCodes.count == 35)
        #expect(!RegionOutlines.regionCodes.contains("AM04"))
        #expect(svg.contains("<title>AM05: 4</title>"))
        #expect(svg.contains("fill=\"#333333\" fill-rule=\"evenodd\" stroke=\"#000\" stroke-width=\"4\"><title>AM05: 4</title>"))
        #expect(svg.contains("url(#k-nul)\" fill-rule=\"evenodd\" stroke=\"#000\" stroke-width=\"4\"><title>AM01: 0</title>"))
        #expect(svg.contains("Aantal signalen"))
        #expect(RegionMapData.text.utf8.count < 100_000)
        #expect(RegionMapData.credit.contains("CBS/PDOK") && RegionMapData.credit.contains("CC BY 4.0"))
    }

    @Test func reportHoldsMapMatrixAndTheirNumbers() throws {
        let (fixture, workspace) = try workspace(["am05-twente.toml": Sample.twente])
        defer { fixture.remove() }
        var collection = SignalCollection(workspace: workspace)
        collection.addCSV(SignalCSVWriter().write(SignalFixtures.transport), file: "ov.csv")
        let document = try report(collection, referenceDate: CalendarDate(year: 2026, month: 11, day: 23))
        let html = HTMLPage().render(document)
        #expect(html.contains("class=\"kaart\" role=\"img\""))
        #expect(html.contains("<table class=\"matrix\">"))
        #expect(html.contains("Kaartgegevens: CBS/PDOK"))
        #expect(html.contains("Zonder auto kom je in de dorpen niet op tijd bij de vroege dienst"))
        let markdown = MarkdownWriter().render(document)
        #expect(markdown.contains("| Friesland (AM02) | 1 |"))
        #expect(markdown.contains("**7 signalen** uit **7 regio's**"))
        #expect(markdown.contains("peildatum 23 november 2026"))
        #expect(markdown.contains("### 1\\. Zonder auto") || markdown.contains("### 1\\. "))
        #expect(markdown.contains("Kaartgegevens: CBS/PDOK"))
        // The closing line names the file that was read, by its name (issue 29).
        #expect(markdown.hasSuffix("*De signalen komen uit de regionale agenda's en uit ov.csv.*\n"))
        // Deterministic: the same input gives the same bytes.
        #expect(MarkdownWriter().render(try report(collection, referenceDate: CalendarDate(year: 2026, month: 11, day: 23))) == markdown)
        #expect(HTMLPage().render(try report(collection, referenceDate: CalendarDate(year: 2026, month: 11, day: 23))) == html)
    }

    @Test func nationalPictureAddsUpExactEuros() throws {
        let contributing = Sample.twente(replacing: "signalen = [\"bbl-plaatsen\"]", with: "signalen = [\"bbl-plaatsen\"]\nlandelijk_thema = \"lt2-passend-werk\"")
        let other = Sample.twente.replacingOccurrences(of: "regio = \"AM05\"", with: "regio = \"AM06\"")
        let (fixture, workspace) = try workspace(["am05-twente.toml": contributing, "am06-veluwe.toml": other])
        defer { fixture.remove() }
        let picture = NationalPicture(workspace: workspace)
        let entry = try #require(picture.entries.first { $0.nationalThemeID == "lt2-passend-werk" })
        #expect(entry.regions == ["AM05"])
        #expect(entry.contributions.map(\.title) == ["Instroom in de zorg"])
        #expect(entry.byYear[2026] == Euro(euros: 60_000))
        #expect(entry.byYear[2027] == Euro(cents: 125_050))
        #expect(entry.total.dutchNotation == "€ 61.250,50")
        #expect(picture.regionsWithoutContribution == ["AM06"])
        #expect(picture.regionsWithoutAgenda.count == 33)
        #expect(picture.total == Euro(cents: 2 * 6_125_050))
        #expect(picture.byTask[.social]! + picture.byTask[.economic]! == picture.total)
        #expect(picture.years == [2026, 2027])
    }
}
