import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 14, point 5: what `mja init` had to guess, and was never filled in, is flagged.
@Suite(.timed) struct SkeletonLeftoversTests {
    @Test func guessedValuesAreFlaggedUntilFilledIn() throws {
        let root = NSTemporaryDirectory() + "mja-skeleton-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: root + "/registers")
        #expect(mja("init", "--regio", "AM24", "--regios", root, "--sjabloon", AgendaCommandsTests.template).code == .success)
        let file = root + "/am24-zeeland.toml"
        var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
        // A concept is not adopted yet: the skeleton does not claim who adopted it.
        #expect(!lines.contains { $0.hasPrefix("vastgesteld_door") })
        let date = try #require(lines.firstIndex { $0.hasPrefix("datum = 2026-01-01") }) + 1
        let target = try #require(lines.firstIndex { $0.hasPrefix("streefwaarde = 0") }) + 1

        let first = mja("check", file).output
        #expect(first.contains("\(file):\(date):9: waarschuwing[MJA132]: 'datum = 2026-01-01' staat nog zoals het skelet het invulde (de opmerking '# <vul in: ...>' staat erachter)\n"))
        #expect(first.contains("\(file):\(target):16: waarschuwing[MJA132]: 'streefwaarde = 0' staat nog zoals het skelet het invulde"))

        // The date is filled in; the target keeps 0 below a baseline of 35, without the comment.
        lines[date - 1] = "datum = 2026-03-12"
        lines[target - 1] = "nulmeting = 35\nstreefwaarde = 0"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        let second = mja("check", file).output
        #expect(!second.contains("\(file):\(date):"))
        #expect(!second.contains("'streefwaarde = 0' staat nog"))
        #expect(second.contains("voor 'concreet': geen resultaat is volledig; het eerste mist: indicator, een streefwaarde anders dan 0\n"))
    }
}
