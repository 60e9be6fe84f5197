import Documents

/// Markdown text cut into pieces that parse, one after another, into the blocks the whole text
/// parses into: what lets a long document be parsed with the working storage of one piece
/// (``MarkdownParser/blocks(from:inPiecesOf:)``).
///
/// Two kinds of cut are found in the text; each is then confirmed by the blocks of the pieces on
/// both sides of it, and when one is not, ``blocks()`` gives nil and the text is parsed whole:
/// - Before an ATX heading at the start of a line that follows a blank line. The whole text's parse
///   has every block closed there: the blank line ends paragraphs and tables, and a line without
///   indentation or `>` ends list items and block quotes. All but a fenced code block at the top
///   level, which would hold the heading as code: a piece whose last block is code may end in such
///   a fence, so no cut is taken after it.
/// - Between two rows of a pipe table. The piece after the cut starts with the table's header and
///   delimiter rows once more, and the rows of its table are added to the table the piece before
///   ends in. A row is read on its own against the header's columns, so they are the rows the
///   whole text has. Taken when the piece before ends in a table and the piece after starts with a
///   table that has the same header and alignments.
///
/// Link reference definitions (`[label]: destination`) hold for the whole text, wherever they
/// stand: a text with `]:` anywhere in it is not cut.
struct MarkdownPieces {
    /// The text's UTF-8.
    let bytes: UnsafeBufferPointer<UInt8>
    /// How long a piece may be; a piece without a cut in it is longer.
    let pieceSize: Int

    /// A place where the text may be cut.
    struct Cut: Equatable {
        /// Where the text after the cut starts: the start of a line.
        var at: Int
        /// For a cut between table rows, the table's header and delimiter rows (with their line
        /// ends), which the piece after the cut starts with; nil for a cut before a heading.
        var tableHead: Range<Int>?
    }

    /// The blocks of the text, parsed piece by piece; nil when a cut is not confirmed or the text
    /// may hold a link reference definition: then the text must be parsed whole.
    func blocks() -> [Block]? {
        if mayDefineLinks { return nil }
        let cuts = self.cuts()
        var blocks: [Block] = []
        var start = Cut(at: 0, tableHead: nil)
        var following = 0  // the first cut after `start`
        while true {
            let end = following < cuts.count ? nextEnd(from: start.at, cuts: cuts, first: following) : nil
            var parsed = MarkdownParser.blocks(from: text(from: start, to: end.map { cuts[$0].at } ?? bytes.count))
            if start.tableHead != nil {
                // The piece goes on with the table the piece before ended in.
                guard case .table(var table)? = blocks.last, case .table(let more)? = parsed.first,
                      Self.sameHead(table, more) else { return nil }
                table.rows += more.rows
                blocks[blocks.count - 1] = .table(table)
                parsed.removeFirst()
            }
            blocks += parsed
            guard let end else { return blocks }
            let cut = cuts[end]
            if cut.tableHead != nil {
                guard case .table? = blocks.last else { return nil }
            } else if case .codeBlock? = blocks.last {
                return nil
            }
            start = cut
            following = end + 1
        }
    }

    /// The index of the cut that ends the piece starting at `start`: the farthest within the piece
    /// size, or the first after `start` (`first`) when that is farther.
    private func nextEnd(from start: Int, cuts: [Cut], first: Int) -> Int {
        var end = first
        while end + 1 < cuts.count, cuts[end + 1].at - start <= pieceSize { end += 1 }
        return end
    }

    /// The text of the piece from `start` to `end`, after the table head the piece starts with.
    private func text(from start: Cut, to end: Int) -> String {
        var piece: [UInt8] = []
        if let head = start.tableHead {
            piece.reserveCapacity(head.count + end - start.at)
            piece += bytes[head]
        } else {
            piece.reserveCapacity(end - start.at)
        }
        piece += bytes[start.at..<end]
        // Cut at line starts of valid UTF-8: every piece is valid UTF-8 and decodes as it is.
        return String(decoding: piece, as: UTF8.self)
    }

    /// Whether `more`, a table read from a piece that starts with a table head, goes on with
    /// `table`: its header, alignments and everything but its rows the same.
    static func sameHead(_ table: Table, _ more: Table) -> Bool {
        var probe = more
        probe.rows = table.rows
        return probe == table
    }

    /// Whether `]:` stands anywhere in the text, as it does in every link reference definition.
    var mayDefineLinks: Bool {
        var index = 1
        while index < bytes.count {
            if bytes[index] == ASCII.colon && bytes[index - 1] == ASCII.closeBracket { return true }
            index += 1
        }
        return false
    }

    /// Every place the text may be cut, in order.
    func cuts() -> [Cut] {
        var cuts: [Cut] = []
        var lineStart = 0
        var previousBlank = false
        // The lines before this one that start with `|`, one after another, and where they start.
        var pipeLines = 0
        var pipeStart = 0
        var rowsStart = 0
        while lineStart < bytes.count {
            let (contentEnd, nextStart) = lineEnd(from: lineStart)
            if bytes[lineStart] == ASCII.pipe {
                if pipeLines == 0 { pipeStart = lineStart }
                if pipeLines == 2 { rowsStart = lineStart }
                // After a header, a delimiter row and one body row.
                if pipeLines >= 3 { cuts.append(Cut(at: lineStart, tableHead: pipeStart..<rowsStart)) }
                pipeLines += 1
            } else {
                pipeLines = 0
                if previousBlank && isHeading(from: lineStart, to: contentEnd) { cuts.append(Cut(at: lineStart, tableHead: nil)) }
            }
            previousBlank = isBlank(from: lineStart, to: contentEnd)
            lineStart = nextStart
        }
        return cuts
    }

    /// The end of the line's content and the start of the next line; a line ends in LF, CR LF or CR.
    private func lineEnd(from start: Int) -> (contentEnd: Int, nextStart: Int) {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case ASCII.newline: return (index, index + 1)
            case ASCII.carriageReturn:
                let next = index + 1 < bytes.count && bytes[index + 1] == ASCII.newline ? index + 2 : index + 1
                return (index, next)
            default: index += 1
            }
        }
        return (index, index)
    }

    /// Whether the line is an ATX heading that starts at its first column: one to six `#`, then a
    /// space, a tab or the end of the line.
    private func isHeading(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == ASCII.hash { index += 1 }
        let level = index - start
        return (1...6).contains(level) && (index == end || bytes[index] == ASCII.space || bytes[index] == ASCII.tab)
    }

    /// Whether the line holds nothing but spaces and tabs.
    private func isBlank(from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            guard bytes[index] == ASCII.space || bytes[index] == ASCII.tab else { return false }
            index += 1
        }
        return true
    }
}
