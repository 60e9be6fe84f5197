import Diagnostics
extension RuleCatalogue {
    /// The rules behind problems found while reading files.
    static let loadingRules: [Rule] = [
        Rule("MJA001", .error, title: "Het bestand is geen geldige TOML", english: "The file is not valid TOML",
             explanation: "Een regel van het bestand kan niet worden gelezen omdat de TOML-opmaak niet klopt: een aanhalingsteken ontbreekt, een sleutel staat er twee keer, een datum bestaat niet. De melding noemt regel en kolom. mja leest daarna verder bij de volgende regel met een sleutel of een kop en meldt elke fout (tot 50 per bestand); de rest van het bestand wordt wel gecontroleerd. Een agenda met zo'n fout wordt niet gebouwd.",
             example: "fout:  titel = \"Werk in Twente\n"
                + "goed:  titel = \"Werk in Twente\""),
        Rule("MJA002", .error, title: "Het bestand kan niet worden gelezen", english: "The file cannot be read",
             explanation: "Het bestand bestaat niet, is niet leesbaar, is geen tekstbestand, of is groter dan 64 MB (een agenda of register is enkele honderden kilobytes; zo'n groot bestand wordt niet gelezen).",
             example: "controleer het pad: swift run mja check regions/am05-twente.toml"),
        Rule("MJA010", .error, title: "Onbekende sleutel", english: "Unknown key",
             explanation: "De sleutel hoort niet bij deze tabel. Meestal is het een tikfout; de melding stelt de dichtstbijzijnde bekende sleutel voor. regions/README.md noemt alle sleutels.",
             example: "fout:  trekkr = \"gemeente-enschede\"\n"
                + "goed:  trekker = \"gemeente-enschede\""),
        Rule("MJA011", .error, title: "Waarde van het verkeerde type", english: "Value of the wrong type",
             explanation: "De waarde heeft niet de soort die de sleutel verwacht: een lijst waar een tekst staat, een datum tussen aanhalingstekens, een getal als tekst.",
             example: "fout:  opgaven = \"sociaal\"\n"
                + "goed:  opgaven = [\"sociaal\"]\n"
                + "fout:  start = \"2026-03-01\"\n"
                + "goed:  start = 2026-03-01"),
        Rule("MJA012", .error, title: "Verplicht veld ontbreekt", english: "Required field missing",
             explanation: "Een verplicht veld ontbreekt in de tabel. De melding wijst naar de kop van de tabel.",
             example: "[[thema]]\n"
                + "id = \"zorg-instroom\"\n"
                + "titel = \"Instroom in de zorg\"   # toevoegen als het ontbreekt"),
        Rule("MJA013", .error, title: "Waarde niet toegestaan", english: "Value not allowed",
             explanation: "De sleutel kent een vaste lijst waarden; de melding noemt ze allemaal.",
             example: "fout:  status = \"vastgestled\"\n"
                + "goed:  status = \"vastgesteld\""),
        Rule("MJA014", .error, title: "Onjuiste opmaak van een waarde", english: "Malformed value",
             explanation: "Een id, periode, jaartal of bedrag is niet goed geschreven. Ids bestaan uit kleine letters, cijfers en streepjes; periodes zijn \"2026-2030\"; bedragen zijn hele euro's of tekst met centen.",
             example: "fout:  bedrag = 1250.50\n"
                + "goed:  bedrag = \"1250,50\"\n"
                + "fout:  beleidsperiode = \"2026-2029\"\n"
                + "goed:  beleidsperiode = \"2026-2030\""),
        Rule("MJA015", .error, title: "Dubbele id", english: "Duplicate id",
             explanation: "Twee onderdelen van dezelfde soort hebben dezelfde id, zodat een verwijzing niet weet welke bedoeld is. De opmerking wijst naar de eerste.",
             example: "[[thema.actie]]\n"
                + "id = \"jobcoach-zorg\"\n"
                + "[[thema.actie]]\n"
                + "id = \"jobcoach-zorg-2027\"   # een eigen id"),
        Rule("MJA016", .error, title: "Verwijzing naar iets dat niet bestaat", english: "Reference to something that does not exist",
             explanation: "Een id verwijst naar een organisatie, financieringsbron, sector, doelgroep, landelijk thema of signaal dat niet bestaat. De melding wijst naar de verwijzing en stelt de dichtstbijzijnde id voor.",
             example: "fout:  partners = [\"uwv-twnte\"]\n"
                + "goed:  partners = [\"uwv-twente\"]"),
        Rule("MJA017", .error, title: "Onbekende of verkeerde regio", english: "Unknown or wrong region",
             explanation: "De regiocode staat niet in regions/registers/regios.toml, of past niet bij de bestandsnaam (am05-....toml hoort bij AM05). De codes hebben gaten: AM04, AM16 en AM31 bestaan niet.",
             example: "bestand am05-twente.toml\n"
                + "goed:  regio = \"AM05\""),
        Rule("MJA018", .error, title: "Onbekend register", english: "Unknown registry",
             explanation: "In regions/registers/ staan alleen de bekende registers: afkortingen, doelgroepen, financieringsbronnen, organisaties, organisatiesoorten, regios en sectoren.",
             example: "hernoem sectors.toml naar sectoren.toml"),
        Rule("MJA019", .warning, title: "Registers niet gevonden", english: "Registries not found",
             explanation: "Naast het agendabestand staat geen map registers/. De agenda wordt gelezen, maar verwijzingen naar regio's, sectoren, doelgroepen, organisatiesoorten, landelijke organisaties en financieringsbronnen kunnen niet worden gecontroleerd.",
             example: "swift run mja check regions/am05-twente.toml   # in plaats van een kopie elders"),
        Rule("MJA020", .warning, title: "Verwijzing naar een signaal van een vervangen voorbeeldagenda",
             english: "Reference to a signal of a replaced example agenda",
             explanation: "Een voorbeeldagenda (voorbeeld = true), zoals de meegeleverde lmja.toml, verwijst naar een signaal van een regio waarvan de voorbeeldagenda is vervangen door een echte agenda, of waarvan geen agenda in de map staat. Dat signaal bestond alleen in het voorbeeld; de verwijzing is daarom een waarschuwing en geen fout. Het secretariaat verwijst naar signalen uit de echte agenda.",
             example: "fout:  signalen = [\"AM24/kerncentrale-vakmensen\"]   # uit de vervangen voorbeeldagenda\n"
                + "goed:  signalen = [\"AM24/eerste-signaal\"]          # een signaal uit de echte agenda van AM24"),
        Rule("MJA021", .note, title: "Controle niet uitgevoerd door een fout", english: "Check not run because of an error",
             explanation: "Een deel van de agenda (het begin, een financieringsbron, een thema of een signaal) bevat een fout. De controles van dat deel (afwegingen, structuur, begroting) zijn niet uitgevoerd, omdat ze op onvolledige gegevens een verkeerd oordeel zouden geven. De andere delen zijn wel gecontroleerd. Los de fout op en controleer opnieuw.",
             example: "[[thema]]\n"
                + "trekkr = \"gemeente-enschede\"   # fout MJA010: de afwegingen van dit thema wachten tot de tikfout weg is"),
        Rule("MJA022", .error, title: "Getal met een punt en drie cijfers", english: "Number with a point and three digits",
             explanation: "Een getal als 1.500 leest de computer als 1,5: in een agendabestand is de punt een decimaalteken, geen scheiding van duizendtallen. Bij een getal met één tot drie cijfers, een punt en precies drie cijfers (1.500, 12.000, 250.750) is daarom niet te zien wat u bedoelt, en mja raadt niet. Het is een fout, met beide schrijfwijzen van uw eigen waarde in de hint: zonder punt voor duizendtallen (1500), of met minder of meer cijfers achter de punt voor een kommagetal (1.5, 1.0050). Alleen waar de eenheid een kommagetal aannemelijk maakt en de waarde daarbij past, wordt het getal als kommagetal gelezen: een percentage (eenheid %, procent, procentpunt) tot en met 100, en een cijfer of verhouding (eenheid cijfer, rapportcijfer, ratio, verhouding, factor) tot en met 10. Bij personen, banen, euro's en elke andere eenheid, of zonder eenheid, is het een fout. Bedragen hebben hun eigen regel: MJA014.",
             example: "fout:  streefwaarde = 1.500     # eenheid = \"personen\": gelezen als 1,5\n"
                + "goed:  streefwaarde = 1500\n"
                + "goed:  streefwaarde = 12.500    # eenheid = \"%\": 12,5 %\n"
                + "goed:  streefwaarde = 1.5       # een kommagetal, als dat bedoeld is"),
        Rule("MJA023", .note, title: "Signaal van een regio buiten de werkruimte", english: "Signal of a region outside the workspace",
             explanation: "Een agenda verwijst naar een signaal van een andere regio, maar de agenda van die regio staat niet in de werkruimte (bijvoorbeeld: u controleert uw eigen agenda in een eigen map). Of het signaal bestaat, is dan niet te zien; de verwijzing is niet gecontroleerd, en dat is geen fout. Controleer in een map met alle agenda's, of noem die map met --werkruimte.",
             example: "mja check ~/agenda/am29-noord-limburg.toml --werkruimte ~/mja/regions"),
        Rule("MJA024", .warning, title: "voorbeeld = true in een eigen agenda", english: "voorbeeld = true in an agenda of your own",
             explanation: "De agenda zegt voorbeeld = true, maar de tekst is niet meer die van het meegeleverde voorbeeld: het is uw eigen agenda geworden. Haal de regel weg. Anders draagt het voorblad het kader 'Voorbeeldinhoud', markeert de index haar als voorbeeld, en gelden verwijzingen van andere voorbeeldagenda's naar uw signalen als verwijzingen naar een voorbeeld.",
             example: "fout:  voorbeeld = true   # in een bewerkte agenda\n"
                + "goed:  (de regel weggehaald)"),
        Rule("MJA140", .error, title: "Twee agenda's voor één regio", english: "Two agendas for one region",
             explanation: "In één map hoort per regio één agenda te staan: de documenten, de index en de landelijke optelling kennen per regio één agenda. Elke agenda van de regio krijgt de fout, met een opmerking bij de andere. Vervangt uw agenda de voorbeeldagenda van uw regio (voorbeeld = true), verwijder dan het voorbeeld.",
             example: "regions/am05-twente.toml           # voorbeeldagenda, regio = \"AM05\"\n"
                + "regions/am05-twente-concept.toml   # uw agenda, regio = \"AM05\"\n"
                + "oplossing:  rm regions/am05-twente.toml"),
    ]
}
