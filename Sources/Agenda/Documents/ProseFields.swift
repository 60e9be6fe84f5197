import Foundation
import Documents
import Markdown
import Mustache

/// The prose of an agenda (ambition, analysis, descriptions) on its way into a document: each text
/// is parsed as Markdown on its own, and the template gets a mark in its place. Once the filled
/// template is parsed, ``insert(into:)`` puts each parsed text where its mark stands. So nothing a
/// programme manager writes in a field (an unclosed ```` ``` ````, a `# heading`, `---`, a link
/// definition, a table) can change the structure around it.
///
/// A mark is U+FFFC OBJECT REPLACEMENT CHARACTER, the text's number, and U+FFFC again. Template
/// values never carry U+FFFC (the Markdown escaping leaves it out), so a mark cannot be forged.
/// One instance serves one document.
final class ProseFields {
    private var texts: [[Block]] = []

    /// The template value for the Markdown `text`: a mark, or the empty string for an empty text
    /// (so `{{#field}}` sections still test whether there is any).
    func value(_ text: String) -> MustacheValue {
        guard !text.allSatisfy(\.isWhitespace) else { return .string("") }
        texts.append(MarkdownParser.blocks(from: text))
        return .string("\(Self.mark)\(texts.count - 1)\(Self.mark)")
    }

    /// The blocks of a filled and parsed template with every mark replaced by its text. A mark
    /// alone in a paragraph becomes the text's blocks, its headings placed below the heading the
    /// mark stands under (a `#` in a description under a `##` chapter becomes a `###`); a mark
    /// inside a line (a table cell, a list item) becomes the text's inline content.
    func insert(into blocks: [Block]) -> [Block] {
        guard !texts.isEmpty else { return blocks }
        return insert(into: blocks, sectionLevel: 0)
    }

    private static let mark: Character = "\u{FFFC}"

    /// Whether `text` holds U+FFFC, looked for in its UTF-8 (EF BF BC): this runs for every text
    /// of every document, and most have no byte 0xEF at all.
    private static func hasMark(_ text: String) -> Bool {
        text.utf8.contains(0xEF) && text.unicodeScalars.contains("\u{FFFC}")
    }

    private func insert(into blocks: [Block], sectionLevel: Int) -> [Block] {
        var result: [Block] = []
        var level = sectionLevel
        for block in blocks {
            switch block {
            case .paragraph(let content):
                if let index = soleMark(content) {
                    result += texts[index].map { $0.demotingHeadings(by: level) }
                } else {
                    result.append(.paragraph(insert(into: content)))
                }
            case .heading(let headingLevel, let content):
                level = headingLevel
                result.append(.heading(level: headingLevel, content: insert(into: content)))
            case .blockQuote(let inner):
                result.append(.blockQuote(insert(into: inner, sectionLevel: level)))
            case .list(var list):
                list.items = list.items.map { insert(into: $0, sectionLevel: level) }
                result.append(.list(list))
            case .table(var table):
                table.header = table.header.map(insert(into:))
                table.rows = table.rows.map { $0.map(insert(into:)) }
                result.append(.table(table))
            case .codeBlock, .thematicBreak, .figure, .tableOfContents:
                result.append(block)
            }
        }
        return result
    }

    /// The number in `content` when it is one mark and nothing else.
    private func soleMark(_ content: [Inline]) -> Int? {
        guard content.count == 1, case .text(let text) = content[0] else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.first == Self.mark, trimmed.last == Self.mark, trimmed.count > 2,
              let index = Int(trimmed.dropFirst().dropLast()), texts.indices.contains(index) else { return nil }
        return index
    }

    /// Inlines with each mark in their text replaced by the inline content of its text. Most
    /// inlines hold no mark: those come back as they are, without a copy.
    private func insert(into content: [Inline]) -> [Inline] {
        guard content.contains(where: Self.holdsMark) else { return content }
        var result: [Inline] = []
        for inline in content {
            switch inline {
            case .text(let text) where Self.hasMark(text):
                result += splitting(text)
            case .emphasis(let inner): result.append(.emphasis(insert(into: inner)))
            case .strong(let inner): result.append(.strong(insert(into: inner)))
            case .link(let destination, let title, let inner): result.append(.link(destination: destination, title: title, content: insert(into: inner)))
            default: result.append(inline)
            }
        }
        return result
    }

    private static func holdsMark(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let text): hasMark(text)
        case .emphasis(let inner), .strong(let inner), .link(_, _, let inner): inner.contains(where: holdsMark)
        case .code, .image, .softBreak, .hardBreak: false
        }
    }

    private func splitting(_ text: String) -> [Inline] {
        var result: [Inline] = []
        let parts = text.split(separator: Self.mark, omittingEmptySubsequences: false)
        // Parts at odd positions stand between two marks: a number, if the mark is real.
        for (position, part) in parts.enumerated() {
            if position % 2 == 1, let index = Int(part), texts.indices.contains(index) {
                result += texts[index].inlineContent
            } else if !part.isEmpty {
                result.append(.text(position % 2 == 1 ? "\(Self.mark)\(part)\(Self.mark)" : String(part)))
            }
        }
        return result
    }
}

extension Block {
    /// The block with its headings (and those inside it) `levels` deeper, at most level 6.
    func demotingHeadings(by levels: Int) -> Block {
        guard levels > 0 else { return self }
        switch self {
        case .heading(let level, let content): return .heading(level: min(6, level + levels), content: content)
        case .blockQuote(let inner): return .blockQuote(inner.map { $0.demotingHeadings(by: levels) })
        case .list(var list):
            list.items = list.items.map { $0.map { $0.demotingHeadings(by: levels) } }
            return .list(list)
        case .paragraph, .codeBlock, .thematicBreak, .table, .figure, .tableOfContents: return self
        }
    }
}

extension Array where Element == Block {
    /// The blocks as one line of inline content, for a place that holds no blocks (a table cell):
    /// paragraphs and headings keep their inlines, list items are joined with "; ", code becomes
    /// a code span, and blocks are separated by a space.
    var inlineContent: [Inline] {
        var result: [Inline] = []
        for block in self {
            let content: [Inline]
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): content = inlines
            case .blockQuote(let inner): content = inner.inlineContent
            case .list(let list):
                content = list.items.enumerated().flatMap { index, item in (index > 0 ? [.text("; ")] : []) + item.inlineContent }
            case .codeBlock(_, let text): content = [.code(text.trimmingCharacters(in: .newlines))]
            case .table(let table): content = [.text(([table.header] + table.rows).map { $0.map(\.plainText).joined(separator: " ") }.joined(separator: "; "))]
            case .thematicBreak, .figure, .tableOfContents: content = []
            }
            guard !content.isEmpty else { continue }
            if !result.isEmpty { result.append(.text(" ")) }
            result += content.map { $0 == .hardBreak || $0 == .softBreak ? .text(" ") : $0 }
        }
        return result
    }
}
