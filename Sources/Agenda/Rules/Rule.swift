import Diagnostics

/// One rule of the catalogue: every diagnostic the toolkit gives has a rule behind it, with a stable
/// code, a default severity, a one-line title and an explanation with an example of a fix, so a
/// programme manager can look up what a message means (`mja explain MJA012`).
public struct Rule: Sendable, Hashable {
    /// The stable code, as in `MJA012`.
    public var code: String
    public var severity: Severity
    /// One line, in Dutch.
    public var title: String
    /// One line, in English.
    public var englishTitle: String
    /// What the rule checks and why, in Dutch.
    public var explanation: String
    /// A wrong and a right example, in the agenda format.
    public var example: String

    public init(
        _ code: String, _ severity: Severity, title: String, english: String, explanation: String, example: String
    ) {
        self.code = code
        self.severity = severity
        self.title = title
        self.englishTitle = english
        self.explanation = explanation
        self.example = example
    }

    /// The title in the reader's language.
    public func title(in language: Language) -> String { language.pick(title, englishTitle) }

    /// The explanation in the reader's language; in Dutch when it has no English one.
    public func explanation(in language: Language) -> String {
        language.pick(explanation, RuleCatalogue.englishExplanations[code] ?? RuleCatalogue.importEnglishExplanations[code]
            ?? RuleCatalogue.formEnglishExplanations[code] ?? RuleCatalogue.progressWorkbookEnglishExplanations[code]
            ?? RuleCatalogue.elsewhereEnglishExplanations[code] ?? explanation)
    }

    /// The example with its labels in the reader's language (`fout:`/`goed:` or `wrong:`/`right:`);
    /// the TOML itself stays as it is written in the files.
    public func example(in language: Language) -> String {
        guard language == .english else { return example }
        return example.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("fout:  ") ? "wrong: " + line.dropFirst(7) : line.hasPrefix("goed:  ") ? "right: " + line.dropFirst(7) : String(line)
        }.joined(separator: "\n")
    }
}
