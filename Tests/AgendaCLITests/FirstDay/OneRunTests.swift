import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 30: every mistake in one run, and a hint that always leads to a valid file.
@Suite(.timed) struct OneRunTests {
    /// Fifteen syntax mistakes of twelve kinds spread over the Twente agenda, and five semantic ones.
    static let mistakes: [Int: String?] = [
        12: "status = “concept”",
        14: "beleidsperiode = \"2026–2030\"",
        64: "naam = \"Gemeente Enschede",
        70: "soort = uwv",
        75: "soort = \"hogeschool\"",
        95: "plafond = { 2026 = 200000, 2027 = 600000 }",
        99: "titel = \"Van werk naar werk in de \"techniek\"\"",
        116: "concreet = 200 overstappers",
        129: "streefdatum = 31-12-2027",
        137: "start = 1-3-2026",
        139: "opleverin = \"100 leerwerkbanen met begeleiding\"",
        141: "voortgang = 15%",
        150: "    { jaar = 2026, bron = \"oo-fonds\", bedrag = 95000,50 },",
        181: "signalen = \"zorg-bbl-plaatsen\", \"scholing-werkenden\"",
        186: "nergens_anders_belegd = ja",
        205: "[[thema.actie]",
        226: "datum = 2026-02-31",
        232: "",
    ]

    /// Done when: each mistake at its own line and column, in one run, and nothing else: no missing
    /// key for a line that could not be read, no theme without actions after the broken action header,
    /// and the ceiling checked although the opening has errors.
    @Test func reportsEveryMistakeInOneRun() throws {
        let draft = try TwenteDraft(Self.mistakes)
        defer { draft.remove() }
        #expect(draft.located() == [
            "12:10: fout[MJA001]",         // curly quotes
            "14:18: fout[MJA014]",         // en dash in the period
            "15:22: opmerking[MJA021]",    // the period check of the opening did not run
            "64:8: fout[MJA001]",          // missing closing quote
            "70:9: fout[MJA001]",          // text without quotes
            "75:9: fout[MJA016]",          // unknown organisation kind
            "95:11: fout[MJA121]",         // above the ceiling
            "97:1: opmerking[MJA021]",     // the broken theme's checks did not run
            "99:9: fout[MJA001]",          // a quote inside a text
            "116:12: fout[MJA001]",        // a number and words without quotes
            "129:15: fout[MJA001]",        // 31-12-2027
            "137:9: fout[MJA001]",         // 1-3-2026
            "139:1: fout[MJA010]",         // misspelt key
            "141:13: fout[MJA001]",        // 15%
            "150:48: fout[MJA001]",        // 95000,50
            "171:1: opmerking[MJA021]",
            "181:12: fout[MJA001]",        // a list without brackets
            "186:25: fout[MJA001]",        // ja
            "205:1: fout[MJA001]",         // a broken header
            "226:9: fout[MJA001]",         // 31 February
            "229:16: fout[MJA001]",        // a """ text never closed, at its opening
        ])
    }

    /// The draft of the issue: curly quotes, `1.500.000`, `1-3-2026`, a missing closing quote, a quote
    /// inside text, `31-12-2027`, an unknown organisation, a theme without actions, a budget above the
    /// ceiling, a misspelt key. Run 1 shows all ten; each hint followed, run 2 is clean.
    @Test func theDraftIsCleanInTwoRuns() throws {
        var changes: [Int: String?] = [
            10: "titel = “Regionale Meerjarenagenda Twente 2026-2030”",
            95: "plafond = { 2026 = 200000, 2027 = 600000 }",
            99: "titel = \"Van werk naar werk in de \"techniek\"\"",
            106: "trekker = \"werkcentrum-twent\"",
            128: "streefwaarde = 1.500.000",
            129: "streefdatum = 31-12-2027",
            137: "start = 1-3-2026",
            139: "opleverin = \"100 leerwerkbanen met begeleiding\"",
            173: "titel = \"Instroom in de zorg via bbl-trajecten",
        ]
        for line in 205...222 { changes[line] = .some(nil) }  // the second theme's only action
        let draft = try TwenteDraft(changes)
        defer { draft.remove() }

        let first = try draft.diagnostics()
        let codes = first.map { "\($0.line):\($0.code)" }
        // The first theme's criteria wait for its errors (MJA021); the second theme's missing actions do
        // not: only its title line was left out, and no action header.
        #expect(codes == ["10:MJA001", "95:MJA121", "97:MJA021", "99:MJA001", "106:MJA016", "128:MJA001", "129:MJA001",
                          "137:MJA001", "139:MJA010", "171:MJA114", "173:MJA001"], "\(first)")
        // Follow every hint, from the bottom up so the lines above stay where they are.
        for finding in first.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            switch finding.code {
            case "MJA021":
                continue
            case "MJA121":
                // "verlaag de bedragen": the action's 2026 line on this source, to the ceiling.
                var lines = try draft.lines
                lines[142] = lines[142].replacingOccurrences(of: "bedrag = 250000", with: "bedrag = 200000")
                try draft.write(lines)
            case "MJA114":
                // "voeg een [[thema.actie]] toe": the action the draft left out.
                var lines = try draft.lines
                let original = try String(contentsOfFile: BuildCommandTests.twente, encoding: .utf8).components(separatedBy: "\n")
                lines.insert(contentsOf: original[204..<222], at: 204)
                try draft.write(lines)
            case "MJA001" where finding.line == 173:
                // "sluit de tekst af met \" op dezelfde regel".
                var lines = try draft.lines
                lines[172] += "\""
                try draft.write(lines)
            default:
                #expect(try draft.follow(finding), "no text to write in \(finding)")
            }
        }
        let second = try draft.diagnostics()
        #expect(second.isEmpty, "\(second)")
    }

    struct HintCase: CustomTestStringConvertible, Sendable {
        var id: String
        var lines: [Int: String]
        /// `line:code` of the diagnostic whose hint is followed.
        var located: String
        var whole = false
        var testDescription: String { id }
    }

    /// Every rule that offers a fix (a text to write), with the mistakes of the issue and broken files
    /// of the same kind.
    static let hintCases: [HintCase] = [
        HintCase(id: "bedrag met decimaalkomma", lines: [143: "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 250000,50, zekerheid = \"toegezegd\" },"], located: "143:MJA001"),
        HintCase(id: "bedrag zoals Excel", lines: [143: "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 250.000,50, zekerheid = \"toegezegd\" },"], located: "143:MJA001"),
        HintCase(id: "bedrag met punten en ,-", lines: [143: "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = € 250.000,-, zekerheid = \"toegezegd\" },"], located: "143:MJA001"),
        HintCase(id: "bedrag met duizendtalpunt", lines: [143: "    { jaar = 2026, bron = \"regiobudget-twente\", bedrag = 250.000, zekerheid = \"toegezegd\" },"], located: "143:MJA014"),
        HintCase(id: "aantal met duizendtalpunten", lines: [128: "streefwaarde = 1.500.000"], located: "128:MJA001"),
        HintCase(id: "gedachtestreepje in de periode", lines: [14: "beleidsperiode = \"2026–2030\""], located: "14:MJA014"),
        HintCase(id: "periode van vier jaar", lines: [14: "beleidsperiode = \"2026-2029\""], located: "14:MJA014"),
        HintCase(id: "vast afbreekstreepje in een id", lines: [132: "id = \"leerwerkbanen\u{2011}techniek\""], located: "132:MJA014"),
        HintCase(id: "id met hoofdletters", lines: [132: "id = \"Leerwerkbanen Techniek\""], located: "132:MJA014"),
        HintCase(id: "datum die niet bestaat", lines: [137: "start = 31-02-2026"], located: "137:MJA001"),
        HintCase(id: "datum als dag-maand-jaar", lines: [137: "start = 1-3-2026"], located: "137:MJA001"),
        HintCase(id: "lijst zonder haken", lines: [110: "signalen = \"scholing-werkenden\", \"grensarbeid-diplomas\""], located: "110:MJA001"),
        HintCase(id: "procentteken", lines: [141: "voortgang = 35%"], located: "141:MJA001"),
        HintCase(id: "regio bij naam", lines: [9: "regio = \"Twente\""], located: "9:MJA017"),
        HintCase(id: "gekrulde aanhalingstekens", lines: [12: "status = “concept”"], located: "12:MJA001"),
        HintCase(id: "aanhalingsteken in de tekst", lines: [99: "titel = \"Van werk naar werk in de \"techniek\"\""], located: "99:MJA001"),
        HintCase(id: "getal met woorden", lines: [116: "concreet = 200 overstappers"], located: "116:MJA001"),
        HintCase(id: "ja in een tekstveld", lines: [115: "nergens_anders_belegd = ja"], located: "115:MJA001"),
        HintCase(id: "ja in een ja/nee-veld", lines: [16: "voorbeeld = ja"], located: "16:MJA001"),
        HintCase(id: "tekst zonder aanhalingstekens", lines: [70: "soort = uwv"], located: "70:MJA001"),
        HintCase(id: "kop zonder afsluitende haak", lines: [131: "[[thema.actie]"], located: "131:MJA001"),
        HintCase(id: "enkele haken", lines: [131: "[thema.actie]"], located: "131:MJA001"),
        HintCase(id: "tekst over meerdere regels niet gesloten", lines: [103: ""], located: "100:MJA001"),
        HintCase(id: "tikfout in een sleutel", lines: [139: "opleverin = \"100 leerwerkbanen met begeleiding\""], located: "139:MJA010"),
        HintCase(id: "getal als tekst", lines: [141: "voortgang = \"35\""], located: "141:MJA011"),
        HintCase(id: "status met een tikfout", lines: [140: "status = \"lopen\""], located: "140:MJA013"),
        HintCase(id: "organisatie met een tikfout", lines: [106: "trekker = \"werkcentrum-twent\""], located: "106:MJA016"),
        HintCase(id: "organisatiesoort met een ander woord", lines: [65: "soort = \"hogeschool\""], located: "65:MJA016"),
        HintCase(id: "signaal van een andere regio", lines: [110: "signalen = [\"scholing-werkenden\", \"AM30/bbl-parkstadt\"]"],
                 located: "110:MJA016", whole: true),
    ]

    /// Issue 30, point 2: the hint's own text, put in the file, removes the mistake and brings no new one.
    @Test(arguments: hintCases)
    func followingTheHintLeadsToAValidFile(_ test: HintCase) throws {
        let draft = try TwenteDraft(test.lines.mapValues { $0 }, whole: test.whole)
        defer { draft.remove() }
        let before = try draft.diagnostics()
        let finding = try #require(before.first { "\($0.line):\($0.code)" == test.located }, "\(before)")
        #expect(try draft.follow(finding), "no text to write in \(finding)")
        let after = try draft.diagnostics()
        #expect(after.isEmpty, "hint: \(finding.hint ?? "-"); after: \(after)")
    }

    /// Point 3: a flood of alike themes prints under 100 KB, and says how many more there are.
    /// Two thousand themes, not the ten thousand of the report: ungrouped they print 1.2 MB, so the
    /// bound tells as well, the count still has a thousands separator, and the check takes a fifth.
    @Test func aFloodIsGrouped() throws {
        let original = try String(contentsOfFile: BuildCommandTests.twente, encoding: .utf8).components(separatedBy: "\n")
            .map { $0 == "voorbeeld = true" ? "voorbeeld = false" : $0 }   // an own agenda: no MJA024
        let theme = original[170..<222].joined(separator: "\n")
        var text = original[0..<170].joined(separator: "\n")
        for index in 0..<2_000 {
            text += "\n" + theme.replacingOccurrences(of: "id = \"zorg-instroom\"", with: "id = \"zorg-instroom-\(index)\"")
                .replacingOccurrences(of: "id = \"jobcoach-zorg\"", with: "id = \"jobcoach-zorg-\(index)\"")
        }
        text += "\n" + original[222...].joined(separator: "\n")
        let draft = try TwenteDraft([:])
        defer { draft.remove() }
        try text.write(toFile: draft.file, atomically: true, encoding: .utf8)

        let grouped = mja("check", draft.file).output
        #expect(grouped.utf8.count < 100_000, "\(grouped.utf8.count) bytes")
        #expect(grouped.contains("… en nog 1.990 meldingen MJA103 in \(draft.file); `--alles` toont ze\n"), "\(grouped.prefix(2000))")
        #expect(grouped.hasSuffix("2.000 waarschuwingen in 1 bestand.\n"))
    }
}
