import Diagnostics

/// A text value as written in an agenda file, with its key and where it stands. The model keeps
/// them so the checks on the text itself (template leftovers MJA130, empty prose MJA131) run with
/// the other checks, each pointing at the value the user wrote.
public struct WrittenText: Sendable, Hashable, Codable {
    /// The key of the value (of the list, for an element of a list of texts).
    public var key: String
    /// The text as TOML read it.
    public var text: String
    /// Where the value is written.
    public var range: SourceRange

    /// Makes a written text.
    public init(key: String, text: String, range: SourceRange) {
        self.key = key
        self.text = text
        self.range = range
    }
}
