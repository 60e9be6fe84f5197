/// Counts in Dutch with the right form of the noun: "1 signaal", "7 signalen", "geen signalen".
enum DutchCount {
    /// `count` with `singular` or `plural`; zero reads "geen" with the plural.
    static func of(_ count: Int, _ singular: String, _ plural: String) -> String {
        switch count {
        case 0: "geen \(plural)"
        case 1: "1 \(singular)"
        default: "\(count) \(plural)"
        }
    }

    /// A sentence start with the verb that agrees: "1 signaal staat", "3 signalen staan",
    /// "Geen signaal staat".
    static func subject(_ count: Int, _ singular: String, _ plural: String, verb: (singular: String, plural: String)) -> String {
        switch count {
        case 0: "Geen \(singular) \(verb.singular)"
        case 1: "1 \(singular) \(verb.singular)"
        default: "\(count) \(plural) \(verb.plural)"
        }
    }

    /// "1 van de 4 signalen heeft", "geen van de 4 signalen heeft", "alle 4 signalen hebben", or for
    /// a single one "het signaal heeft" / "het signaal heeft nog geen": `part` of `whole`.
    static func part(_ part: Int, of whole: Int, _ singular: String, _ plural: String, verb: (singular: String, plural: String)) -> String {
        if whole == 1 { return "Het \(singular) \(verb.singular)" + (part == 0 ? " nog geen" : " een") }
        if part == whole { return "Alle \(whole) \(plural) \(verb.plural) een" }
        return (part == 0 ? "Geen" : "\(part)") + " van de \(whole) \(plural) \(verb.singular) een"
    }
}
