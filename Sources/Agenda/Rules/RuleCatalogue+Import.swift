import Diagnostics
extension RuleCatalogue {
    /// The rules of `mja importeer`: a JSON file that cannot be converted to an agenda file as meant.
    static let importRules: [Rule] = [
        Rule("MJA340", .error, title: "Geen geldige JSON", english: "Not valid JSON",
             explanation: "Het bestand dat u wilt importeren is geen geldige JSON: een komma te veel of te weinig, een tekst zonder afsluitend aanhalingsteken, een sleutel die twee keer in hetzelfde object staat. De melding noemt regel en kolom. Er wordt niets geschreven.",
             example: "fout:  { \"titel\": \"Twente\", }\ngoed:  { \"titel\": \"Twente\" }"),
        Rule("MJA341", .error, title: "Onbekende sleutel in de JSON", english: "Unknown key in the JSON",
             explanation: "De sleutel hoort niet bij het agendaformaat (zie 'mja schema' en de tabellen hieronder). Meestal een tikfout; de melding stelt de dichtstbijzijnde sleutel voor.",
             example: "fout:  { \"titell\": \"Techniek\" }\ngoed:  { \"titel\": \"Techniek\" }"),
        Rule("MJA342", .error, title: "Waarde van de verkeerde soort in de JSON", english: "Value of the wrong kind in the JSON",
             explanation: "De waarde is niet van de soort die de sleutel vraagt: een getal waar tekst hoort, een lijst waar een object hoort, of null. Laat een sleutel zonder waarde weg in plaats van null te schrijven.",
             example: "fout:  \"titel\": 5\ngoed:  \"titel\": \"Techniek\""),
        Rule("MJA343", .error, title: "Datum of keuze niet geldig in de JSON", english: "Date or choice not valid in the JSON",
             explanation: "Een datum is tekst als \"2026-03-01\" (jaar-maand-dag) en moet bestaan; een sleutel met een vaste lijst waarden (status, soort, urgentie, ...) krijgt een van die waarden. De melding noemt ze.",
             example: "fout:  \"datum\": \"1-3-2026\"\ngoed:  \"datum\": \"2026-03-01\""),
        Rule("MJA344", .error, title: "Getal niet te bewaren zoals geschreven", english: "Number that cannot be kept as written",
             explanation: "Een jaar, een percentage of een bedrag in hele euro's is een geheel getal; een bedrag met centen is tekst (\"1250,50\"), zodat het exact blijft. Een ander getal mag decimalen hebben, maar niet meer cijfers dan een agenda exact bewaart (zo'n 15): mja rondt niet stilzwijgend af.",
             example: "fout:  \"bedrag\": 1250.5\ngoed:  \"bedrag\": \"1250,50\""),
        Rule("MJA345", .error, title: "Verplichte sleutel ontbreekt in de JSON", english: "Required key missing in the JSON",
             explanation: "Een object mist een sleutel die het agendaformaat verplicht stelt, zoals de titel van een thema. De melding wijst naar het begin van het object.",
             example: "fout:  { \"id\": \"techniek\" }\ngoed:  { \"id\": \"techniek\", \"titel\": \"Techniek\", ... }"),
    ]

    /// The English explanations of the import rules, for `mja explain --lang en`.
    static let importEnglishExplanations: [String: String] = [
        "MJA340": "The file to import is not valid JSON: a comma too many or too few, a text without its closing quote, a key twice in the same object. The message names line and column. Nothing is written.",
        "MJA341": "The key does not belong to the agenda format (see 'mja schema'). Usually a typo; the message suggests the closest key.",
        "MJA342": "The value is not of the kind the key asks for: a number where text belongs, a list where an object belongs, or null. Leave a key without a value out instead of writing null.",
        "MJA343": "A date is text such as \"2026-03-01\" (year-month-day) and must exist; a key with a fixed list of values (status, kind, urgency, ...) takes one of them. The message lists them.",
        "MJA344": "A year, a percentage or an amount in whole euros is a whole number; an amount with cents is text (\"1250,50\"), so it stays exact. Another number may have decimals, but not more digits than an agenda keeps exactly (about 15): mja does not round in silence.",
        "MJA345": "An object lacks a key the agenda format requires, such as a theme's title. The message points at the start of the object.",
    ]
}
