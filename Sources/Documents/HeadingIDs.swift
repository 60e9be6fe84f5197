import Foundation
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
        var needsFolding = false
        for byte in text.utf8 where byte >= 0x80 { needsFolding = true; break }
        let folded = needsFolding ? text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) : text
        var slug: [UInt8] = []
        slug.reserveCapacity(folded.utf8.count)
        var pendingDash = false
        for byte in folded.utf8 {
            if ASCII.isAlphanumeric(byte) {
                if pendingDash && !slug.isEmpty { slug.append(0x2D) }
                pendingDash = false
                slug.append(ASCII.isLetter(byte) ? byte | 0x20 : byte)
            } else {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "kop" : String(decoding: slug, as: UTF8.self)
    }
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
