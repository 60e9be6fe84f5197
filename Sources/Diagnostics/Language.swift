/// The language of the messages a person reads. Dutch is the default: the users work in Dutch.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case dutch = "nl"
    case english = "en"

    /// Picks the language from `--lang` first, then from `LANG`/`LC_ALL`/`LC_MESSAGES` when they ask
    /// for English; everything else gives Dutch.
    public static func resolve(flag: String?, environment: [String: String]) -> Language {
        if let flag, let language = Language(code: flag) { return language }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("en") ? .english : .dutch
            }
        }
        return .dutch
    }

    /// Reads `nl`, `en`, `nl_NL.UTF-8`, `en-GB` and the like; nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased()
        if lowered.hasPrefix("nl") { self = .dutch } else if lowered.hasPrefix("en") { self = .english } else { return nil }
    }

    /// Chooses between a Dutch and an English text.
    @inlinable
    public func pick(_ dutch: @autoclosure () -> String, _ english: @autoclosure () -> String) -> String {
        self == .dutch ? dutch() : english()
    }
}
