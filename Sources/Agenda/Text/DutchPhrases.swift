/// Every counted phrase the documents print, in one place: the noun, its plural and the verb are
/// chosen here once, so `DutchPhrasesTests` reads each of them with 0, 1, 2 and many and a wrong
/// form ("2 van de 4 signalen heeft", "Alle 2 thema's") cannot hide in one template.
enum DutchPhrases {
    // MARK: Counts

    /// "geen signalen", "1 signaal", "2 signalen".
    static func signals(_ count: Int) -> String { DutchCount.of(count, "signaal", "signalen") }
    /// "geen regio's", "1 regio", "2 regio's".
    static func regions(_ count: Int) -> String { DutchCount.of(count, "regio", "regio's") }
    /// "geen acties", "1 actie", "2 acties".
    static func actions(_ count: Int) -> String { DutchCount.of(count, "actie", "acties") }
    /// "geen agenda's", "1 agenda", "2 agenda's".
    static func agendas(_ count: Int) -> String { DutchCount.of(count, "agenda", "agenda's") }
    /// "geen metingen", "1 meting", "2 metingen".
    static func measurements(_ count: Int) -> String { DutchCount.of(count, "meting", "metingen") }
    /// "geen thema's", "1 thema", "2 thema's".
    static func themes(_ count: Int) -> String { DutchCount.of(count, "thema", "thema's") }
    /// "geen landelijke thema's", "1 landelijk thema", "2 landelijke thema's".
    static func nationalThemes(_ count: Int) -> String { DutchCount.of(count, "landelijk thema", "landelijke thema's") }
    /// "geen sectoren", "1 sector", "2 sectoren".
    static func sectors(_ count: Int) -> String { DutchCount.of(count, "sector", "sectoren") }
    /// "geen doelgroepen", "1 doelgroep", "2 doelgroepen".
    static func targetGroups(_ count: Int) -> String { DutchCount.of(count, "doelgroep", "doelgroepen") }
    /// "geen mogelijke nieuwe thema's", "1 mogelijk nieuw thema", "2 mogelijke nieuwe thema's".
    static func possibleNewThemes(_ count: Int) -> String { DutchCount.of(count, "mogelijk nieuw thema", "mogelijke nieuwe thema's") }

    /// "geen opgaven", "1 opgave", "2 opgaven".
    static func tasks(_ count: Int) -> String { DutchCount.of(count, "opgave", "opgaven") }
    /// "geen soorten", "1 soort", "2 soorten".
    static func kinds(_ count: Int) -> String { DutchCount.of(count, "soort", "soorten") }
    /// "geen urgenties", "1 urgentie", "2 urgenties".
    static func urgencies(_ count: Int) -> String { DutchCount.of(count, "urgentie", "urgenties") }

    /// `count` topics of `dimension`: "7 landelijke thema's", "1 sector".
    static func topics(_ count: Int, of dimension: SignalAggregation.Dimension) -> String {
        switch dimension {
        case .nationalTheme: nationalThemes(count)
        case .task: tasks(count)
        case .sector: sectors(count)
        case .targetGroup: targetGroups(count)
        case .kind: kinds(count)
        case .urgency: urgencies(count)
        }
    }

    // MARK: Sentences of the signal report

    /// What the broadly shared topics are: "7 landelijke thema's, 9 sectoren en 7 doelgroepen";
    /// dimensions without a broadly shared topic are left out ("geen" when there are none at all).
    static func broadlySharedKinds(_ counts: [(SignalAggregation.Dimension, Int)]) -> String {
        let parts = counts.filter { $0.1 > 0 }.map { topics($0.1, of: $0.0) }
        return parts.isEmpty ? "geen" : DutchList.joined(parts)
    }

    /// Where the signals of a report come from: "De signalen komen uit de regionale agenda's." or
    /// "... en uit signalen.xlsx." (only files that were read; names without their folder).
    static func signalSources(files: [String]) -> String {
        "De signalen komen uit de regionale agenda's" + (files.isEmpty ? "." : " en uit \(DutchList.joined(files)).")
    }

    /// "23 onderwerpen zijn breed gedragen", "1 onderwerp is breed gedragen".
    static func broadlyShared(_ count: Int) -> String {
        DutchCount.subject(count, "onderwerp", "onderwerpen", verb: ("is", "zijn")) + " breed gedragen"
    }

    /// "126 signalen staan nog open", "1 signaal staat nog open".
    static func stillOpen(_ count: Int) -> String {
        DutchCount.subject(count, "signaal", "signalen", verb: ("staat", "staan")) + " nog open"
    }

    /// "3 signalen zijn nog niet opgelost of teruggekoppeld".
    static func notYetAnswered(_ count: Int) -> String {
        DutchCount.subject(count, "signaal", "signalen", verb: ("is", "zijn")) + " nog niet opgelost of teruggekoppeld"
    }

    /// "2 van de 4 signalen hebben een landelijk antwoord.", "Het signaal heeft nog geen landelijk antwoord."
    static func answered(_ answered: Int, of total: Int) -> String {
        let start = DutchCount.part(answered, of: total, "signaal", "signalen", verb: ("heeft", "hebben"))
        return start + (total == 1 && answered == 0 ? " nog geen" : " een") + " landelijk antwoord."
    }

    // MARK: Sentences of the agenda documents

    /// The verdict over the themes of a summary: "Beide thema's voldoen aan de zes afwegingen.",
    /// "1 van de 3 thema's voldoet nog niet aan alle zes afwegingen: ‘X’." `weak` are the titles of
    /// the themes that fall short, of `count` themes in all.
    static func themeVerdict(weak: [String], of count: Int) -> String {
        guard count > 0 else { return "Het uitvoeringsdeel heeft nog geen thema's." }
        if weak.isEmpty { return DutchCount.all(count, "thema", "thema's", verb: ("voldoet", "voldoen")) + " aan de zes afwegingen." }
        let names = count == 1 ? "" : ": " + DutchList.joined(weak.map { "‘\($0)’" })
        if weak.count >= count { return noneMeetYet(count) + names + "." }
        let subject = DutchCount.part(weak.count, of: count, "thema", "thema's", verb: ("voldoet", "voldoen"))
        return "\(subject) nog niet aan alle zes afwegingen\(names)."
    }

    /// When every one of `count` themes falls short: "Het thema voldoet nog niet aan alle zes
    /// afwegingen", "Geen van beide thema's voldoet al aan alle zes afwegingen", "Geen van de 7
    /// thema's voldoet al aan alle zes afwegingen" (not "Alle 7 thema's voldoen nog niet", which
    /// reads as if each falls short on every point). No full stop: callers go on or end it.
    static func noneMeetYet(_ count: Int) -> String {
        count <= 1
            ? "Het thema voldoet nog niet aan alle zes afwegingen"
            : DutchCount.part(0, of: count, "thema", "thema's", verb: ("voldoet", "voldoen")) + " al aan alle zes afwegingen"
    }

    // MARK: What an agenda asks of its council

    /// "het thema dat aan de zes afwegingen voldoet", "de 2 thema's die aan de zes afwegingen voldoen".
    static func themesThatMeet(_ count: Int) -> String {
        switch count {
        case ...0: "geen thema dat aan de zes afwegingen voldoet"
        case 1: "het thema dat aan de zes afwegingen voldoet"
        default: "de \(count) thema's die aan de zes afwegingen voldoen"
        }
    }

    /// "het thema dat voldoet", "de 2 thema's die voldoen" (in the summary's sentence).
    static func meetingThemes(_ count: Int) -> String {
        switch count {
        case ...0: "geen thema dat voldoet"
        case 1: "het thema dat voldoet"
        default: "de \(count) thema's die voldoen"
        }
    }

    /// After the names of `count` themes that fall short: "dat nog niet aan alle zes afwegingen
    /// voldoet", "die nog niet aan alle zes afwegingen voldoen".
    static func thatFallShort(_ count: Int) -> String {
        count == 1 ? "dat nog niet aan alle zes afwegingen voldoet" : "die nog niet aan alle zes afwegingen voldoen"
    }

    /// The owners of `count` themes: "de trekker", "hun trekkers".
    static func owners(_ count: Int) -> String { count == 1 ? "de trekker" : "hun trekkers" }

    /// "het thema", "de thema's": the themes of the execution part, all of them.
    static func theThemes(_ count: Int) -> String { count == 1 ? "het thema" : "de thema's" }
}
