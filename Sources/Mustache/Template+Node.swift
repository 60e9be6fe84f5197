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
        ///
        /// A name of ASCII (every name in practice) is split over its bytes: there a byte is a
        /// character, and splitting by `Character` cost some five thousand instructions a name, a
        /// tenth of parsing the templates. Other names are split by `Character`
        /// (``init(splittingCharacters:)``), where a dot with a combining mark after it is no dot.
        init?(_ text: String) {
            guard let parts = Self.asciiParts(text) ?? Self.characterParts(text) else { return nil }
            self.parts = parts
        }

        /// Splits `text` at its dots by `Character`; nil when a part is empty. `.` has no parts.
        init?(splittingCharacters text: String) {
            guard let parts = Self.characterParts(text) else { return nil }
            self.parts = parts
        }

        /// The parts of a name of ASCII, split over its bytes: `.some(nil)` when a part is empty;
        /// nil when the name is not ASCII.
        private static func asciiParts(_ text: String) -> [String]?? {
            text.utf8.withContiguousStorageIfAvailable { bytes -> [String]?? in
                guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
                if bytes.count == 1 && bytes[0] == 0x2E { return .some([]) }
                var parts: [String] = []
                var start = 0
                for index in 0...bytes.count where index == bytes.count || bytes[index] == 0x2E {
                    guard index > start else { return .some(nil) }
                    parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                    start = index + 1
                }
                return .some(parts)
            } ?? nil
        }

        /// The parts of `text` split by `Character`; nil when a part is empty.
        private static func characterParts(_ text: String) -> [String]? {
            if text == "." { return [] }
            let split = text.split(separator: ".", omittingEmptySubsequences: false)
            guard !split.contains(where: \.isEmpty) else { return nil }
            return split.map(String.init)
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
