import Diagnostics

extension Template {
    /// One element of a parsed template.
    enum Node: Sendable {
        /// Literal text, written as it is.
        case text(String)
        /// The start of a line of the template: where a standalone partial's indentation goes.
        case lineStart
        /// `{{name}}` (escaped) or `{{{name}}}` and `{{& name}}` (not escaped).
        case variable(Name, escaped: Bool, range: SourceRange)
        /// `{{#name}}...{{/name}}`, or `{{^name}}...{{/name}}` when `inverted`.
        case section(Name, inverted: Bool, children: [Node], range: SourceRange)
        /// `{{> name}}`: another template rendered in place.
        case partial(Inclusion)
        /// `{{< name}}...{{/name}}`: another template rendered with some of its blocks replaced.
        case parent(Inclusion, blocks: [String: [Node]])
        /// `{{$ name}}...{{/name}}`: content a parent's caller may replace. When the opening tag
        /// is standalone, the children are stored without their own indentation and `layout`
        /// says how to put the block's lines in place.
        case block(String, children: [Node], layout: BlockLayout?)
    }

    /// A dotted name such as `regio.naam`; no parts means the implicit iterator `.`.
    struct Name: Sendable, CustomStringConvertible {
        /// The parts between the dots.
        let parts: [String]

        /// Splits `text` at its dots; nil when a part is empty (as in `a..b`). `.` has no parts.
        init?(_ text: String) {
            if text == "." {
                parts = []
                return
            }
            let split = text.split(separator: ".", omittingEmptySubsequences: false)
            guard !split.contains(where: \.isEmpty) else { return nil }
            parts = split.map(String.init)
        }

        var description: String { parts.isEmpty ? "." : parts.joined(separator: ".") }
    }

    /// How a block whose opening tag is standalone fills its place.
    struct BlockLayout: Sendable {
        /// The indentation of the block's lines at this place.
        var indentation: String
        /// Whether the closing tag's standalone line ended with a line break, which the block's
        /// content then provides: a standalone block takes whole lines.
        var endsLine: Bool
    }

    /// How a tag stands alone on its line.
    struct Standalone {
        /// The spaces and tabs in front of the first tag on the line.
        var indentation: String
        /// Whether the line ended with a line break (the last line of a template may not).
        var endsLine: Bool
    }

    /// Where and how a partial or parent tag includes another template.
    struct Inclusion: Sendable {
        /// The template's name, or for a dynamic name (`{{> *name}}`) the name of the value holding it.
        let name: String
        /// Whether the template's name is read from the context (`{{> *name}}`).
        let isDynamic: Bool
        /// The whitespace in front of a standalone tag, put in front of every line of the included
        /// template; nil when the tag is not standalone.
        let indentation: String?
        /// Where the tag is.
        let range: SourceRange
    }
}
