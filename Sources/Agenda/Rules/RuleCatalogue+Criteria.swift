import Diagnostics
extension RuleCatalogue {
    /// The rules behind the six theme selection criteria. They are warnings: the Landelijk Beraad
    /// weighs them, the file is not wrong. `mja check --strikt` makes them count as errors.
    static let criteriaRules: [Rule] = [
        Rule("MJA101", .warning, title: "Thema sluit niet aan bij signalen", english: "Theme answers no signals",
             explanation: "Een thema hoort antwoord te geven op signalen uit de regio's. De check telt de signalen waarnaar het thema verwijst (signalen = [...]) en de regio's die ze afgaven. Een landelijk thema vraagt signalen uit minstens 3 regio's (instelbaar).",
             example: "signalen = [\"scholing-werkenden\", \"AM09/omscholing-techniek\"]\n"
                + "[thema.afwegingen]\n"
                + "signalen = \"Werkgevers en werkenden melden dat scholing vastloopt op financiering.\""),
        Rule("MJA102", .warning, title: "Thema is niet organisatieoverstijgend", english: "Theme is not cross-organisational",
             explanation: "Een thema vraagt de kennis, kunde en invloed van meerdere partijen: trekker en partners samen minstens twee organisaties, liefst van verschillende soorten (gemeente, UWV, onderwijs, werkgevers).",
             example: "trekker = \"werkcentrum-twente\"\n"
                + "partners = [\"fme-oost\", \"roc-van-twente\", \"uwv-twente\"]"),
        Rule("MJA103", .warning, title: "Niet aangetoond dat het thema nergens anders belegd is", english: "Not shown to be handled nowhere else",
             explanation: "Leg vast waarom geen andere tafel dit al oppakt. De check meldt ook thema's die in titel en inhoud sterk lijken op een ander thema van dezelfde agenda of op een landelijk thema waar het niet aan bijdraagt.",
             example: "[thema.afwegingen]\n"
                + "nergens_anders_belegd = \"Geen andere regionale tafel gaat over van-werk-naar-werk tussen sectoren.\""),
        Rule("MJA104", .warning, title: "Thema is niet concreet", english: "Theme is not concrete",
             explanation: "Minstens één resultaat heeft een indicator, een eenheid, een streefwaarde anders dan 0 en een streefdatum binnen de uitvoeringsperiode.",
             example: "[[thema.resultaat]]\n"
                + "omschrijving = \"Werkenden zijn overgestapt naar technisch werk\"\n"
                + "indicator = \"Aantal overstappers\"\n"
                + "eenheid = \"personen\"\n"
                + "streefwaarde = 200\n"
                + "streefdatum = 2027-12-31"),
        Rule("MJA105", .warning, title: "Thema is niet vernieuwend", english: "Theme is not novel",
             explanation: "Beschrijf wat nieuw is (vernieuwend), of waarom eerder werk doorgaat (voortzetting). Met 'mja check --vorige OUD.toml' meldt de check een thema dat gelijk is aan een thema van de vorige versie zonder reden voor voortzetting.",
             example: "[thema.afwegingen]\n"
                + "voortzetting = \"De eerste ronde plaatste 80 mensen; de tweede ronde breidt uit naar de techniek.\""),
        Rule("MJA106", .warning, title: "Thema is niet opschaalbaar", english: "Theme is not scalable",
             explanation: "Beschrijf hoe de aanpak naar andere regio's of landelijk kan (opschaalbaar) en noem bij een regionaal thema de regio's of \"landelijk\" (opschaalbaar_naar).",
             example: "[thema.afwegingen]\n"
                + "opschaalbaar = \"Overdraagbaar naar regio's met een technische maakindustrie.\"\n"
                + "opschaalbaar_naar = [\"AM09\", \"landelijk\"]"),
    ]
}
