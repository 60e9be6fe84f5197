import TestSupport
import Testing
@testable import Agenda

/// How long open signals have been open, counted to a reference date, and the answers per region.
@Suite(.timed) struct SignalFollowUpTests {
    typealias F = SignalFixtures

    static let signals: [Signal] = [
        F.signal("AM05", "oud", "2026-01-20", title: "Oud", status: .new),
        F.signal("AM05", "klaar", "2026-02-10", title: "Klaar", status: .reportedBack, answer: "Gedeeld in de leerkring"),
        F.signal("AM06", "loopt", "2026-03-01", title: "Loopt", status: .inProgress, answer: "SBB zoekt het uit"),
        F.signal("AM06", "opgelost", "2026-03-05", title: "Opgelost", status: .solved),
        F.signal("AM09", "agenda", "2026-11-23", title: "Vandaag", status: .onAgenda),
    ]

    @Test func daysOpenAreCountedToTheReferenceDate() {
        let followUp = SignalFollowUp(signals: Self.signals, referenceDate: CalendarDate(year: 2026, month: 11, day: 23))
        #expect(followUp.open.map(\.signal.id) == ["oud", "loopt", "agenda"])
        #expect(followUp.open.map(\.days) == [307, 267, 0])
        #expect(followUp.medianOpenDays == 267)
        #expect(followUp.byStatus.map(\.count) == [1, 1, 1, 1, 1])
    }

    @Test func withoutAReferenceDateTheLatestSignalDateCounts() {
        let followUp = SignalFollowUp(signals: Array(Self.signals.prefix(4)))
        #expect(followUp.referenceDate == CalendarDate(year: 2026, month: 3, day: 5))
        #expect(followUp.open.map(\.days) == [44, 4])
        #expect(CalendarDate(year: 2024, month: 2, day: 28).days(to: CalendarDate(year: 2024, month: 3, day: 1)) == 2)
    }

    @Test func feedbackPerRegion() {
        let followUp = SignalFollowUp(signals: Self.signals)
        #expect(followUp.regions.map(\.region) == ["AM05", "AM06", "AM09"])
        #expect(followUp.regions.map(\.answered) == [1, 1, 0])
        #expect(followUp.regions[0].signals.map(\.answer) == [nil, "Gedeeld in de leerkring"])
    }
}
