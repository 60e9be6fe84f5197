import Diagnostics
import Foundation
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// Issue 32, point 2: names that refer to nothing are found when the templates load, located at
/// their tag, with the names there are.
@Suite(.timed) struct TemplateNameCheckTests {
    @Test func aMisspeltFigureIsFoundEvenInASectionThatIsNotRendered() throws {
        let library = try TemplateLibrary(sources: [
            "uitvoeringsdeel": "# Titel\n\n{{#begroting.heeft_begroting}}\n  {{grafieken.begroting-per-jaarr}}\n{{/begroting.heeft_begroting}}\n{{grafieken.tijdlijn}}\n",
        ])
        let diagnostics = TemplateNameCheck.diagnostics(for: library)
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.code == "MJA073")
        #expect(diagnostic.file == "uitvoeringsdeel")
        #expect(diagnostic.range?.start == SourcePosition(line: 4, column: 3))
        #expect(diagnostic.message == "er is geen grafiek 'begroting-per-jaarr'")
        #expect(diagnostic.hint == "bedoelde u 'begroting-per-jaar'? De grafieken zijn: begroting-per-bron, begroting-per-jaar, kaart-signalen, matrix-regio-thema, tijdlijn, trend-per-kwartaal.")
    }

    @Test func aMissingPartialListsTheTemplates() throws {
        let library = try TemplateLibrary(sources: ["beleidsdeel": "{{> delen/voorbld}}\n", "delen/voorblad": "x\n"])
        let diagnostic = try #require(TemplateNameCheck.diagnostics(for: library, in: .english).first)
        #expect(diagnostic.code == "MJA071")
        #expect(diagnostic.range?.start == SourcePosition(line: 1, column: 1))
        #expect(diagnostic.message == "template 'delen/voorbld' does not exist")
        #expect(diagnostic.hint == "did you mean 'delen/voorblad'? The templates are: beleidsdeel, delen/voorblad.")
    }

    @Test func theShippedTemplatesUseOnlyNamesThatExist() throws {
        #expect(TemplateNameCheck.diagnostics(for: try DocumentGoldenTests.library()).isEmpty)
    }

    /// MJA074 finds the old ```grafiek block with the tag to write; the shipped templates hold none
    /// (so the check need only read a workspace's own templates).
    /// A template saved with Windows (CR LF) or old Mac (CR) line ends: the block is found at the
    /// same line and column. Its lines were cut at the line feed `Character` only, which `\r\n` is
    /// not, so the whole file was one line and the figure silently showed as code.
    @Test(arguments: ["\r\n", "\r"]) func oldFigureBlocksAreFoundWhateverTheLineEnds(_ end: String) {
        let text = ["Tekst.", "", "  ~~~ grafiek", "tijdlijn", "~~~", "```", "grafiek", "```", ""].joined(separator: end)
        let found = OldFigureBlocks.diagnostics(in: text, file: "t.md")
        #expect(found.map { "\($0.code) \($0.range?.start.description ?? "")" } == ["MJA074 3:3"])
        #expect(found.first?.hint?.contains("{{grafieken.tijdlijn}}") == true)
    }

    /// The source lines are cut at `\n`, `\r\n` and a lone `\r`, as the diagnostics number them.
    @Test func sourceLinesEndAtEveryLineEnd() {
        #expect(TextLines.ofSource("a\r\nb\rc\nd\r\n").map(String.init) == ["a", "b", "c", "d", ""])
        #expect(TextLines.ofSource("é\r\r\n€").map(String.init) == ["é", "", "€"])
        #expect(TextLines.ofSource("geen einde").map(String.init) == ["geen einde"])
    }

    @Test func oldFigureBlocksAreFoundAndTheShippedTemplatesHaveNone() throws {
        let found = OldFigureBlocks.diagnostics(in: "Tekst.\n\n  ~~~ grafiek\ntijdlijn\n~~~\n```\ngrafiek\n```\n", file: "t.md")
        #expect(found.map { "\($0.code) \($0.range?.start.description ?? "")" } == ["MJA074 3:3"])
        #expect(found.first?.hint?.contains("{{grafieken.tijdlijn}}") == true)
        let files = FileManager.default.enumerator(atPath: DocumentGoldenTests.templates.path)?.compactMap { $0 as? String } ?? []
        #expect(files.contains("uitvoeringsdeel.md"))
        for file in files where file.hasSuffix(".md") && file != "README.md" {
            let text = try String(contentsOf: DocumentGoldenTests.templates.appendingPathComponent(file), encoding: .utf8)
            #expect(OldFigureBlocks.diagnostics(in: text, file: file).isEmpty, "\(file)")
        }
    }
}
