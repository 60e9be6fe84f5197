import Documents

/// Puts the embedded values of a filled template into its parsed tree (see ``TemplateMarks``):
/// a value alone in a paragraph becomes blocks, a value inside a line becomes inline content, and
/// in a table a verdict that falls short shades its cell and the total row's mark marks its row.
struct TemplateSplicer {
    let embeddings: TemplateEmbeddings
    /// The figures the template uses, by name.
    let figures: [String: Figure]

    /// `blocks` with every embedded value in place; a ```` ```inhoudsopgave ```` block becomes
    /// the table of contents.
    func blocks(_ blocks: [Block]) -> [Block] { self.blocks(blocks, sectionLevel: 0) }

    private func blocks(_ blocks: [Block], sectionLevel: Int) -> [Block] {
        var result: [Block] = []
        var level = sectionLevel
        for block in blocks {
            switch block {
            case .paragraph(let content):
                if let number = TemplateMarks.soleMark(content), let embedded = embeddings[number] {
                    result += self.blocks(for: embedded, sectionLevel: level)
                } else {
                    result.append(.paragraph(inlines(content).content))
                }
            case .heading(let headingLevel, let content):
                level = headingLevel
                result.append(.heading(level: headingLevel, content: inlines(content).content))
            case .blockQuote(let inner):
                result.append(.blockQuote(self.blocks(inner, sectionLevel: level)))
            case .list(var list):
                list.items = list.items.map { self.blocks($0, sectionLevel: level) }
                result.append(.list(list))
            case .table(let table):
                result.append(.table(self.table(table)))
            case .codeBlock(let info, _) where info == "inhoudsopgave":
                result.append(.tableOfContents)
            case .codeBlock, .thematicBreak, .figure, .tableOfContents:
                result.append(block)
            }
        }
        return result
    }

    /// What a value alone on its line becomes; prose headings go below the heading it stands under
    /// (a `#` in a description under a `##` chapter becomes a `###`).
    private func blocks(for embedded: TemplateEmbeddings.Content, sectionLevel: Int) -> [Block] {
        switch embedded {
        case .prose(let blocks): blocks.map { $0.demotingHeadings(by: sectionLevel) }
        case .figure(let name): figures[name].map { [.figure($0)] } ?? []
        case .verdict: [.paragraph(inlineContent(of: embedded))]
        case .totalRow: []
        }
    }

    /// What a value inside a line becomes. A figure has no place in a line: its title stands there.
    private func inlineContent(of embedded: TemplateEmbeddings.Content) -> Inlines {
        switch embedded {
        case .prose(let blocks): blocks.inlineContent
        case .figure(let name): figures[name].map { [.text($0.title)] } ?? []
        case .verdict(let verdict, let withWord): [.text(withWord ? verdict.markedText : verdict.mark)]
        case .totalRow: []
        }
    }

    /// Inline content with its values in place, and what they say about a table cell.
    private struct Spliced {
        var content: Inlines
        /// The shade of the first verdict in the content that falls short.
        var shade: Table.CellShade?
        /// Whether the content holds the total row's mark.
        var marksTotalRow = false
    }

    /// `content` with its values in place. Most inlines hold none: those come back as they are.
    private func inlines(_ content: Inlines) -> Spliced {
        guard content.contains(where: Self.holdsMark) else { return Spliced(content: content) }
        var result = Spliced(content: [])
        func nested(_ inner: Inlines) -> Inlines {
            let spliced = inlines(inner)
            result.shade = result.shade ?? spliced.shade
            result.marksTotalRow = result.marksTotalRow || spliced.marksTotalRow
            return spliced.content
        }
        for inline in content {
            switch inline {
            case .text(let text) where TemplateMarks.hasMark(text):
                for piece in TemplateMarks.pieces(of: text.string) {
                    switch piece {
                    case .text(let text):
                        result.content.append(.text(text))
                    case .embedded(let number):
                        guard let embedded = embeddings[number] else { continue }
                        if case .verdict(let verdict, _) = embedded { result.shade = result.shade ?? verdict.shade }
                        if case .totalRow = embedded { result.marksTotalRow = true }
                        result.content.append(contentsOf: inlineContent(of: embedded))
                    }
                }
            case .emphasis(let inner): result.content.append(.emphasis(nested(inner)))
            case .strong(let inner): result.content.append(.strong(nested(inner)))
            case .link(let destination, let title, let inner):
                result.content.append(.link(destination: destination, title: title, content: nested(inner)))
            case .text, .code, .image, .softBreak, .hardBreak: result.content.append(inline)
            }
        }
        result.content = Self.joiningTexts(result.content)
        return result
    }

    /// Adjacent texts as one, as the parser gives them, so a value in a line leaves no seam.
    private static func joiningTexts(_ content: Inlines) -> Inlines {
        var result: [Inline] = []
        result.reserveCapacity(content.count)
        for inline in content {
            if case .text(let text) = inline {
                if text.isEmpty { continue }
                if case .text(let previous)? = result.last {
                    result[result.count - 1] = .text(joined(previous, text))
                    continue
                }
            }
            result.append(inline)
        }
        return Inlines(result)
    }

    /// The bytes of `first` and then `second` as one text: no `String` is made of a parsed text
    /// (which validates its bytes) to be taken apart again by the writers.
    private static func joined(_ first: InlineText, _ second: InlineText) -> InlineText {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(first.utf8Count + second.utf8Count)
        first.withUTF8 { bytes.append(contentsOf: $0) }
        second.withUTF8 { bytes.append(contentsOf: $0) }
        return InlineText(bytes, range: 0..<bytes.count)
    }

    private static func holdsMark(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let text): TemplateMarks.hasMark(text)
        case .emphasis(let inner), .strong(let inner), .link(_, _, let inner): inner.contains(where: holdsMark)
        case .code, .image, .softBreak, .hardBreak: false
        }
    }

    /// The table with its values in place, its shaded cells and, when the total row's mark stands
    /// in its last row, its total row.
    private func table(_ table: Table) -> Table {
        var table = table
        table.header = table.header.map { inlines($0).content }
        for (row, cells) in table.rows.enumerated() {
            // Most cells hold no value: left as they are, their row is not copied to be written.
            for (column, cell) in cells.enumerated() where cell.contains(where: Self.holdsMark) {
                let spliced = inlines(cell)
                table.rows[row][column] = spliced.content
                if let shade = spliced.shade { table.shades[Table.CellPosition(row: row, column: column)] = shade }
                if spliced.marksTotalRow && row == table.rows.count - 1 { table.hasTotalRow = true }
            }
        }
        return table
    }
}
