import Foundation
import TestSupport
import Testing
@testable import Agenda

/// `mja verschil`'s comparison on pairs of versions, one kind of change each.
@Suite(.timed) struct AgendaComparerTests {
    typealias Pairs = VersionPairs

    @Test func identicalVersionsHaveNothingToReport() throws {
        let comparison = try Pairs.compare(Sample.twente, Sample.twente)
        #expect(comparison.isEmpty)
        #expect(comparison.old.version == "1.0" && comparison.new.version == "1.0")
    }

    @Test func aReorderingIsNotAChange() throws {
        var new = Pairs.twoThemesSwapped
        new = new.replacingOccurrences(of: "partners = [\"roc-van-twente\"]", with: "partners = [\"roc-van-twente\", \"gemeente-enschede\"]")
        var old = Pairs.twoThemes
        old = old.replacingOccurrences(of: "partners = [\"roc-van-twente\"]", with: "partners = [\"gemeente-enschede\", \"roc-van-twente\"]")
        // The budget lines of the action in the other order, and the prose wrapped anew.
        new = new.replacingOccurrences(of: """
                { jaar = 2026, bron = "regiobudget", bedrag = 60000, zekerheid = "toegezegd" },
                { jaar = 2027, bron = "gemeente", bedrag = "1.250,50" },
            """, with: """
                { jaar = 2027, bron = "gemeente", bedrag = "1.250,50" },
                { jaar = 2026, bron = "regiobudget", bedrag = 60000, zekerheid = "toegezegd" },
            """)
        new = new.replacingOccurrences(of: "beschrijving = \"Zij-instromers beginnen via een bbl-traject in de zorg.\"",
                                       with: "beschrijving = \"\"\"\nZij-instromers beginnen via\neen bbl-traject in de zorg.\n\"\"\"")
        #expect(new != old)
        let comparison = try Pairs.compare(old, new)
        #expect(comparison.isEmpty, "\(comparison)")
    }

    @Test func aThemeWhoseTitleChangedIsChangedNotRemovedAndAdded() throws {
        let new = Sample.twente(replacing: "titel = \"Instroom in de zorg\"", with: "titel = \"Zij-instroom in zorg en welzijn\"")
        let comparison = try Pairs.compare(Sample.twente, new)
        #expect(comparison.themes.map(\.kind) == [.changed])
        let theme = try #require(comparison.themes.first)
        #expect(theme.id == "zorg")
        #expect(theme.fields == [FieldChange(field: "titel", old: "Instroom in de zorg", new: "Zij-instroom in zorg en welzijn")])
        #expect(theme.location == ChangeLocation(file: "nieuw.toml", line: 38, column: 1))
    }

    @Test func anIDThatChangedIsRemovedPlusAddedWithAHint() throws {
        let new = Sample.twente(replacing: "id = \"zorg\"", with: "id = \"zorg-instroom\"")
        let comparison = try Pairs.compare(Sample.twente, new)
        #expect(comparison.themes.map { "\($0.kind.rawValue) \($0.id ?? "")" } == ["toegevoegd zorg-instroom", "verwijderd zorg"])
        let added = try #require(comparison.themes.first)
        #expect(added.hint?.hasPrefix("mogelijk hetzelfde thema als 'Instroom in de zorg' (id 'zorg'), dat verwijderd is, met een andere id: de titels lijken op elkaar") == true)
        #expect(comparison.themes[1].hint == "mogelijk voortgezet als 'Instroom in de zorg' (id 'zorg-instroom'), met een andere id: de titels lijken op elkaar")
        #expect(comparison.themes[1].location.file == "oud.toml")
        // An action whose id changed, with a new title as well but the same description: still a hint.
        let action = Sample.twente(replacing: "id = \"jobcoach\"\ntitel = \"Jobcoaches\"", with: "id = \"coaches\"\ntitel = \"Coaching op de werkvloer\"\nbeschrijving = \"Coaches begeleiden nieuwe collega's.\"")
        let older = Sample.twente(replacing: "titel = \"Jobcoaches\"", with: "titel = \"Jobcoaches\"\nbeschrijving = \"Coaches begeleiden  nieuwe collega's.\"")
        let actions = try #require(try Pairs.compare(older, action).themes.first).children
        #expect(actions.map { "\($0.kind.rawValue) \($0.item.rawValue) \($0.id ?? "")" } == ["toegevoegd actie coaches", "verwijderd actie jobcoach"])
        #expect(actions[0].hint?.hasPrefix("mogelijk dezelfde actie als 'Jobcoaches' (id 'jobcoach'), die verwijderd is, met een andere id: de beschrijving is dezelfde") == true)
    }

    @Test func anAddedThemeWithoutALikenessHasNoHint() throws {
        let comparison = try Pairs.compare(Sample.twente, Pairs.twoThemes)
        #expect(comparison.themes.map { "\($0.kind.rawValue) \($0.id ?? "") \($0.hint ?? "-")" } == ["toegevoegd techniek -"])
        let removed = try Pairs.compare(Pairs.twoThemes, Sample.twente)
        #expect(removed.themes.map { "\($0.kind.rawValue) \($0.id ?? "")" } == ["verwijderd techniek"])
    }

    @Test func actionStatusProgressAndDatesWithOldAndNewValues() throws {
        let new = Sample.twente(replacing: "oplevering = \"Vier jobcoaches\"",
                                with: "oplevering = \"Vijf jobcoaches\"\nstatus = \"lopend\"\nvoortgang = 40")
            .replacingOccurrences(of: "einde = 2027-12-31", with: "einde = 2027-06-30")
        let theme = try #require(try Pairs.compare(Sample.twente, new).themes.first)
        let action = try #require(theme.children.first)
        #expect(action.item == .action && action.kind == .changed && action.id == "jobcoach")
        #expect(action.fields.map { "\($0.field): \($0.old ?? "-") → \($0.new ?? "-")" } == [
            "einde: 31 december 2027 → 30 juni 2027", "oplevering: Vier jobcoaches → Vijf jobcoaches",
            "status: gepland → lopend", "voortgang: - → 40%",
        ])
    }

    @Test func budgetPerYearAndSourceExactToTheCentWithTotals() throws {
        let new = Sample.twente(replacing: "bedrag = 60000, zekerheid = \"toegezegd\"", with: "bedrag = \"59.999,99\", zekerheid = \"aangevraagd\"")
            .replacingOccurrences(of: "bedrag = \"1.250,50\" }", with: "bedrag = \"1.250,50\" },\n    { jaar = 2027, bron = \"regiobudget\", bedrag = 200 }")
        let comparison = try Pairs.compare(Sample.twente, new)
        let budget = comparison.budget
        #expect(budget.rows.map { "\($0.year) \($0.sourceName): \($0.old) → \($0.new) (\($0.difference.signedNotation))" } == [
            "2026 Regiobudget: € 60.000 → € 59.999,99 (-€ 0,01)",
            "2027 Regiobudget: € 0 → € 200 (+€ 200)",
        ])
        #expect(budget.years.map { "\($0.year): \($0.old) → \($0.new)" } == ["2026: € 60.000 → € 59.999,99", "2027: € 1.250,50 → € 1.450,50"])
        #expect(budget.oldTotal == Euro(cents: 6_125_050) && budget.newTotal == Euro(cents: 6_145_049))
        #expect(budget.difference == Euro(cents: 19_999))
        let action = try #require(comparison.themes.first?.children.first)
        #expect(action.fields.map(\.field) == ["begroting 2026 · Regiobudget", "zekerheid 2026 · Regiobudget", "begroting 2027 · Regiobudget"])
        #expect(action.fields[0].difference == Euro(cents: -1))
        #expect(action.fields[1].old == "toegezegd" && action.fields[1].new == "aangevraagd")
        #expect(comparison.themes.first?.fields.map(\.field) == ["begroting"])
    }

    @Test func resultsArePairedByDescriptionThenIndicator() throws {
        let target = Sample.twente(replacing: "streefwaarde = 80", with: "streefwaarde = 100")
        let changed = try #require(try Pairs.compare(Sample.twente, target).themes.first?.children.first)
        #expect(changed.item == .result && changed.kind == .changed)
        #expect(changed.fields == [FieldChange(field: "streefwaarde", old: "80", new: "100")])
        let renamed = Sample.twente(replacing: "omschrijving = \"Gestarte trajecten\"", with: "omschrijving = \"Gestarte bbl-trajecten\"")
        let result = try #require(try Pairs.compare(Sample.twente, renamed).themes.first?.children.first)
        #expect(result.kind == .changed && result.fields.map(\.field) == ["omschrijving"])
        let both = renamed.replacingOccurrences(of: "indicator = \"Aantal gestarte bbl-trajecten\"", with: "indicator = \"Aantal starters\"")
        #expect(try Pairs.compare(Sample.twente, both).themes.first?.children.map(\.kind) == [.added, .removed])
    }

    @Test func signalsAddedRemovedAndChanged() throws {
        let new = Sample.twente(replacing: "vraag = \"agenderen\"", with: "vraag = \"agenderen\"\nstatus = \"geagendeerd\"")
        let signal = try #require(try Pairs.compare(Sample.twente, new).signals.first)
        #expect(signal.kind == .changed && signal.item == .signal && signal.id == "bbl-plaatsen")
        #expect(signal.fields == [FieldChange(field: "status", old: "nieuw", new: "geagendeerd")])
        // A signal under another id (the theme's reference follows it): removed plus added, with the hint.
        let renamed = Sample.twente(replacing: "id = \"bbl-plaatsen\"", with: "id = \"bbl-leeg\"")
            .replacingOccurrences(of: "signalen = [\"bbl-plaatsen\"]", with: "signalen = [\"bbl-leeg\"]")
        let signals = try Pairs.compare(Sample.twente, renamed).signals
        #expect(signals.map { "\($0.kind.rawValue) \($0.id ?? "")" } == ["toegevoegd bbl-leeg", "verwijderd bbl-plaatsen"])
        #expect(signals[0].hint?.hasPrefix("mogelijk hetzelfde signaal als 'Bbl-plaatsen blijven leeg' (id 'bbl-plaatsen'), dat verwijderd is") == true)
    }

    @Test func proseIsComparedBySentence() throws {
        let old = Sample.twente(replacing: "ambitie = \"Iedereen die kan werken, werkt.\"",
                                with: "ambitie = \"Iedereen die kan werken, werkt. Niemand valt buiten de boot. Werkgevers doen mee.\"")
        let new = Sample.twente(replacing: "ambitie = \"Iedereen die kan werken, werkt.\"",
                                with: "ambitie = \"Iedereen die kan werken, werkt. Niemand staat langs de kant. Werkgevers doen mee. Scholen ook.\"")
        let comparison = try Pairs.compare(old, new)
        let ambition = try #require(comparison.policy.first)
        #expect(ambition.field == "ambitie")
        #expect(ambition.sentences == [
            SentenceChange(old: "Niemand valt buiten de boot.", new: "Niemand staat langs de kant."),
            SentenceChange(old: nil, new: "Scholen ook."),
        ])
    }

    @Test func theAgendaItselfPeriodVersionAndStatus() throws {
        let new = Sample.twente(replacing: "versie = \"1.0\"\nstatus = \"concept\"", with: "versie = \"1.1\"\nstatus = \"vastgesteld\"\nvastgesteld_door = \"Regionaal Beraad Twente\"\nvastgesteld_op = 2026-03-01")
            .replacingOccurrences(of: "uitvoeringsperiode = \"2026-2027\"", with: "uitvoeringsperiode = \"2027-2028\"")
        let comparison = try Pairs.compare(Sample.twente, new)
        #expect(comparison.agenda.map { "\($0.field): \($0.old ?? "-") → \($0.new ?? "-")" } == [
            "versie: 1.0 → 1.1", "status: concept → vastgesteld", "vastgesteld door: - → Regionaal Beraad Twente",
            "vastgesteld op: - → 1 maart 2026", "uitvoeringsperiode: 2026-2027 → 2027-2028",
        ])
        #expect(comparison.new.version == "1.1" && comparison.new.status == "vastgesteld")
    }

    @Test func ownOrganisationsAndFundingCeilings() throws {
        let new = Sample.twente(replacing: "plafond = { 2026 = 100000 }", with: "plafond = { 2026 = 120000, 2027 = 50000 }")
            .replacingOccurrences(of: "naam = \"ROC van Twente\"", with: "naam = \"ROC van Twente (Hengelo)\"")
        let fields = try Pairs.compare(Sample.twente, new).agenda
        #expect(fields.map { "\($0.field): \($0.old ?? "-") → \($0.new ?? "-")" } == [
            "eigen organisaties: Gemeente Enschede (gemeente), ROC van Twente (mbo-instelling) → Gemeente Enschede (gemeente), ROC van Twente (Hengelo) (mbo-instelling)",
            "plafond 2026 · Regiobudget: € 100.000 → € 120.000", "plafond 2027 · Regiobudget: - → € 50.000",
        ])
        // The organisation renamed is no change of the theme it is a partner in.
        #expect(try Pairs.compare(Sample.twente, new).themes.isEmpty)
        let owner = Sample.twente(replacing: "trekker = \"gemeente-enschede\"\npartners = [\"roc-van-twente\"]\nsignalen", with: "trekker = \"roc-van-twente\"\npartners = [\"gemeente-enschede\"]\nsignalen")
        #expect(try Pairs.compare(Sample.twente, owner).themes.first?.fields == [
            FieldChange(field: "trekker", old: "Gemeente Enschede", new: "ROC van Twente"),
            FieldChange(field: "partners", old: "ROC van Twente", new: "Gemeente Enschede"),
        ])
    }

    @Test func verdictsThatChanged() throws {
        let new = Sample.twente(replacing: "vernieuwend = \"Een jobcoach op de werkvloer.\"\n", with: "")
        let theme = try #require(try Pairs.compare(Sample.twente, new).themes.first)
        #expect(theme.verdicts == [VerdictChange(themeID: "zorg", criterion: .novel, old: .meets, new: .unsubstantiated)])
        #expect(theme.fields.map(\.field) == ["afweging vernieuwend"])
    }

    @Test func aTaskDroppedFromThePolicyPart() throws {
        let new = Sample.twente(replacing: "[beleidsdeel.opgave.ontwikkel]\nbeschrijving = \"Werkenden blijven leren.\"\n", with: "")
        let task = try #require(try Pairs.compare(Sample.twente, new).policy.first)
        #expect(task.field == "ontwikkelopgave: beschrijving" && task.old == "Werkenden blijven leren." && task.new == nil)
        #expect(task.sentences == [SentenceChange(old: "Werkenden blijven leren.", new: nil)])
    }
}

/// Sentences, not blocks.
@Suite(.timed) struct SentenceDiffTests {
    @Test func rewrappingIsNoChange() {
        #expect(SentenceDiff.changes(from: "Een zin. Nog een zin.", to: "Een zin.\nNog   een zin.\n").isEmpty)
    }

    @Test func sentencesEndAtStopsAndBlankLinesAndListItems() {
        #expect(SentenceDiff.sentences("Eén. Twee? Drie!\n\nVier\n- vijf\n- zes. 1.5 blijft") == ["Eén.", "Twee?", "Drie!", "Vier", "- vijf", "- zes.", "1.5 blijft"])
    }

    @Test func veryLongProseStaysCheap() {
        let old = (1...3000).map { "Zin nummer \($0)." }.joined(separator: " ")
        let new = (1...3000).map { $0 == 1500 ? "Een andere zin." : "Zin nummer \($0)." }.joined(separator: " ")
        #expect(SentenceDiff.changes(from: old, to: new) == [SentenceChange(old: "Zin nummer 1500.", new: "Een andere zin.")])
        let shuffled = (1...3000).reversed().map { "Zin nummer \($0)." }.joined(separator: " ")
        #expect(SentenceDiff.changes(from: old, to: shuffled).count == 3000)
    }

    @Test func aRemovedSentenceAlone() {
        #expect(SentenceDiff.changes(from: "A. B. C.", to: "A. C.") == [SentenceChange(old: "B.", new: nil)])
    }
}

/// `mja check --vorige` pairs a theme with the previous version as `mja verschil` does.
@Suite(.timed) struct PreviousVersionMatchingTests {
    @Test func theSameIDOrAnAlikeTitleIsARepetition() throws {
        let fixture = try AgendaFixture([VersionPairs.file: Sample.twente])
        defer { fixture.remove() }
        let previous = try #require(fixture.load().agendas.first)
        // Another title under the same id, and the same title under another id: both repeat it.
        for current in [Sample.twente(replacing: "titel = \"Instroom in de zorg\"", with: "titel = \"Iets heel anders\""),
                        Sample.twente(replacing: "id = \"zorg\"", with: "id = \"zorg-2\"")] {
            let after = try AgendaFixture([VersionPairs.file: current])
            defer { after.remove() }
            let found = after.check(options: CheckOptions(previousVersion: previous))
            #expect(found.map(\.located) == ["MJA105 38:1"])
            #expect(found.first?.message.contains("uit de vorige versie, zonder reden voor de voortzetting") == true)
        }
        let theme = try #require(previous.themes.first)
        #expect(VersionMatching.earlierTheme(of: theme, in: previous)?.id == "zorg")
    }

    @Test func aNewThemeIsNotARepetition() throws {
        let fixture = try AgendaFixture([VersionPairs.file: VersionPairs.twoThemes])
        defer { fixture.remove() }
        let agenda = try #require(fixture.load().agendas.first)
        let earlier = try AgendaFixture([VersionPairs.file: Sample.twente])
        defer { earlier.remove() }
        let previous = try #require(earlier.load().agendas.first)
        #expect(VersionMatching.earlierTheme(of: agenda.themes[1], in: previous) == nil)
    }
}

/// The vernieuwend verdict with `--vorige` is what it was before the pairing was shared: over every
/// pair of shipped agendas, a theme counts as repeated exactly when the old rule (the first earlier
/// theme with the same id or a title alike at 0.8) found one.
@Suite(.timed) struct PreviousVersionVerdictsUnchangedTests {
    @Test func sameRepetitionsOverAllShippedAgendas() {
        let agendas = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions).agendas
        var repeated = 0
        for previous in agendas {
            for agenda in agendas {
                for theme in agenda.themes {
                    let before = previous.themes.first { $0.id == theme.id || DutchText.similarity($0.title, theme.title) >= 0.8 }
                    let now = VersionMatching.earlierTheme(of: theme, in: previous)
                    #expect((before == nil) == (now == nil), "\(theme.id) in \(agenda.file) against \(previous.file)")
                    if now != nil { repeated += 1 }
                }
            }
        }
        // Every agenda against itself repeats all its themes, so the comparison is not vacuous.
        #expect(repeated >= agendas.map(\.themes.count).reduce(0, +))
    }
}
