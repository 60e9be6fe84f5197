/// Writes a ``Document`` (or blocks of one) as normalised CommonMark (with GFM tables).
///
/// The output is deterministic and stable: parsing it gives the same tree, and writing that tree
/// again gives the same text. Choices: ATX headings (setext only for a heading with a line break),
/// `-` bullets and `.` ordered markers (`*` and `)` for a list that directly follows a list of the
/// same kind, which would otherwise merge with it), `*` and `**` for emphasis, fenced code blocks,
/// `***` for thematic breaks, blank lines between blocks, hard breaks as a backslash. Text is
/// escaped where it could otherwise be read as syntax, control characters are left out, and link
/// destinations that ``LinkPolicy`` refuses are left empty. A figure becomes its title in bold
/// and the table of its numbers; a table's caption a bold line above it; the table of contents
/// nothing (a Markdown reader shows the headings).
public struct MarkdownWriter: Sendable {
    /// Makes a writer.
    public init() {}

    /// The Markdown text of `document`: its cover, then its content.
    public func render(_ document: Document) -> String {
        render(document.cover + document.blocks)
    }

    /// The Markdown text of `blocks`, ending in a newline (empty when there are none).
    public func render(_ blocks: [Block]) -> String {
        let lines = MarkdownBlockWriter.lines(for: blocks, tight: false)
        guard !lines.isEmpty else { return "" }
        var output = ""
        output.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count + 1 })
        for line in lines {
            output += line
            output += "\n"
        }
        return output
    }
}

/// The block level of ``MarkdownWriter``: each block becomes lines; containers prefix their
/// children's lines (`> ` for quotes, the marker's width for list items).
enum MarkdownBlockWriter {
    static func lines(for blocks: [Block], tight: Bool) -> [String] {
        var lines: [String] = []
        var previous: Block?
        var alternateMarker = false
        for block in blocks {
            let block = flattened(block)
            for expanded in block {
                if previous != nil && !tight { lines.append("") }
                if case .list(let list) = expanded {
                    if case .list(let last)? = previous, sameKind(last, list) {
                        alternateMarker.toggle()
                    } else {
                        alternateMarker = false
                    }
                }
                lines += self.lines(for: expanded, alternateMarker: alternateMarker)
                previous = expanded
            }
        }
        return lines
    }

    /// What Markdown has no construct for, in blocks it has: a figure is its title and its table
    /// (and its source), a caption a bold line; the table of contents is left out.
    private static func flattened(_ block: Block) -> [Block] {
        switch block {
        case .figure(let figure):
            var data = figure.data
            data.caption = figure.title
            return flattened(.table(data)) + (figure.source.isEmpty ? [] : [.paragraph([.emphasis([.text(figure.source)])])])
        case .table(var table) where !table.caption.isEmpty:
            let caption = table.caption
            table.caption = ""
            return [.paragraph([.strong([.text(caption)])]), .table(table)]
        case .tableOfContents:
            return []
        default:
            return [block]
        }
    }

    private static func sameKind(_ first: ListBlock, _ second: ListBlock) -> Bool {
        switch (first.kind, second.kind) {
        case (.bullet, .bullet), (.ordered, .ordered): return true
        default: return false
        }
    }

    private static func lines(for block: Block, alternateMarker: Bool) -> [String] {
        switch block {
        case .paragraph(let content):
            return MarkdownInlineWriter.text(of: content, context: .paragraph).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        case .heading(let level, let content):
            let level = min(max(level, 1), 6)
            let hasBreak = containsBreak(content)
            if hasBreak && level <= 2 {
                var lines = MarkdownInlineWriter.text(of: content, context: .paragraph).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.append(level == 1 ? "===" : "---")
                return lines
            }
            let text = MarkdownInlineWriter.text(of: content, context: .heading)
            return [String(repeating: "#", count: level) + (text.isEmpty ? "" : " " + text)]
        case .thematicBreak:
            return ["***"]
        case .codeBlock(let info, let text):
            return codeBlock(info: info, text: String(decoding: MarkdownInlineWriter.withoutControls(Array(text.utf8)), as: UTF8.self))
        case .blockQuote(let children):
            let lines = lines(for: children, tight: false).map { $0.isEmpty ? ">" : "> " + $0 }
            return lines.isEmpty ? [">"] : lines
        case .list(let list):
            return self.list(list, alternateMarker: alternateMarker)
        case .table(let table):
            return self.table(table)
        case .figure, .tableOfContents:  // flattened before
            return []
        }
    }

    private static func containsBreak(_ inlines: [Inline]) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .softBreak, .hardBreak: return true
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                return containsBreak(content)
            case .text, .code: return false
            }
        }
    }

    private static func list(_ list: ListBlock, alternateMarker: Bool) -> [String] {
        var lines: [String] = []
        for (index, item) in list.items.enumerated() {
            if index > 0 && !list.isTight { lines.append("") }
            var marker: String
            switch list.kind {
            case .bullet:
                marker = alternateMarker ? "*" : "-"
                // "* ***" would be a thematic break.
                if alternateMarker, case .thematicBreak? = item.first { marker = "+" }
            case .ordered(let start):
                marker = String(start + index) + (alternateMarker ? ")" : ".")
            }
            let indent = String(repeating: " ", count: marker.count + 1)
            let content = Self.lines(for: item, tight: list.isTight)
            if content.isEmpty {
                lines.append(marker)
                continue
            }
            for (number, line) in content.enumerated() {
                if number == 0 {
                    lines.append(line.isEmpty ? marker : marker + " " + line)
                } else {
                    lines.append(line.isEmpty ? "" : indent + line)
                }
            }
        }
        return lines
    }

    private static func codeBlock(info: String, text: String) -> [String] {
        let useTildes = info.contains("`")
        let fenceCharacter: Character = useTildes ? "~" : "`"
        var longest = 0, run = 0
        for character in text {
            if character == fenceCharacter { run += 1; longest = max(longest, run) } else { run = 0 }
        }
        let fence = String(repeating: fenceCharacter, count: max(3, longest + 1))
        var lines = [fence + MarkdownInlineWriter.escapedInfo(info)]
        var body = text
        if body.hasSuffix("\n") { body.removeLast() }
        if !text.isEmpty {
            lines += body.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        lines.append(fence)
        return lines
    }

    private static func table(_ table: Table) -> [String] {
        func row(_ cells: [[Inline]]) -> String {
            var line = "|"
            for cell in cells {
                let text = MarkdownInlineWriter.text(of: cell, context: .tableCell)
                line += text.isEmpty ? "  |" : " " + text + " |"
            }
            return line
        }
        var delimiter = "|"
        for alignment in table.alignments {
            switch alignment {
            case .none: delimiter += " --- |"
            case .left: delimiter += " :-- |"
            case .center: delimiter += " :-: |"
            case .right: delimiter += " --: |"
            }
        }
        return [row(table.header), delimiter] + table.rows.map(row)
    }
}
