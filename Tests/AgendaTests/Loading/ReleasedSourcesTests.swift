import Diagnostics
import Foundation
import Testing
@testable import Agenda

/// A loader that lets go of each file's text once it is read (`WorkspaceLoader.releasesSourceTexts`,
/// issue 38's eighth round) finds the same: the checks on the text as written are made while the
/// text is there, and every line a message quotes comes back the same from the file.
@Suite(.timed) struct ReleasedSourcesTests {
    /// Twente with a leftover in one-line and in multi-line prose (placed by the text), a skeleton
    /// value, an unknown key and a syntax error.
    static let twente = Sample.twente(replacing: "analyse = \"De arbeidsmarkt is krap.\"", with: """
        analyse = \"\"\"
        De arbeidsmarkt is krap.
        Hier komt nog TODO meer.
        \"\"\"
        synergie = "xxx"  # <vul in: de synergie>
        trekkr = "gemeente"
        kapot = [
        """)

    static func loaded(_ fixture: AgendaFixture, releasing: Bool) -> Workspace {
        var loader = WorkspaceLoader()
        loader.releasesSourceTexts = releasing
        return loader.load(directory: fixture.folder)
    }

    @Test(arguments: ["fixture", "regions"])
    func theChecksAndTheQuotedLinesAreTheSame(workspace name: String) throws {
        let fixture = try AgendaFixture(name == "fixture" ? ["am05-twente.toml": Self.twente] : [:])
        defer { fixture.remove() }
        let folder = name == "fixture" ? fixture.folder : AgendaFixture.repositoryRegions
        var loader = WorkspaceLoader()
        let plain = loader.load(directory: folder)
        loader.releasesSourceTexts = true
        let released = loader.load(directory: folder)
        let resident = (plain: plain.sources.values.filter(\.isResident).count, released: released.sources.values.filter(\.isResident).count)
        #expect(!released.sources.isEmpty && resident.released == 0 && resident.plain == plain.sources.count)
        #expect(Set(plain.sources.keys) == Set(released.sources.keys))
        let diagnostics = AgendaChecker().check(released)
        #expect(diagnostics == AgendaChecker().check(plain))
        if name == "fixture" {
            #expect(Set(diagnostics.map(\.code)).isSuperset(of: ["MJA001", "MJA130", "MJA132"]))
        }
        for diagnostic in diagnostics {
            for (file, line) in [(diagnostic.file, diagnostic.range?.start.line)] + diagnostic.notes.map({ ($0.file, $0.range?.start.line) }) {
                guard let file, let line else { continue }
                #expect(released.sources[file]?.line(line) == plain.sources[file]?.line(line))
            }
        }
    }

    /// The text checks of a loaded file come from the loader, made while it had the text: the same
    /// as those the checks make from the text in memory (a workspace made otherwise).
    @Test func theLoadersTextFindingsAreTheChecksOwn() throws {
        let fixture = try AgendaFixture(["am05-twente.toml": Self.twente])
        defer { fixture.remove() }
        let plain = Self.loaded(fixture, releasing: false)
        var bare = plain
        bare.textFindings = [:]
        let agenda = try #require(plain.agendas.first)
        let own = try #require(plain.textFindings[agenda.file])
        #expect(own.map { "\($0.0.code) \($0.1.start.line):\($0.1.start.column)" } == ["MJA130 14:15", "MJA130 16:13", "MJA132 16:12"])
        #expect(AgendaChecker().check(bare) == AgendaChecker().check(plain))
    }
}
