/// The block level of ``MarkdownWriter``: each block becomes lines; containers prefix their
/// children's lines (`> ` for quotes, the marker's width for list items).
///
/// Lines go straight into one byte buffer. A line's prefix is written when the line is: each
/// open container adds its part, outermost first, and a container's part for an empty line
/// (`>` for a quote, the bare marker for an item's first line, nothing for an item's later
/// lines) differs from its part for a line with text, so that no line ends in a space.
struct MarkdownBlockWriter: ~Copyable {
    /// The Markdown written so far.
    private(set) var output = HTMLOutput(capacity: 16384)
    /// Where the inline writer writes a paragraph, heading or cell before it is copied as lines.
    private var scratch = HTMLOutput(capacity: 1024)
    /// The block quotes and list items the next line is in, outermost first.
    private var containers: [Container] = []
    /// The number of lines written, to tell whether a container got any.
    private var lineCount = 0

    /// A block quote, or a list item with its marker (`-`, `*`, `+`, `3.`, `3)`).
    private struct Container {
        var marker: [UInt8]
        var isQuote: Bool
        /// Whether the item's first line, which carries the marker, is still to come.
        var firstLinePending: Bool
    }

    mutating func write(_ blocks: [Block], tight: Bool) {
        var previous: Block?
        var alternateMarker = false
        for block in blocks {
            if Self.needsFlattening(block) {
                for expanded in Self.flattened(block) { write(expanded, previous: &previous, alternateMarker: &alternateMarker, tight: tight) }
            } else {
                write(block, previous: &previous, alternateMarker: &alternateMarker, tight: tight)
            }
        }
    }

    private mutating func write(_ block: Block, previous: inout Block?, alternateMarker: inout Bool, tight: Bool) {
        if previous != nil && !tight { emptyLine() }
        if case .list(let list) = block {
            if case .list(let last)? = previous, Self.sameKind(last, list) {
                alternateMarker.toggle()
            } else {
                alternateMarker = false
            }
        }
        write(block, alternateMarker: alternateMarker)
        previous = block
    }

    private static func needsFlattening(_ block: Block) -> Bool {
        switch block {
        case .figure, .tableOfContents: true
        case .table(let table): !table.caption.isEmpty
        case .heading, .paragraph, .blockQuote, .list, .codeBlock, .thematicBreak: false
        }
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
        case .table, .heading, .paragraph, .blockQuote, .list, .codeBlock, .thematicBreak:
            return [block]
        }
    }

    private static func sameKind(_ first: ListBlock, _ second: ListBlock) -> Bool {
        switch (first.kind, second.kind) {
        case (.bullet, .bullet), (.ordered, .ordered): return true
        default: return false
        }
    }

    private mutating func write(_ block: Block, alternateMarker: Bool) {
        switch block {
        case .paragraph(let content):
            inlineLines(content, context: .paragraph)
        case .heading(let level, let content):
            let level = min(max(level, 1), 6)
            if level <= 2 && Self.containsBreak(content) {
                inlineLines(content, context: .paragraph)
                line(level == 1 ? "===" : "---")
                return
            }
            scratch.removeAll()
            MarkdownInlineWriter.write(content, context: .heading, to: &scratch)
            startLine(empty: false)
            for _ in 0..<level { output.append(0x23) }
            if scratch.count > 0 {
                output.append(0x20)
                output.append(scratch.buffer)
            }
            output.append(0x0A)
        case .thematicBreak:
            line("***")
        case .codeBlock(let info, let text):
            codeBlock(info: info, text: text)
        case .blockQuote(let children):
            containers.append(Container(marker: [], isQuote: true, firstLinePending: false))
            let linesBefore = lineCount
            write(children, tight: false)
            if lineCount == linesBefore { emptyLine() }  // an empty quote is a lone `>`
            containers.removeLast()
        case .list(let list):
            self.list(list, alternateMarker: alternateMarker)
        case .table(let table):
            self.table(table)
        case .figure, .tableOfContents:  // flattened before
            break
        }
    }

    // MARK: Lines

    /// Writes the prefix of a line: for a line with text, `> ` per quote, and per list item its
    /// marker and a space on its first line and the marker's width in spaces after that. An
    /// empty line is an empty line inside the innermost containers that add nothing to it (list
    /// items past their first line); the first container from the inside that does add
    /// something (a quote's `>`, an item's bare marker) makes it a line with text for the
    /// containers around it.
    private mutating func startLine(empty: Bool) {
        lineCount += 1
        guard !containers.isEmpty else { return }
        var firstWithText = containers.count  // the containers before this one see a line with text
        if empty {
            firstWithText = -1
            for index in containers.indices.reversed() where containers[index].isQuote || containers[index].firstLinePending {
                firstWithText = index
                break
            }
        }
        for index in containers.indices {
            let container = containers[index]
            if index < firstWithText {
                if container.isQuote {
                    output.append("> ")
                } else if container.firstLinePending {
                    container.marker.withUnsafeBufferPointer { output.append($0) }
                    output.append(0x20)
                } else {
                    for _ in 0...container.marker.count { output.append(0x20) }
                }
            } else if index == firstWithText {
                if container.isQuote {
                    output.append(0x3E)
                } else {
                    container.marker.withUnsafeBufferPointer { output.append($0) }
                }
            }
            containers[index].firstLinePending = false
        }
    }

    private mutating func emptyLine() {
        startLine(empty: true)
        output.append(0x0A)
    }

    private mutating func line(_ text: StaticString) {
        startLine(empty: false)
        output.append(text)
        output.append(0x0A)
    }

    private mutating func line(_ bytes: UnsafeBufferPointer<UInt8>) {
        startLine(empty: bytes.isEmpty)
        output.append(bytes)
        output.append(0x0A)
    }

    /// Writes `inlines` as lines: one per soft or hard break in them.
    private mutating func inlineLines(_ inlines: Inlines, context: MarkdownInlineWriter.Context) {
        scratch.removeAll()
        MarkdownInlineWriter.write(inlines, context: context, to: &scratch)
        lines(scratch.buffer)
    }

    /// Writes `text` as lines, split where it has a line feed. A line feed right after a carriage
    /// return does not split it: the two are one character, and the lines are split by character.
    private mutating func lines(_ text: UnsafeBufferPointer<UInt8>) {
        if containers.isEmpty {  // nothing to put before the lines: the text as it is
            lineCount += 1
            output.append(text)
            output.append(0x0A)
            return
        }
        var start = 0
        for index in text.indices where text[index] == 0x0A && (index == 0 || text[index - 1] != 0x0D) {
            line(UnsafeBufferPointer(rebasing: text[start..<index]))
            start = index + 1
        }
        line(UnsafeBufferPointer(rebasing: text[start...]))
    }

    private static func containsBreak(_ inlines: Inlines) -> Bool {
        inlines.contains { inline in
            switch inline {
            case .softBreak, .hardBreak: return true
            case .emphasis(let content), .strong(let content), .link(_, _, let content), .image(_, _, let content):
                return containsBreak(content)
            case .text, .code: return false
            }
        }
    }

    // MARK: Lists, code, tables

    private mutating func list(_ list: ListBlock, alternateMarker: Bool) {
        for (index, item) in list.items.enumerated() {
            if index > 0 && !list.isTight { emptyLine() }
            var marker: String
            switch list.kind {
            case .bullet:
                marker = alternateMarker ? "*" : "-"
                // "* ***" would be a thematic break.
                if alternateMarker, case .thematicBreak? = item.first { marker = "+" }
            case .ordered(let start):
                marker = String(start + index) + (alternateMarker ? ")" : ".")
            }
            containers.append(Container(marker: Array(marker.utf8), isQuote: false, firstLinePending: true))
            write(item, tight: list.isTight)
            if containers[containers.count - 1].firstLinePending { emptyLine() }  // an empty item is its marker
            containers.removeLast()
        }
    }

    private mutating func codeBlock(info: String, text: String) {
        let bytes = MarkdownInlineWriter.withoutControls(Array(text.utf8))
        // The fence is longer than any run of its character in the text. A backquote or tilde
        // that a combining mark follows is not that character on its own, hence the count by
        // character, but only when the text has the byte at all.
        let useTildes = info.contains("`")
        let fenceByte: UInt8 = useTildes ? 0x7E : 0x60
        var longest = 0
        if bytes.contains(fenceByte) {
            let fenceCharacter: Character = useTildes ? "~" : "`"
            var run = 0
            for character in String(decoding: bytes, as: UTF8.self) {
                if character == fenceCharacter { run += 1; longest = max(longest, run) } else { run = 0 }
            }
        }
        let fence = [UInt8](repeating: fenceByte, count: max(3, longest + 1))
        startLine(empty: false)
        fence.withUnsafeBufferPointer { output.append($0) }
        output.append(MarkdownInlineWriter.escapedInfo(info))
        output.append(0x0A)
        if !bytes.isEmpty {
            // Without its last line feed, unless a carriage return comes before it: then the two
            // are one character, which is not a line feed.
            var body = bytes[...]
            if body.last == 0x0A && (body.count < 2 || body[body.count - 2] != 0x0D) { body.removeLast() }
            body.withUnsafeBufferPointer { lines($0) }
        }
        startLine(empty: false)
        fence.withUnsafeBufferPointer { output.append($0) }
        output.append(0x0A)
    }

    private mutating func table(_ table: Table) {
        row(table.header)
        startLine(empty: false)
        output.append(0x7C)
        for alignment in table.alignments {
            switch alignment {
            case .none: output.append(" --- |")
            case .left: output.append(" :-- |")
            case .center: output.append(" :-: |")
            case .right: output.append(" --: |")
            }
        }
        output.append(0x0A)
        for cells in table.rows { row(cells) }
    }

    /// One table row on one line (a break in a cell stays in the line, as the cell's text).
    private mutating func row(_ cells: [Inlines]) {
        startLine(empty: false)
        output.append(0x7C)
        for cell in cells {
            scratch.removeAll()
            MarkdownInlineWriter.write(cell, context: .tableCell, to: &scratch)
            if scratch.count == 0 {
                output.append("  |")
            } else {
                output.append(0x20)
                output.append(scratch.buffer)
                output.append(" |")
            }
        }
        output.append(0x0A)
    }
}
