import TestSupport
import Testing
@testable import Agenda

/// Dates and periods as the documents print and check them.
@Suite(.timed) struct CalendarTests {
    @Test(arguments: [
        (CalendarDate(year: 2026, month: 3, day: 1), "1 maart 2026"), (CalendarDate(year: 2027, month: 12, day: 31), "31 december 2027"),
    ])
    func datesInDutch(date: CalendarDate, text: String) {
        #expect(date.dutchText == text)
        #expect(date.description == "\(date.year)-\(date.month < 10 ? "0" : "")\(date.month)-\(date.day < 10 ? "0" : "")\(date.day)")
    }

    @Test func periods() {
        let policy = YearRange(first: 2026, last: 2030)
        #expect(policy.length == 5)
        #expect(policy.contains(YearRange(first: 2026, last: 2027)))
        #expect(!policy.contains(YearRange(first: 2030, last: 2031)))
        #expect(policy.contains(CalendarDate(year: 2030, month: 12, day: 31)))
        #expect(CalendarDate(year: 2026, month: 5, day: 1).quarter == 2)
    }

    @Test func chartDayNumbersCountLeapYears() {
        let start = CalendarDate(year: 2028, month: 1, day: 1)
        #expect(AgendaCharts.days(from: start, to: CalendarDate(year: 2029, month: 1, day: 1)) == 366)
        #expect(AgendaCharts.days(from: CalendarDate(year: 2026, month: 1, day: 1), to: CalendarDate(year: 2027, month: 1, day: 1)) == 365)
    }
}
