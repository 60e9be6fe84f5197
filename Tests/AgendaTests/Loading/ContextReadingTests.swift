import Diagnostics
import Foundation
import TestSupport
import Testing
@testable import Agenda

/// `ContextReading.forChecks` reads the agendas beside the checked one only as far as the checks
/// look (their `[agenda]` table and signals; the national agenda whole), so `mja check` of one
/// agenda says exactly what it said when every agenda was read whole.
@Suite(.timed) struct ContextReadingTests {
    private func diagnostics(of file: String, reading: ContextReading) -> [Diagnostic] {
        var loader = WorkspaceLoader()
        loader.contextReading = reading
        return AgendaChecker().check(loader.load(files: [file]))
    }

    @Test(arguments: ["lmja.toml", "am05-twente.toml", "am13-midden-utrecht.toml", "am24-zeeland.toml"])
    func aCheckOfOneShippedAgendaSaysWhatAWholeReadSays(_ name: String) {
        let file = AgendaFixture.repositoryRegions + "/" + name
        let light = diagnostics(of: file, reading: .forChecks)
        #expect(light == diagnostics(of: file, reading: .whole))
        if name == "am13-midden-utrecht.toml" { #expect(!light.isEmpty) }
    }

    @Test func theOtherAgendasKeepTheirSignalsAndRegionButNotTheRest() {
        var loader = WorkspaceLoader()
        loader.contextReading = .forChecks
        let twente = AgendaFixture.repositoryRegions + "/am05-twente.toml"
        let workspace = loader.load(files: [twente])
        let whole = WorkspaceLoader().load(files: [twente])
        for (light, full) in zip(workspace.agendas, whole.agendas) {
            #expect(light.file == full.file)
            #expect(light.signals == full.signals)
            #expect(light.scope == full.scope && light.isExample == full.isExample)
            if light.file == twente || light.scope == .national {
                #expect(light.themes == full.themes)
            } else {
                #expect(light.themes.isEmpty && light.organisations.isEmpty)
            }
        }
    }

    /// What is wrong elsewhere in another agenda is for the check of that agenda: its signals
    /// still count. A syntax error in its signals leaves it out, as a whole read does.
    @Test func aSyntaxErrorOutsideTheSignalsOfAnotherAgendaDoesNotHideThem() throws {
        let other = Sample.twente.replacingOccurrences(of: "AM05", with: "AM24") + "\n[[thema]]\nid = = \"kapot\"\n"
        let fixture = try AgendaFixture(["am24-zeeland.toml": other, "am05-twente.toml": Sample.twente])
        defer { fixture.remove() }
        var loader = WorkspaceLoader()
        loader.contextReading = .forChecks
        let workspace = loader.load(files: [fixture.path("am05-twente.toml")])
        let zeeland = workspace.agendas.first { $0.scope.regionCode == "AM24" }
        #expect(zeeland?.signals.map(\.id) == ["bbl-plaatsen"])
        #expect(WorkspaceLoader().load(files: [fixture.path("am05-twente.toml")]).agendas.allSatisfy { $0.scope.regionCode != "AM24" })

        let broken = Sample.twente.replacingOccurrences(of: "AM05", with: "AM24").replacingOccurrences(of: "[[signaal]]", with: "[[signaal]\n")
        try broken.write(toFile: fixture.path("am24-zeeland.toml"), atomically: true, encoding: .utf8)
        #expect(loader.load(files: [fixture.path("am05-twente.toml")]).agendas.allSatisfy { $0.scope.regionCode != "AM24" })
    }
}
