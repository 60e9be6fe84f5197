import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// `mja check` measures each agenda's public summary against the limits its template names
/// (issue 37, point 4): the figures with `--uitgebreid`, a warning above a limit always.
@Suite(.timed) struct PublicSummaryCheckTests {
    /// A folder with the registries, Twente, and `templates/publieksversie.md` when given.
    func folder(template: String?) throws -> String {
        let folder = NSTemporaryDirectory() + "mja-publiek-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder + "/regions", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/regions/registers")
        try FileManager.default.copyItem(atPath: BuildCommandTests.twente, toPath: folder + "/regions/am05-twente.toml")
        if let template {
            try FileManager.default.createDirectory(atPath: folder + "/templates", withIntermediateDirectories: true)
            try template.write(toFile: folder + "/templates/publieksversie.md", atomically: true, encoding: .utf8)
        }
        return folder
    }

    @Test func theFiguresAreInTheVerboseOutputOnly() throws {
        let folder = try folder(template: nil)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let quiet = mja("check", folder + "/regions/am05-twente.toml")
        #expect(quiet.output == "Geen problemen gevonden in 1 bestand.\n", "\(quiet.output)")
        let verbose = mja("check", "--uitgebreid", folder + "/regions/am05-twente.toml")
        #expect(verbose.code == .success)
        #expect(verbose.output.contains("am05-twente.toml:7:1: opmerking[MJA363]: leesbaarheid van de publieksversie: gemiddeld "), "\(verbose.output)")
        #expect(verbose.output.contains("(grens: 15 woorden en 20%)"))
    }

    @Test func aLimitTheSummaryExceedsIsAWarningWithTheLongestSentence() throws {
        let builtIn = try String(contentsOfFile: AgendaCommandsTests.repository.appendingPathComponent("templates/publieksversie.md").path, encoding: .utf8)
        let strict = builtIn.replacingOccurrences(of: "zinslengte 15, lange woorden 20%", with: "zinslengte 6, lange woorden 1%")
        #expect(strict != builtIn)
        let folder = try folder(template: strict)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("check", "--werkruimte", folder, "--strikt", folder + "/regions/am05-twente.toml")
        #expect(result.code == .failure)
        #expect(result.output.contains("am05-twente.toml:7:1: waarschuwing[MJA360]: de zinnen van de publieksversie zijn te lang"), "\(result.output)")
        #expect(result.output.contains("am05-twente.toml:7:1: waarschuwing[MJA361]: de publieksversie heeft te veel lange woorden"))
        #expect(result.output.contains("de langste zin ("))
    }

    @Test func aLimitLineThatCannotBeReadIsALocatedWarningInTheTemplate() throws {
        let folder = try folder(template: "{{! leesbaarheid: zinnen 15, lange woorden 20% }}\n# {{agenda.titel}}\n\n## Kop\n\nTekst.\n")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("check", "--werkruimte", folder, folder + "/regions/am05-twente.toml")
        #expect(result.output.contains("templates/publieksversie.md:1:19: waarschuwing[MJA362]: 'zinnen 15' is geen grens voor de leesbaarheid"), "\(result.output)")
        #expect(!result.output.contains("MJA360"))
    }
}
