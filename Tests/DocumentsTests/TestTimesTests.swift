import Foundation
import Testing
@testable import TestSupport

/// The `.timed` trait and the report of the slowest tests that `swift test` prints at its end.
@Suite(.timed) struct TestTimesTests {
    struct Planned: Error {}

    @Test func noTimedTestMeansNoReport() {
        // The XCTest pass of `swift test` runs no Swift Testing test: it must print nothing.
        #expect(TestTimes().reportLines().isEmpty)
    }

    @Test func casesAddUpAndTheSlowestComeFirst() {
        let times = TestTimes()
        times.record("A.Fast/one()", duration: .milliseconds(5))
        times.record("A.Slow/cases(_:)", duration: .milliseconds(1200))
        times.record("A.Slow/cases(_:)", duration: .milliseconds(34))
        times.record("A.Tie/b()", duration: .milliseconds(300))
        times.record("A.Tie/a()", duration: .milliseconds(300))
        #expect(times.reportLines(count: 3) == [
            "The 3 slowest of 4 timed tests (1.839 s summed over all):",
            "    1.234 s  A.Slow/cases(_:) (2 cases)",
            "    0.300 s  A.Tie/a()",
            "    0.300 s  A.Tie/b()",
        ])
    }

    @Test func fewerTestsThanTheReportHolds() {
        let times = TestTimes()
        times.record("A.Only/one()", duration: .seconds(61) + .milliseconds(7))
        #expect(times.reportLines() == ["The 1 slowest of 1 timed tests (61.007 s summed over all):", "   61.007 s  A.Only/one()"])
    }

    @Test func aFailingTestIsTimedAndItsErrorPassesThrough() async throws {
        let times = TestTimes()
        let test = try #require(Test.current)
        await #expect(throws: Planned.self) {
            try await TimedTrait(times: times).provideScope(for: test, testCase: Test.Case.current) { throw Planned() }
        }
        #expect(times.slowest(10).map(\.name) == ["DocumentsTests.TestTimesTests/aFailingTestIsTimedAndItsErrorPassesThrough()"])
    }

    @Test func onlyTestCasesAreTimedNotTheirSuites() throws {
        let test = try #require(Test.current)
        #expect(TimedTrait().scopeProvider(for: test, testCase: nil) == nil)
        #expect(TimedTrait().scopeProvider(for: test, testCase: Test.Case.current) != nil)
    }

    /// A suite without the trait would be missing from the report without anyone noticing.
    @Test func everyTopLevelSuiteIsTimed() throws {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let files = try #require(FileManager.default.enumerator(atPath: tests.path))
        var untimed: [String] = []
        var suites = 0
        for case let file as String in files where file.hasSuffix(".swift") && !file.hasPrefix("Fuzz/") {
            let text = try String(contentsOf: tests.appendingPathComponent(file), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("@Suite") {
                suites += 1
                if !line.contains(".timed") { untimed.append("\(file): \(line)") }
            }
        }
        #expect(suites > 100, "the suites were not found in \(tests.path)")
        #expect(untimed == [], "add .timed to these suites: @Suite(.timed)")
    }
}

/// `MJA_SKIP_END_TO_END` skips the `.endToEnd` tests, except under CI.
@Suite(.timed) struct EndToEndTraitTests {
    @Test(arguments: [
        ([:], false),
        (["MJA_SKIP_END_TO_END": "1"], true),
        (["MJA_SKIP_END_TO_END": "ja"], true),
        (["MJA_SKIP_END_TO_END": "0"], false),
        (["MJA_SKIP_END_TO_END": ""], false),
        (["MJA_SKIP_END_TO_END": "1", "CI": "true"], false),
    ] as [([String: String], Bool)])
    func skippedOnlyWhenAskedAndNotOnCI(environment: [String: String], skipped: Bool) {
        #expect(EndToEnd.isSkipped(environment: environment) == skipped)
    }
}
