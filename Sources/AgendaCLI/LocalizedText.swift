import Diagnostics

/// A text that a person reads, written in both languages the command line speaks.
///
/// Every summary, option description and example explanation is one of these, so that no text
/// shown to a user can exist in only one language.
public struct LocalizedText: Sendable, Hashable {
    /// The Dutch text, shown by default.
    public var dutch: String
    /// The English text, shown with `--lang en` or `LANG=en*`.
    public var english: String

    /// Creates a text from its Dutch and its English version, in that order.
    public init(_ dutch: String, _ english: String) {
        self.dutch = dutch
        self.english = english
    }

    /// The text in `language`.
    public func text(in language: Language) -> String {
        language.pick(dutch, english)
    }
}

extension Language {
    /// `n` with the noun in singular or plural, in this language: "1 agenda", "2 agenda's".
    func count(_ n: Int, _ dutch: (one: String, many: String), _ english: (one: String, many: String)) -> String {
        "\(n) " + pick(n == 1 ? dutch.one : dutch.many, n == 1 ? english.one : english.many)
    }

    /// An enumeration in this language: "a, b en c", "a, b and c".
    func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + pick(" en ", " and ") + items[items.count - 1]
    }
}
