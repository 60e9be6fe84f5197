import Foundation
import TestSupport
import Testing
@testable import Agenda

/// Issue 30, point 4: every message addresses the reader as "u", never "je", "jij" or "jouw".
@Suite(.timed) struct FormOfAddressTests {
    /// The informal words, as whole words.
    static func informal(in text: String) -> [String] {
        let words = text.lowercased().split { !$0.isLetter }
        return words.filter { ["je", "jij", "jou", "jouw", "jezelf", "jullie"].contains($0) }.map(String.init)
    }

    @Test func theRuleCatalogueSaysU() {
        for rule in RuleCatalogue.all {
            for text in [rule.title, rule.explanation, rule.example] {
                #expect(Self.informal(in: text).isEmpty, "\(rule.code): \(text)")
            }
        }
    }

    /// Every text in the sources (each string literal: the Dutch side of every message, hint, help
    /// text and document sentence), the document templates and the format guide.
    @Test func everyMessageTemplateSaysU() throws {
        let repository = URL(fileURLWithPath: AgendaFixture.repositoryRegions).deletingLastPathComponent().path
        let manager = FileManager.default
        var checked = 0
        for folder in ["Sources", "templates"] {
            let root = repository + "/" + folder
            let files = try #require(manager.subpaths(atPath: root)).sorted()
            for file in files where file.hasSuffix(".swift") || file.hasSuffix(".md") || file.hasSuffix(".toml") {
                // The stemmer's lists of Dutch word endings and stop words are data, not text to the reader.
                if file.hasSuffix("DutchText.swift") { continue }
                let text = try String(contentsOfFile: root + "/" + file, encoding: .utf8)
                // Generated data (the fonts as base64) holds no text for the reader.
                if text.hasPrefix("// Generated") { continue }
                for (number, line) in text.components(separatedBy: "\n").enumerated() {
                    let spoken = file.hasSuffix(".swift") ? Self.stringLiterals(in: line) : [line]
                    for literal in spoken where !Self.informal(in: literal).isEmpty {
                        Issue.record("\(folder)/\(file):\(number + 1): \(literal)")
                    }
                    checked += spoken.count
                }
            }
        }
        let guide = try String(contentsOfFile: repository + "/regions/README.md", encoding: .utf8)
        #expect(Self.informal(in: guide).isEmpty, "regions/README.md: \(Self.informal(in: guide))")
        #expect(checked > 5000)
    }

    @Test func theScanFindsTheInformalForm() {
        #expect(Self.stringLiterals(in: #"l.pick("bedoelde je 'x'?", "did you mean 'x'?") // je"#) == ["bedoelde je 'x'?", "did you mean 'x'?"])
        #expect(Self.informal(in: "Bedoelde je 'x'?") == ["je"])
        #expect(Self.informal(in: "Bedoelde u 'x'? Jeugdzorg, jeans") == [])
    }

    /// The string literals on a line of Swift, outside comments (escapes kept as written).
    static func stringLiterals(in line: String) -> [String] {
        var literals: [String] = []
        var current: String?
        var escaped = false
        var previous: Character = " "
        for character in line {
            if var text = current {
                if escaped {
                    escaped = false
                    text.append(character)
                } else if character == "\\" {
                    escaped = true
                    text.append(character)
                } else if character == "\"" {
                    literals.append(text)
                    current = nil
                    continue
                } else {
                    text.append(character)
                }
                current = text
            } else if character == "\"" {
                current = ""
            } else if character == "/" && previous == "/" {
                break
            }
            previous = character
        }
        return literals
    }
}
