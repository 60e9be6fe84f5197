import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// One wrong region code is one error: `regio = "AM06"` in `am05-twente.toml` gets MJA017 (the
/// code does not fit the file name), not also MJA140 (a second agenda of AM06). Before, both.
@Suite(.timed) struct WrongRegionCodeTests {
    @Test(arguments: ["AM06", "AM5"])
    func oneWrongCodeIsOneError(code: String) throws {
        let folder = NSTemporaryDirectory() + "mja-regiocode-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: folder)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let agenda = folder + "/am05-twente.toml"
        let text = try String(contentsOfFile: agenda, encoding: .utf8)
        try text.replacingOccurrences(of: "regio = \"AM05\"", with: "regio = \"\(code)\"").write(toFile: agenda, atomically: true, encoding: .utf8)

        let result = mja("check", agenda, "--kleur", "nooit")
        #expect(result.code == .failure)
        let errors = result.output.split(separator: "\n").filter { $0.contains(": fout[") }
        #expect(errors.count == 1, "\(result.output)")
        #expect(errors.first?.contains("\(agenda):9:9: fout[MJA017]") == true, "\(result.output)")
        // The region's own agenda is not told it has a second one.
        let other = mja("check", folder + "/am06-veluwe-stedendriehoek.toml", "--kleur", "nooit")
        #expect(!other.output.contains("MJA140"), "\(other.output)")
        // The whole folder: still the one error.
        let all = mja("check", folder, "--kleur", "nooit")
        #expect(all.output.split(separator: "\n").filter { $0.contains(": fout[") }.count == 1, "\(all.output)")
    }
}
