import Testing
@testable import Agenda

/// Money is exact: parsing Dutch and international notations, printing Dutch notation, splitting
/// without losing a cent.
@Suite struct EuroTests {
    @Test(arguments: [
        ("1250", 125_000), ("1250,50", 125_050), ("1.250,50", 125_050), ("1250.50", 125_050), ("€ 1.250", 125_000),
        ("1.250.000", 125_000_000), ("0,5", 50), ("-300", -30_000), ("1 250", 125_000), ("€\u{00A0}75", 7_500),
    ] as [(String, Int64)])
    func parsesWrittenAmounts(text: String, cents: Int64) {
        #expect(Euro(parsing: text)?.cents == cents)
    }

    @Test(arguments: ["", "abc", "1,2,3", "12.34.5", "1.2345,00", "€", "1e6", "١٢٣"])
    func refusesWhatIsNoAmount(text: String) {
        #expect(Euro(parsing: text) == nil)
    }

    @Test(arguments: [
        (125_000_000, "€ 1.250.000"), (125_050, "€ 1.250,50"), (5, "€ 0,05"), (0, "€ 0"), (-30_000, "€ -300"),
        (99_999_999_999, "€ 999.999.999,99"),
    ] as [(Int64, String)])
    func printsDutchNotation(cents: Int64, text: String) {
        #expect(Euro(cents: cents).dutchNotation == text)
    }

    @Test func sumsExactly() {
        let amounts = Array(repeating: Euro(cents: 10), count: 3)
        #expect(amounts.sum() == Euro(cents: 30))
    }

    @Test func aThemesMoneyIsSplitOverItsTasksWithoutLosingACent() {
        let shares = BudgetSummary.split(Euro(cents: 100_001), over: [.social, .economic, .development])
        #expect(shares.map(\.1.cents) == [33_334, 33_334, 33_333])
        #expect(shares.map(\.1).sum() == Euro(cents: 100_001))
        #expect(BudgetSummary.split(Euro(cents: 5), over: []).isEmpty)
    }
}

@Suite struct CalendarTests {
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

@Suite struct DutchTextTests {
    @Test(arguments: [
        ("werkgevers", "werkgever"), ("plaatsen", "plaats"), ("scholingen", "scholing"), ("mogelijkheden", "mogelijk"),
        ("bedden", "bed"),
    ])
    func lightStemmerBringsFormsTogether(word: String, stem: String) {
        #expect(DutchText.stem(word) == stem)
    }

    @Test func termsFoldAccentsAndDropStopWords() {
        #expect(DutchText.terms("Eén loket voor de Werkgevers, in Café-regio's") == ["loket", "werkgever", "caf", "regio"])
        #expect(DutchText.similarity("Scholing van werkenden", "werkenden en hun scholing") == 1)
        #expect(DutchText.similarity("", "iets") == 0)
    }
}
