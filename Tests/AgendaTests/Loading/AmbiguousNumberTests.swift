import Diagnostics
import TestSupport
import Testing
@testable import Agenda

/// `streefwaarde = 1.500` is read by TOML as 1,5; whoever wrote it most likely meant 1500. Every
/// number field of an agenda (baseline, target, measurement) treats a point followed by exactly
/// three digits as ambiguous: an error (MJA022) at the value with the person's own value written
/// both ways, unless the unit makes the decimal plausible and the value fits it.
@Suite(.timed) struct AmbiguousNumberTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        var unit: String?
        var line: String
        /// The diagnostic expected, `code line:column`, or nil when the value reads as written.
        var located: String?
        var testDescription: String { id }
    }

    /// The sample's result sits at lines 56 (`eenheid`) and 57 (`streefwaarde`).
    static let cases: [Case] = [
        Case(id: "persons, thousands", unit: "personen", line: "streefwaarde = 1.500", located: "MJA022 57:16"),
        Case(id: "persons, ten thousands", unit: "personen", line: "streefwaarde = 12.000", located: "MJA022 57:16"),
        Case(id: "negative", unit: "personen", line: "streefwaarde = -250.750", located: "MJA022 57:16"),
        Case(id: "no unit", unit: nil, line: "streefwaarde = 1.500", located: "MJA022 57:16"),
        Case(id: "euros as a unit", unit: "euro", line: "streefwaarde = 2.500", located: "MJA022 57:16"),
        Case(id: "baseline too", unit: "personen", line: "streefwaarde = 80\nnulmeting = 2.000", located: "MJA022 58:13"),
        Case(id: "percentage above 100", unit: "%", line: "streefwaarde = 150.000", located: "MJA022 57:16"),
        Case(id: "mark above 10", unit: "cijfer", line: "streefwaarde = 12.500", located: "MJA022 57:16"),
        Case(id: "percentage", unit: "%", line: "streefwaarde = 12.500", located: nil),
        Case(id: "percentage in words", unit: "procent van de werkzoekenden", line: "streefwaarde = 1.500", located: nil),
        Case(id: "mark", unit: "rapportcijfer", line: "streefwaarde = 7.250", located: nil),
        Case(id: "ratio", unit: "verhouding", line: "streefwaarde = 1.125", located: nil),
        Case(id: "one decimal", unit: "personen", line: "streefwaarde = 1.5", located: nil),
        Case(id: "four decimals", unit: "personen", line: "streefwaarde = 1.0050", located: nil),
        Case(id: "leading zero", unit: "personen", line: "streefwaarde = 0.500", located: nil),
        Case(id: "four digits before the point", unit: "personen", line: "streefwaarde = 1234.500", located: nil),
        Case(id: "whole number", unit: "personen", line: "streefwaarde = 1500", located: nil),
    ]

    @Test(arguments: cases)
    func aPointWithThreeDigits(_ example: Case) throws {
        let unitLine = example.unit.map { "eenheid = \"\($0)\"" } ?? "# geen eenheid"
        let text = Sample.twente(replacing: "eenheid = \"personen\"\nstreefwaarde = 80", with: unitLine + "\n" + example.line)
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        let found = fixture.load().diagnostics.filter { $0.code == "MJA022" || $0.code == "MJA014" }
        #expect(found.map(\.located) == (example.located.map { [$0] } ?? []))
        if example.located != nil { #expect(found.first?.severity == .error) }
    }

    @Test func theMessageAndTheHintUseThePersonsOwnValue() throws {
        let text = Sample.twente(replacing: "streefwaarde = 80", with: "streefwaarde = 1.500")
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        let found = try #require(fixture.load().diagnostics.first { $0.code == "MJA022" })
        #expect(found.message == "streefwaarde = 1.500 leest de computer als 1,5, niet als 1500: een punt in een getal is een decimaalteken; bij de eenheid 'personen' is 1,5 geen aannemelijk kommagetal")
        #expect(found.hint == "bedoelt u 1500, schrijf dan: streefwaarde = 1500; bedoelt u 1,5, schrijf dan: streefwaarde = 1.5")
        // An error: no document is built on 1,5 persons, and no scorecard judges it.
        #expect(fixture.load().hasErrors)
    }

    @Test func aMeasurementTakesItsResultsUnit() throws {
        let measurement = "streefwaarde = 80\nmetingen = [{ datum = 2026-06-30, waarde = 1.250 }]"
        for (unit, expected) in [("personen", ["MJA022 58:44"]), ("%", [])] {
            let text = Sample.twente(replacing: "eenheid = \"personen\"\nstreefwaarde = 80", with: "eenheid = \"\(unit)\"\n" + measurement)
            let fixture = try AgendaFixture(["am05-twente.toml": text])
            defer { fixture.remove() }
            #expect(fixture.load().diagnostics.filter { $0.code == "MJA022" }.map(\.located) == expected, "\(unit)")
        }
    }

    @Test func aQuotedNumberIsNotFixedIntoAnAmbiguousOne() throws {
        let text = Sample.twente(replacing: "streefwaarde = 80", with: "streefwaarde = \"1.500\"")
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        let found = try #require(fixture.load().diagnostics.first { $0.code == "MJA011" })
        #expect(found.hint == "schrijf bijvoorbeeld: streefwaarde = 1500 (duizendtallen) of streefwaarde = 1.5 (een kommagetal)")
    }

    @Test func theRuleIsExplained() throws {
        let rule = try #require(RuleCatalogue.all.first { $0.code == "MJA022" })
        #expect(rule.severity == .error)
        #expect(rule.explanation.contains("1.500") && rule.explanation.contains("percentage"))
    }
}
