import Documents
import Foundation
import TestSupport
import Testing
import Markdown

/// The examples of the CommonMark 0.31.2 specification (extracted into `CommonMark/` beside this
/// file; see the README there), each parsed and written by the HTML writer (headings without ids),
/// then compared byte for byte with the spec's HTML: the writer follows the reference
/// implementation's layout, so no normalising is needed. The examples this package does not match
/// are listed, with the reason, in `CommonMark/expected-failures.txt`: an example off the list that
/// fails is an error, and so is one on the list that passes, so the list stays true. All of them are
/// raw HTML, not recognised on purpose; for those the test checks that the input's tags stay text.
@Suite(.timed) struct CommonMarkSpecTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("CommonMark")

    struct Example: Decodable {
        let example: Int
        let section: String
        let line: Int
        let markdown: String
        let html: String
    }

    @Test func specificationExamples() throws {
        let examples = try JSONDecoder().decode(
            [Example].self, from: Data(contentsOf: Self.folder.appendingPathComponent("spec-0.31.2.json")))
        let exceptions = try ExpectedFailures(
            text: String(contentsOf: Self.folder.appendingPathComponent("expected-failures.txt"), encoding: .utf8))
        let writer = HTMLWriter(options: .init(headingIDs: false))
        var passed = 0
        for example in examples {
            let actual = writer.render(MarkdownParser.blocks(from: example.markdown))
            let passes = actual == example.html
            if passes { passed += 1 }
            switch (passes, exceptions.reason(for: example.example)) {
            case (false, nil):
                Issue.record("""
                    example \(example.example) (\(example.section), spec line \(example.line)) fails:
                    markdown: \(String(reflecting: example.markdown))
                    expected: \(String(reflecting: example.html))
                    written:  \(String(reflecting: actual))
                    """)
            case (true, let reason?):
                Issue.record("example \(example.example) (\(example.section)) passes but is listed as failing (\(reason)): take it off the list")
            case (false, _?):
                // Raw HTML stays text: whatever the example, no tag of the input reaches the output.
                let foreign = SpecHTML.foreignTags(in: actual)
                #expect(foreign.isEmpty, "example \(example.example): markup from the input in the HTML: \(foreign)")
            case (true, nil):
                break
            }
        }
        let unknown = exceptions.numbers.filter { $0 < 1 || $0 > examples.count }
        #expect(unknown.isEmpty, "expected-failures.txt lists examples the spec does not have: \(unknown)")
        print("CommonMark 0.31.2: \(passed) of \(examples.count) examples pass, \(exceptions.numbers.count) expected exceptions")
        // The count of the copy in the repository, so an extraction cut short shows.
        #expect(examples.count == 655)
    }
}
