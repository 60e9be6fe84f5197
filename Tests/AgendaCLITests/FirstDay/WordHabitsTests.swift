import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 14, point 2: the habits of people who write in Word and Excel each get a message that
/// names the habit and a fix with their own value, at the place where it happened. `mja check` runs
/// on a copy of the Twente example with one line changed.
@Suite(.timed) struct WordHabitsTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        /// The line to replace (1-based) and its new text; nil removes the line.
        var line: Int
        var text: String?
        /// The diagnostic's first line after the file name, and its hint.
        var expected: String
        var hint: String
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "datum als dag-maand-jaar", line: 137, text: "start = 12-03-2026",
             expected: "137:9: fout[MJA001]: TOML-fout: '12-03-2026' is een datum als dag-maand-jaar; een datum staat hier als jaar-maand-dag",
             hint: "schrijf: start = 2026-03-12 (jaar-maand-dag, zonder aanhalingstekens)"),
        Case(id: "datum met schuine strepen", line: 137, text: "start = 12/3/2026",
             expected: "137:9: fout[MJA001]: TOML-fout: '12/3/2026' is een datum als dag-maand-jaar; een datum staat hier als jaar-maand-dag",
             hint: "schrijf: start = 2026-03-12 (jaar-maand-dag, zonder aanhalingstekens)"),
        Case(id: "datum tussen aanhalingstekens", line: 137, text: "start = \"12-03-2026\"",
             expected: "137:9: fout[MJA011]: 'start' moet een datum (JJJJ-MM-DD, zonder aanhalingstekens) zijn, maar is een tekst",
             hint: "schrijf bijvoorbeeld: start = 2026-03-12"),
        Case(id: "decimale komma", line: 141, text: "voortgang = 6,5",
             expected: "141:13: fout[MJA001]: TOML-fout: '6,5' heeft een komma als decimaalteken; hier is dat een punt",
             hint: "schrijf: voortgang = 6.5"),
        Case(id: "bedrag met duizendtalpunt en komma in een tabel", line: 143,
             text: "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 12.000,50, zekerheid = \"toegezegd\" },",
             expected: "143:58: fout[MJA001]: TOML-fout: '12.000,50' is een getal zoals Word en Excel het tonen (met € of euro, punten voor de duizendtallen, een komma of ,-); zo kan het alleen als tekst",
             hint: "een bedrag met centen schrijft u als tekst tussen aanhalingstekens: bedrag = \"12.000,50\""),
        Case(id: "bedrag met euroteken zonder aanhalingstekens", line: 143,
             text: "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = € 12.000,-, zekerheid = \"toegezegd\" },",
             expected: "143:58: fout[MJA001]: TOML-fout: '€ 12.000,-' is een getal zoals Word en Excel het tonen (met € of euro, punten voor de duizendtallen, een komma of ,-); zo kan het alleen als tekst",
             hint: "schrijf het bedrag in hele euro's, zonder punten: bedrag = 12000"),
        Case(id: "duizendtalpunt in een heel bedrag", line: 143,
             text: "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 250.000, zekerheid = \"toegezegd\" },",
             expected: "143:58: fout[MJA014]: '250.000' is geen bedrag in euro's voor 'bedrag'",
             hint: "een punt in een getal is een decimaalteken: 250.000 is voor de computer 250.0; schrijf: bedrag = 250000"),
        Case(id: "aanhalingsteken in een tekst", line: 133, text: "titel = \"Leerwerkbanen in de \"techniek\" inrichten\"",
             expected: "133:9: fout[MJA001]: TOML-fout: de tekst \"Leerwerkbanen in de \"techniek\" inrichten\" bevat zelf een aanhalingsteken, en dat sluit de tekst al af",
             hint: "zet een \\ voor elk aanhalingsteken in de tekst: titel = \"Leerwerkbanen in de \\\"techniek\\\" inrichten\"; of gebruik enkele aanhalingstekens eromheen: titel = 'Leerwerkbanen in de \"techniek\" inrichten'"),
        Case(id: "gekrulde aanhalingstekens", line: 133, text: "titel = “Leerwerkbanen in de techniek”",
             expected: "133:9: fout[MJA001]: TOML-fout: “Leerwerkbanen in de techniek” staat tussen gekrulde aanhalingstekens, zoals Word ze zet; tekst staat tussen rechte aanhalingstekens (\")",
             hint: "schrijf: titel = \"Leerwerkbanen in de techniek\" (zet in uw editor 'slimme aanhalingstekens' uit)"),
        Case(id: "tekst zonder aanhalingstekens", line: 133, text: "titel = Leerwerkbanen in de techniek",
             expected: "133:9: fout[MJA001]: TOML-fout: 'Leerwerkbanen in de techniek' staat niet tussen aanhalingstekens; tekst hoort tussen \"...\"",
             hint: "schrijf: titel = \"Leerwerkbanen in de techniek\""),
        Case(id: "ja in plaats van true", line: 16, text: "voorbeeld = ja",
             expected: "16:13: fout[MJA001]: TOML-fout: 'ja' is geen ja/nee-waarde; ja en nee schrijft u als true en false (hier: true)",
             hint: "schrijf: voorbeeld = true"),
        Case(id: "vergeten afsluitende drie aanhalingstekens", line: 103, text: nil,
             expected: "100:16: fout[MJA001]: TOML-fout: tekst over meerdere regels zonder afsluitende \"\"\": de tekst loopt door tot in 'opgaven = [\"economisch\", \"ontwikkel\"]' op regel 103",
             hint: "sluit de tekst af met \"\"\" op een eigen regel, vóór regel 103"),
    ]

    @Test(arguments: cases)
    func eachHabitIsNamedWithTheFixInTheUsersOwnValue(_ habit: Case) throws {
        let folder = NSTemporaryDirectory() + "mja-habits-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        var lines = try String(contentsOfFile: BuildCommandTests.twente, encoding: .utf8).components(separatedBy: "\n")
        if let text = habit.text { lines[habit.line - 1] = text } else { lines.remove(at: habit.line - 1) }
        let file = folder + "/am05-twente.toml"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)

        let result = mja("check", file)
        #expect(result.code == .failure)
        let errors = result.output.components(separatedBy: "\n").filter { $0.contains(": fout[") }
        #expect(errors == ["\(file):\(habit.expected)"], "\(result.output)")
        #expect(result.output.contains("   = hint: \(habit.hint)\n"), "\(result.output)")
    }

    @Test func amountsAsASpreadsheetShowsThemAreAccepted() throws {
        let folder = NSTemporaryDirectory() + "mja-habits-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        let text = try String(contentsOfFile: BuildCommandTests.twente, encoding: .utf8)
            .replacingOccurrences(of: "bedrag = 250000", with: "bedrag = \"€ 250.000,-\"")
            .replacingOccurrences(of: "bedrag = 120000", with: "bedrag = \"120.000 euro\"")
        try text.write(toFile: folder + "/am05-twente.toml", atomically: true, encoding: .utf8)
        let result = mja("check", folder + "/am05-twente.toml")
        #expect(result.code == .success, "\(result.output)")
        #expect(!result.output.contains("MJA014"))
    }
}
