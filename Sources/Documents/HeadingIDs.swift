import Markdown

/// Stable `id`s for headings, so a table of contents (or another document) can link to them.
///
/// An id is the heading's text, lowercased, with accents folded (`é` becomes `e`), every run of
/// other characters than ASCII letters and digits turned into one `-`, and no `-` at either end.
/// A repeated id gets `-2`, `-3`, ... in document order. A heading without letters or digits
/// gets `kop`.
public struct HeadingIDs: Sendable {
    private var used: Set<String> = []

    /// Starts a document with no ids in use.
    public init() {}

    /// The id for the next heading with this content, unique within the document so far.
    public mutating func next(for content: [Inline]) -> String {
        let base = Self.slug(content.plainText)
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// The id for a text without de-duplication: `"Één werkplan (2025)"` gives `"een-werkplan-2025"`.
    public static func slug(_ text: String) -> String {
        var slug: [UInt8] = []
        slug.reserveCapacity(text.utf8.count)
        var pendingDash = false
        func append(_ byte: UInt8) {
            if pendingDash && !slug.isEmpty { slug.append(0x2D) }
            pendingDash = false
            slug.append(byte)
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if ASCII.isAlphanumeric(byte) { append(ASCII.isLetter(byte) ? byte | 0x20 : byte) } else { pendingDash = true }
            } else if let folded = LatinFolding.base(of: scalar) {
                for byte in folded.utf8 { append(byte) }
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "kop" : String(decoding: slug, as: UTF8.self)
    }
}

/// The ASCII letters of accented Latin letters (Latin-1 Supplement and Latin Extended-A), so
/// ids need no Unicode tables: `é` gives `e`, `ĳ` gives `ij`, `ß` gives `ss`.
enum LatinFolding {
    static func base(of scalar: Unicode.Scalar) -> String? {
        let value = Int(scalar.value)
        if value >= 0xC0 && value <= 0xFF {
            let index = value - 0xC0
            let letter = latin1[latin1.index(latin1.startIndex, offsetBy: index)]
            switch letter {
            case ".": return nil
            case "A" where value == 0xC6 || value == 0xE6: return "ae"
            case "s": return value == 0xDF ? "ss" : "s"
            case "t": return value == 0xDE || value == 0xFE ? "th" : "t"
            default: return String(letter).lowercased()
            }
        }
        if value >= 0x100 && value <= 0x17F {
            if value == 0x132 || value == 0x133 { return "ij" }
            if value == 0x152 || value == 0x153 { return "oe" }
            let letter = extendedA[extendedA.index(extendedA.startIndex, offsetBy: value - 0x100)]
            return letter == "." ? nil : String(letter)
        }
        return nil
    }

    /// U+00C0 to U+00FF; `.` for signs that are not letters.
    private static let latin1 = "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYtsaaaaaaAceeeeiiiidnooooo.ouuuuyty"
    /// U+0100 to U+017F; `.` where the base is two letters (handled above).
    private static let extendedA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkkkllllllllllnnnnnnnnnoooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"
}

/// A heading found in a document, for a table of contents.
public struct HeadingEntry: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The heading's text without markup.
    public var text: String
    /// The `id` the HTML writer gives the heading.
    public var id: String

    /// Makes an entry.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }

    /// The headings of `document` in the order the HTML writer meets them (including headings in
    /// block quotes and list items), with the ids it gives them.
    public static func all(in document: MarkdownDocument) -> [HeadingEntry] {
        var ids = HeadingIDs()
        var entries: [HeadingEntry] = []
        func visit(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let level, let content):
                    entries.append(HeadingEntry(level: level, text: content.plainText, id: ids.next(for: content)))
                case .blockQuote(let children):
                    visit(children)
                case .list(let list):
                    for item in list.items { visit(item) }
                default:
                    break
                }
            }
        }
        visit(document.blocks)
        return entries
    }
}
