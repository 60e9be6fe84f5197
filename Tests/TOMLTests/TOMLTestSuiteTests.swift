import Foundation
import TestSupport
import Testing
import TOML

/// toml-test's TOML 1.0.0 cases (the files its `files-toml-1.0.0` list names, kept in `toml-test/`
/// beside this file; see the README there): every valid document must parse to the expected values,
/// every invalid one must be refused.
@Suite(.timed) struct TOMLTestSuiteTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("toml-test")

    @Test func tomlOneZeroZero() throws {
        let list = try String(contentsOf: Self.folder.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
        let documents = list.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".toml") }
        var valid = (passed: 0, total: 0)
        var invalid = (passed: 0, total: 0)
        for name in documents {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            if name.hasPrefix("invalid/") {
                invalid.total += 1
                if (try? TOML.parse(bytes: bytes)) == nil {
                    invalid.passed += 1
                } else {
                    Issue.record("\(name): parsed, but toml-test says it is invalid")
                }
            } else {
                valid.total += 1
                let expectedFile = Self.folder.appendingPathComponent(String(name.dropLast(".toml".count)) + ".json")
                let expected = try String(contentsOf: expectedFile, encoding: .utf8)
                do {
                    let table = try TOML.parse(bytes: bytes)
                    if let difference = TaggedJSONComparison.difference(expected: expected, actual: table.taggedJSON()) {
                        Issue.record("\(name): \(difference)")
                    } else {
                        valid.passed += 1
                    }
                } catch {
                    Issue.record("\(name): refused at \(error)")
                }
            }
        }
        print("toml-test TOML 1.0.0: \(valid.passed)/\(valid.total) valid, \(invalid.passed)/\(invalid.total) invalid")
        // The counts of the copy in the repository, so a file lost from the list shows.
        #expect(valid.total == 205)
        #expect(invalid.total == 473)
    }
}

/// The comparison the suite relies on: it must tell different values apart, or the suite passes
/// whatever the parser does.
@Suite(.timed) struct TaggedJSONComparisonTests {
    static let cases: [(expected: String, actual: String, same: Bool)] = [
        (#"{"a":{"type":"integer","value":"1"}}"#, #"{"a":{"type":"integer","value":"1"}}"#, true),
        (#"{"a":{"type":"integer","value":"1"}}"#, #"{"a":{"type":"integer","value":"2"}}"#, false),
        (#"{"a":{"type":"integer","value":"1"}}"#, #"{"a":{"type":"float","value":"1"}}"#, false),
        (#"{"a":{"type":"integer","value":"1"}}"#, #"{"b":{"type":"integer","value":"1"}}"#, false),
        (#"{"a":[{"type":"integer","value":"1"}]}"#, #"{"a":[]}"#, false),
        (#"{"a":{"type":"string","value":"x"}}"#, #"{"a":{"type":{"type":"string","value":"string"},"value":{"type":"string","value":"x"}}}"#, false),
        (#"{"f":{"type":"float","value":"1e100"}}"#, #"{"f":{"type":"float","value":"1e+100"}}"#, true),
        (#"{"f":{"type":"float","value":"0.1"}}"#, #"{"f":{"type":"float","value":"0.2"}}"#, false),
        (#"{"f":{"type":"float","value":"nan"}}"#, #"{"f":{"type":"float","value":"-nan"}}"#, true),
        (#"{"f":{"type":"float","value":"nan"}}"#, #"{"f":{"type":"float","value":"inf"}}"#, false),
        (#"{"d":{"type":"datetime","value":"1979-05-27T07:32:00Z"}}"#, #"{"d":{"type":"datetime","value":"1979-05-27T00:32:00-07:00"}}"#, true),
        (#"{"d":{"type":"datetime","value":"1979-05-27T07:32:00Z"}}"#, #"{"d":{"type":"datetime","value":"1979-05-27T07:32:00+07:00"}}"#, false),
        (#"{"d":{"type":"datetime","value":"2000-03-01T00:00:00Z"}}"#, #"{"d":{"type":"datetime","value":"2000-02-29T23:00:00-01:00"}}"#, true),
        (#"{"t":{"type":"time-local","value":"07:32:00.500"}}"#, #"{"t":{"type":"time-local","value":"07:32:00.5"}}"#, true),
        (#"{"t":{"type":"time-local","value":"07:32:00"}}"#, #"{"t":{"type":"time-local","value":"07:32:01"}}"#, false),
    ]

    @Test(arguments: 0..<cases.count)
    func compares(_ index: Int) {
        let example = Self.cases[index]
        let difference = TaggedJSONComparison.difference(expected: example.expected, actual: example.actual)
        #expect((difference == nil) == example.same, "\(example.expected) vs \(example.actual): \(difference ?? "same")")
    }
}
