import Foundation
import TestSupport
import Testing
@testable import Agenda

/// `regions/README.md` promises that its complete example agenda passes the check; keep it so.
@Suite(.timed) struct FormatGuideTests {
    @Test func theGuidesExampleAgendaChecksClean() throws {
        let guide = try String(contentsOfFile: AgendaFixture.repositoryRegions + "/README.md", encoding: .utf8)
        let section = try #require(guide.range(of: "## Een complete kleine agenda"))
        let rest = guide[section.upperBound...]
        let start = try #require(rest.range(of: "```toml\n"))
        let end = try #require(rest[start.upperBound...].range(of: "\n```"))
        let example = String(rest[start.upperBound..<end.lowerBound]) + "\n"
        #expect(example.contains("regio = \"AM20\""))

        // The example refers to a signal of AM34, so the shipped agendas stand beside it.
        var files = ["am20-midden-holland.toml": example]
        for name in try FileManager.default.contentsOfDirectory(atPath: AgendaFixture.repositoryRegions)
        where name.hasSuffix(".toml") && !name.hasPrefix("am20-") {
            files[name] = try String(contentsOfFile: AgendaFixture.repositoryRegions + "/" + name, encoding: .utf8)
        }
        let fixture = try AgendaFixture(files)
        defer { fixture.remove() }
        let found = fixture.check().filter { $0.file?.hasSuffix("am20-midden-holland.toml") == true }
        #expect(found.map { "\($0.located) \($0.message)" } == [])
    }
}
