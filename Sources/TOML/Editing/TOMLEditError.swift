/// Why an edit could not be made. The document is then left exactly as it was.
///
/// The error carries data only; the words are the caller's (the agenda toolkit writes them in Dutch,
/// beside `TOMLError`'s).
public struct TOMLEditError: Error, Sendable, Equatable {
    /// What stands in the way.
    public enum Reason: Sendable, Equatable {
        /// The path is empty: there is nothing to set or remove.
        case emptyPath
        /// A key on the way (or the key to remove) is not there.
        case noSuchKey
        /// An index past the end of the array (which holds `count` elements).
        case indexOutOfRange(count: Int)
        /// A key was used on something that is not a table, or an index on something that is not an array.
        case wrongKind
        /// The value is a table with a `[header]` or an array of tables `[[header]]`: it is edited key
        /// by key (or with `appendTable`/`remove`), not replaced by a value written in one line.
        case writtenAsSection
        /// The path names an array written as a value (`a = [...]`) where an array of tables was meant.
        case notAnArrayOfTables
        /// A new key in a table that has no lines of its own to add it to: a table made only by
        /// deeper headers (`[a.b]` makes `a`), or a table of dotted keys with no key of its own.
        case noPlaceForNewKey
        /// A table inside an inline table (`{ a.b = 1 }`) or an array written as a value: not edited
        /// in place, the whole value is set instead.
        case insideInlineValue
        /// The edited text would not read back as the intended document (a safeguard: the text is
        /// not changed). `detail` says what differed, for a bug report.
        case unexpectedResult(detail: String)
    }

    /// What stands in the way.
    public var reason: Reason
    /// The path of the edit, as given.
    public var path: [TOMLPathComponent]

    /// Creates an error.
    public init(_ reason: Reason, path: [TOMLPathComponent]) {
        self.reason = reason
        self.path = path
    }
}
