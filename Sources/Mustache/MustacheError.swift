import Diagnostics

/// A problem in a template: found while parsing it, or while rendering it in strict mode.
///
/// The error carries data only. A program that shows it to a person makes the text itself, in its
/// own language and with its own codes; ``description`` is a plain English line for developers.
public struct MustacheError: Error, Sendable, Hashable {
    /// What went wrong.
    public enum Reason: Sendable, Hashable {
        /// A tag opened with `opening` (such as `{{`) has no closing `closing` (such as `}}`).
        case unclosedTag(opening: String, closing: String)
        /// `{{#name}}`, `{{^name}}`, `{{<name}}` or `{{$name}}` has no `{{/name}}`.
        case unclosedSection(name: String)
        /// `{{/name}}` closes nothing.
        case unexpectedClose(name: String)
        /// `{{/found}}` closes the section `{{#open}}` opened on line `openLine`.
        case mismatchedClose(found: String, open: String, openLine: Int)
        /// A tag without a name, such as `{{}}` or `{{# }}`.
        case emptyTagName
        /// A tag name with whitespace inside or an empty part, such as `{{a b}}` or `{{a..b}}`.
        case invalidName(String)
        /// A set-delimiter tag that is not `{{=open close=}}` with two delimiters without `=` or spaces.
        case invalidDelimiters(String)
        /// `{{> name}}` or `{{< name}}` names a template the library does not have (strict mode).
        case missingPartial(name: String)
        /// `{{name}}` names a value the context stack does not have (strict mode).
        case missingValue(name: String)
        /// Partials include each other deeper than `limit` levels, most likely without end.
        case recursionTooDeep(name: String, limit: Int)
        /// A template file could not be read; `reason` is the system's description.
        case unreadableFile(reason: String)
        /// The folder to load templates from does not exist or is not a folder.
        case notAFolder
        /// Two files give a template the same name, such as `kop.md` and `kop.mustache`.
        case duplicateTemplate(name: String, otherFile: String)
    }

    /// What went wrong.
    public var reason: Reason
    /// The name of the template the problem is in, as partials name it.
    public var templateName: String
    /// The file the template was read from, when it came from a file.
    public var file: String?
    /// Where in the template; nil when the problem concerns the file as a whole. Lines and columns
    /// are 1-based; columns count Unicode scalars.
    public var range: SourceRange?
    /// For a missing value or partial: the closest name there was, as the tag would write it.
    public var suggestion: String?

    /// Creates an error about `range` in the template named `templateName`.
    public init(_ reason: Reason, templateName: String, file: String? = nil, range: SourceRange?) {
        self.reason = reason
        self.templateName = templateName
        self.file = file
        self.range = range
    }
}

extension MustacheError: CustomStringConvertible {
    /// `name:line:column: what went wrong`, in English, for developers.
    public var description: String {
        let place = range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
        return "\(file ?? templateName)\(place): \(reason)"
    }
}
