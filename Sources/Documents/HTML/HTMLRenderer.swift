/// The walk behind ``HTMLWriter`` and ``HTMLPage``: blocks and inlines appended as UTF-8 bytes to
/// an ``HTMLOutput``. Markup is written from `StaticString`s straight into the buffer and text
/// through ``HTMLEscaping``, which copies runs without escapes at once.
struct HTMLRenderer: ~Copyable {
    var output: HTMLOutput
    /// The ids given so far, or nil when headings get no ids.
    var headingIDs: HeadingIDs?
    /// Fills ``Block/tableOfContents``; nil writes nothing there.
    var tableOfContents: (() -> String)?
    /// Whether tables are written for a page: each in a box that scrolls sideways on a narrow
    /// screen (class `tabel-scroll`), short ones marked `kort` to be kept on one printed page. Off
    /// for an HTML fragment, which follows the CommonMark reference implementation.
    var pageTables = false
    /// The words the renderer adds (the names of scroll boxes), in the document's language.
    var words = DocumentWords()

    /// `capacity` is a guess of the output's size in bytes; the buffer grows past it as needed.
    init(headingIDs: HeadingIDs?, capacity: Int) {
        self.headingIDs = headingIDs
        output = HTMLOutput(capacity: capacity)
    }

    @inline(__always) mutating func write(_ text: StaticString) { output.append(text) }

    @inline(__always) mutating func write(string text: String) { output.append(text) }

    @inline(__always) mutating func escaped(_ text: String) { HTMLEscaping.appendEscaped(text, to: &output) }

    /// A line break unless the output is empty or already ends in one.
    @inline(__always) mutating func newline() {
        if let last = output.last, last != 0x0A { output.append(0x0A) }
    }

    mutating func blocks(_ blocks: [Block], tight: Bool) {
        for (index, block) in blocks.enumerated() {
            if pageTables, !tight, case .paragraph(let content) = block, Self.introducesTable(at: index, in: blocks) {
                newline(); write("<p class=\"inleiding\">"); inlines(content); write("</p>\n")
            } else {
                self.block(block, tight: tight)
            }
        }
    }

    /// Whether the paragraph at `index` stands between a heading and a table or figure: the
    /// table's introduction, which a printed page keeps with it (class `inleiding`).
    private static func introducesTable(at index: Int, in blocks: [Block]) -> Bool {
        guard index > 0, index + 1 < blocks.count, case .heading = blocks[index - 1] else { return false }
        return blocks[index + 1].isTableOrFigure
    }

    private mutating func block(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let content):
            if tight {
                inlines(content)
            } else {
                newline(); write("<p>"); inlines(content); write("</p>\n")
            }
        case .heading(let level, let content):
            let digit = UInt8(0x30 + min(max(level, 1), 6))
            newline(); write("<h"); output.append(digit)
            if headingIDs != nil {
                write(" id=\""); escaped(headingIDs!.next(for: content)); write("\"")
            }
            write(">"); inlines(content); write("</h"); output.append(digit); write(">\n")
        case .blockQuote(let inner):
            newline(); write("<blockquote>\n")
            blocks(inner, tight: false)
            newline(); write("</blockquote>\n")
        case .list(let list):
            newline()
            switch list.kind {
            case .bullet: write("<ul>\n")
            case .ordered(1): write("<ol>\n")
            case .ordered(let start): write("<ol start=\""); write(string: String(start)); write("\">\n")
            }
            for item in list.items {
                write("<li>"); blocks(item, tight: list.isTight); write("</li>\n")
            }
            if case .bullet = list.kind { write("</ul>\n") } else { write("</ol>\n") }
        case .codeBlock(let info, let text):
            newline(); write("<pre><code")
            // The language is the info string's first word.
            if let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" }).first {
                write(" class=\"language-"); escaped(String(language)); write("\"")
            }
            write(">"); escaped(text); write("</code></pre>\n")
        case .thematicBreak:
            newline(); write("<hr />\n")
        case .table(let table):
            self.table(table)
        case .figure(let figure):
            self.figure(figure)
        case .tableOfContents:
            if let tableOfContents { newline(); write(string: tableOfContents()) }
        }
    }

    /// Tables of at most this many rows are kept on one page in print (class `kort`).
    static let shortTableRows = 8

    /// A table; for a page in a box of its own that scrolls sideways when the table is wider than
    /// the screen, so the page itself never does (see ``pageTables``).
    mutating func table(_ table: Table) {
        newline()
        if pageTables {
            openScrollBox(name: scrollBoxName(caption: table.caption, headings: table.header.map(\.plainText)))
            write("<table")
            if table.rows.count <= Self.shortTableRows { write(" class=\"kort\"") }
            write(">\n")
        } else {
            write("<table>\n")
        }
        if !table.caption.isEmpty { write("<caption>"); escaped(table.caption); write("</caption>\n") }
        write("<thead>\n<tr>\n")
        // By index, not `enumerated()`: that copied each cell (a retain and a release of the run).
        for column in table.header.indices {
            write("<th scope=\"col\""); alignment(table.alignments[column]); write(">"); inlines(table.header[column]); write("</th>\n")
        }
        write("</tr>\n</thead>\n")
        if !table.rows.isEmpty {
            write("<tbody>\n")
            for (index, row) in table.rows.enumerated() {
                write(table.hasTotalRow && index == table.rows.count - 1 ? "<tr class=\"totaal\">\n" : "<tr>\n")
                for column in row.indices {
                    write("<td"); shade(table.shade(row: index, column: column)); alignment(table.alignments[column])
                    write(">"); inlines(row[column]); write("</td>\n")
                }
                write("</tr>\n")
            }
            write("</tbody>\n")
        }
        write(pageTables ? "</table>\n</div>\n" : "</table>\n")
    }

    /// The class of a shaded cell (see ``PageStyle``).
    private mutating func shade(_ shade: Table.CellShade?) {
        switch shade {
        case nil: break
        case .caution: write(" class=\"aandacht\"")
        case .shortfall: write(" class=\"tekort\"")
        }
    }

    private mutating func alignment(_ alignment: Table.Alignment) {
        switch alignment {
        case .none: break
        case .left: write(" style=\"text-align: left\"")
        case .center: write(" style=\"text-align: center\"")
        case .right: write(" style=\"text-align: right\"")
        }
    }
}
