import Diagnostics
import TestSupport
import Testing
@testable import Agenda

/// Each kind of problem in an agenda file gives one diagnostic, in Dutch, at the exact place.
@Suite(.timed) struct LoadingDiagnosticsTests {
    static let file = "am05-twente.toml"

    func diagnostics(_ text: String, language: Language = .dutch) throws -> [Diagnostic] {
        let fixture = try AgendaFixture([Self.file: text])
        defer { fixture.remove() }
        return fixture.check(language: language)
    }

    @Test func theSampleIsClean() throws {
        #expect(try diagnostics(Sample.twente).map(\.located) == [])
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var old: String
        var new: String
        var located: String
        var message: String
        var hint: String?
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "unknown key with suggestion", old: "trekker = \"gemeente-enschede\"\npartners",
             new: "trekkr = \"gemeente-enschede\"\npartners", located: "MJA010 43:1",
             message: "onbekende sleutel 'trekkr' in [thema]", hint: "bedoelde u 'trekker'?"),
        Case(name: "wrong type: text for a list", old: "opgaven = [\"sociaal\", \"economisch\"]", new: "opgaven = \"sociaal\"",
             located: "MJA011 42:11", message: "'opgaven' moet een lijst met waarden uit \"sociaal\", \"economisch\", \"ontwikkel\" zijn, maar is een tekst",
             hint: "schrijf bijvoorbeeld: opgaven = [\"sociaal\"]"),
        Case(name: "wrong type: quoted date", old: "start = 2026-02-01", new: "start = \"2026-02-01\"",
             located: "MJA011 64:9", message: "'start' moet een datum (JJJJ-MM-DD, zonder aanhalingstekens) zijn, maar is een tekst"),
        Case(name: "missing required field", old: "titel = \"Instroom in de zorg\"\n", new: "",
             located: "MJA012 38:1", message: "verplicht veld 'titel' ontbreekt in [thema]", hint: "schrijf bijvoorbeeld: titel = \"...\""),
        Case(name: "value not in the enumeration", old: "status = \"concept\"", new: "status = \"vastgestled\"",
             located: "MJA013 6:10", message: "'vastgestled' is geen toegestane waarde voor 'status'; kies uit 'concept', 'vastgesteld'",
             hint: "bedoelde u 'vastgesteld'?"),
        Case(name: "bad date", old: "datum = 2026-01-20", new: "datum = 2026-02-30",
             located: "MJA001 74:9", message: "TOML-fout: "),
        Case(name: "policy period not five years", old: "beleidsperiode = \"2026-2030\"", new: "beleidsperiode = \"2026-2029\"",
             located: "MJA014 7:18", message: "'beleidsperiode' moet 5 kalenderjaren beslaan, maar '2026-2029' beslaat er 4"),
        Case(name: "malformed id", old: "id = \"jobcoach\"", new: "id = \"Job Coach\"",
             located: "MJA014 61:6", message: "'Job Coach' is geen geldige id voor 'id'"),
        Case(name: "floating-point amount", old: "bedrag = 60000,", new: "bedrag = 60000.5,",
             located: "MJA014 68:51", message: "'60000.5' is geen bedrag in euro's voor 'bedrag'"),
        Case(name: "duplicate id", old: "[[signaal]]",
             new: "[[signaal]]\nid = \"bbl-plaatsen\"\ndatum = 2026-01-21\nsoort = \"kans\"\ntitel = \"x\"\nurgentie = \"laag\"\nvraag = \"oplossen\"\n\n[[signaal]]",
             located: "MJA015 80:1", message: "id 'bbl-plaatsen' komt al eerder voor als signaal"),
        Case(name: "unresolved organisation", old: "partners = [\"roc-van-twente\"]", new: "partners = [\"roc-van-twnte\"]",
             located: "MJA016 44:13", message: "organisatie 'roc-van-twnte' bestaat niet", hint: "bedoelde u 'roc-van-twente'?"),
        Case(name: "unresolved funding source", old: "bron = \"gemeente\"", new: "bron = \"gemeentte\"",
             located: "MJA016 69:27", message: "financieringsbron 'gemeentte' bestaat niet", hint: "bedoelde u 'gemeente'?"),
        Case(name: "unresolved signal", old: "signalen = [\"bbl-plaatsen\"]", new: "signalen = [\"bbl-plaats\"]",
             located: "MJA016 45:13", message: "signaal 'bbl-plaats' bestaat niet", hint: "bedoelde u 'bbl-plaatsen'?"),
        Case(name: "unresolved sector", old: "beschrijving = \"Meer mensen aan het werk.\"",
             new: "beschrijving = \"Meer mensen aan het werk.\"\nsectoren = [\"zorg\"]",
             located: "MJA016 16:13", message: "sector 'zorg' bestaat niet"),
        Case(name: "unknown region", old: "regio = \"AM05\"", new: "regio = \"AM04\"",
             located: "MJA017 3:9", message: "'AM04' is geen arbeidsmarktregio"),
        Case(name: "region does not match the file", old: "regio = \"AM05\"", new: "regio = \"AM06\"",
             located: "MJA017 3:9", message: "regio 'AM06' past niet bij de bestandsnaam 'am05-twente.toml'"),
        Case(name: "TOML syntax error", old: "titel = \"Proefagenda Twente\"", new: "titel = \"Proefagenda Twente",
             located: "MJA001 4:9", message: "TOML-fout: "),
    ]

    @Test(arguments: cases)
    func eachProblemIsLocated(_ testCase: Case) throws {
        let found = try diagnostics(Sample.twente(replacing: testCase.old, with: testCase.new))
        let errors = found.filter { $0.severity == .error }
        #expect(errors.map(\.located) == [testCase.located])
        if let first = errors.first {
            #expect(first.message.hasPrefix(testCase.message), "\(first.message)")
            if let hint = testCase.hint { #expect(first.hint == hint) }
            #expect(first.file?.hasSuffix(Self.file) == true)
        }
    }

    @Test func everyProblemOfAFileIsReportedInOneRun() throws {
        let text = Sample.twente(replacing: "status = \"concept\"", with: "status = \"klaar\"")
            .replacingOccurrences(of: "trekker = \"gemeente-enschede\"\npartners", with: "trekkr = \"gemeente-enschede\"\npartners")
            .replacingOccurrences(of: "bron = \"gemeente\"", with: "bron = \"nergens\"")
        let found = try diagnostics(text).filter { $0.severity == .error }.map(\.located)
        #expect(found == ["MJA013 6:10", "MJA010 43:1", "MJA016 69:27"])
    }

    @Test func duplicateIDPointsBackAtTheFirst() throws {
        let found = try diagnostics(Sample.twente(replacing: "id = \"roc-van-twente\"", with: "id = \"gemeente-enschede\""))
        let duplicate = try #require(found.first { $0.code == "MJA015" })
        #expect(duplicate.located == "MJA015 28:1")
        #expect(duplicate.notes.first?.range?.start == SourcePosition(line: 23, column: 1))
    }

    @Test func anAgendaWithoutRegistriesIsReadWithAWarning() throws {
        let fixture = try AgendaFixture([Self.file: Sample.twente], registries: false)
        defer { fixture.remove() }
        let found = fixture.load().diagnostics
        #expect(found.map(\.located) == ["MJA019 -"])
        #expect(found.first?.severity == .warning)
        #expect(found.first?.message.hasPrefix("geen registers gevonden in '") == true)
    }

    @Test func messagesAreEnglishOnRequest() throws {
        let found = try diagnostics(Sample.twente(replacing: "status = \"concept\"", with: "status = \"klaar\""), language: .english)
        #expect(found.first?.message == "'klaar' is not an allowed value for 'status'; choose from 'concept', 'vastgesteld'")
    }

    @Test func nationalThemeReferenceIsResolvedAgainstTheNationalAgenda() throws {
        let national = """
            [agenda]
            soort = "landelijk"
            titel = "LMJA"
            versie = "1.0"
            status = "concept"
            beleidsperiode = "2026-2030"
            uitvoeringsperiode = "2026-2027"

            [beleidsdeel]
            ambitie = "a"
            analyse = "b"

            [[thema]]
            id = "lt2-passend-werk"
            titel = "Passend werk"
            beschrijving = "c"
            opgaven = ["sociaal"]
            doorlopend = true
            signalen = ["AM05/bbl-plaatsen", "AM05/geen-signaal"]
            """
        let agenda = Sample.twente(replacing: "signalen = [\"bbl-plaatsen\"]",
                                   with: "signalen = [\"bbl-plaatsen\"]\nlandelijk_thema = \"lt2-passend\"")
        let fixture = try AgendaFixture([Self.file: agenda, "lmja.toml": national])
        defer { fixture.remove() }
        let found = fixture.load().diagnostics.map { "\($0.located) \($0.message)" }
        #expect(found.contains("MJA016 46:19 landelijk thema 'lt2-passend' bestaat niet"))
        #expect(found.contains("MJA016 19:34 signaal 'AM05/geen-signaal' bestaat niet"))
        #expect(found.count == 2)
    }
}
