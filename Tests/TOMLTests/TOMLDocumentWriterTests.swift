import Foundation
import TestSupport
import Testing
import TOML

/// The TOML writer under `mja importeer`: what it writes parses back to the same values.
@Suite(.timed) struct TOMLDocumentWriterTests {
    /// Every valid document of toml-test (arrays of tables in arrays of tables, dotted and quoted
    /// keys, every kind of string and date): parse, write, parse again, same tagged values.
    @Test func everyValidDocumentOfTomlTestSurvivesAWrite() throws {
        let list = try String(contentsOf: TOMLTestSuiteTests.folder.appendingPathComponent("files-toml-1.0.0"), encoding: .utf8)
        let documents = list.split(separator: "\n").map(String.init).filter { $0.hasPrefix("valid/") && $0.hasSuffix(".toml") }
        #expect(documents.count == 205)
        for name in documents {
            let table = try TOML.parse(bytes: [UInt8](Data(contentsOf: TOMLTestSuiteTests.folder.appendingPathComponent(name))))
            let written = TOMLDocumentWriter().write(table)
            do {
                let again = try TOML.parse(written)
                if let difference = TaggedJSONComparison.difference(expected: table.taggedJSON(), actual: again.taggedJSON()) {
                    Issue.record("\(name): \(difference)\n\(written)")
                }
            } catch {
                Issue.record("\(name): the written document does not parse (\(error))\n\(written)")
            }
        }
    }

    @Test func markdownIsAMultiLineStringAndTablesGetHeaders() throws {
        let table = try TOML.parse("""
            a = "r1\\nr2 \\"\\"\\" \\\\ \\r"
            [[t]]
            id = "x"
            [[t.u]]
            n = 1
            [t.v]
            w = 2026-03-01
            """)
        let written = TOMLDocumentWriter().write(table)
        #expect(written == "a = \"\"\"\nr1\nr2 \\\"\\\"\\\" \\\\ \\r\"\"\"\n\n[[t]]\nid = \"x\"\n\n[[t.u]]\nn = 1\n\n[t.v]\nw = 2026-03-01\n")
    }
}
