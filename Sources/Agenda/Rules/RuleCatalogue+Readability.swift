import Diagnostics
extension RuleCatalogue {
    /// The rules on the readability of the public summary (publieksversie), reported by `mja check`.
    static let readabilityRules: [Rule] = [
        Rule("MJA360", .warning, title: "Zinnen van de publieksversie te lang", english: "Sentences of the public summary too long",
             explanation: "De publieksversie is voor iedereen, in gewone taal. mja maakt haar uit de agenda (de ambitie, de eerste zin van elk thema, de resultaten) en telt de woorden per zin. Is het gemiddelde hoger dan de grens die het sjabloon templates/publieksversie.md noemt ({{! leesbaarheid: zinslengte 15, ... }}), dan volgt deze waarschuwing, met de langste zin.",
             example: "fout:  ambitie = \"\"\"Twente wil in 2030 dat iedereen die kan werken ook werkt, op een plek die past, en dat werkgevers ...\"\"\"\n"
                + "goed:  ambitie = \"\"\"Twente wil dat in 2030 iedereen werkt die kan werken. Op een plek die past.\"\"\""),
        Rule("MJA361", .warning, title: "Te veel lange woorden in de publieksversie", english: "Too many long words in the public summary",
             explanation: "Lange woorden (vier of meer lettergrepen, zoals 'arbeidsmarktregio' of 'ondersteuningsbehoefte') maken een tekst moeilijk. Is hun aandeel in de publieksversie hoger dan de grens die het sjabloon noemt ({{! leesbaarheid: ..., lange woorden 20% }}), dan volgt deze waarschuwing, met de lange woorden die het vaakst voorkomen.",
             example: "fout:  beschrijving = \"Intensivering van de ondersteuningsstructuur voor werkzoekenden.\"\n"
                + "goed:  beschrijving = \"Werkzoekenden krijgen meer hulp.\""),
        Rule("MJA362", .warning, title: "Grens voor de leesbaarheid niet te lezen", english: "Readability limit cannot be read",
             explanation: "Het sjabloon van de publieksversie noemt de grenzen in een opmerking op een eigen regel: {{! leesbaarheid: zinslengte 15, lange woorden 20% }}. Staat daar iets anders (een ander woord, een getal met een komma, een percentage zonder %), dan raadt mja niet wat u bedoelt: er wordt dan niet gewaarschuwd, alleen gemeten.",
             example: "fout:  {{! leesbaarheid: zinnen 15, lange woorden 20 }}\n"
                + "goed:  {{! leesbaarheid: zinslengte 15, lange woorden 20% }}"),
        Rule("MJA363", .note, title: "Leesbaarheid van de publieksversie", english: "Readability of the public summary",
             explanation: "Bij elke agenda zonder fouten meldt mja check --uitgebreid hoe leesbaar de publieksversie is: het gemiddelde aantal woorden per zin en het aandeel lange woorden (vier of meer lettergrepen), met de grenzen van het sjabloon. Koppen en tabellen tellen niet mee.",
             example: "am05-twente.toml:7:1: opmerking[MJA363]: leesbaarheid van de publieksversie: gemiddeld 11,2 woorden per zin, 14% lange woorden (grens: 15 woorden en 20%)"),
        Rule("MJA364", .note, title: "Sjabloon noemt geen grens voor de leesbaarheid", english: "Template names no readability limit",
             explanation: "Het sjabloon templates/publieksversie.md heeft geen regel {{! leesbaarheid: ... }}. mja meet de leesbaarheid dan wel, maar waarschuwt nooit.",
             example: "goed:  {{! leesbaarheid: zinslengte 15, lange woorden 20% }} bovenaan templates/publieksversie.md"),
    ]
}
