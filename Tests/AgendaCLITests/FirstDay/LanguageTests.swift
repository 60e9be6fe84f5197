import Agenda
import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 14, point 9: help, explanations and counts in the reader's language; option names in
/// both languages accepted everywhere, one shown.
@Suite(.timed) struct LanguageTests {
    @Test func englishHelpHasEnglishNamesPlaceholdersAndValues() {
        let page = mja("help", "check", "--lang", "en").output
        #expect(page.contains("Usage: mja check [options] [PATH ...]\n"))
        #expect(page.contains("  --format text|json  Output for people (text) or scripts (json) (default:"))
        #expect(page.contains("  --strict  ") || page.contains("  --strict "))
        #expect(page.contains("  --previous FILE "))
        #expect(page.contains("--color auto|always|never"))
        for dutch in ["PAD", "BESTAND", "tekst", "--strikt", "--vorige", "--kleur", "altijd"] {
            #expect(!page.contains(dutch), "\(dutch) in the English help")
        }
        let dutchPage = mja("help", "check").output
        #expect(dutchPage.contains("Gebruik: mja check [opties] [PAD ...]\n"))
        #expect(dutchPage.contains("  --formaat tekst|json  "))
        #expect(dutchPage.contains("  --strikt  ") || dutchPage.contains("  --strikt "))
    }

    @Test(arguments: [["--format", "json"], ["--formaat", "json"], ["--format=json", "--kleur", "never"]])
    func bothNamesAndValuesAreAccepted(_ options: [String]) throws {
        let result = mja(["check", BuildCommandTests.twente] + options)
        #expect(result.code == .success, "\(result.error)")
        #expect(result.output.hasPrefix("{"))
        let text = mja("check", BuildCommandTests.twente, "--formaat", "text", "--color", "always")
        #expect(text.output == "Geen problemen gevonden in 1 bestand.\n")
    }

    @Test func explainAnswersInEnglish() {
        let result = mja("explain", "MJA104", "--lang", "en")
        #expect(result.output.hasPrefix("MJA104: Theme is not concrete\nSeverity: warning\n\nAt least one result has an indicator"), "\(result.output)")
        #expect(RuleCatalogue.all.filter { $0.explanation(in: .english) == $0.explanation(in: .dutch) }.map(\.code) == [])
        #expect(!mja("explain", "MJA014", "--lang", "en").output.contains("fout:"))
    }

    @Test func countsAgreeWithTheirNoun() {
        #expect(Language.dutch.count(1, ("agenda", "agenda's"), ("agenda", "agendas")) == "1 agenda")
        #expect(Language.dutch.count(2, ("regio", "regio's"), ("region", "regions")) == "2 regio's")
        #expect(Language.english.count(1, ("regio", "regio's"), ("region", "regions")) == "1 region")
    }

    @Test func theSkeletonAddressesTheReaderAsTheGuideDoes() throws {
        let skeleton = try String(contentsOfFile: AgendaCommandsTests.template, encoding: .utf8).lowercased()
        #expect(!skeleton.contains(" je ") && !skeleton.contains(" jij "))
        #expect(skeleton.contains(" u "))
    }
}
