import Diagnostics
import TestSupport
import Testing
@testable import Agenda

/// Every check rule has a failing file with the exact place of its diagnostic; the sample passes all.
@Suite(.timed) struct CheckRulesTests {
    static let file = "am05-twente.toml"

    func diagnostics(_ text: String, options: CheckOptions = CheckOptions()) throws -> [Diagnostic] {
        let fixture = try AgendaFixture([Self.file: text])
        defer { fixture.remove() }
        return fixture.check(options: options)
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var old: String
        var new: String
        var located: String
        var message: String
        var testDescription: String { located }
    }

    static let theme = "thema 'Instroom in de zorg'"

    static let cases: [Case] = [
        Case(old: "signalen = [\"bbl-plaatsen\"]\n", new: "", located: "MJA101 38:1",
             message: "\(theme) voldoet niet aan 'signalen': het thema verwijst naar geen enkel signaal"),
        Case(old: "partners = [\"roc-van-twente\"]\n", new: "", located: "MJA102 38:1",
             message: "\(theme) voldoet niet aan 'organisatieoverstijgend': 1 organisatie (trekker en partners)"),
        Case(old: "soort = \"mbo-instelling\"", new: "soort = \"gemeente\"", located: "MJA102 38:1",
             message: "\(theme) is onvoldoende onderbouwd voor 'organisatieoverstijgend': 2 organisaties (trekker en partners); ze zijn allemaal van de soort 'Gemeente'"),
        Case(old: "nergens_anders_belegd = \"Geen andere tafel.\"\n", new: "", located: "MJA103 38:1",
             message: "\(theme) voldoet niet aan 'nergens_anders_belegd': de agenda legt niet vast of dit al ergens anders belegd is"),
        Case(old: "streefdatum = 2027-09-01", new: "streefdatum = 2028-09-01", located: "MJA104 38:1",
             message: "\(theme) is onvoldoende onderbouwd voor 'concreet': geen resultaat is volledig; het eerste mist: streefdatum binnen 2026-2027"),
        Case(old: "vernieuwend = \"Een jobcoach op de werkvloer.\"\n", new: "", located: "MJA105 38:1",
             message: "\(theme) is onvoldoende onderbouwd voor 'vernieuwend'"),
        Case(old: "opschaalbaar_naar = [\"AM02\"]\n", new: "", located: "MJA106 38:1",
             message: "\(theme) is onvoldoende onderbouwd voor 'opschaalbaar': niet genoemd naar welke regio's het kan worden opgeschaald"),
        Case(old: "einde = 2027-12-31", new: "einde = 2028-12-31", located: "MJA111 65:9",
             message: "einde 2028-12-31 van actie 'Jobcoaches' valt buiten de uitvoeringsperiode 2026-2027"),
        Case(old: "einde = 2027-12-31", new: "einde = 2026-01-15", located: "MJA112 65:9",
             message: "actie 'Jobcoaches' eindigt (2026-01-15) voordat ze begint (2026-02-01)"),
        Case(old: "{ jaar = 2027", new: "{ jaar = 2028", located: "MJA113 69:14",
             message: "begrotingsjaar 2028 van actie 'Jobcoaches' valt buiten de uitvoeringsperiode 2026-2027"),
        Case(old: "opgaven = [\"sociaal\", \"economisch\"]", new: "opgaven = []", located: "MJA115 42:11",
             message: "\(theme) dient geen enkele opgave"),
        Case(old: "[beleidsdeel.opgave.ontwikkel]\nbeschrijving = \"Werkenden blijven leren.\"\n", new: "", located: "MJA116 1:1",
             message: "het beleidsdeel zegt niets over de ontwikkelopgave"),
        Case(old: "trekker = \"gemeente-enschede\"\nstart", new: "start", located: "MJA117 60:1",
             message: "actie 'Jobcoaches' heeft geen trekker"),
        Case(old: "oplevering = \"Vier jobcoaches\"\n", new: "", located: "MJA118 60:1",
             message: "actie 'Jobcoaches' noemt geen oplevering"),
        Case(old: "trekker = \"gemeente-enschede\"\npartners", new: "partners", located: "MJA119 38:1",
             message: "\(theme) heeft geen trekker"),
        Case(old: "bedrag = 60000,", new: "bedrag = 0,", located: "MJA120 68:51",
             message: "begrotingsregel van actie 'Jobcoaches' heeft bedrag € 0; een bedrag moet groter dan nul zijn"),
        Case(old: "bedrag = 60000,", new: "bedrag = 100000.01,", located: "MJA014 68:51",
             message: "'100000.01' is geen bedrag in euro's"),
        Case(old: "bedrag = 60000,", new: "bedrag = \"100.000,01\",", located: "MJA121 36:11",
             message: "voor Regiobudget is in 2026 € 100.000,01 gepland, meer dan het plafond van € 100.000"),
        Case(old: "ambitie = \"Iedereen die kan werken, werkt.\"", new: "ambitie = \"TODO: ambitie\"", located: "MJA130 11:12",
             message: "'ambitie' bevat nog invultekst: \"TODO: ambitie\""),
        Case(old: "ambitie = \"Iedereen die kan werken, werkt.\"", new: "ambitie = \"<vul in: de ambitie>\"", located: "MJA130 11:12",
             message: "'ambitie' bevat nog invultekst: \"<vul in: de ambitie>\""),
        Case(old: "ambitie = \"Iedereen die kan werken, werkt.\"", new: "ambitie = \"...\"", located: "MJA130 11:11",
             message: "'ambitie' bevat nog invultekst: \"...\""),
        Case(old: "analyse = \"De arbeidsmarkt is krap.\"", new: "analyse = \"  \"", located: "MJA131 12:11",
             message: "'analyse' is leeg"),
    ]

    @Test(arguments: cases)
    func eachRuleIsLocated(_ testCase: Case) throws {
        let found = try diagnostics(Sample.twente(replacing: testCase.old, with: testCase.new))
        let matching = found.filter { $0.located == testCase.located }
        #expect(matching.count == 1, "got \(found.map { "\($0.located) \($0.message)" })")
        #expect(matching.first?.message.hasPrefix(testCase.message) == true, "\(matching.first?.message ?? "-")")
        #expect(RuleCatalogue.rule(testCase.located.prefix(6).description)?.severity == matching.first?.severity)
    }

    @Test func executionPeriodOutsideThePolicyPeriod() throws {
        let found = try diagnostics(Sample.twente(replacing: "beleidsperiode = \"2026-2030\"", with: "beleidsperiode = \"2028-2032\""))
        #expect(found.map(\.located).contains("MJA110 8:22"))
    }

    @Test func themeWithoutActions() throws {
        let start = Sample.twente.range(of: "[[thema.actie]]")!.lowerBound
        let end = Sample.twente.range(of: "[[signaal]]")!.lowerBound
        var text = Sample.twente
        text.removeSubrange(start..<end)
        #expect(try diagnostics(text).map(\.located) == ["MJA114 38:1"])
    }

    @Test func overlappingThemesAreFlagged() throws {
        let second = """
            [[thema]]
            id = "zorg-2"
            titel = "Instroom in de zorg via bbl"
            beschrijving = "Zij-instromers beginnen in de zorg via een bbl-traject."
            opgaven = ["sociaal"]
            trekker = "gemeente-enschede"
            partners = ["roc-van-twente"]

            [[signaal]]
            """
        let found = try diagnostics(Sample.twente(replacing: "[[signaal]]", with: second))
        let overlap = found.filter { $0.code == "MJA103" && $0.range?.start.line == 38 }
        #expect(overlap.first?.message.contains("overlapt in titel en inhoud met 'Instroom in de zorg via bbl'") == true)
    }

    @Test func repeatedThemeFromThePreviousVersionNeedsAReason() throws {
        let fixture = try AgendaFixture([Self.file: Sample.twente])
        defer { fixture.remove() }
        let previous = try #require(fixture.load().agendas.first)
        let repeated = fixture.check(options: CheckOptions(previousVersion: previous))
        #expect(repeated.map(\.located) == ["MJA105 38:1"])
        #expect(repeated.first?.message.contains("gelijk aan thema 'Instroom in de zorg' uit de vorige versie") == true)

        let continued = try diagnostics(
            Sample.twente(replacing: "vernieuwend = ", with: "voortzetting = \"De eerste ronde werkte.\"\nvernieuwend = "),
            options: CheckOptions(previousVersion: previous))
        #expect(continued.isEmpty)
    }

    @Test func scorecardHoldsAllSixCriteriaInOrder() throws {
        let fixture = try AgendaFixture([Self.file: Sample.twente])
        defer { fixture.remove() }
        let workspace = fixture.load()
        let agenda = try #require(workspace.agendas.first)
        let card = CriteriaAssessor(workspace: workspace).scorecard(for: agenda.themes[0], in: agenda)
        #expect(card.assessments.map(\.criterion) == Criterion.allCases)
        #expect(card.overall == .meets)
        #expect(card[.signals]?.reasons.first?.dutch == "antwoordt op 1 signaal uit 1 regio (Twente)")
    }

    @Test func everyRuleInTheCatalogueHasTitleExplanationAndExample() {
        for rule in RuleCatalogue.all {
            #expect(!rule.title.isEmpty && !rule.englishTitle.isEmpty && !rule.explanation.isEmpty && !rule.example.isEmpty)
        }
        #expect(Set(RuleCatalogue.all.map(\.code)).count == RuleCatalogue.all.count)
    }
}
