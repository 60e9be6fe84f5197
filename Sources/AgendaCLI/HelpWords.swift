import Diagnostics

/// The words of the help that are not sentences: option names, placeholders and values, in the
/// reader's language. Every name shown is one the parser accepts.
enum HelpWords {
    /// Options whose own name is English; the first alias of any other option is its English name.
    static let englishNamedOptions: Set<String> = ["help", "version", "lang", "csv"]

    /// The name of `option` for a reader of `language`: `--uit` in Dutch, `--out` in English.
    static func name(of option: Option, in language: Language) -> String {
        guard language == .english, !englishNamedOptions.contains(option.name), let english = option.aliases.first else {
            return option.name
        }
        return english
    }

    /// Placeholders and values in English; Dutch readers see them as declared.
    private static let english = [
        "PAD": "PATH", "BESTAND": "FILE", "MAP": "FOLDER", "FORMAAT": "FORMAT", "FORMATEN": "FORMATS", "TAAL": "LANGUAGE",
        "WANNEER": "WHEN", "JJJJ-MM-DD": "YYYY-MM-DD", "OUD": "OLD", "NIEUW": "NEW", "REVISIE": "REVISION", "tekst": "text", "altijd": "always", "nooit": "never",
    ]
    private static let dutch = Dictionary(english.map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

    /// A placeholder or value in `language` (`PAD` -> `PATH`; `text` -> `tekst` for a Dutch reader).
    static func word(_ word: String, in language: Language) -> String {
        language == .english ? english[word] ?? word : dutch[word] ?? word
    }

    /// Values in `language`, each once: `tekst|json` or `text|json` for the values tekst, json, text.
    static func values(_ values: [String], in language: Language) -> [String] {
        var seen = Set<String>()
        return values.map { word($0, in: language) }.filter { seen.insert($0).inserted }
    }
}
