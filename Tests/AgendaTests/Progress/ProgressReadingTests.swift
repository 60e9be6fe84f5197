import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The progress keys are read into the model, exactly, and a malformed one is reported where it is.
@Suite(.timed) struct ProgressReadingTests {
    @Test func theProgressKeysAreReadExactly() throws {
        let agenda = try ProgressSample.agenda()
        #expect(agenda.referenceDate == CalendarDate(year: 2026, month: 10, day: 1))
        let action = agenda.actions[0]
        #expect(action.statusDate == CalendarDate(year: 2026, month: 10, day: 1))
        #expect(action.realisation.map(\.amount) == [Euro(cents: 4_125_075)])
        #expect(action.realisation.map(\.source.id) == ["regiobudget"])
        let result = agenda.themes[0].results[0]
        #expect(result.measurements.map(\.value) == [20, 31])
        #expect(result.measurements.map(\.source) == [nil, "UWV"])
        #expect(result.measurements.map(\.date.description) == ["2026-06-30", "2026-09-30"])
    }

    @Test func theSampleWithProgressChecksClean() throws {
        let (_, found) = try ProgressSample.check()
        #expect(found.map(\.located) == [])
    }

    @Test(arguments: [
        ("{ datum = 2026-06-30, waarde = 20 }", "{ datum = 2026-06-30 }", "MJA012", "metingen = [\n    ", "verplicht veld 'waarde' ontbreekt"),
        ("bedrag = \"41250,75\"", "bedrag = \"veertig euro\"", "MJA014", "bedrag = ", "veertig euro"),
        ("bron = \"regiobudget\", bedrag = \"41250,75\"", "bron = \"regiobudgt\", bedrag = \"41250,75\"", "MJA016", "{ jaar = 2026, bron = ", "regiobudgt"),
        ("waarde = 31, bron = \"UWV\"", "waarde = 31, bronn = \"UWV\"", "MJA010", "waarde = 31, ", "onbekende sleutel 'bronn'"),
        ("peildatum = 2026-10-01\nrealisatie", "peildatum = \"2026-10-01\"\nrealisatie", "MJA011", "voortgang = 30\npeildatum = ", "'peildatum' moet een datum"),
    ])
    func aMalformedProgressKeyIsReportedWhereItStands(old: String, new: String, code: String, marker: String, message: String) throws {
        let (text, found) = try ProgressSample.check([(old, new)])
        let errors = found.filter { $0.severity == .error }
        #expect(errors.map(\.located) == ["\(code) \(ProgressSample.position(after: marker, in: text))"])
        #expect(errors.first?.message.contains(message) == true, "\(errors.map(\.message))")
    }
}
