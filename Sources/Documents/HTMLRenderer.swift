import Markdown

/// The walk behind ``HTMLWriter``: the records of a document's compact form (``MarkdownStorage``)
/// appended as UTF-8 bytes to an ``HTMLOutput``.
///
/// Markup is written from `StaticString`s straight into the buffer (a `String` literal would go
/// through `String.UTF8View`, several times slower), and text through ``HTMLEscaping`` from the
/// storage's byte buffer, which copies runs without escapes at once. No `String` is made per
/// piece of text.
struct HTMLRenderer {
    var output: HTMLOutput
    let document: MarkdownStorageView
    /// The ids given so far, or nil when headings get no ids.
    private var headingIDs: HeadingIDs?

    /// `capacity` is a guess of the output's size in bytes; the buffer grows past it as needed.
    init(document: MarkdownStorageView, headingIDs: Bool, capacity: Int) {
        self.document = document
        self.headingIDs = headingIDs ? HeadingIDs() : nil
        output = HTMLOutput(capacity: capacity)
    }

    @inline(__always) mutating func write(_ text: StaticString) { output.append(text) }

    @inline(__always) mutating func write(string text: String) { output.append(text) }

    /// The bytes of the storage's `text[start..<end]`. (Written here rather than called on the
    /// view: calls into the `Markdown` module are not inlined, and this runs for every text.)
    @inline(__always) func bytes(_ start: Int32, _ end: Int32) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(start: document.text.baseAddress.map { $0 + Int(start) }, count: Int(end &- start))
    }

    @inline(__always) mutating func escaped(_ start: Int32, _ end: Int32) {
        HTMLEscaping.appendEscaped(bytes(start, end), to: &output)
    }

    /// A line break unless the output is empty or already ends in one.
    @inline(__always) mutating func newline() {
        if let last = output.last, last != 0x0A { output.append(0x0A) }
    }

    /// The block `first` and its siblings.
    mutating func blocks(from first: Int32, tight: Bool) {
        var index = first
        while index >= 0 {
            let record = document.blocks[Int(index)]
            block(record, tight: tight)
            index = record.next
        }
    }

    private mutating func block(_ record: BlockRecord, tight: Bool) {
        switch record.kind {
        case .paragraph:
            if tight {
                inlines(from: record.first)
            } else {
                newline(); write("<p>"); inlines(from: record.first); write("</p>\n")
            }
        case .heading:
            let digit = UInt8(0x30 + min(max(record.number, 1), 6))
            newline(); write("<h"); output.append(digit)
            if headingIDs != nil {
                write(" id=\""); HTMLEscaping.appendEscaped(headingIDs!.next(forInlines: record.first, in: document), to: &output); write("\"")
            }
            write(">"); inlines(from: record.first); write("</h"); output.append(digit); write(">\n")
        case .blockQuote:
            newline(); write("<blockquote>\n")
            blocks(from: record.first, tight: false)
            newline(); write("</blockquote>\n")
        case .bulletList, .orderedList:
            newline()
            if record.kind == .bulletList {
                write("<ul>\n")
            } else if record.number == 1 {
                write("<ol>\n")
            } else {
                write("<ol start=\""); write(string: String(record.number)); write("\">\n")
            }
            var item = record.first
            while item >= 0 {
                let itemRecord = document.blocks[Int(item)]
                write("<li>")
                blocks(from: itemRecord.first, tight: record.isTight)
                write("</li>\n")
                item = itemRecord.next
            }
            if record.kind == .bulletList { write("</ul>\n") } else { write("</ol>\n") }
        case .codeBlock:
            newline(); write("<pre><code")
            // The language is the info string's first word.
            var start = record.infoStart
            while start < record.infoEnd, Self.isInfoSeparator(document.text[Int(start)]) { start += 1 }
            if start < record.infoEnd {
                var end = start
                while end < record.infoEnd, !Self.isInfoSeparator(document.text[Int(end)]) { end += 1 }
                write(" class=\"language-"); escaped(start, end); write("\"")
            }
            write(">"); escaped(record.start, record.end); write("</code></pre>\n")
        case .thematicBreak:
            newline(); write("<hr />\n")
        case .table:
            table(record)
        case .embedded:
            newline(); write(string: document.storage.embedded[record.number].html); newline()
        case .item, .tableRow, .tableCell:  // written by their list or table
            break
        }
    }

    @inline(__always) private static func isInfoSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }

    private mutating func table(_ table: BlockRecord) {
        let alignments = document.storage.alignments[Int(table.start)..<Int(table.end)]
        newline(); write("<table>\n<thead>\n<tr>\n")
        let header = document.blocks[Int(table.first)]
        var cell = header.first, column = alignments.startIndex
        while cell >= 0 {
            write("<th scope=\"col\""); alignment(column < alignments.endIndex ? alignments[column] : .none); write(">")
            inlines(from: document.blocks[Int(cell)].first); write("</th>\n")
            cell = document.blocks[Int(cell)].next
            column += 1
        }
        write("</tr>\n</thead>\n")
        if header.next >= 0 {
            write("<tbody>\n")
            var row = header.next
            while row >= 0 {
                write("<tr>\n")
                var cell = document.blocks[Int(row)].first, column = alignments.startIndex
                while cell >= 0 {
                    write("<td"); alignment(column < alignments.endIndex ? alignments[column] : .none); write(">")
                    inlines(from: document.blocks[Int(cell)].first); write("</td>\n")
                    cell = document.blocks[Int(cell)].next
                    column += 1
                }
                write("</tr>\n")
                row = document.blocks[Int(row)].next
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
}
