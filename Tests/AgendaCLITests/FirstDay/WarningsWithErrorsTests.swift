import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 14, point 4: an error does not hide the warnings of the rest of the file. Only the part
/// that holds the error (here one theme) is not judged, and a note says so at its header.
@Suite(.timed) struct WarningsWithErrorsTests {
    func check(_ edit: (inout [String]) -> Void) throws -> (file: String, outcome: Outcome, folder: String) {
        let folder = NSTemporaryDirectory() + "mja-warnings-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        var lines = try String(contentsOfFile: BuildCommandTests.twente, encoding: .utf8).components(separatedBy: "\n")
            .map { $0 == "voorbeeld = true" ? "voorbeeld = false" : $0 }   // an own draft (no MJA024), lines kept
        edit(&lines)
        let file = folder + "/am05-twente.toml"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)
        return (file, mja("check", file), folder)
    }

    @Test func warningsOfOtherPartsStayWhileOnePartHasAnError() throws {
        let (file, result, folder) = try check { lines in
            lines[132] = "titl = \"Leerwerkbanen\""   // an error in the first theme's action
            lines.remove(at: 176)                      // the second theme loses its trekker (line 177)
            lines.remove(at: 116)                      // the first theme loses 'vernieuwend' (line 117)
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.code == .failure)
        let located = result.output.components(separatedBy: "\n").filter { $0.hasPrefix(file) }
            .map { String($0.dropFirst(file.count + 1)) }
        #expect(located == [
            "97:1: opmerking[MJA021]: 1 controle van thema 'Van werk naar werk in de techniek' niet uitgevoerd: daar staat een fout, zodat ze niet te beoordelen zijn",
            "130:1: fout[MJA012]: verplicht veld 'titel' ontbreekt in [thema.actie]",
            "132:1: fout[MJA010]: onbekende sleutel 'titl' in [thema.actie]",
            "170:1: waarschuwing[MJA119]: thema 'Instroom in de zorg via bbl-trajecten' heeft geen trekker",
        ])
        #expect(result.output.hasSuffix("2 fouten, 1 waarschuwing en 1 opmerking in 1 bestand.\n"))
    }

    /// Issue 30: a syntax error no longer stops the checks of the whole file; the rest is read and
    /// checked in the same run (here: a theme without an owner, far from the broken line).
    @Test func aFileWithASyntaxErrorIsStillChecked() throws {
        let (file, result, folder) = try check { lines in
            lines[9] = "titel = \"Twente"
            lines[176] = ""
        }
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(result.code == .failure)
        let located = result.output.components(separatedBy: "\n").filter { $0.hasPrefix(file) }.map { String($0.dropFirst(file.count + 1)) }
        #expect(located == [
            "10:9: fout[MJA001]: TOML-fout: tekst zonder afsluitend aanhalingsteken",
            "171:1: waarschuwing[MJA119]: thema 'Instroom in de zorg via bbl-trajecten' heeft geen trekker",
        ])
        #expect(!result.output.contains("geen geldige TOML"))
    }
}
