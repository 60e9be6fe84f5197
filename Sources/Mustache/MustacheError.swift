import Diagnostics

/// A problem in a template: found while parsing it, or while rendering it in strict mode.
///
/// The error carries data only; ``message(in:)`` and ``hint(in:)`` make the text, in Dutch unless
/// asked otherwise, and ``diagnostic(in:)`` turns it into the toolkit's ``Diagnostic``.
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
        /// A template file could not be read.
        case unreadableFile(reason: String)
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
    /// For a missing value: the closest name the context did have, as the tag would write it.
    public var suggestion: String?

    /// Creates an error about `range` in the template named `templateName`.
    public init(_ reason: Reason, templateName: String, file: String? = nil, range: SourceRange?) {
        self.reason = reason
        self.templateName = templateName
        self.file = file
        self.range = range
    }

    /// The stable diagnostic code: `MJA070` for syntax errors, `MJA071` for strict-mode rendering
    /// problems, `MJA072` for problems loading template files.
    public var code: String {
        switch reason {
        case .unclosedTag, .unclosedSection, .unexpectedClose, .mismatchedClose, .emptyTagName, .invalidName,
            .invalidDelimiters:
            "MJA070"
        case .missingPartial, .missingValue, .recursionTooDeep: "MJA071"
        case .unreadableFile, .duplicateTemplate: "MJA072"
        }
    }

    /// The problem as a ``Diagnostic`` in `language`, located in ``file`` or else the template name.
    public func diagnostic(in language: Language = .dutch) -> Diagnostic {
        Diagnostic(
            severity: .error, code: code, message: message(in: language), file: file ?? templateName, range: range,
            hint: hint(in: language))
    }
}

extension MustacheError: CustomStringConvertible {
    /// `name:line:column: message`, in Dutch.
    public var description: String {
        let place = range.map { ":\($0.start.line):\($0.start.column)" } ?? ""
        return "\(file ?? templateName)\(place): \(message(in: .dutch))"
    }
}
