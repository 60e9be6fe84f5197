import Markdown

/// The buffer and walk behind ``HTMLWriter``: blocks and inlines appended as UTF-8 bytes.
struct HTMLRenderer {
    var output: [UInt8] = []
    private let headingIDs: [String]
    private var nextHeading = 0

    init(headingIDs: [String]) {
        self.headingIDs = headingIDs
    }

    @inline(__always) mutating func write(_ text: StaticString) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always) mutating func write(_ text: String) { output.append(contentsOf: text.utf8) }

    @inline(__always) mutating func escaped(_ text: String) { HTMLEscaping.appendEscaped(text, to: &output) }

    /// A line break unless the output is empty or already ends in one.
    @inline(__always) mutating func newline() {
        if let last = output.last, last != 0x0A { output.append(0x0A) }
    }

    mutating func blocks(_ blocks: [Block], tight: Bool) {
        for block in blocks { self.block(block, tight: tight) }
    }

    mutating func block(_ block: Block, tight: Bool) {
        switch block {
        case .paragraph(let content):
            if tight {
                inlines(content)
            } else {
                newline(); write("<p>"); inlines(content); write("</p>\n")
            }
        case .heading(let level, let content):
            let level = min(max(level, 1), 6)
            newline(); write("<h"); write(String(level))
            if nextHeading < headingIDs.count {
                write(" id=\""); escaped(headingIDs[nextHeading]); write("\"")
                nextHeading += 1
            }
            write(">"); inlines(content); write("</h"); write(String(level)); write(">\n")
        case .blockQuote(let children):
            newline(); write("<blockquote>\n")
            blocks(children, tight: false)
            newline(); write("</blockquote>\n")
        case .list(let list):
            newline()
            switch list.kind {
            case .bullet: write("<ul>\n")
            case .ordered(let start):
                if start == 1 { write("<ol>\n") } else { write("<ol start=\""); write(String(start)); write("\">\n") }
            }
            for item in list.items {
                write("<li>")
                blocks(item, tight: list.isTight)
                write("</li>\n")
            }
            if case .bullet = list.kind { write("</ul>\n") } else { write("</ol>\n") }
        case .codeBlock(let info, let text):
            newline(); write("<pre><code")
            let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first
            if let language {
                write(" class=\"language-"); escaped(String(language)); write("\"")
            }
            write(">"); escaped(text); write("</code></pre>\n")
        case .thematicBreak:
            newline(); write("<hr />\n")
        case .table(let table):
            self.table(table)
        case .embedded(let embedded):
            newline(); write(embedded.html); newline()
        }
    }

    private mutating func table(_ table: Table) {
        newline(); write("<table>\n<thead>\n<tr>\n")
        for (column, cell) in table.header.enumerated() {
            write("<th scope=\"col\""); alignment(table.alignments[column]); write(">")
            inlines(cell); write("</th>\n")
        }
        write("</tr>\n</thead>\n")
        if !table.rows.isEmpty {
            write("<tbody>\n")
            for row in table.rows {
                write("<tr>\n")
                for (column, cell) in row.enumerated() {
                    write("<td"); alignment(column < table.alignments.count ? table.alignments[column] : .none); write(">")
                    inlines(cell); write("</td>\n")
                }
                write("</tr>\n")
            }
            write("</tbody>\n")
        }
        write("</table>\n")
    }

    private mutating func alignment(_ alignment: Table.Alignment) {
        switch alignment {
        case .none: break
        case .left: write(" style=\"text-align: left\"")
        case .center: write(" style=\"text-align: center\"")
        case .right: write(" style=\"text-align: right\"")
        }
    }

    mutating func inlines(_ inlines: [Inline]) {
        for inline in inlines {
            switch inline {
            case .text(let text): escaped(text)
            case .softBreak: write("\n")
            case .hardBreak: write("<br />\n")
            case .code(let code): write("<code>"); escaped(code); write("</code>")
            case .emphasis(let content): write("<em>"); self.inlines(content); write("</em>")
            case .strong(let content): write("<strong>"); self.inlines(content); write("</strong>")
            case .link(let destination, let title, let content):
                write("<a href=\"")
                if HTMLEscaping.isSafe(destination, image: false) { HTMLEscaping.appendHref(destination, to: &output) }
                write("\"")
                if let title { write(" title=\""); escaped(title); write("\"") }
                write(">"); self.inlines(content); write("</a>")
            case .image(let source, let title, let description):
                write("<img src=\"")
                if HTMLEscaping.isSafe(source, image: true) { HTMLEscaping.appendHref(source, to: &output) } else { write("#") }
                write("\" alt=\""); escaped(description.plainText); write("\"")
                if let title { write(" title=\""); escaped(title); write("\"") }
                write(" />")
            }
        }
    }
}
