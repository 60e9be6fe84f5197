import Markdown

/// Writes a ``MarkdownDocument`` as normalised CommonMark (with GFM tables).
///
/// The output is deterministic and stable: parsing it gives the same tree, and writing that tree
/// again gives the same text. Choices: ATX headings (setext only for a heading with a line break),
/// `-` bullets and `.` ordered markers (`*` and `)` for a list that directly follows a list of the
/// same kind, which would otherwise merge with it), `*` and `**` for emphasis, fenced code blocks,
/// `***` for thematic breaks, blank lines between blocks, hard breaks as a backslash. Text is
/// escaped where it could otherwise be read as syntax. ``EmbeddedBlock``s are written as their
/// fallback blocks.
public struct MarkdownWriter: Sendable {
    /// Makes a writer.
    public init() {}

    /// The Markdown text of `document`, ending in a newline (empty for an empty document).
    public func render(_ document: MarkdownDocument) -> String {
        let lines = MarkdownBlockWriter.lines(for: document.blocks, tight: false)
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

    /// Embedded blocks stand for their fallback.
    private static func flattened(_ block: Block) -> [Block] {
        if case .embedded(let embedded) = block { return embedded.fallback.flatMap(flattened) }
        return [block]
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
            return codeBlock(info: info, text: text)
        case .blockQuote(let children):
            let lines = lines(for: children, tight: false).map { $0.isEmpty ? ">" : "> " + $0 }
            return lines.isEmpty ? [">"] : lines
        case .list(let list):
            return self.list(list, alternateMarker: alternateMarker)
        case .table(let table):
            return self.table(table)
        case .embedded:
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
