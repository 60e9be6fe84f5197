import TestSupport
import Testing

/// The reading of `CommonMark/expected-failures.txt`: a list that does not read must stop the spec
/// test rather than silently expect too little.
@Suite(.timed) struct ExpectedFailuresTests {
    @Test func readsNumbersRangesAndReasons() throws {
        let list = try ExpectedFailures(text: "# comment\n\n3, 7-9: raw HTML\n 12 : other reason \n")
        #expect(list.numbers == [3, 7, 8, 9, 12])
        #expect(list.reason(for: 8) == "raw HTML")
        #expect(list.reason(for: 12) == "other reason")
        #expect(list.reason(for: 4) == nil)
    }

    @Test(arguments: ["12 raw HTML", "12:", "x: reason", "9-7: reason", "1-2-3: reason", "5: a\n5: b"])
    func refusesWhatDoesNotRead(_ text: String) {
        #expect(throws: ExpectedFailures.ListError.self) { try ExpectedFailures(text: text) }
    }
}
