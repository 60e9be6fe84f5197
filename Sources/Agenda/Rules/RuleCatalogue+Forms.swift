import Diagnostics
extension RuleCatalogue {
    /// The messages of the forms of `mja server` at a field (`FieldProblem`): what was typed cannot
    /// be written into the agenda as meant. Nothing is saved until it is put right; listed here so
    /// `mja explain MJA321` says what the message at the field means.
    static let formRules: [Rule] = [
        Rule("MJA320", .error, title: "Geen bedrag in euro's in het formulier", english: "Not an amount in euros in the form",
             explanation: "In een bedragveld van een formulier staat iets dat mja niet als bedrag in euro's kan lezen: letters, twee komma's, een valutateken dat geen euro is. Schrijf het bedrag zoals u het op papier schrijft: punten tussen de duizendtallen en een komma voor de centen. Er is niets opgeslagen.",
             example: "fout:  anderhalf miljoen\ngoed:  1.500.000 of 1.500.000,50"),
        Rule("MJA321", .error, title: "Bedrag in het formulier is op twee manieren te lezen", english: "Amount in the form reads two ways",
             explanation: "Een komma met precies drie cijfers erachter (1,500) is in het Engels een scheiding tussen duizendtallen (vijftienhonderd) en in het Nederlands een decimaalkomma met een cijfer te veel (anderhalf). mja gokt niet: schrijf het bedrag zo dat het maar op één manier te lezen is. Er is niets opgeslagen.",
             example: "fout:  1,500\ngoed:  1.500 (vijftienhonderd euro) of 1,50 (anderhalve euro)"),
        Rule("MJA322", .error, title: "Geen datum in het formulier", english: "Not a date in the form",
             explanation: "In een datumveld staat iets dat geen bestaande datum is, zoals 31-02-2026 of 2026/13/01. Kies de datum in het datumveld, of typ hem als dag-maand-jaar (31-12-2027) of jaar-maand-dag (2027-12-31). Er is niets opgeslagen.",
             example: "fout:  31-02-2026\ngoed:  28-02-2026"),
        Rule("MJA323", .error, title: "Geen jaartal in het formulier", english: "Not a year in the form",
             explanation: "Een jaar in een begrotingsregel of meting heeft vier cijfers. Een afkorting (26) of een periode (2026-2027) kan mja niet als één jaar lezen. Er is niets opgeslagen.",
             example: "fout:  '26\ngoed:  2026"),
        Rule("MJA324", .error, title: "Id in het formulier niet bruikbaar", english: "Id in the form cannot be used",
             explanation: "De korte naam (id) van een nieuw thema, een nieuwe actie of een nieuw signaal bestaat uit kleine letters, cijfers, streepjes en liggende streepjes, en begint met een letter. Andere delen van de agenda verwijzen ermee naar het onderdeel, dus spaties en hoofdletters kunnen niet. Er is niets opgeslagen.",
             example: "fout:  Leerwerkbanen Techniek\ngoed:  leerwerkbanen-techniek"),
        Rule("MJA325", .error, title: "Id in het formulier al in gebruik", english: "Id in the form already in use",
             explanation: "Er is in deze agenda al een thema, een actie in hetzelfde thema of een signaal met deze korte naam. Een verwijzing zou dan niet meer weten welke van de twee bedoeld is. Kies een andere korte naam. Er is niets opgeslagen.",
             example: "fout:  scholing-werkenden (bestaat al)\ngoed:  scholing-werkenden-zorg"),
        Rule("MJA326", .error, title: "Verplicht veld in het formulier leeg", english: "Required field in the form empty",
             explanation: "Zonder dit veld kan het onderdeel niet in de agenda: een thema en een actie hebben een titel, een begrotingsregel een jaar, een bron en een bedrag, een signaal een titel, datum, soort, urgentie en vraag. Vul het veld in. Er is niets opgeslagen.",
             example: "fout:  Titel: (leeg)\ngoed:  Titel: Scholing van werkenden loopt vast op financiering"),
        Rule("MJA390", .error, title: "Geen getal in het formulier", english: "Not a number in the form",
             explanation: "In een getalveld (nulmeting, streefwaarde, meting) staat iets dat mja niet als getal kan lezen: letters, een eenheid erbij, twee komma's. Schrijf alleen het getal, op zijn Nederlands: punten tussen de duizendtallen, een komma voor de decimalen. Er is niets opgeslagen.",
             example: "fout:  ongeveer 40\ngoed:  40 of 1.500 of 12,5"),
        Rule("MJA391", .error, title: "Getal in het formulier is op twee manieren te lezen", english: "Number in the form reads two ways",
             explanation: "Een komma met precies drie cijfers erachter (1,500) is in het Engels vijftienhonderd en in het Nederlands anderhalf. Bij de eenheid % of cijfer is ook 1.500 twijfelachtig: vijftienhonderd procent kan niet, dus bedoelde u misschien 1,5. mja gokt niet: schrijf het getal zo dat het maar op één manier te lezen is. Er is niets opgeslagen.",
             example: "fout:  1,500\ngoed:  1.500 (vijftienhonderd) of 1,5 (anderhalf)"),
        Rule("MJA392", .error, title: "Punt als decimaalteken in het formulier", english: "Point as decimal separator in the form",
             explanation: "In het Nederlands staat de punt tussen de duizendtallen (1.500) en de komma voor de decimalen (1,5). Een getal als 1.5 is op zijn Engels geschreven; het formulier stelt de Nederlandse schrijfwijze voor. Er is niets opgeslagen.",
             example: "fout:  12.5\ngoed:  12,5"),
        Rule("MJA393", .error, title: "Getal in het formulier te precies", english: "Number in the form too precise",
             explanation: "mja schrijft een getal met hoogstens 15 cijfers precies in de agenda; meer cijfers houdt het bestand niet vast, en mja rondt niet stilzwijgend af. Rond het getal zelf af op hoogstens 15 cijfers. Een getal onder de 1.000 met drie decimalen kan wel: typ het met een vierde decimaal (1,1250 voor één en een achtste; 1,125 is op twee manieren te lezen, MJA391), en mja schrijft het als 1.1250 in het bestand, zodat de controle het niet voor een duizendtal aanziet. Er is niets opgeslagen.",
             example: "fout:  0,1234567890123456\ngoed:  0,123456789012346 (en 1,1250 voor één en een achtste)"),
        Rule("MJA394", .error, title: "Voortgang in het formulier geen percentage", english: "Progress in the form not a percentage",
             explanation: "De voortgang van een actie is een heel getal van 0 tot en met 100: het percentage dat af is op de peildatum. Decimalen, een procentteken of een getal boven de 100 kan mja niet als voortgang opslaan. Er is niets opgeslagen.",
             example: "fout:  35,5% of 120\ngoed:  35"),
    ]

    /// The English explanations of the form rules, for `mja explain --lang en`.
    static let formEnglishExplanations: [String: String] = [
        "MJA320": "An amount field of a form holds something mja cannot read as an amount in euros: letters, two commas, a currency sign that is not the euro. Write the amount as on paper in Dutch: points between the thousands and a comma before the cents. Nothing was saved.",
        "MJA321": "A comma followed by exactly three digits (1,500) is a thousands separator in English (fifteen hundred) and a decimal comma with a digit too many in Dutch (one and a half). mja does not guess: write the amount so that it reads one way only. Nothing was saved.",
        "MJA322": "A date field holds something that is not an existing date, such as 31-02-2026 or 2026/13/01. Pick the date in the date field, or type it as day-month-year (31-12-2027) or year-month-day (2027-12-31). Nothing was saved.",
        "MJA323": "A year in a budget line or measurement has four digits. An abbreviation (26) or a period (2026-2027) cannot be read as one year. Nothing was saved.",
        "MJA324": "The short name (id) of a new theme, action or signal is made of lower-case letters, digits, hyphens and underscores, and starts with a letter. Other parts of the agenda refer to it by this name, so spaces and capitals cannot be used. Nothing was saved.",
        "MJA325": "This agenda already has a theme, an action in the same theme or a signal with this short name; a reference would no longer know which one is meant. Choose another short name. Nothing was saved.",
        "MJA390": "A number field (baseline, target, measurement) holds something mja cannot read as a number: letters, a unit, two commas. Write only the number, the Dutch way: points between the thousands, a comma before the decimals. Nothing was saved.",
        "MJA391": "A comma followed by exactly three digits (1,500) is fifteen hundred in English and one and a half in Dutch. With the unit % or cijfer, 1.500 is doubtful too: fifteen hundred percent cannot be, so 1,5 may have been meant. mja does not guess: write the number so that it reads one way only. Nothing was saved.",
        "MJA392": "In Dutch the point groups thousands (1.500) and the comma marks decimals (1,5). A number like 1.5 is written the English way; the form suggests the Dutch way. Nothing was saved.",
        "MJA393": "mja writes a number of at most 15 digits exactly into the agenda; the file holds no more digits, and mja does not round silently. Round the number yourself to at most 15 digits. A number under 1,000 with three decimals is fine: type it with a fourth decimal (1,1250 for one and an eighth; 1,125 reads two ways, MJA391), and mja writes it as 1.1250 in the file, so that the check does not take it for thousands. Nothing was saved.",
        "MJA394": "An action's progress is a whole number from 0 to 100: the percentage done on the reference date. Decimals, a percent sign or a number above 100 cannot be saved as progress. Nothing was saved.",
        "MJA326": "Without this field the part cannot be in the agenda: a theme and an action have a title; a budget line a year, a source and an amount; a signal a title, date, kind, urgency and ask. Fill in the field. Nothing was saved.",
    ]
}
