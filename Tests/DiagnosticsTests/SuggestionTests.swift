import TestSupport
import Testing
@testable import Diagnostics

@Suite(.timed) struct SuggestionTests {
    @Test(arguments: [
        ("", "", 0), ("check", "check", 0), ("", "abc", 3), ("abc", "", 3),
        ("chek", "check", 1), ("chekc", "check", 1), ("buidl", "build", 1), ("kitten", "sitting", 3),
        ("altyd", "altijd", 2), ("ca", "abc", 3),
    ])
    func distance(a: String, b: String, expected: Int) {
        #expect(Suggestion.distance(a, b) == expected)
        #expect(Suggestion.distance(b, a) == expected)
    }

    static let commands = ["check", "build", "init", "schema", "explain", "signalen", "help", "version"]

    @Test(arguments: [
        ("chek", "check"), ("Check", "check"), ("buidl", "build"), ("shcema", "schema"), ("explian", "explain"),
        ("signalne", "signalen"), ("sig", "signalen"), ("verison", "version"), ("hlep", "help"),
    ])
    func suggestsTheClosest(typed: String, expected: String) {
        #expect(Suggestion.closest(to: typed, among: Self.commands) == expected)
    }

    @Test(arguments: ["x", "zzzz", "controleer", "bouw", "", "e"])
    func suggestsNothingWhenNothingIsClose(typed: String) {
        #expect(Suggestion.closest(to: typed, among: Self.commands) == nil)
    }
}
