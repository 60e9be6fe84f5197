import Diagnostics
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
}
