import Documents
import Foundation
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// The document "Wijzigingen ten opzichte van versie X" from `templates/wijzigingen.md`.
@Suite(.timed) struct ChangesDocumentTests {
    /// The document of two versions, in every output format.
    func documents(_ old: String, _ new: String) throws -> (markdown: String, files: [OutputFormat: [UInt8]]) {
        let before = try AgendaFixture([VersionPairs.file: old]), after = try AgendaFixture([VersionPairs.file: new])
        defer {
            before.remove()
            after.remove()
        }
        let a = before.load(), b = after.load()
        let oldVersion = AgendaComparer.Version(workspace: a, agenda: try #require(a.agendas.first), label: "am05-twente-1.0.toml")
        let newVersion = AgendaComparer.Version(workspace: b, agenda: try #require(b.agendas.first), label: "am05-twente.toml")
        let comparison = AgendaComparer(old: oldVersion, new: newVersion).comparison()
        let document = try ChangesDocumentBuilder(templates: try DocumentGoldenTests.library()).document(for: comparison, new: newVersion)
        var files: [OutputFormat: [UInt8]] = [:]
        for format in OutputFormat.allCases { files[format] = format.writer.write(document) }
        // Amounts keep their € with a no-break space; compared here with a plain one.
        return (String(decoding: files[.markdown]!, as: UTF8.self).replacingOccurrences(of: "\u{A0}", with: " "), files)
    }

    static let changed = Sample.twente(replacing: "versie = \"1.0\"", with: "versie = \"1.1\"")
        .replacingOccurrences(of: "titel = \"Instroom in de zorg\"", with: "titel = \"Instroom in zorg & welzijn <b>nu</b>\"")
        .replacingOccurrences(of: "bedrag = 60000", with: "bedrag = \"59.999,99\"")
        .replacingOccurrences(of: "oplevering = \"Vier jobcoaches\"", with: "oplevering = \"Vier jobcoaches\"\nstatus = \"lopend\"\nvoortgang = 40")
        .replacingOccurrences(of: "ambitie = \"Iedereen die kan werken, werkt.\"", with: "ambitie = \"Iedereen die kan werken, werkt mee. Niemand staat aan de kant.\"")
        .replacingOccurrences(of: "vernieuwend = \"Een jobcoach op de werkvloer.\"\n", with: "")

    @Test func everyKindOfChangeHasItsPlace() throws {
        let (markdown, files) = try documents(Sample.twente, Self.changed)
        #expect(markdown.hasPrefix("# Proefagenda Twente: wijzigingen ten opzichte van versie 1.0\n"))
        #expect(markdown.contains("- De agenda gaat van versie 1.0 (concept) naar versie 1.1 (concept).\n"))
        #expect(markdown.contains("| versie | 1.0 | 1.1 |\n"))
        #expect(markdown.contains("| 2026 | Regiobudget | € 60.000 | € 59.999,99 | -€ 0,01 |\n"))
        #expect(markdown.contains("| **Totaal** |  | **€ 61.250,50** | **€ 61.250,49** | **-€ 0,01** |\n"))
        #expect(markdown.contains("| Instroom in zorg & welzijn \\<b>nu\\</b> | Vernieuwend | ✓ voldoet | ⚠ onvoldoende onderbouwd |\n"))
        #expect(markdown.contains("| Instroom in zorg & welzijn \\<b>nu\\</b> | Jobcoaches | gepland | lopend | — | 40% |\n"))
        #expect(markdown.contains("### Ambitie\n\n| Was | Wordt |\n| --- | --- |\n| Iedereen die kan werken, werkt. | Iedereen die kan werken, werkt mee. |\n| — | Niemand staat aan de kant. |\n"))
        #expect(markdown.contains("| titel | Instroom in de zorg | Instroom in zorg & welzijn \\<b>nu\\</b> |\n"))
        #expect(markdown.contains("#### Actie: Jobcoaches\n"))
        // Text from the agenda is escaped in HTML, every format is written.
        let html = String(decoding: try #require(files[.html]), as: UTF8.self)
        #expect(html.contains("Instroom in zorg &amp; welzijn &lt;b&gt;nu&lt;/b&gt;"))
        #expect(!html.contains("<b>nu</b>"))
        #expect(files.count == OutputFormat.allCases.count && files.values.allSatisfy { !$0.isEmpty })
    }

    @Test func anIDThatChangedShowsTheHint() throws {
        let (markdown, _) = try documents(Sample.twente, Sample.twente(replacing: "id = \"zorg\"", with: "id = \"zorg-2\""))
        #expect(markdown.contains("**Nieuw thema** (id zorg-2).\n\n> **Let op:** mogelijk hetzelfde thema als 'Instroom in de zorg' (id 'zorg'), dat verwijderd is"))
        #expect(markdown.contains("**Thema vervallen** (id zorg).\n"))
    }

    @Test func identicalVersionsSayThereIsNothingToReport() throws {
        let (markdown, _) = try documents(Sample.twente, Sample.twente)
        #expect(markdown.contains("## In het kort\n\nDe twee versies zeggen hetzelfde: er is niets te melden.\n"))
        #expect(!markdown.contains("## Begroting"))
    }

    @Test func sameInputSameBytes() throws {
        let first = try documents(Sample.twente, Self.changed).files, second = try documents(Sample.twente, Self.changed).files
        #expect(first == second)
    }
}
