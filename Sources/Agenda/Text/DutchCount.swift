/// Counts in Dutch with the right form of the noun and a verb that agrees with it: "1 signaal",
/// "7 signalen", "geen signalen", "2 van de 4 signalen hebben", "beide thema's voldoen".
///
/// Only the grammar lives here; the phrases the documents print, noun and verb chosen, are in
/// ``DutchPhrases``, so one test can read every one of them with 0, 1, 2 and many.
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

    /// A sentence start for `part` of `whole`, the verb agreeing with the part (not with the
    /// whole): "1 van de 4 signalen heeft", "2 van de 4 signalen hebben", "Geen van de 4 signalen
    /// heeft", "Alle 4 signalen hebben"; of two "Beide signalen hebben", "Geen van beide signalen
    /// heeft"; of one "Het signaal heeft" (the caller says whether it does or not).
    static func part(_ part: Int, of whole: Int, _ singular: String, _ plural: String, verb: (singular: String, plural: String)) -> String {
        if whole <= 0 { return "Geen \(singular) \(verb.singular)" }
        if whole == 1 { return "Het \(singular) \(verb.singular)" }
        if part >= whole { return all(whole, singular, plural, verb: verb) }
        if part <= 0 { return (whole == 2 ? "Geen van beide \(plural)" : "Geen van de \(whole) \(plural)") + " \(verb.singular)" }
        return "\(part) van de \(whole) \(plural) " + (part == 1 ? verb.singular : verb.plural)
    }

    /// A sentence start for every one of `count`: "Het thema voldoet", "Beide thema's voldoen",
    /// "Alle 3 thema's voldoen" (never "Alle 2"); zero reads "Geen thema voldoet".
    static func all(_ count: Int, _ singular: String, _ plural: String, verb: (singular: String, plural: String)) -> String {
        switch count {
        case ...0: "Geen \(singular) \(verb.singular)"
        case 1: "Het \(singular) \(verb.singular)"
        case 2: "Beide \(plural) \(verb.plural)"
        default: "Alle \(count) \(plural) \(verb.plural)"
        }
    }
}
