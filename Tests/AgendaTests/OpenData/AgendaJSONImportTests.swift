import Diagnostics
import TestSupport
import Testing
@testable import Agenda

/// Issue 37, point 1: a JSON file to import that cannot be converted as meant is a located Dutch
/// error, and nothing is converted.
@Suite(.timed) struct AgendaJSONImportTests {
    static let header = """
        {
          "agenda": {
            "soort": "regionaal", "regio": "AM05", "titel": "T", "versie": "1", "status": "concept",
            "beleidsperiode": "2026-2030", "uitvoeringsperiode": "2026-2027"
          },
          "beleidsdeel": { "ambitie": "A", "analyse": "B" }
        """

    static func problems(_ text: String) -> [(code: String, at: String, message: String)] {
        let (toml, diagnostics) = AgendaJSONImport.convert(text, file: "agenda.json")
        if !diagnostics.isEmpty { #expect(toml == nil) }
        return diagnostics.map { ($0.code, $0.range.map { "\($0.start)" } ?? "", $0.message) }
    }

    @Test func aSmallAgendaConverts() throws {
        let (toml, diagnostics) = AgendaJSONImport.convert(Self.header + ",\n  \"thema\": [{ \"id\": \"a\", \"titel\": \"X\", \"beschrijving\": \"r1\\nr2 \\\"\\\"\\\" \\\\\", \"opgaven\": [\"sociaal\"], \"actie\": [{ \"id\": \"b\", \"titel\": \"Y\", \"start\": \"2026-02-28\", \"begroting\": [{ \"jaar\": 2026, \"bron\": \"rijk\", \"bedrag\": \"1250,50\" }] }] }]\n}", file: "agenda.json")
        #expect(diagnostics.isEmpty)
        let text = try #require(toml)
        #expect(text.contains("[[thema.actie.begroting]]\njaar = 2026\nbron = \"rijk\"\nbedrag = \"1250,50\""))
        #expect(text.contains("start = 2026-02-28\n"))
    }

    @Test(arguments: [
        // id, the JSON after the header, the code, where, a word of the message
        ("syntax", ",\n  \"thema\": [}\n}", "MJA340", "7:13", "geen geldige JSON"),
        ("unknown key", ",\n  \"thema\": [{ \"id\": \"a\", \"titell\": \"X\", \"titel\": \"X\", \"beschrijving\": \"\", \"opgaven\": [] }]\n}", "MJA341", "7:26", "bedoelt u 'titel'"),
        ("wrong type", ",\n  \"thema\": [{ \"id\": \"a\", \"titel\": 5, \"beschrijving\": \"\", \"opgaven\": [] }]\n}", "MJA342", "7:35", "moet tekst zijn"),
        ("null", ",\n  \"signaal\": null\n}", "MJA342", "7:14", "null"),
        ("bad date", ",\n  \"signaal\": [{ \"id\": \"s\", \"datum\": \"2026-02-30\", \"soort\": \"kans\", \"titel\": \"t\", \"urgentie\": \"laag\", \"vraag\": \"oplossen\" }]\n}", "MJA343", "7:37", "geen datum"),
        ("bad choice", ",\n  \"signaal\": [{ \"id\": \"s\", \"datum\": \"2026-02-03\", \"soort\": \"kans\", \"titel\": \"t\", \"urgentie\": \"heel hoog\", \"vraag\": \"oplossen\" }]\n}", "MJA343", "7:94", "toegestaan"),
        ("cents as a number", ",\n  \"thema\": [{ \"id\": \"a\", \"titel\": \"X\", \"beschrijving\": \"\", \"opgaven\": [], \"actie\": [{ \"id\": \"b\", \"titel\": \"Y\", \"begroting\": [{ \"jaar\": 2026, \"bron\": \"rijk\", \"bedrag\": 1250.5 }] }] }]\n}", "MJA344", "7:168", "geheel getal"),
        ("too many digits", ",\n  \"thema\": [{ \"id\": \"a\", \"titel\": \"X\", \"beschrijving\": \"\", \"opgaven\": [], \"resultaat\": [{ \"omschrijving\": \"r\", \"streefwaarde\": 0.12345678901234567891 }] }]\n}", "MJA344", "7:128", "cijfers"),
        ("missing", ",\n  \"thema\": [{ \"id\": \"a\", \"beschrijving\": \"\", \"opgaven\": [] }]\n}", "MJA345", "7:13", "'titel'"),
    ])
    func aProblemIsLocated(id: String, rest: String, code: String, at: String, word: String) {
        let found = Self.problems(Self.header + rest)
        #expect(found.count == 1, "\(id): \(found)")
        #expect(found.first?.code == code, "\(id)")
        #expect(found.first?.at == at, "\(id): \(found)")
        #expect(found.first?.message.contains(word) == true, "\(id): \(found)")
    }

    @Test func everyProblemIsReportedInOneRun() {
        let found = Self.problems(Self.header + ",\n  \"thema\": [{ \"id\": 1, \"titell\": \"X\" }],\n  \"extra\": 1\n}")
        // The theme misses titel, beschrijving and opgaven (at its start), its id is a number, one key
        // is misspelt, and the file has a key of its own: six problems, in the order of the file.
        #expect(found.map(\.code) == ["MJA345", "MJA345", "MJA345", "MJA342", "MJA341", "MJA341"], "\(found)")
        #expect(found.map(\.at) == ["7:13", "7:13", "7:13", "7:21", "7:24", "8:3"], "\(found)")
    }
}
