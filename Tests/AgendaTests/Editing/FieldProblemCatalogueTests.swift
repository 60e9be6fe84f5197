import TestSupport
import Testing
@testable import Agenda

/// The forms' field messages (`FieldProblem`, MJA320-MJA326) are in the rule catalogue, so
/// `mja explain` and the format guide say what the code beside a field means.
@Suite(.timed) struct FieldProblemCatalogueTests {
    static let problems: [FieldProblem] = [
        .unreadableAmount("anderhalf"), .ambiguousAmount("1,500", thousands: "1500", decimal: "1,50"), .unreadableDate("31-02-2026"),
        .unreadableYear("26"), .unusableID("Leerwerkbanen Techniek"), .idInUse("x", kind: "thema"), .required("een titel"),
    ]

    @Test(arguments: problems) func everyFieldMessageIsExplained(_ problem: FieldProblem) throws {
        let rule = try #require(RuleCatalogue.rule(problem.code), "\(problem.code) is not in RuleCatalogue.all")
        #expect(rule.severity == .error)
        #expect(rule.explanation(in: .english) != rule.explanation(in: .dutch))
        #expect(rule.explanation.contains("niets opgeslagen"))
    }

    @Test func everyCodeOfTheRangeUsedIsCovered() {
        #expect(Set(Self.problems.map(\.code)) == Set((320...326).map { "MJA\($0)" }))
    }
}
