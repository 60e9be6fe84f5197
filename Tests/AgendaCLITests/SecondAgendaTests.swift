import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// A second agenda of one region next to the example agenda: the file asked about gets the error,
/// with a note at the other file and advice that fits, and is not built.
@Suite(.timed) struct SecondAgendaTests {
    /// A copy of `regions/` with `am05-twente.toml` also copied to `am05-twente-concept.toml`, the
    /// copy no longer marked as an example.
    func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mja-second-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: folder)
        let example = try String(contentsOfFile: folder + "/am05-twente.toml", encoding: .utf8)
        try example.replacingOccurrences(of: "voorbeeld = true", with: "voorbeeld = false")
            .write(toFile: folder + "/am05-twente-concept.toml", atomically: true, encoding: .utf8)
        return folder
    }

    @Test func theFileAskedAboutGetsTheErrorWithANoteAtTheOther() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let concept = folder + "/am05-twente-concept.toml"
        let result = mja("check", concept, "--kleur", "nooit")
        #expect(result.code == .failure)
        #expect(result.output.contains(
            "\(concept):9:9: fout[MJA140]: regio AM05 heeft in deze map nog een agenda: 'am05-twente.toml'; per regio hoort er één agenda te zijn"),
            "\(result.output)")
        #expect(result.output.contains("\(folder)/am05-twente.toml:9:9: opmerking: de andere agenda van AM05"), "\(result.output)")
        #expect(result.output.contains(
            "am05-twente.toml is de voorbeeldagenda van AM05 (voorbeeld = true): verwijder die als deze agenda haar vervangt"),
            "\(result.output)")
        #expect(!result.output.contains("MJA015"))
    }

    @Test func theExampleAgendaIsToldToGo() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("check", folder + "/am05-twente.toml", "--kleur", "nooit", "--lang", "en")
        #expect(result.code == .failure)
        #expect(result.output.contains("am05-twente.toml:9:9: error[MJA140]: region AM05 has another agenda in this folder: 'am05-twente-concept.toml'"),
                "\(result.output)")
        #expect(result.output.contains("this is the example agenda of AM05 (voorbeeld = true): remove this file when the other agenda replaces it"))
    }

    @Test func theSecondAgendaIsNotBuilt() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/out"
        let result = mja("build", folder + "/am05-twente-concept.toml", "--uit", output)
        #expect(result.code == .failure)
        let written = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        #expect(!written.contains { $0.contains("concept") }, "\(written)")
    }
}
