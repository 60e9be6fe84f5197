import Foundation
import TestSupport
import Testing
@testable import TOML

/// `TOML.keepingTables`: what is kept parses as the same tables at the same positions as in the whole
/// document, and nothing that only looks like a header decides what is kept.
@Suite(.timed) struct TableSkimmerTests {
    private func skim(_ text: String, _ keys: Set<String>) -> String? {
        TOML.keepingTables(startingWith: keys, in: Array(text.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func keepsTheNamedTablesAndTheLineEndingsOfTheRest() {
        let text = "titel = 'x'\n[agenda]\nregio = 'AM05'\n[[thema]]\nid = 't'\n\n[[signaal]]\nid = 's'\n[thema.actie]\nid = 'a'\n"
        #expect(skim(text, ["agenda", "signaal"]) == "titel = 'x'\n[agenda]\nregio = 'AM05'\n\n\n\n[[signaal]]\nid = 's'\n\n\n")
    }

    @Test func headerLookalikesInsideStringsAndArraysDecideNothing() {
        let text = """
            [agenda]
            tekst = \"\"\"
            [thema]
            nog tekst \\\"\"\" \"\"\"
            lijst = [
              [1, 2],
              ["[thema]"],
            ]
            letterlijk = '''
            [[thema]]'''''
            kort = 'a # b [c]' # een opmerking met ' en " en [thema]
            [thema]
            id = "weg"
            """
        let kept = skim(text, ["agenda"])
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(kept == lines.dropLast(2).joined(separator: "\n") + "\n\n")
    }

    @Test func quotedAndSpacedHeadersAreRecognised() {
        #expect(skim("[ \"signaal\" ]\nid = 1\n[ 'thema' . x ]\nid = 2\n[[ signaal ]]\nid = 3", ["signaal"])
            == "[ \"signaal\" ]\nid = 1\n\n\n[[ signaal ]]\nid = 3")
        // A quoted key with an escape cannot be told cheaply: its table is kept.
        #expect(skim("[\"th\\u0065ma\"]\nid = 1", ["signaal"]) == "[\"th\\u0065ma\"]\nid = 1")
    }

    @Test func anOpenStringOrBracketGivesNothing() {
        #expect(skim("[agenda]\nx = \"open\n[thema]\n", ["agenda"]) == nil)
        #expect(skim("[agenda]\nx = '''open\n", ["agenda"]) == nil)
        #expect(skim("[agenda]\nx = [1, 2\n", ["agenda"]) == nil)
        #expect(skim("[agenda]\nx = 1]\n", ["agenda"]) == nil)
    }

    /// Every agenda of the national set: the kept tables parse to exactly the tables of the whole
    /// document, ranges included.
    @Test func keptTablesOfEveryAgendaEqualTheirParseInFull() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../regions").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".toml") }
        #expect(files.count >= 36)
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
            let whole = try TOML.parse(bytes: bytes)
            let kept = try #require(TOML.keepingTables(startingWith: ["agenda", "signaal"], in: bytes))
            let part = try TOML.parse(bytes: kept)
            #expect(part.keys.sorted() == whole.keys.filter { $0 == "agenda" || $0 == "signaal" }.sorted(), "\(file)")
            for key in part.keys { #expect(part[key] == whole[key], "\(file): \(key)") }
            #expect(kept.count(where: { $0 == 0x0A }) == bytes.count(where: { $0 == 0x0A }))
        }
    }
}

/// The eight-bytes-at-a-time search finds what a byte-by-byte search finds, from every offset.
@Suite(.timed) struct FirstOfTests {
    @Test func agreesWithAPlainSearch() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("ab\"\\\n'ë".utf8)
        for length in [0, 1, 7, 8, 9, 17, 64, 200] {
            let bytes = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }
            bytes.withUnsafeBufferPointer { buffer in
                for offset in 0...length {
                    for end in offset...length {
                        let plain = (offset..<end).first { [0x22, 0x5C, 0x0A].contains(bytes[$0]) } ?? end
                        #expect(TableSkimmer.firstOf(0x22, 0x5C, 0x0A, in: buffer, from: offset, upTo: end) == plain)
                    }
                }
            }
        }
    }
}
