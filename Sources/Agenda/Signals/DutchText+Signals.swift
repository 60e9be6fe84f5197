/// What signals need from the Dutch text tools beyond `terms`: the word each term came from (to
/// print key words people recognise), words that say little about a signal's topic, and concept
/// tags that let differently worded signals about the same problem meet (`buslijn`, `ov` and
/// `rijbewijs` all say "vervoer").
extension DutchText {
    /// The content words of `text` as `(term, word)`: the stemmed term and the folded word it came
    /// from. Leaves out `stopWords` and `signalStopWords`.
    public static func termsWithWords(_ text: String) -> [(term: String, word: String)] {
        var result: [(term: String, word: String)] = []
        var word = ""
        func flush() {
            if word.count >= 2, !stopWords.contains(word), !signalStopWords.contains(word) {
                let stemmed = stem(word)
                if stemmed.count >= 2 { result.append((stemmed, word)) }
            }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if let folded = fold(scalar) {
                word.unicodeScalars.append(folded)
            } else {
                flush()
            }
        }
        flush()
        return result
    }

    /// Words that occur in signals about any topic (`komen`, `mogen`, `jaar`) and so say nothing
    /// about which problem a signal is about.
    public static let signalStopWords: Set<String> = [
        "kom", "komen", "komt", "mogen", "mag", "daardoor", "nieuwe", "nieuw", "jaar", "per", "twee", "drie", "vijf",
        "zeven", "uur", "regio", "zij", "hij", "hem", "haar", "mensen", "lukt", "blijft", "blijven", "zien", "ziet", "af",
        "den", "krijgen", "krijgt", "terwijl", "wel", "alleen", "even", "lang", "echt",
    ]

    /// Problem families that regions name in different words, as patterns over stemmed terms:
    /// `bus*` (starts with), `*opvang*` (contains), `*bus` (ends with), `ov` (exactly), and `!term`
    /// for a term that looks like the family but is not (`!woningbouw` is a sector, not housing).
    /// In order, so the tags of a text are deterministic.
    public static let conceptPatterns: [(concept: String, patterns: [String])] = [
        ("vervoer", ["bus*", "*bus", "*buslijn*", "ov", "openbaar", "*vervoer*", "auto", "rijbewijs", "trein*", "reistijd",
                     "!onbereikbaar", "*bereik*", "fiets*", "*verbinding*"]),
        ("wonen", ["!woningbouw", "*woning*", "woon*", "*woonruimt*", "huis", "hui", "huiz", "huur*", "hur", "won", "kamer",
                   "*betaalbar*", "*huisvest*"]),
        ("kinderopvang", ["*opvang*", "gastouder*"]),
        ("diploma", ["*diploma*", "erken*", "herken*", "gelijkwaardig*", "waardering"]),
        ("grens", ["grens*", "duits*", "vlaam*", "belgi*"]),
        ("dienst", ["*dienst", "ploeg*", "rooster*", "spits"]),
        ("scholingsgeld", ["stap", "*budget*", "financier*", "bekostig*", "vergoed*"]),
        ("taal", ["taal*", "*taal", "b1", "inburger*"]),
        ("gegevens", ["gegeven*", "*gegeven*", "privacy*", "avg", "uitwissel*", "koppel*"]),
        ("armoedeval", ["terugvorder*", "toeslag*", "armoedeval", "verreken*", "bijverdien*", "vrijlat*", "kwijtschelding"]),
        ("begeleiding", ["*begeleid*", "praktijkopleider*", "leermeester*", "*coach*"]),
        ("loket", ["*loket*", "werkgeversservicepunt*", "accountmanager*", "contactpersoon*"]),
        ("psychisch", ["psychisch*", "ggz", "burn*"]),
        ("arbeidsmigratie", ["*migrant*", "brp"]),
    ]

    /// The concept tags of a text's terms, in the order of `conceptPatterns`.
    public static func concepts(of terms: [String]) -> [String] {
        conceptPatterns.compactMap { entry in
            terms.contains { term in
                !entry.patterns.contains("!" + term) && entry.patterns.contains { !$0.hasPrefix("!") && matches(term, $0) }
            } ? entry.concept : nil
        }
    }

    /// A term with doubled vowels made single, so the open and closed forms of a Dutch word meet:
    /// `leraar` and `lerar` (from `leraren`), `uur` and `ur` (from `uren`).
    public static func undoubledVowels(_ term: String) -> String {
        var result = ""
        var previous: Character?
        for character in term {
            if character == previous, "aeou".contains(character) { continue }
            result.append(character)
            previous = character
        }
        return result
    }

    /// Whether `term` matches a concept pattern.
    static func matches(_ term: String, _ pattern: String) -> Bool {
        let leading = pattern.hasPrefix("*"), trailing = pattern.hasSuffix("*")
        let core = String(pattern.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0))
        switch (leading, trailing) {
        case (true, true): return term.contains(core)
        case (false, true): return term.hasPrefix(core)
        case (true, false): return term.hasSuffix(core)
        case (false, false): return term == core
        }
    }
}
