/// What signals need from the Dutch text tools beyond `terms`: the word each term came from (to
/// print key words people recognise), words that say little about a signal's topic, and concept
/// tags that let differently worded signals about the same problem meet (`buslijn`, `ov` and
/// `rijbewijs` all say "vervoer").
extension DutchText {
    /// The content words of `text` as `(term, word)`: the stemmed term and the folded word it came
    /// from. Leaves out `stopWords` and `signalStopWords`.
    public static func termsWithWords(_ text: String) -> [(term: String, word: String)] {
        var result: [(term: String, word: String)] = []
        forEachTerm(in: text, alsoSkipping: signalStopWords) { term, word in result.append((term, word)) }
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
        compiledConcepts.compactMap { concept in
            terms.contains { term in
                !concept.exclusions.contains(term) && concept.matchers.contains { $0.matches(term) }
            } ? concept.name : nil
        }
    }

    /// `conceptPatterns` taken apart once: every text of every signal is matched against them.
    private static let compiledConcepts: [(name: String, exclusions: Set<String>, matchers: [ConceptMatcher])] =
        conceptPatterns.map { entry in
            (entry.concept, Set(entry.patterns.filter { $0.hasPrefix("!") }.map { String($0.dropFirst()) }),
             entry.patterns.filter { !$0.hasPrefix("!") }.map(ConceptMatcher.init))
        }

    /// One concept pattern: a core with `*` at neither, one or both ends.
    private struct ConceptMatcher {
        let core: String
        let leading: Bool
        let trailing: Bool

        init(_ pattern: String) {
            leading = pattern.hasPrefix("*")
            trailing = pattern.hasSuffix("*") && pattern.count > 1
            core = String(pattern.dropFirst(leading ? 1 : 0).dropLast(trailing ? 1 : 0))
        }

        /// A byte search: terms are short and ASCII after folding, and Foundation's `contains`
        /// would go through a locale-aware search for every term of every signal.
        static func bytes(of text: String, contain part: String) -> Bool {
            let haystack = Array(text.utf8), needle = Array(part.utf8)
            guard !needle.isEmpty else { return true }
            return (0...(haystack.count - needle.count)).contains { start in
                haystack[start..<start + needle.count].elementsEqual(needle)
            }
        }

        func matches(_ term: String) -> Bool {
            switch (leading, trailing) {
            case (true, true): term.utf8.count >= core.utf8.count && Self.bytes(of: term, contain: core)
            case (false, true): term.hasPrefix(core)
            case (true, false): term.hasSuffix(core)
            case (false, false): term == core
            }
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
}
