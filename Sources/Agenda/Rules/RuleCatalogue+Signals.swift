import Diagnostics
extension RuleCatalogue {
    /// The rules behind problems found while reading signals from a CSV file (`mja signalen
    /// --csv-invoer`). A row with an error is left out; the other rows are kept.
    static let signalRules: [Rule] = [
        Rule("MJA201", .error, title: "CSV-bestand kan niet worden gelezen", english: "CSV file cannot be read",
             explanation: "Het bestand bestaat niet, is leeg, is geen UTF-8-tekst of heeft een aanhalingsteken dat nergens wordt gesloten. Sla het in Excel op als 'CSV UTF-8 (gescheiden door lijstscheidingsteken)'.",
             example: "mja signalen --csv-invoer signalen.csv"),
        Rule("MJA202", .error, title: "Onbekende of ontbrekende kolom", english: "Unknown or missing column",
             explanation: "De eerste regel noemt de kolommen: regio;id;datum;soort;titel;beschrijving;opgave;sectoren;doelgroepen;landelijke_themas;urgentie;vraag;status;antwoord. Verplicht zijn regio, id, datum, soort, titel, urgentie en vraag. Een onbekende kolom is meestal een tikfout.",
             example: "fout:  regio;id;datm;soort;titel;urgentie;vraag\n"
                + "goed:  regio;id;datum;soort;titel;urgentie;vraag"),
        Rule("MJA203", .error, title: "Rij met het verkeerde aantal kolommen", english: "Row with the wrong number of columns",
             explanation: "Elke rij heeft evenveel cellen als de kop. Meestal staat er een scheidingsteken (; of ,) in een tekst zonder aanhalingstekens eromheen. Hebben meer dan 100 rijen een probleem, dan worden de eerste 100 gemeld en de rest geteld.",
             example: "fout:  AM05;stap;2026-03-01;knelpunt;Scholing; werkgevers haken af;hoog;oplossen\n"
                + "goed:  AM05;stap;2026-03-01;knelpunt;\"Scholing; werkgevers haken af\";hoog;oplossen"),
        Rule("MJA204", .error, title: "Onbekende regio in een signaal", english: "Unknown region in a signal",
             explanation: "De kolom regio bevat de CBS-code van een arbeidsmarktregio (AM01 tot en met AM38, met gaten: AM04, AM16 en AM31 bestaan niet) of de naam uit regions/registers/regios.toml.",
             example: "fout:  AM04\n"
                + "goed:  AM05   of   Twente"),
        Rule("MJA205", .error, title: "Ongeldige datum in een signaal", english: "Invalid date in a signal",
             explanation: "Een datum is JJJJ-MM-DD (2026-03-01) of DD-MM-JJJJ (1-3-2026, 01-03-2026) en moet bestaan: 31-02-2026 bestaat niet.",
             example: "fout:  31-02-2026\n"
                + "goed:  28-02-2026"),
        Rule("MJA206", .error, title: "Waarde niet toegestaan in een signaal", english: "Value not allowed in a signal",
             explanation: "De kolommen soort, opgave, urgentie, vraag en status kennen een vaste lijst waarden; de melding noemt ze. Hoofdletters maken niet uit.",
             example: "fout:  urgentie = dringend\n"
                + "goed:  urgentie = hoog"),
        Rule("MJA207", .error, title: "Verwijzing in een signaal naar iets dat niet bestaat", english: "Signal refers to something that does not exist",
             explanation: "Sectoren, doelgroepen en landelijke thema's zijn ids uit de registers of de landelijke agenda. Scheid meerdere ids met | (een komma mag ook).",
             example: "fout:  sectoren = zorg|techniek\n"
                + "goed:  sectoren = zorg-en-welzijn|techniek"),
        Rule("MJA208", .error, title: "Verplichte waarde ontbreekt of id ongeldig", english: "Required value missing or id invalid",
             explanation: "Een signaal heeft een regio, een id (kleine letters, cijfers en streepjes), een datum, een soort, een titel, een urgentie en een vraag.",
             example: "fout:  id = Scholing Werkenden\n"
                + "goed:  id = scholing-werkenden"),
        Rule("MJA209", .warning, title: "Signaal komt twee keer voor", english: "Signal occurs twice",
             explanation: "Een regio en id komen twee keer voor in hetzelfde CSV-bestand of dezelfde werkmap. De eerste rij telt; deze rij wordt overgeslagen. Een rij van een signaal dat al in een agenda staat, is geen dubbele: die wordt veld voor veld vergeleken (zie MJA217).",
             example: "geef het tweede signaal een eigen id: scholing-werkenden-2"),
        Rule("MJA210", .warning, title: "CSV-bestand gelezen als Windows-1252", english: "CSV file read as Windows-1252",
             explanation: "Het bestand is niet als UTF-8 opgeslagen, maar in de oude Excel-codering (Windows-1252). mja leest het toch; controleer letters als é en ë.",
             example: "Excel: Opslaan als > 'CSV UTF-8 (door komma's gescheiden)'"),
        Rule("MJA211", .error, title: "Excel-bestand kan niet worden gelezen", english: "Excel file cannot be read",
             explanation: "Het bestand bij --xlsx-invoer is geen Excel-werkmap (.xlsx), is beschadigd of heeft geen blad met signalen, of het gaat een grens van mja te boven: uitgepakt meer dan 48 MB, meer dan 500.000 gevulde cellen, een rij of cel buiten het raster van Excel (kolom A tot en met XFD, rij 1 tot en met 1.048.576), of een onderdeel dat twee keer in het bestand staat. mja leest het blad 'Signalen', of anders het eerste blad.",
             example: "mja signalen --xlsx-invoer signalen.xlsx"),
        Rule("MJA212", .error, title: "Foutwaarde in een cel", english: "Error value in a cell",
             explanation: "Een cel bevat een foutwaarde van een formule (#N/B, #WAARDE!, #VERW!) in plaats van een waarde. De rij wordt overgeslagen.",
             example: "fout:  =VERT.ZOEKEN(A2;Regio's!A:B;2;ONWAAR) geeft #N/B\n"
                + "goed:  AM05"),
        Rule("MJA213", .warning, title: "Datum die twee dingen kan betekenen", english: "Date that can mean two things",
             explanation: "Een datum met schuine strepen waarin dag en maand allebei 12 of minder zijn (3/12/2026) kan 3 december of 12 maart zijn: Nederlandse Excel schrijft dag/maand, Engelstalige maand/dag. mja leest dag/maand/jaar; schrijf de datum als JJJJ-MM-DD om twijfel uit te sluiten.",
             example: "twijfel:  3/12/2026\n"
                + "goed:     2026-12-03"),
        Rule("MJA214", .warning, title: "CSV-regels hersteld na opslaan met komma's", english: "CSV lines restored after saving with commas",
             explanation: "LibreOffice of Excel heeft het bestand geopend met de komma als scheidingsteken en weer opgeslagen: elke regel staat dan als één cel tussen aanhalingstekens, met komma's erachter. mja haalt de oorspronkelijke regels terug; controleer het resultaat, of gebruik voortaan .xlsx.",
             example: "\"AM05;stap;2026-03-01;...\",,,,"),
        Rule("MJA215", .warning, title: "Letters hersteld na dubbele omzetting", english: "Letters restored after double conversion",
             explanation: "Het bestand is als Latijn-1 geopend en als UTF-8 opgeslagen, zodat é als Ã© en het begin van het bestand als ï»¿ verschijnt. mja zet de letters terug; controleer het resultaat, of gebruik voortaan .xlsx.",
             example: "fout:  CoÃ¶rdinatie\n"
                + "goed:  Coördinatie"),
        Rule("MJA216", .warning, title: "Sector of doelgroep bij naam gelezen", english: "Sector or target group read by name",
             explanation: "Een cel in sectoren of doelgroepen noemt geen id maar een naam of een ander woord uit de registers (Zorg, Zorg en Welzijn). mja leest het als de id die erbij hoort en houdt het signaal; schrijf de id om twijfel uit te sluiten.",
             example: "twijfel:  Zorg\n"
                + "goed:     zorg-en-welzijn"),
        Rule("MJA217", .warning, title: "Signaal verschilt tussen werkmap en agenda", english: "Signal differs between workbook and agenda",
             explanation: "Een rij in de werkmap hoort bij een signaal dat al in een agenda staat, en een veld verschilt, terwijl niet te zien is welke van de twee is gewijzigd: beide zijn gewijzigd sinds mja de werkmap schreef, of de werkmap heeft geen verborgen blad Basis (een werkmap die niet door mja --xlsx is gemaakt, of een CSV). De waarde uit de agenda telt. Een wijziging alleen in de werkmap neemt mja over; een wijziging alleen in de agenda blijft staan.",
             example: "Signalen!M2: status is hier 'opgelost', in regions/am01-groningen.toml:250 'geagendeerd'; beide zijn gewijzigd sinds mja de werkmap schreef (toen: 'nieuw')"),
        Rule("MJA218", .warning, title: "Rij uit de werkmap gehaald, signaal telt mee", english: "Row removed from the workbook, signal still counts",
             explanation: "Een rij die mja in de werkmap schreef, staat er niet meer in. Het signaal staat in een agendabestand en telt mee: een signaal verdwijnt alleen als u het uit het agendabestand haalt. Was het weghalen van de rij een vergissing, zet hem dan terug.",
             example: "haal het [[signaal]] weg uit regions/am01-groningen.toml"),
        Rule("MJA300", .error, title: "Nieuw signaal voor een regio zonder agenda", english: "New signal for a region without an agenda",
             explanation: "Met --toepassen schrijft mja een nieuwe rij uit de werkmap als [[signaal]] in de agenda van zijn regio. Deze regio heeft geen agenda in de map, dus kan het signaal nergens worden opgeslagen; de rij wordt niet toegepast, de andere rijen wel.",
             example: "Signalen!A12: regio AM99 heeft geen agenda in deze map"),
        Rule("MJA301", .error, title: "Agenda gewijzigd sinds mja hem las", english: "Agenda changed since mja read it",
             explanation: "Met --toepassen schrijft mja de wijzigingen uit de werkmap in de agendabestanden, maar alleen in een bestand dat niet is veranderd sinds mja het las. Is het intussen gewijzigd (door iemand anders, of in een editor), dan schrijft mja er niets in, zodat geen wijziging verloren gaat. Lees de werkmap opnieuw in.",
             example: "regions/am05-twente.toml is gewijzigd sinds mja het las; er is niets in geschreven"),
        Rule("MJA302", .error, title: "Wijziging kan niet in de agenda worden geschreven", english: "Change cannot be written into the agenda",
             explanation: "Met --toepassen schrijft mja elke wijziging op haar plek in het agendabestand, zodat de rest van het bestand blijft zoals het was. Lukt dat niet precies (het signaal staat op een manier in het bestand die mja niet kan bewerken), dan schrijft mja niets in dat bestand. Neem de wijziging met de hand over.",
             example: "de wijziging van signaal AM05/stap kon niet in regions/am05-twente.toml worden geschreven"),
    ]
}
