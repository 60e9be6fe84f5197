/// A TOML document with ten different mistakes, each on its own statement: the recovering parser's
/// test reads it in the TOML module, the agenda reader's test words the same mistakes.
public enum BrokenTOML {
    /// The document.
    public static let tenMistakes = """
        titel = "Werk in Twente
        versie = 0.9.1
        status = “concept”
        [agenda]
        soort = regionaal
        periode = "2026-2030"
        start = 1-3-2026
        [[thema]
        id = "verdwijnt"
        [[thema.actie]]
        id = "hoort-bij-het-kapotte-thema"
        [[thema]]
        id = "zorg"
        titel = "Het "mooie" plan"
        beschrijving = \"\"\"
        Een tekst die niet wordt afgesloten.
        voortgang = 15%
        bedrag = 160000,50
        datum = 2026-02-31
        sectoren = ["zorg", "bouw",
            "techniek" "groen"]
        open = ja
        einde = 2027-12-31
        """
}
