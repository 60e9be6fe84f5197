import Diagnostics

/// An option a command takes: `--strikt`, `--uit MAP`, `--formaat md,html`.
///
/// Build them with the three factory functions, which read like the help text they produce:
///
/// ```swift
/// .flag("strikt", summary: LocalizedText("Waarschuwingen tellen als fouten", "Treat warnings as errors"))
/// .value("uit", placeholder: "MAP", summary: LocalizedText("Map voor de documenten", "Output folder"))
/// .list("formaat", placeholder: "FORMAAT", allowed: ["md", "html", "docx", "pdf"], summary: ...)
/// ```
public struct Option: Sendable, Hashable {
    /// What an option holds.
    public enum Kind: Sendable, Hashable {
        /// Present or not: `--strikt`. Giving it a value (`--strikt=ja`) is a usage error.
        case flag
        /// One value: `--uit MAP` or `--uit=MAP`. When given twice, the last one counts.
        case value
        /// Any number of values, repeated or comma-separated: `--formaat md,html --formaat pdf`.
        case list
    }

    /// The long name without dashes, such as `uit`; this is the name `Invocation` looks it up by.
    public var name: String
    /// Other long names that mean the same, such as `color` for `kleur`. Not shown in the help.
    public var aliases: [String]
    /// A one-letter name used with a single dash, such as `h` for `-h`.
    public var short: Character?
    /// Whether it is a flag, takes one value or a list.
    public var kind: Kind
    /// The word that stands for the value in the help, such as `MAP`; empty for flags.
    public var placeholder: String
    /// The values accepted, when only some are; checked case-insensitively and listed in errors.
    public var allowedValues: [String]?
    /// The value used when the option is absent, shown in the help.
    public var defaultValue: String?
    /// One line for the help.
    public var summary: LocalizedText

    /// Creates an option; the factory functions `flag`, `value` and `list` read better.
    public init(
        name: String, aliases: [String] = [], short: Character? = nil, kind: Kind, placeholder: String = "",
        allowedValues: [String]? = nil, defaultValue: String? = nil, summary: LocalizedText
    ) {
        self.name = name
        self.aliases = aliases
        self.short = short
        self.kind = kind
        self.placeholder = placeholder
        self.allowedValues = allowedValues
        self.defaultValue = defaultValue
        self.summary = summary
    }

    /// An option that is present or not, such as `--strikt`.
    public static func flag(
        _ name: String, aliases: [String] = [], short: Character? = nil, summary: LocalizedText
    ) -> Option {
        Option(name: name, aliases: aliases, short: short, kind: .flag, summary: summary)
    }

    /// An option with one value, such as `--uit MAP`; `allowed` limits it to a few words.
    public static func value(
        _ name: String, aliases: [String] = [], short: Character? = nil, placeholder: String,
        allowed: [String]? = nil, default defaultValue: String? = nil, summary: LocalizedText
    ) -> Option {
        Option(
            name: name, aliases: aliases, short: short, kind: .value, placeholder: placeholder,
            allowedValues: allowed, defaultValue: defaultValue, summary: summary)
    }

    /// An option with a list of values, repeated or comma-separated, such as `--formaat md,html`.
    public static func list(
        _ name: String, aliases: [String] = [], short: Character? = nil, placeholder: String,
        allowed: [String]? = nil, summary: LocalizedText
    ) -> Option {
        Option(
            name: name, aliases: aliases, short: short, kind: .list, placeholder: placeholder,
            allowedValues: allowed, summary: summary)
    }

    /// Whether `longName` (without dashes) names this option.
    func answers(to longName: String) -> Bool {
        longName == name || aliases.contains(longName)
    }

    /// The value as written in `allowedValues` when it is one of them (ignoring case); nil when not.
    func canonicalValue(_ value: String) -> String? {
        guard let allowedValues else { return value }
        return allowedValues.first { $0.lowercased() == value.lowercased() }
    }
}

/// A value a command takes by position, such as the `PAD ...` in `mja check [PAD ...]`.
public struct Positional: Sendable, Hashable {
    /// The word that stands for it in the usage line, such as `PAD`.
    public var placeholder: String
    /// One line for the help.
    public var summary: LocalizedText
    /// Whether it must be given.
    public var isRequired: Bool
    /// Whether it takes all remaining values (`PAD ...`); only the last positional may.
    public var isRepeating: Bool

    /// Creates a positional argument.
    public init(_ placeholder: String, summary: LocalizedText, required: Bool = false, repeating: Bool = false) {
        self.placeholder = placeholder
        self.summary = summary
        self.isRequired = required
        self.isRepeating = repeating
    }

    /// How it appears in the usage line: `PAD`, `[PAD]`, `PAD ...` or `[PAD ...]` (`PATH` in English).
    func usage(in language: Language) -> String {
        let name = HelpWords.word(placeholder, in: language)
        let word = isRepeating ? name + " ..." : name
        return isRequired ? word : "[" + word + "]"
    }
}
