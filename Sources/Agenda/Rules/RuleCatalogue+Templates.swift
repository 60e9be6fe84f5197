import Diagnostics
extension RuleCatalogue {
    /// The rules behind problems in the document templates (`templates/`), reported by `mja build`.
    static let templateRules: [Rule] = [
        Rule("MJA070", .error, title: "Fout in een sjabloon", english: "Error in a template",
             explanation: "Een Mustache-tag in een sjabloon is niet goed: een tag die niet sluit, een sectie zonder einde, of een einde dat bij een andere sectie hoort. De melding noemt het sjabloon, de regel en de kolom.",
             example: "fout:  {{#themas}} ... {{/thema}}\n"
                + "goed:  {{#themas}} ... {{/themas}}"),
        Rule("MJA071", .error, title: "Sjabloon verwijst naar iets dat ontbreekt", english: "Template refers to something missing",
             explanation: "Een tag in een sjabloon noemt een waarde die de agenda niet heeft (een tikfout in {{naam}} of {{#naam}}), een sjabloon voegt een ander sjabloon in dat niet bestaat ({{> naam}}), of de sjablonen voegen elkaar eindeloos in. templates/README.md noemt alle waarden die een sjabloon kan gebruiken. Een waarde die er is maar leeg is, is geen fout: die laat gewoon niets zien.",
             example: "fout:  # {{agenda.titl}}\n"
                + "goed:  # {{agenda.titel}}\n"
                + "fout:  {{> delen/voorbld}}\n"
                + "goed:  {{> delen/voorblad}}"),
        Rule("MJA072", .error, title: "Sjabloonbestand niet te lezen", english: "Template file cannot be read",
             explanation: "Een sjabloon kan niet worden gelezen, of twee bestanden hebben dezelfde naam (beleidsdeel.md en beleidsdeel.mustache).",
             example: "houd één bestand per sjabloonnaam in templates/"),
        Rule("MJA073", .error, title: "Sjabloon noemt een grafiek die niet bestaat", english: "Template names a figure that does not exist",
             explanation: "Een sjabloon zet een grafiek neer met {{grafieken.NAAM}}, maar er is geen grafiek met die naam. mja controleert dat bij het laden van de sjablonen, ook in stukken die bij deze agenda niet verschijnen. De melding noemt het sjabloon, de regel en de kolom, de naam die u waarschijnlijk bedoelde en alle grafieken die er zijn.",
             example: "fout:  {{grafieken.begroting-per-jaarr}}\n"
                + "goed:  {{grafieken.begroting-per-jaar}}"),
        Rule("MJA074", .error, title: "Grafiek als codeblok in een eigen sjabloon", english: "Figure as a code block in a template of your own",
             explanation: "Vroeger zette een sjabloon een grafiek neer met een codeblok ```grafiek met de naam erin; nu is dat de tag {{grafieken.NAAM}}. Een eigen sjabloon in de werkruimte met het oude blok zou de naam als code laten zien en de grafiek weglaten, daarom is het een fout. De melding noemt het sjabloon, de regel en de tag die u in plaats van het blok schrijft.",
             example: "fout:  ```grafiek\n       begroting-per-jaar\n       ```\n"
                + "goed:  {{grafieken.begroting-per-jaar}}"),
    ]
}
