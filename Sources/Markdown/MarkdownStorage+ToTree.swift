import Documents

extension MarkdownStorage {
    /// The tree of ``Block`` values, made once when parsing is done. Nesting is capped by the
    /// parser, so the recursion here is too.
    func tree() -> [Block] {
        withView { view in TreeReader(view: view).blocks(from: firstBlock) }
    }
}

/// Reads the records of a ``MarkdownStorage`` into ``Block`` and ``Inline`` values.
private struct TreeReader {
    let view: MarkdownStorageView

    func blocks(from first: Int32) -> [Block] {
        var result: [Block] = []
        var index = first
        while index >= 0 {
            let record = view.block(index)
            result.append(block(record))
            index = record.next
        }
        return result
    }

    private func children(_ first: Int32) -> [BlockRecord] {
        var result: [BlockRecord] = []
        var index = first
        while index >= 0 {
            result.append(view.block(index))
            index = view.block(index).next
        }
        return result
    }

    private func block(_ record: BlockRecord) -> Block {
        switch record.kind {
        case .paragraph:
            return .paragraph(inlines(from: record.first))
        case .heading:
            return .heading(level: record.number, content: inlines(from: record.first))
        case .blockQuote:
            return .blockQuote(blocks(from: record.first))
        case .bulletList, .orderedList:
            let kind: ListBlock.Kind = record.kind == .orderedList ? .ordered(start: record.number) : .bullet
            return .list(ListBlock(kind: kind, isTight: record.isTight, items: children(record.first).map { blocks(from: $0.first) }))
        case .item:  // only inside lists
            return .paragraph([])
        case .codeBlock:
            return .codeBlock(info: view.string(record.infoStart, record.infoEnd), text: view.string(record.start, record.end))
        case .thematicBreak:
            return .thematicBreak
        case .table:
            let rows = children(record.first).map { row in children(row.first).map { inlines(from: $0.first) } }
            let alignments = Array(view.storage.alignments[Int(record.start)..<Int(record.end)])
            return .table(Table(alignments: alignments, header: rows.first ?? [], rows: Array(rows.dropFirst())))
        case .tableRow, .tableCell:  // only inside tables
            return .paragraph([])
        }
    }

    func inlines(from first: Int32) -> [Inline] {
        var result: [Inline] = []
        // Parsed text comes in pieces: neighbouring pieces become one `.text`, empty ones none.
        var pending: [UInt8] = []
        var hasPending = false
        var index = first
        while index >= 0 {
            let record = view.inline(index)
            index = record.next
            if record.kind == .text || record.kind == .delimiterRun {
                if record.textEnd > record.textStart {
                    pending.append(contentsOf: view.bytes(record.textStart, record.textEnd))
                    hasPending = true
                }
                continue
            }
            if hasPending {
                result.append(.text(String(decoding: pending, as: UTF8.self)))
                pending.removeAll(keepingCapacity: true)
                hasPending = false
            }
            result.append(inline(record))
        }
        if hasPending { result.append(.text(String(decoding: pending, as: UTF8.self))) }
        return result
    }

    private func inline(_ record: InlineRecord) -> Inline {
        switch record.kind {
        case .text, .delimiterRun: return .text(view.string(record.textStart, record.textEnd))
        case .softBreak: return .softBreak
        case .hardBreak: return .hardBreak
        case .code: return .code(view.string(record.textStart, record.textEnd))
        case .emphasis: return .emphasis(inlines(from: record.first))
        case .strong: return .strong(inlines(from: record.first))
        case .link:
            let link = view.links[Int(record.target)]
            return .link(destination: view.string(link.destinationStart, link.destinationEnd), title: title(link),
                         content: inlines(from: record.first))
        case .image:
            let link = view.links[Int(record.target)]
            return .image(source: view.string(link.destinationStart, link.destinationEnd), title: title(link),
                          description: inlines(from: record.first))
        }
    }

    private func title(_ link: LinkRecord) -> String? {
        link.hasTitle ? view.string(link.titleStart, link.titleEnd) : nil
    }
}
