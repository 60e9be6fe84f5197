import TestSupport
import Testing
@testable import Agenda

/// The forms' field messages (`FieldProblem`, MJA320-MJA326 and MJA390-MJA394) are in the rule catalogue, so
/// `mja explain` and the format guide say what the code beside a field means.
@Suite(.timed) struct FieldProblemCatalogueTests {
    static let problems: [FieldProblem] = [
        .unreadableAmount("anderhalf"), .ambiguousAmount("1,500", thousands: "1500", decimal: "1,50"), .unreadableDate("31-02-2026"),
        .unreadableYear("26"), .unusableID("Leerwerkbanen Techniek"), .idInUse("x", kind: "thema"), .required("een titel"),
        .unreadableNumber("ongeveer 40"), .ambiguousNumber("1,500", thousands: "1.500", decimal: "1,5"),
        .pointAsDecimal("12.5", suggestion: "12,5"), .tooPrecise("1,125"), .unreadablePercentage("120"),
    ]

    @Test(arguments: problems) func everyFieldMessageIsExplained(_ problem: FieldProblem) throws {
        let rule = try #require(RuleCatalogue.rule(problem.code), "\(problem.code) is not in RuleCatalogue.all")
        #expect(rule.severity == .error)
        #expect(rule.explanation(in: .english) != rule.explanation(in: .dutch))
        #expect(rule.explanation.contains("niets opgeslagen"))
    }

    @Test func everyCodeOfTheRangeUsedIsCovered() {
        #expect(Set(Self.problems.map(\.code)) == Set((Array(320...326) + Array(390...394)).map { "MJA\($0)" }))
    }
}
