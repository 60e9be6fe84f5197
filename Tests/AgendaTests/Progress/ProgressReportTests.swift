import Documents
import Foundation
import Mustache
import TestSupport
import Testing
@testable import Agenda

/// The progress reports: what they say with and without progress data, the line chart per measured
/// indicator, the national roll-up per national theme, and the same bytes for the same input.
@Suite(.timed) struct ProgressReportTests {
    static func markdown(_ text: String, referenceDate: CalendarDate? = nil) throws -> (String, Document) {
        let fixture = try AgendaFixture(["am05-twente.toml": text])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let builder = ProgressReportBuilder(templates: try DocumentGoldenTests.library(), workspace: workspace, referenceDate: referenceDate)
        let document = try builder.document(for: workspace.agendas[0])
        return (String(decoding: OutputFormat.markdown.writer.write(document), as: UTF8.self), document)
    }

    static func lineCharts(_ document: Document) -> [LineChart] {
        document.blocks.compactMap { block in
            if case .figure(let figure) = block, case .line(let chart) = figure.content { chart } else { nil }
        }
    }

    @Test func aReportWithoutProgressDataSaysSo() throws {
        let (text, document) = try Self.markdown(Sample.twente)
        #expect(text.contains("## Nog geen voortgangsgegevens"))
        #expect(text.contains("Deze agenda bevat nog geen voortgangsgegevens: geen peildatum, geen realisatie van de begroting en geen metingen"))
        #expect(text.contains("**Voortgang van de agenda:** —"))
        #expect(text.contains("gepland (volgens plan)"))
        #expect(!text.contains("Hoe de voortgang is berekend"))
        #expect(Self.lineCharts(document).isEmpty)
    }

    @Test func aReportWithProgressDataShowsTheRollUpTheMoneyAndAChart() throws {
        let (text, document) = try Self.markdown(ProgressSample.text())
        #expect(!text.contains("Nog geen voortgangsgegevens"))
        #expect(text.contains("**Voortgang van de agenda:** 30\u{A0}% (gewogen naar begroting, over 1 actie)"))
        #expect(text.contains("**Begroting:** €\u{A0}41.250,75 uitgegeven van €\u{A0}61.250,50 begroot (67\u{A0}%)"))
        #expect(text.contains("| 2026 | Regiobudget | €\u{A0}60.000 | €\u{A0}41.250,75 | 69\u{A0}% |"))
        #expect(text.contains("Hoe de voortgang is berekend"))
        #expect(text.contains("Laatste meting: 31 personen op 30 september 2026; op weg naar de streefwaarde, 25\u{A0}% van de weg van nulmeting naar streefwaarde."))
        let chart = try #require(Self.lineCharts(document).first)
        #expect(chart.categories == ["Nulmeting", "jun 2026", "sep 2026", "Streef sep 2027"])
        #expect(chart.series.map(\.name) == ["Gemeten", "Streefwaarde"])
        #expect(chart.series[0].values == [15, 20, 31, nil])
        #expect(chart.series[1].dashed)
        // Markdown has no chart: the figure's data table stands in its place.
        #expect(text.contains("| 30-9-2026 | UWV | 31 |"))
    }

    @Test func anEarlierReferenceDateLeavesLaterMeasurementsOut() throws {
        let (text, document) = try Self.markdown(ProgressSample.text(), referenceDate: CalendarDate(year: 2026, month: 7, day: 1))
        #expect(text.contains("Laatste meting: 20 personen op 30 juni 2026"))
        #expect(Self.lineCharts(document).first?.series[0].values == [15, 20, nil])
        #expect(text.contains("peildatum 1 juli 2026"))
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let first = try Self.markdown(ProgressSample.text()).1
        let second = try Self.markdown(ProgressSample.text()).1
        for format in OutputFormat.allCases { #expect(format.writer.write(first) == format.writer.write(second)) }
    }

    @Test func theNationalReportRollsUpPerNationalTheme() throws {
        let workspace = ShippedAgendasTests.workspace
        let builder = ProgressReportBuilder(templates: try DocumentGoldenTests.library(), workspace: workspace)
        let document = try builder.nationalDocument()
        let text = String(decoding: OutputFormat.markdown.writer.write(document), as: UTF8.self)
        #expect(text.contains("36 agenda's, waarvan 4 agenda's met voortgangsgegevens: Twente (AM05), Rijnmond (AM22), Regio Zwolle (AM36) en de landelijke agenda"))
        #expect(text.contains("peildatum 1 oktober 2026"))
        // Mobility: Twente (€ 705.000,50 at 42 %) and the LMJA's own actions, the rest without data.
        #expect(text.contains("| Twente (AM05) | Van werk naar werk in de techniek | 42\u{A0}% | €\u{A0}705.000,50 | €\u{A0}328.650,75 |"))
        #expect(text.contains("| Groningen (AM01) | Een scholingsbudget voor werkenden in de ommelanden | — | €\u{A0}600.000 | — |"))
        for state in ["voor op schema", "op schema", "achter op schema", "vertraagd", "afgerond"] {
            #expect(text.contains("| \(state) |"), "\(state)")
        }
        #expect(!Self.lineCharts(document).isEmpty)
    }

    @Test func aNationalReportWithoutAnyProgressDataSaysSo() throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Sample.twente])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let builder = ProgressReportBuilder(templates: try DocumentGoldenTests.library(), workspace: workspace)
        let text = String(decoding: OutputFormat.markdown.writer.write(try builder.nationalDocument()), as: UTF8.self)
        #expect(text.contains("Geen van de agenda's bevat voortgangsgegevens"))
    }
}
