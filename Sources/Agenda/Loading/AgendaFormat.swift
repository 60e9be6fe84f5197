/// The file format of an agenda (`regions/am05-twente.toml`, `regions/lmja.toml`), described once.
/// `regions/README.md` documents it for programme managers; keep the two in step.
public enum AgendaFormat {
    static let tasks = AgendaTask.allCases.map(\.rawValue)

    /// The whole file.
    public static let file = TableSchema(name: "", fields: [
        FieldSchema("agenda", .table(header), required: true, "Gegevens van de agenda: soort, regio, titel, periodes."),
        FieldSchema("beleidsdeel", .table(policy), required: true, "Het vijfjarige beleidsdeel."),
        FieldSchema("organisatie", .tableList(organisation), "Organisaties van deze agenda (landelijke staan in het register)."),
        FieldSchema("financieringsbron", .tableList(fundingSource), "Financieringsbronnen van deze agenda, met plafond per jaar."),
        FieldSchema("thema", .tableList(theme), "De thema's van het uitvoeringsdeel."),
        FieldSchema("signaal", .tableList(signal), "Signalen aan het Landelijk Beraad."),
    ])

    static let header = TableSchema(name: "agenda", fields: [
        FieldSchema("soort", .choice(["regionaal", "landelijk"]), required: true, "Regionale (RMJA) of landelijke (LMJA) agenda."),
        FieldSchema("regio", .text, "De CBS-code van de arbeidsmarktregio, zoals \"AM05\" (alleen regionaal)."),
        FieldSchema("titel", .text, required: true, "De titel op het voorblad."),
        FieldSchema("versie", .text, required: true, "Versie, zoals \"1.0\"."),
        FieldSchema("status", .choice(Agenda.Status.allCases.map(\.rawValue)), required: true, "Concept of vastgesteld."),
        FieldSchema("vastgesteld_door", .text, "Wie de agenda heeft vastgesteld."),
        FieldSchema("vastgesteld_op", .date, "Wanneer de agenda is vastgesteld."),
        FieldSchema("beleidsperiode", .text, required: true, "Vijf kalenderjaren, zoals \"2026-2030\"."),
        FieldSchema("uitvoeringsperiode", .text, required: true, "Twee kalenderjaren binnen de beleidsperiode, zoals \"2026-2027\"."),
        FieldSchema("voorbeeld", .boolean, "true: de inhoud is een voorbeeld, niet de echte plannen van de regio."),
        FieldSchema("peildatum", .date, "Voortgang: de datum waarop de voortgangsgegevens (realisatie, metingen, status) bijgewerkt zijn."),
        FieldSchema("licentie", .choice(Agenda.Licence.allCases.map(\.rawValue)), "Open data: de licentie van de gegevens, \"CC0-1.0\" (standaard) of \"CC-BY-4.0\"."),
    ])

    static let policy = TableSchema(name: "beleidsdeel", fields: [
        FieldSchema("ambitie", .markdown, required: true, "De ambitie voor vijf jaar (Markdown)."),
        FieldSchema("analyse", .markdown, required: true, "De analyse van de regionale arbeidsmarkt (Markdown)."),
        FieldSchema("opgave", .table(taskPolicies), "Per opgave: beschrijving, doelen en focus."),
        FieldSchema("synergie", .markdown, "Hoe de drie opgaven elkaar versterken (Markdown)."),
        FieldSchema("governance", .markdown, "Partners en governance (Markdown)."),
    ])

    static let taskPolicies = TableSchema(name: "beleidsdeel.opgave", fields: AgendaTask.allCases.map {
        FieldSchema($0.rawValue, .table(taskPolicy($0)), "De \($0.dutchName).")
    })

    static func taskPolicy(_ task: AgendaTask) -> TableSchema {
        TableSchema(name: "beleidsdeel.opgave.\(task.rawValue)", fields: [
            FieldSchema("beschrijving", .markdown, required: true, "Wat de regio aan deze opgave doet (Markdown)."),
            FieldSchema("doelen", .list(.text), "De doelen voor vijf jaar."),
            FieldSchema("sectoren", .list(.reference(.sector)), "Focus: sectoren uit het register."),
            FieldSchema("doelgroepen", .list(.reference(.targetGroup)), "Focus: doelgroepen uit het register."),
        ])
    }

    static let organisation = TableSchema(name: "organisatie", fields: [
        FieldSchema("id", .identifier, required: true, "Korte naam om naar te verwijzen, zoals \"gemeente-enschede\"."),
        FieldSchema("naam", .text, required: true, "De volledige naam."),
        FieldSchema("soort", .reference(.organisationKind), required: true, "Soort organisatie uit het register."),
    ])

    static let fundingSource = TableSchema(name: "financieringsbron", fields: [
        FieldSchema("id", .identifier, required: true, "Korte naam om naar te verwijzen."),
        FieldSchema("naam", .text, required: true, "De volledige naam."),
        FieldSchema("plafond", .table(envelope), "Het maximum per jaar, zoals { 2026 = 400000 }."),
    ])

    static let envelope = TableSchema(name: "financieringsbron.plafond", fields: [], keyPattern: .years(.euro))

    static let theme = TableSchema(name: "thema", fields: [
        FieldSchema("id", .identifier, required: true, "Korte naam om naar te verwijzen."),
        FieldSchema("titel", .text, required: true, "De titel van het thema."),
        FieldSchema("beschrijving", .markdown, required: true, "Waar het thema over gaat (Markdown)."),
        FieldSchema("opgaven", .list(.choice(tasks)), required: true, "De opgaven die het thema dient."),
        FieldSchema("landelijk_thema", .reference(.nationalTheme), "Het landelijke thema waaraan dit regionale thema bijdraagt."),
        FieldSchema("doorlopend", .boolean, "Landelijke agenda: een doorlopend thema."),
        FieldSchema("trekker", .reference(.organisation), "De organisatie die het thema trekt."),
        FieldSchema("partners", .list(.reference(.organisation)), "De organisaties die meedoen."),
        FieldSchema("sectoren", .list(.reference(.sector)), "Sectoren uit het register."),
        FieldSchema("doelgroepen", .list(.reference(.targetGroup)), "Doelgroepen uit het register."),
        FieldSchema("signalen", .list(.reference(.signal)), "De signalen waarop het thema antwoordt; van een andere regio als \"AM05/id\"."),
        FieldSchema("afwegingen", .table(criteria), "De onderbouwing voor de zes afwegingen."),
        FieldSchema("resultaat", .tableList(result), "Resultaten met indicatoren."),
        FieldSchema("actie", .tableList(action), "De acties van het thema."),
    ])

    static let criteria = TableSchema(name: "thema.afwegingen", fields: [
        FieldSchema("signalen", .markdown, "Waarom het thema antwoord geeft op signalen."),
        FieldSchema("organisatieoverstijgend", .markdown, "Waarom meerdere partijen nodig zijn."),
        FieldSchema("nergens_anders_belegd", .markdown, "Waarom geen andere tafel dit al oppakt."),
        FieldSchema("concreet", .markdown, "Welk concreet resultaat de arbeidsmarkt krijgt."),
        FieldSchema("vernieuwend", .markdown, "Wat er nieuw aan is."),
        FieldSchema("voortzetting", .markdown, "Bij een voortzetting van eerder werk: waarom het doorgaat."),
        FieldSchema("opschaalbaar", .markdown, "Hoe het naar andere regio's of landelijk kan."),
        FieldSchema("opschaalbaar_naar", .list(.reference(.scalingTarget)), "Regiocodes of \"landelijk\"."),
    ])

    static let result = TableSchema(name: "thema.resultaat", fields: [
        FieldSchema("omschrijving", .text, required: true, "Het resultaat in een zin."),
        FieldSchema("indicator", .text, "Waaraan het resultaat wordt gemeten."),
        FieldSchema("eenheid", .text, "De eenheid, zoals \"personen\" of \"%\"."),
        FieldSchema("bron", .text, "Waar de cijfers vandaan komen, zoals \"UWV\" of \"CBS\"."),
        FieldSchema("nulmeting", .number, "De waarde bij de start."),
        FieldSchema("nulmeting_jaar", .year, "Het jaar van de nulmeting."),
        FieldSchema("streefwaarde", .number, "De waarde die het thema wil bereiken."),
        FieldSchema("streefdatum", .date, "Wanneer de streefwaarde bereikt moet zijn."),
        FieldSchema("metingen", .tableList(measurement), "Voortgang: metingen van de indicator tijdens de uitvoering (datum, waarde, bron)."),
    ])

    static let measurement = TableSchema(name: "thema.resultaat.metingen", fields: [
        FieldSchema("datum", .date, required: true, "De datum waarop de waarde gemeten is."),
        FieldSchema("waarde", .number, required: true, "De gemeten waarde, in de eenheid van het resultaat."),
        FieldSchema("bron", .text, "Waar het cijfer vandaan komt, als dat anders is dan de bron van het resultaat."),
    ])

    static let action = TableSchema(name: "thema.actie", fields: [
        FieldSchema("id", .identifier, required: true, "Korte naam om naar te verwijzen."),
        FieldSchema("titel", .text, required: true, "Wat er gebeurt."),
        FieldSchema("beschrijving", .markdown, "Meer uitleg (Markdown)."),
        FieldSchema("trekker", .reference(.organisation), "De organisatie die de actie trekt."),
        FieldSchema("partners", .list(.reference(.organisation)), "De organisaties die meedoen."),
        FieldSchema("start", .date, "Begindatum."),
        FieldSchema("einde", .date, "Einddatum."),
        FieldSchema("oplevering", .text, "Wat de actie oplevert."),
        FieldSchema("status", .choice(Action.Status.allCases.map(\.rawValue)), "Gepland, lopend, afgerond, vertraagd of gestopt."),
        FieldSchema("voortgang", .integer(0...100), "Voortgang in procenten."),
        FieldSchema("begroting", .tableList(budgetLine), "Begrotingsregels: jaar, bron, bedrag."),
        FieldSchema("peildatum", .date, "Voortgang: de datum waarop status en voortgang vastgesteld zijn."),
        FieldSchema("realisatie", .tableList(realisedLine), "Voortgang: het werkelijk uitgegeven geld per jaar en bron."),
    ])

    static let realisedLine = TableSchema(name: "thema.actie.realisatie", fields: [
        FieldSchema("jaar", .year, required: true, "Het jaar waarin het geld is uitgegeven."),
        FieldSchema("bron", .reference(.fundingSource), required: true, "De financieringsbron, zoals in de begroting."),
        FieldSchema("bedrag", .euro, required: true, "Het uitgegeven bedrag in euro's: een geheel getal, of tekst met centen (\"1250,50\")."),
    ])

    static let budgetLine = TableSchema(name: "thema.actie.begroting", fields: [
        FieldSchema("jaar", .year, required: true, "Het begrotingsjaar."),
        FieldSchema("bron", .reference(.fundingSource), required: true, "De financieringsbron."),
        FieldSchema("bedrag", .euro, required: true, "Het bedrag in euro's: een geheel getal, of tekst met centen (\"1250,50\")."),
        FieldSchema("zekerheid", .choice(BudgetLine.Certainty.allCases.map(\.rawValue)), "Toegezegd, aangevraagd of indicatief."),
    ])

    static let signal = TableSchema(name: "signaal", fields: [
        FieldSchema("id", .identifier, required: true, "Korte naam om naar te verwijzen."),
        FieldSchema("datum", .date, required: true, "Wanneer het signaal is afgegeven."),
        FieldSchema("soort", .choice(Signal.Kind.allCases.map(\.rawValue)), required: true, "Knelpunt, kans, goed voorbeeld of verzoek."),
        FieldSchema("titel", .text, required: true, "Het signaal in een zin."),
        FieldSchema("beschrijving", .markdown, "Meer uitleg (Markdown)."),
        FieldSchema("opgave", .choice(tasks), "De opgave waar het signaal bij hoort."),
        FieldSchema("sectoren", .list(.reference(.sector)), "Sectoren uit het register."),
        FieldSchema("doelgroepen", .list(.reference(.targetGroup)), "Doelgroepen uit het register."),
        FieldSchema("landelijke_themas", .list(.reference(.nationalTheme)), "De landelijke thema's waar het signaal over gaat."),
        FieldSchema("urgentie", .choice(Signal.Urgency.allCases.map(\.rawValue)), required: true, "Laag, middel of hoog."),
        FieldSchema("vraag", .choice(Signal.Ask.allCases.map(\.rawValue)), required: true, "Wat gevraagd wordt: oplossen, agenderen of opschalen."),
        FieldSchema("status", .choice(Signal.Status.allCases.map(\.rawValue)), "De landelijke afhandeling."),
        FieldSchema("antwoord", .markdown, "Het landelijke antwoord (terugkoppeling)."),
    ])
}
