import TestSupport
import Testing
@testable import Agenda

/// Money is exact: parsing Dutch and international notations, printing Dutch notation, splitting
/// without losing a cent.
@Suite(.timed) struct EuroTests {
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

    @Test(arguments: [
        (Int64(100_001), [Int64(33_401), 33_300, 33_300]),         // € 1.000,01: the planned cent to the first task
        (Int64(200_000_000), [Int64(66_666_700), 66_666_700, 66_666_600]),  // € 2 mln: whole euros, the extra ones first
        (Int64(5), [Int64(5), 0, 0]),
    ])
    func aThemesMoneyIsSplitInWholeEurosWithoutLosingACent(amount: Int64, expected: [Int64]) {
        let shares = BudgetSummary.split(Euro(cents: amount), over: [.social, .economic, .development])
        #expect(shares.map(\.1.cents) == expected)
        #expect(shares.map(\.1).sum() == Euro(cents: amount))
        #expect(BudgetSummary.split(Euro(cents: 5), over: []).isEmpty)
    }

    @Test func taskTotalsHaveNoCentsThatNobodyPlanned() throws {
        // Only cents that were planned may show in the totals per task.
        let fixture = try AgendaFixture(["am05-twente.toml": Sample.twente])
        defer { fixture.remove() }
        let agenda = try #require(fixture.load().agendas.first)
        let summary = BudgetSummary(agenda: agenda)
        #expect(summary.byTask.values.map(\.cents).reduce(0, +) == summary.total.cents)
        let odd = summary.byTask.values.filter { $0.cents % 100 != 0 }.map(\.cents).reduce(0) { $0 + $1 % 100 }
        #expect(odd == summary.total.cents % 100)
    }
}
