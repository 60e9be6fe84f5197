/// The columns of the open-data tables, with their Table Schema types, Dutch titles and
/// descriptions, and the keys between the tables. The rows `OpenDataTables.init` makes follow these
/// columns in order.
extension OpenDataTables {
    typealias F = DataTable.Field

    static let region = F("regio", .string, required: true, "Regio",
                          "De CBS-code van de arbeidsmarktregio (AM05), of 'landelijk' voor de Landelijke Meerjarenagenda.")
    static let theme = F("thema", .string, required: true, "Thema", "De id van het thema in de agenda.")
    static let action = F("actie", .string, required: true, "Actie", "De id van de actie binnen het thema.")
    static let result = F("resultaat", .integer, required: true, "Resultaat",
                          "Het volgnummer van het resultaat binnen het thema (1 is het eerste in de agenda).")
    static let list = "Meerdere id's staan gescheiden door een puntkomma."
    static let protected = "Tekst die begint met =, +, - of @ krijgt een apostrof vooraan, zodat een rekenblad er geen formule van maakt; agenda.json heeft de tekst ongewijzigd."

    static func key(_ fields: [String], _ table: String) -> DataTable.ForeignKey { .init(fields: fields, table: table) }

    static func table(_ name: String, _ title: String, _ description: String, _ fields: [F], key: [String],
                      references: [DataTable.ForeignKey] = []) -> DataTable {
        DataTable(name: name, title: title, description: description, fields: fields, primaryKey: key,
                  foreignKeys: references, rows: [])
    }

    /// The eight tables without rows, in the order of the package.
    public static let schemas: [DataTable] = [
        table("themas", "Thema's", "De thema's van het uitvoeringsdeel. \(protected)", [
            region, theme,
            F("titel", .string, required: true, "Titel", "De titel van het thema."),
            F("beschrijving", .string, "Beschrijving", "Waar het thema over gaat (Markdown)."),
            F("opgaven", .string, required: true, "Opgaven", "De opgaven die het thema dient: sociaal, economisch, ontwikkel. \(list)"),
            F("landelijk_thema", .string, "Landelijk thema", "Het landelijke thema waaraan dit regionale thema bijdraagt."),
            F("doorlopend", .boolean, required: true, "Doorlopend", "Landelijke agenda: true voor een doorlopend thema."),
            F("trekker", .string, "Trekker", "De id van de organisatie die het thema trekt."),
            F("partners", .string, "Partners", "De id's van de organisaties die meedoen. \(list)"),
            F("sectoren", .string, "Sectoren", "Sectoren uit het register. \(list)"),
            F("doelgroepen", .string, "Doelgroepen", "Doelgroepen uit het register. \(list)"),
            F("signalen", .string, "Signalen", "De signalen waarop het thema antwoordt; van een andere regio als AM05/id. \(list)"),
        ], key: ["regio", "thema"]),
        table("acties", "Acties", "De acties van de thema's, met hun begrote en gerealiseerde totaal. \(protected)", [
            region, theme, action,
            F("titel", .string, required: true, "Titel", "Wat er gebeurt."),
            F("beschrijving", .string, "Beschrijving", "Meer uitleg (Markdown)."),
            F("trekker", .string, "Trekker", "De id van de organisatie die de actie trekt."),
            F("partners", .string, "Partners", "De id's van de organisaties die meedoen. \(list)"),
            F("start", .date, "Start", "Begindatum."),
            F("einde", .date, "Einde", "Einddatum."),
            F("oplevering", .string, "Oplevering", "Wat de actie oplevert."),
            F("status", .string, required: true, "Status", "Gepland, lopend, afgerond, vertraagd of gestopt."),
            F("voortgang", .integer, "Voortgang", "Voortgang in procenten (0-100)."),
            F("peildatum", .date, "Peildatum", "De datum waarop status en voortgang vastgesteld zijn."),
            F("begroot_centen", .integer, required: true, "Begroot (centen)", "Het totaal van de begrotingsregels, in centen."),
            F("begroot_euro", .number, required: true, "Begroot (euro)", "Het totaal van de begrotingsregels, in euro's met twee decimalen."),
            F("gerealiseerd_centen", .integer, required: true, "Gerealiseerd (centen)", "Het totaal van de realisatieregels, in centen."),
            F("gerealiseerd_euro", .number, required: true, "Gerealiseerd (euro)", "Het totaal van de realisatieregels, in euro's met twee decimalen."),
        ], key: ["regio", "thema", "actie"], references: [key(["regio", "thema"], "themas")]),
        table("begroting", "Begroting en realisatie", "De begrotingsregels en de realisatieregels van de acties: jaar, financieringsbron, bedrag.", [
            region, theme, action,
            F("soort", .string, required: true, "Soort", "begroting (gepland geld) of realisatie (werkelijk uitgegeven)."),
            F("regel", .integer, required: true, "Regel", "Het volgnummer van de regel binnen de actie en de soort."),
            F("jaar", .year, required: true, "Jaar", "Het begrotingsjaar of het jaar van uitgave."),
            F("bron", .string, required: true, "Financieringsbron", "De id van de financieringsbron."),
            F("bedrag_centen", .integer, required: true, "Bedrag (centen)", "Het bedrag in centen, exact."),
            F("bedrag_euro", .number, required: true, "Bedrag (euro)", "Het bedrag in euro's met twee decimalen."),
            F("zekerheid", .string, "Zekerheid", "Bij begroting: toegezegd, aangevraagd of indicatief."),
        ], key: ["regio", "thema", "actie", "soort", "regel"], references: [key(["regio", "thema", "actie"], "acties")]),
        table("resultaten", "Resultaten", "De resultaten waar de thema's naartoe werken. \(protected)", [
            region, theme, result,
            F("omschrijving", .string, required: true, "Omschrijving", "Het resultaat in een zin."),
        ], key: ["regio", "thema", "resultaat"], references: [key(["regio", "thema"], "themas")]),
        table("indicatoren", "Indicatoren", "Waaraan de resultaten gemeten worden: nulmeting, streefwaarde en de laatste meting. \(protected)", [
            region, theme, result,
            F("indicator", .string, "Indicator", "Waaraan het resultaat wordt gemeten."),
            F("eenheid", .string, "Eenheid", "De eenheid, zoals personen of %."),
            F("bron", .string, "Bron", "Waar de cijfers vandaan komen, zoals UWV of CBS."),
            F("nulmeting", .number, "Nulmeting", "De waarde bij de start."),
            F("nulmeting_jaar", .year, "Jaar nulmeting", "Het jaar van de nulmeting."),
            F("streefwaarde", .number, "Streefwaarde", "De waarde die het thema wil bereiken."),
            F("streefdatum", .date, "Streefdatum", "Wanneer de streefwaarde bereikt moet zijn."),
            F("laatste_meting", .number, "Laatste meting", "De waarde van de laatste meting."),
            F("laatste_meting_datum", .date, "Datum laatste meting", "De datum van de laatste meting."),
        ], key: ["regio", "thema", "resultaat"], references: [key(["regio", "thema", "resultaat"], "resultaten")]),
        table("metingen", "Metingen", "De metingen van de indicatoren tijdens de uitvoering. \(protected)", [
            region, theme, result,
            F("meting", .integer, required: true, "Meting", "Het volgnummer van de meting binnen het resultaat, zoals in de agenda."),
            F("datum", .date, required: true, "Datum", "De datum waarop de waarde gemeten is."),
            F("waarde", .number, required: true, "Waarde", "De gemeten waarde, in de eenheid van de indicator."),
            F("bron", .string, "Bron", "Waar het cijfer vandaan komt, als dat anders is dan de bron van de indicator."),
        ], key: ["regio", "thema", "resultaat", "meting"], references: [key(["regio", "thema", "resultaat"], "indicatoren")]),
        table("signalen", "Signalen", "De signalen aan het Landelijk Beraad en hun afhandeling. \(protected)", [
            region,
            F("signaal", .string, required: true, "Signaal", "De id van het signaal in de agenda."),
            F("datum", .date, required: true, "Datum", "Wanneer het signaal is afgegeven."),
            F("soort", .string, required: true, "Soort", "Knelpunt, kans, goed voorbeeld of verzoek."),
            F("titel", .string, required: true, "Titel", "Het signaal in een zin."),
            F("beschrijving", .string, "Beschrijving", "Meer uitleg (Markdown)."),
            F("opgave", .string, "Opgave", "De opgave waar het signaal bij hoort."),
            F("sectoren", .string, "Sectoren", "Sectoren uit het register. \(list)"),
            F("doelgroepen", .string, "Doelgroepen", "Doelgroepen uit het register. \(list)"),
            F("landelijke_themas", .string, "Landelijke thema's", "De landelijke thema's waar het signaal over gaat. \(list)"),
            F("urgentie", .string, required: true, "Urgentie", "Laag, middel of hoog."),
            F("vraag", .string, required: true, "Vraag", "Wat gevraagd wordt: oplossen, agenderen of opschalen."),
            F("status", .string, required: true, "Status", "De landelijke afhandeling: nieuw, geagendeerd, in behandeling, opgelost of teruggekoppeld."),
            F("antwoord", .string, "Antwoord", "Het landelijke antwoord (terugkoppeling, Markdown)."),
        ], key: ["regio", "signaal"]),
        table("criteria", "Afwegingen", "Per thema van het uitvoeringsdeel en per afweging: het oordeel van mja check, de redenen en de onderbouwing uit de agenda. \(protected)", [
            region, theme,
            F("afweging", .string, required: true, "Afweging",
              "signalen, organisatieoverstijgend, nergens_anders_belegd, concreet, vernieuwend of opschaalbaar."),
            F("oordeel", .string, required: true, "Oordeel", "voldoet, onvoldoende onderbouwd of voldoet niet."),
            F("redenen", .string, "Redenen", "Waarom, zoals mja check het vaststelt."),
            F("onderbouwing", .string, "Onderbouwing", "De onderbouwing die de agenda zelf geeft (Markdown)."),
        ], key: ["regio", "thema", "afweging"], references: [key(["regio", "thema"], "themas")]),
    ]
}
