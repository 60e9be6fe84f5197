import Diagnostics
extension RuleCatalogue {
    /// Reading a filled-in progress workbook (`mja voortgang --xlsx-invoer`, the server's
    /// `/voortgang/invoer`): MJA410-MJA419.
    static let progressWorkbookRules: [Rule] = [
        Rule("MJA410", .error, title: "Geen voortgangswerkmap van mja", english: "No progress workbook of mja",
             explanation: "mja leest alleen een voortgangswerkmap die met 'mja voortgang --xlsx' (of de downloadlink Voortgang invullen) is gemaakt: die heeft de bladen Acties, Realisatie en Metingen met hun kolommen, en het verborgen blad Basis waarmee mja ziet wat u hebt gewijzigd. Ontbreekt een blad of kolom, of is het bestand geen Excel-werkmap, dan wordt niets gelezen.",
             example: "dit is geen voortgangswerkmap van mja: het blad Basis ontbreekt"),
        Rule("MJA411", .error, title: "Regel hoort bij geen actie of resultaat", english: "Row belongs to no action or result",
             explanation: "Elke regel heeft in de verborgen kolom A een sleutel: de regio, het thema en de actie of het resultaat. Is dat thema of die actie hernoemd of verwijderd, of staat het resultaat niet meer op dezelfde plek, dan weet mja niet zeker waar de regel heen moet en laat hem liggen. Maak een nieuwe werkmap en neem uw invulling over.",
             example: "Realisatie!A7: deze regel hoort bij geen actie of resultaat in de agenda's (sleutel 'AM05/oud-thema/actie')"),
        Rule("MJA412", .error, title: "Cel niet zeker te lezen", english: "Cell cannot surely be read",
             explanation: "Een jaar, datum, voortgang of waarde in de werkmap is niet te lezen, of kan op twee manieren gelezen worden (1.500 als meting: vijftienhonderd of anderhalf). mja gokt niet: de cel wordt niet toegepast, de andere cellen wel. Een bedrag dat twee kanten op kan (1,500) heeft code MJA321, zoals in de formulieren.",
             example: "Metingen!H9: '1.500' kan 1500 betekenen (een punt tussen de duizendtallen) of 1,5 (een decimale punt, zoals in het Engels)"),
        Rule("MJA413", .error, title: "Waarde staat niet in de lijst", english: "Value is not in the list",
             explanation: "Een status of financieringsbron moet uit de lijst komen die de cel aanbiedt (de statussen van een actie; de bronnen uit het register en de agenda, met hun namen op het blad Lijsten).",
             example: "Acties!E4: 'klaar' staat niet in de lijst van Status: kies uit gepland, lopend, afgerond, vertraagd, gestopt"),
        Rule("MJA414", .error, title: "In agenda en werkmap gewijzigd", english: "Changed in both agenda and workbook",
             explanation: "De waarde is in de werkmap gewijzigd, en in de agenda ook sinds de werkmap is gemaakt (het verborgen blad Basis onthoudt hoe het was). mja kiest niet welke telt: de cel wordt niet toegepast. Kijk welke waarde klopt.",
             example: "Realisatie!G5: in de agenda is deze waarde intussen gewijzigd (van '€ 162.400,00' in '€ 165.000,00'), en in de werkmap ook"),
        Rule("MJA415", .error, title: "Regel staat er al", english: "Line is there already",
             explanation: "Een actie heeft per jaar en financieringsbron één regel realisatie, een resultaat per datum één meting. Een tweede regel voor hetzelfde jaar en dezelfde bron (of dezelfde datum) wordt niet toegepast: verander het bedrag in de regel die er al is.",
             example: "Realisatie!E12: er is al een regel voor 2026 regiobudget-twente bij deze actie of dit resultaat"),
        Rule("MJA416", .error, title: "Agenda met fouten", english: "Agenda with errors",
             explanation: "Een agenda met fouten wordt niet helemaal gelezen; mja zou de werkmap vergelijken met een deel ervan. Er wordt dan niets in deze agenda ingelezen. Los eerst de fouten op (mja check).",
             example: "regions/am05-twente.toml bevat fouten; er wordt niets in ingelezen"),
        Rule("MJA417", .error, title: "Wijzigingen zouden de agenda een fout geven", english: "Changes would give the agenda an error",
             explanation: "mja controleert de agenda zoals hij na de wijzigingen zou zijn, zoals mja check dat doet. Zou er een fout bij komen (een uitgave in een jaar buiten de uitvoeringsperiode, een meting na de peildatum), dan schrijft mja niets in die agenda; de andere agenda's worden wel bijgewerkt.",
             example: "de wijzigingen zouden regions/am05-twente.toml een fout geven (realisatie in 2031 valt buiten de uitvoeringsperiode); er is niets in geschreven"),
        Rule("MJA418", .error, title: "Agenda kon niet worden bijgewerkt", english: "Agenda could not be updated",
             explanation: "mja schrijft alleen in een agendabestand dat niet is veranderd sinds mja het las, en alleen als elke wijziging haar plek nog vindt. Anders schrijft mja er niets in, zodat geen wijziging verloren gaat. Lees de werkmap opnieuw in.",
             example: "regions/am05-twente.toml kon niet worden bijgewerkt: het bestand is gewijzigd sinds mja het las"),
        Rule("MJA419", .error, title: "Geen recht om deze agenda te wijzigen", english: "No right to change this agenda",
             explanation: "In de werkplaats (mja server) wijzigt een account van een regio alleen de eigen agenda, en beraad alleen de landelijke. Regels van andere agenda's staan in het voorbeeld als geweigerd.",
             example: "u mag de agenda AM09 Achterhoek niet wijzigen"),
    ]

    /// The English explanations of `progressWorkbookRules`.
    static let progressWorkbookEnglishExplanations: [String: String] = [
        "MJA410": "mja reads only a progress workbook made with 'mja voortgang --xlsx' (or the download link on the agenda's page): it has the sheets Acties, Realisatie and Metingen with their columns, and the hidden sheet Basis by which mja sees what you changed. Without them nothing is read.",
        "MJA411": "Every row has a key in the hidden column A: region, theme and action or result. When that theme or action was renamed or removed, or the result moved, mja cannot be sure where the row belongs and leaves it. Make a new workbook and copy your entries.",
        "MJA412": "A year, date, progress or value cannot be read, or reads two ways (1.500 as a measurement: fifteen hundred or one and a half). mja does not guess: the cell is not applied, the others are. An amount that reads two ways (1,500) has code MJA321, as in the forms.",
        "MJA413": "A status or funding source must come from the list the cell offers (the statuses of an action; the sources of the registry and the agenda, named on the sheet Lijsten).",
        "MJA414": "The value was changed in the workbook, and in the agenda too since the workbook was made (the hidden sheet Basis remembers how it was). mja does not choose: the cell is not applied.",
        "MJA415": "An action has one realisation line per year and funding source, a result one measurement per date. A second line for the same year and source (or date) is not applied: change the line that is there.",
        "MJA416": "An agenda with errors is not read in full, so mja would compare the workbook with part of it. Nothing is read into it; fix its errors first (mja check).",
        "MJA417": "mja checks the agenda as it would be after the changes, as mja check does. If that brings an error (spending outside the execution period, a measurement after the reference date), nothing is written into that agenda; the other agendas are updated.",
        "MJA418": "mja writes only into an agenda file that has not changed since mja read it, and only when every change still finds its place. Otherwise nothing is written into it, so no change is lost. Read the workbook in again.",
        "MJA419": "In the workspace (mja server) a region's account changes its own agenda only, and beraad the national one. Rows of other agendas are shown as refused in the preview.",
    ]
}
