import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 14, point 3: every hint tried on a real mistake points the right way. `mja check` runs on a
/// copy of the Twente example with lines changed; the first diagnostic of the expected code must
/// stand at the expected place with the expected hint.
@Suite(.timed) struct HintTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var id: String
        /// Replacements: line (1-based) and its new text; an empty text removes nothing, it blanks.
        var lines: [Int: String]
        /// `line:column: severity[code]` of the diagnostic.
        var located: String
        var hint: String
        /// A note that must follow, if any.
        var note: String? = nil
        var testDescription: String { id }
    }

    static let cases: [Case] = [
        Case(id: "invultekst in een verplichte sleutel", lines: [133: "titel = \"<vul in: wat er gebeurt>\""],
             located: "133:10: waarschuwing[MJA130]",
             hint: "vul de tekst in; weglaten kan niet, want 'titel' is verplicht of telt mee in de controle"),
        Case(id: "invultekst in een afweging", lines: [117: "vernieuwend = \"<vul in: wat er nieuw aan is>\""],
             located: "117:16: waarschuwing[MJA130]",
             hint: "vul de tekst in; weglaten kan niet, want 'vernieuwend' is verplicht of telt mee in de controle"),
        Case(id: "invultekst in een optionele sleutel", lines: [13: "vastgesteld_door = \"<vul in: wie>\""],
             located: "13:21: waarschuwing[MJA130]",
             hint: "vul de tekst in, of laat de sleutel 'vastgesteld_door' weg"),
        Case(id: "geen resultaat binnen de periode", lines: [129: "streefdatum = 2029-12-31"],
             located: "97:1: waarschuwing[MJA104]",
             hint: "voeg een [[thema.resultaat]] toe met indicator, eenheid, streefwaarde en een streefdatum binnen de uitvoeringsperiode; 'mja explain MJA104' legt uit wat telt"),
        Case(id: "eerste actie met enkele haken", lines: [131: "[thema.actie]"],
             located: "131:1: fout[MJA001]", hint: "schrijf: [[thema.actie]]"),
        Case(id: "enige actie met enkele haken", lines: [205: "[thema.actie]"],
             located: "205:1: fout[MJA011]", hint: "schrijf bijvoorbeeld: [[thema.actie]]"),
        Case(id: "plafond overschreden", lines: [95: "plafond = { 2026 = 200000, 2027 = 600000 }"],
             located: "95:11: fout[MJA121]", hint: "verlaag de bedragen, verschuif naar een ander jaar of een andere bron",
             note: "143:58: opmerking: € 250.000 van actie 'Leerwerkbanen in de techniek inrichten' in 2026"),
        Case(id: "id met hoofdletters en spaties", lines: [132: "id = \"Leerwerkbanen Techniek\""],
             located: "132:6: fout[MJA014]", hint: "gebruik kleine letters, cijfers en streepjes; schrijf: id = \"leerwerkbanen-techniek\""),
        Case(id: "beleidsperiode van vier jaar", lines: [14: "beleidsperiode = \"2026-2029\""],
             located: "14:18: fout[MJA014]", hint: "schrijf het eerste en het laatste jaar: beleidsperiode = \"2026-2030\""),
        Case(id: "einde voor start", lines: [137: "start = 2027-12-31", 138: "einde = 2026-03-01"],
             located: "138:9: fout[MJA112]", hint: "verwissel start en einde: start = 2026-03-01 en einde = 2027-12-31"),
        Case(id: "organisatiesoort met een ander woord", lines: [65: "soort = \"hogeschool\""],
             located: "65:9: fout[MJA016]",
             hint: "bedoelde u 'hbo-instelling'? Kies uit gemeente, uwv, sbb, mbo-instelling, hbo-instelling, werkgeversorganisatie, werknemersorganisatie, oo-fonds, werkcentrum, provincie, ministerie, gemeentekoepel, onderwijskoepel, werkgever, sw-bedrijf, maatschappelijke-organisatie (regions/registers/organisatiesoorten.toml)"),
        Case(id: "sector met een tikfout", lines: [60: "sectoren = [\"zorgg\"]"],
             located: "60:13: fout[MJA016]",
             hint: "bedoelde u 'zorg-en-welzijn'? Kies uit zorg-en-welzijn, kinderopvang, onderwijs, veiligheid, groen, techniek, bouw, energie, ict, logistiek, industrie, agrifood, horeca-en-recreatie, detailhandel, overheid, zakelijke-dienstverlening (regions/registers/sectoren.toml)"),
    ]

    @Test(arguments: cases)
    func theHintPointsTheRightWay(_ test: Case) throws {
        let folder = NSTemporaryDirectory() + "mja-hints-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: folder + "/registers")
        var lines = try String(contentsOfFile: BuildCommandTests.twente, encoding: .utf8).components(separatedBy: "\n")
        for (number, text) in test.lines { lines[number - 1] = text }
        let file = folder + "/am05-twente.toml"
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)

        let output = mja("check", file).output
        let blocks = output.components(separatedBy: "\n\n")
        let block = try #require(blocks.first { $0.hasPrefix("\(file):\(test.located): ") }, "\(output)")
        #expect(block.contains("\n   = hint: \(test.hint)"), "\(block)")
        if let note = test.note { #expect(block.contains("\n   = \(file):\(note)\n"), "\(block)") }
    }

    /// Point 6: `mja schema` reads the registries, and the shipped schema is its output.
    @Test func schemaOffersTheRegistryValues() throws {
        let result = mja("schema", "--regios", AgendaCommandsTests.regions)
        #expect(result.code == .success)
        #expect(result.output == (try String(contentsOfFile: AgendaCommandsTests.regions + "/mja-agenda.schema.json", encoding: .utf8)))
        #expect(result.output.contains("\"hbo-instelling\","))
        #expect(result.output.contains("\"lt3-mobiliteit\","))
    }
}
