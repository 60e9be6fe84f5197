import Diagnostics
extension RuleCatalogue {
    /// The rules on the shape of an agenda, its money, and text left over from templates.
    static let structureRules: [Rule] = [
        Rule("MJA110", .error, title: "Uitvoeringsperiode buiten de beleidsperiode", english: "Execution period outside the policy period",
             explanation: "De twee jaren van het uitvoeringsdeel vallen binnen de vijf jaren van het beleidsdeel.",
             example: "beleidsperiode = \"2026-2030\"\n"
                + "uitvoeringsperiode = \"2026-2027\""),
        Rule("MJA111", .error, title: "Actiedatum buiten de uitvoeringsperiode", english: "Action date outside the execution period",
             explanation: "Start en einde van een actie vallen binnen de uitvoeringsperiode.",
             example: "fout:  einde = 2028-06-30   # uitvoeringsperiode 2026-2027\n"
                + "goed:  einde = 2027-12-31"),
        Rule("MJA112", .error, title: "Actie eindigt voor ze begint", english: "Action ends before it starts",
             explanation: "De einddatum van een actie ligt op of na de startdatum.",
             example: "start = 2026-03-01\n"
                + "einde = 2027-12-31"),
        Rule("MJA113", .error, title: "Begrotingsjaar buiten de uitvoeringsperiode", english: "Budget year outside the execution period",
             explanation: "Een begrotingsregel hoort bij een jaar van de uitvoeringsperiode.",
             example: "begroting = [{ jaar = 2027, bron = \"gemeente\", bedrag = 180000 }]"),
        Rule("MJA114", .warning, title: "Thema zonder acties", english: "Theme without actions",
             explanation: "Elk thema van het uitvoeringsdeel heeft minstens één actie.",
             example: "[[thema.actie]]\n"
                + "id = \"jobcoach-zorg\"\n"
                + "titel = \"Jobcoaches voor bbl-leerlingen\""),
        Rule("MJA115", .error, title: "Thema dient geen opgave", english: "Theme serves no task",
             explanation: "Elk thema dient minstens één van de drie opgaven: sociaal, economisch, ontwikkel.",
             example: "opgaven = [\"sociaal\", \"economisch\"]"),
        Rule("MJA116", .warning, title: "Opgave niet behandeld in het beleidsdeel", english: "Task not addressed in the policy part",
             explanation: "Het beleidsdeel behandelt alle drie de opgaven, elk met een beschrijving.",
             example: "[beleidsdeel.opgave.ontwikkel]\n"
                + "beschrijving = \"Werkenden stappen via scholing over naar kansrijk werk.\""),
        Rule("MJA117", .warning, title: "Actie zonder trekker", english: "Action without owner",
             explanation: "Elke actie heeft een trekker: de organisatie die verantwoordelijk is.",
             example: "trekker = \"gemeente-enschede\""),
        Rule("MJA118", .warning, title: "Actie zonder oplevering", english: "Action without deliverable",
             explanation: "Elke actie noemt wat ze oplevert.",
             example: "oplevering = \"Vier jobcoaches, elk voor twintig leerlingen\""),
        Rule("MJA119", .warning, title: "Thema zonder trekker", english: "Theme without owner",
             explanation: "Elk thema heeft een trekker.",
             example: "trekker = \"werkcentrum-twente\""),
        Rule("MJA120", .error, title: "Bedrag nul of negatief", english: "Zero or negative amount",
             explanation: "Een begrotingsregel plant geld: het bedrag is groter dan nul.",
             example: "fout:  bedrag = 0\n"
                + "goed:  bedrag = 25000"),
        Rule("MJA121", .error, title: "Plafond van een financieringsbron overschreden", english: "Funding source ceiling exceeded",
             explanation: "De begrotingsregels die in een jaar op een bron met een plafond drukken, tellen samen niet op tot meer dan dat plafond. De melding noemt de bron, het jaar, het geplande totaal en het plafond, wijst naar het plafond en heeft een opmerking bij elke begrotingsregel die meetelt.",
             example: "[[financieringsbron]]\n"
                + "id = \"regiobudget-twente\"\n"
                + "plafond = { 2026 = 600000, 2027 = 600000 }"),
        Rule("MJA122", .warning, title: "Streefdatum van een resultaat buiten de uitvoeringsperiode", english: "Result target date outside the execution period",
             explanation: "Elk resultaat van een thema wordt binnen de uitvoeringsperiode gehaald; de melding wijst naar de streefdatum van dat resultaat, ook als het thema nog andere resultaten heeft. Een doel voor later hoort bij de doelen van het beleidsdeel.",
             example: "fout:  streefdatum = 2028-09-01   # uitvoeringsperiode 2026-2027\n"
                + "goed:  streefdatum = 2027-09-01"),
        Rule("MJA130", .warning, title: "Invultekst uit een sjabloon", english: "Placeholder text left from a template",
             explanation: "Tekst als TODO, <vul in>, [invullen] of een losse ... staat er nog; vul hem in.",
             example: "fout:  ambitie = \"<vul in: de ambitie voor vijf jaar>\"\n"
                + "goed:  ambitie = \"In 2030 werkt iedereen die kan werken.\""),
        Rule("MJA131", .warning, title: "Lege tekst", english: "Empty text",
             explanation: "Een tekstveld is leeg. Vul het in, of laat de sleutel weg als hij niet verplicht is.",
             example: "fout:  synergie = \"\""),
        Rule("MJA132", .warning, title: "Waarde uit het skelet niet aangepast", english: "Skeleton value not changed",
             explanation: "mja init moest sommige waarden gokken: een streefwaarde van 0, de datum van een signaal, de soort en urgentie. Het skelet zet daar de opmerking '# <vul in: ...>' achter. Staat die opmerking er nog, dan is de waarde waarschijnlijk nooit ingevuld. Vul de echte waarde in en haal de opmerking weg.",
             example: "fout:  streefwaarde = 0   # <vul in: het getal dat u wilt bereiken>\n"
                + "goed:  streefwaarde = 40"),
    ]
}
