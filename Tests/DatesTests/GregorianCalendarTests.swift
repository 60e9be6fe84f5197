import Dates
import TestSupport
import Testing

/// The one leap-year rule, and the day numbers held to it.
@Suite(.timed) struct GregorianCalendarTests {
    @Test(arguments: [(1900, false), (2000, true), (2024, true), (2026, false), (2100, false), (2400, true), (1600, true)])
    func leapYears(_ year: Int, isLeap: Bool) {
        #expect(GregorianCalendar.isLeapYear(year) == isLeap)
        #expect(GregorianCalendar.daysIn(month: 2, year: year) == (isLeap ? 29 : 28))
        #expect(GregorianCalendar.isValid(year: year, month: 2, day: 29) == isLeap)
    }

    @Test func monthLengthsAndDatesThatDoNotExist() {
        #expect((1...12).map { GregorianCalendar.daysIn(month: $0, year: 2026) } == [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])
        #expect(GregorianCalendar.daysIn(month: 13, year: 2026) == 0)
        #expect(GregorianCalendar.daysIn(month: 0, year: 2026) == 0)
        #expect(!GregorianCalendar.isValid(year: 2026, month: 4, day: 31))
        #expect(!GregorianCalendar.isValid(year: 2026, month: 1, day: 0))
        #expect(GregorianCalendar.isValid(year: 2026, month: 12, day: 31))
    }

    @Test func dayNumbers() {
        #expect(GregorianCalendar.dayNumber(year: 1970, month: 1, day: 1) == 0)
        #expect(GregorianCalendar.dayNumber(year: 2000, month: 3, day: 1) == 11_017)
        #expect(GregorianCalendar.dayNumber(year: 1969, month: 12, day: 31) == -1)
        #expect(GregorianCalendar.days(from: (2026, 1, 1), to: (2027, 1, 1)) == 365)
        #expect(GregorianCalendar.days(from: (2024, 1, 1), to: (2025, 1, 1)) == 366)
        #expect(GregorianCalendar.days(from: (1900, 1, 1), to: (1901, 1, 1)) == 365)
        #expect(GregorianCalendar.days(from: (2000, 1, 1), to: (2001, 1, 1)) == 366)
        #expect(GregorianCalendar.days(from: (2026, 11, 23), to: (2026, 3, 1)) == -267)
    }

    /// The day arithmetic and the leap-year rule agree on every year from 1600 to 2500, and a day
    /// number turns back into its date.
    @Test func dayNumbersFollowTheLeapYearRule() {
        for year in 1600...2500 {
            let leapDay = GregorianCalendar.days(from: (year, 2, 28), to: (year, 3, 1))
            #expect(leapDay == (GregorianCalendar.isLeapYear(year) ? 2 : 1), "\(year)")
            let number = GregorianCalendar.dayNumber(year: year, month: 7, day: 15)
            #expect(GregorianCalendar.date(dayNumber: number) == (year, 7, 15), "\(year)")
        }
    }
}
