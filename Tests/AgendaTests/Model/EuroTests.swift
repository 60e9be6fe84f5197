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
