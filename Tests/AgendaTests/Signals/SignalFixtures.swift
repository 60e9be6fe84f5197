import Diagnostics
@testable import Agenda

/// Signals built in code for the signal tests: realistic Dutch texts, so the tests do not depend on
/// what the shipped agendas happen to say.
enum SignalFixtures {
    static let nowhere = SourceRange(at: SourcePosition(line: 1, column: 1))

    /// A signal with sensible defaults; `date` is ISO.
    static func signal(
        _ region: String, _ id: String, _ date: String, title: String, description: String = "",
        kind: Signal.Kind = .bottleneck, task: AgendaTask? = .social, sectors: [String] = [], groups: [String] = [],
        themes: [String] = [], urgency: Signal.Urgency = .medium, ask: Signal.Ask = .putOnAgenda,
        status: Signal.Status = .new, answer: String? = nil
    ) -> Signal {
        Signal(
            id: id, region: region, date: SignalCSVFormat.date(date)!, kind: kind, title: title, description: description,
            task: task, sectors: sectors.map { Reference($0, range: nowhere) }, targetGroups: groups.map { Reference($0, range: nowhere) },
            nationalThemes: themes.map { Reference($0, range: nowhere) }, urgency: urgency, ask: ask, status: status,
            answer: answer, origin: Origin(file: "test", range: nowhere))
    }

    /// Six regions that cannot get people to early shifts without a car, each in its own words.
    static let transport: [Signal] = [
        signal("AM02", "ov-dorpen", "2026-02-03", title: "Zonder auto kom je in de dorpen niet op tijd bij de vroege dienst",
               description: "De bus rijdt niet voor zeven uur en niet in het weekend. Werkzoekenden kunnen geen diensten in de zorg aannemen."),
        signal("AM03", "buslijnen", "2026-02-20", title: "Werkzoekenden kunnen vroege en late diensten niet bereiken",
               description: "De buslijnen naar de stad zijn uitgedund. Ploegendiensten in de industrie vallen af voor mensen zonder rijbewijs."),
        signal("AM09", "bedrijventerrein", "2026-04-02", title: "Bedrijventerreinen zijn zonder auto niet te bereiken",
               description: "Werkzoekenden zonder rijbewijs kunnen geen ploegendiensten aannemen. Buurtbussen rijden niet naar de terreinen."),
        signal("AM10", "eerste-bus", "2026-05-11", title: "Ploegendiensten in de logistiek beginnen voordat de eerste bus rijdt",
               description: "Distributiecentra starten om vijf uur. Werkzoekenden zonder auto kunnen daar niet werken."),
        signal("AM15", "avondbus", "2026-07-01", title: "Werklocaties zijn buiten de spits onbereikbaar met het openbaar vervoer",
               description: "Bussen naar de bedrijventerreinen rijden niet 's avonds. Werkzoekenden zonder auto kunnen geen diensten draaien."),
        signal("AM24", "ploegen-ov", "2026-08-15", title: "Zonder auto kom je hier niet naar je werk",
               description: "Busverbindingen naar de industrie passen niet bij ploegendiensten."),
    ]

    /// Three regions where parents cannot work more hours for lack of childcare.
    static let childcare: [Signal] = [
        signal("AM11", "opvang-tekort", "2026-03-09", title: "Jonge ouders kunnen niet meer uren werken door wachtlijsten in de kinderopvang",
               description: "Alleenstaande moeders zeggen werk af omdat er geen opvangplek is. Dat houdt ze in de bijstand."),
        signal("AM13", "opvang-utrecht", "2026-06-18", title: "Wachtlijsten in de kinderopvang houden ouders in kleine deeltijdbanen",
               description: "Werkgevers bieden meer uren aan, maar ouders krijgen geen extra opvangdag."),
        signal("AM20", "opvang-vol", "2026-09-30", title: "Ouders kunnen niet meer uren werken omdat de opvang vol zit",
               description: "Kinderopvang heeft wachtlijsten van een half jaar. Ouders die meer willen werken, kunnen dat niet."),
    ]

    /// Unrelated signals without a national theme: none of them belongs with another.
    static let unrelated: [Signal] = [
        signal("AM01", "versterking", "2026-01-15", title: "De versterkingsoperatie trekt vakmensen weg uit de installatietechniek",
               description: "Aannemers in de versterking betalen hogere tarieven; kleine installateurs verliezen monteurs."),
        signal("AM12", "zzp-media", "2026-03-03", title: "Zzp'ers in de mediasector vallen buiten elke scholingsregeling",
               description: "Zelfstandigen die voor omroepen werken hebben geen O&O-fonds."),
        signal("AM18", "ai-kantoor", "2026-05-20", title: "AI verandert kantoorbanen in de zakelijke dienstverlening",
               description: "Werkgevers verwachten dat ondersteunend werk verdwijnt en zoeken met opleiders nieuwe routes."),
        signal("AM21", "screening", "2026-06-02", title: "Screening voor werk in de beveiliging duurt maanden",
               description: "Jongeren die een veiligheidsopleiding willen, wachten lang op een VOG en kiezen ander werk."),
    ]
}
