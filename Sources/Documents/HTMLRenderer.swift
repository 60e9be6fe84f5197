import Markdown

/// A growable buffer of UTF-8 bytes that the caller frees with ``deallocate()``.
///
/// The HTML writer appends many short pieces; `Array.append(contentsOf:)` costs several times a
/// capacity check and a `memcpy`, which is all this does.
struct HTMLOutput {
    private var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    func deallocate() { base.deallocate() }

    /// The last byte written, or nil when nothing has been.
    var last: UInt8? { count > 0 ? base[count - 1] : nil }

    @inline(__always) mutating func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always) mutating func append(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        if count + length > capacity { grow(to: count + length) }
        (base + count).update(from: bytes, count: length)
        count += length
    }

    @inline(__always) mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        if let start = bytes.baseAddress { append(start, count: bytes.count) }
    }

    @inline(__always) mutating func append(_ text: StaticString) {
        append(text.utf8Start, count: text.utf8CodeUnitCount)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func grow(to minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// The bytes as a string (the one copy, with the UTF-8 validation `String` always does).
    func string() -> String { String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self) }
}

/// The walk behind ``HTMLWriter``: blocks and inlines appended as UTF-8 bytes to an ``HTMLOutput``.
///
/// Markup is written from `StaticString`s straight into the buffer (a `String` literal would go
/// through `String.UTF8View`, several times slower), and text through ``HTMLEscaping``, which
/// copies runs without escapes at once.
struct HTMLRenderer {
    var output: HTMLOutput
    /// The ids given so far, or nil when headings get no ids.
    private var headingIDs: HeadingIDs?

    /// `capacity` is a guess of the output's size in bytes; the buffer grows past it as needed.
    init(headingIDs: Bool, capacity: Int) {
        self.headingIDs = headingIDs ? HeadingIDs() : nil
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
        for index in blocks.indices { block(blocks[index], tight: tight) }
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
            let digit = UInt8(0x30 + min(max(level, 1), 6))
            newline(); write("<h"); output.append(digit)
            if headingIDs != nil {
                write(" id=\""); escaped(headingIDs!.next(for: content)); write("\"")
            }
            write(">"); inlines(content); write("</h"); output.append(digit); write(">\n")
        case .blockQuote(let children):
            newline(); write("<blockquote>\n")
            blocks(children, tight: false)
            newline(); write("</blockquote>\n")
        case .list(let list):
            newline()
            switch list.kind {
            case .bullet: write("<ul>\n")
            case .ordered(let start):
                if start == 1 { write("<ol>\n") } else { write("<ol start=\""); write(string: String(start)); write("\">\n") }
            }
            for item in list.items {
                write("<li>")
                blocks(item, tight: list.isTight)
                write("</li>\n")
            }
            if case .bullet = list.kind { write("</ul>\n") } else { write("</ol>\n") }
        case .codeBlock(let info, let text):
            newline(); write("<pre><code")
            if let language = info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).first {
                write(" class=\"language-"); escaped(String(language)); write("\"")
            }
            write(">"); escaped(text); write("</code></pre>\n")
        case .thematicBreak:
            newline(); write("<hr />\n")
        case .table(let table):
            self.table(table)
        case .embedded(let embedded):
            newline(); write(string: embedded.html); newline()
        }
    }

    private mutating func table(_ table: Table) {
        newline(); write("<table>\n<thead>\n<tr>\n")
        let alignments = table.alignments
        for column in table.header.indices {
            write("<th scope=\"col\""); alignment(column < alignments.count ? alignments[column] : .none); write(">")
            inlines(table.header[column]); write("</th>\n")
        }
        write("</tr>\n</thead>\n")
        if !table.rows.isEmpty {
            write("<tbody>\n")
            for row in table.rows {
                write("<tr>\n")
                for column in row.indices {
                    write("<td"); alignment(column < alignments.count ? alignments[column] : .none); write(">")
                    inlines(row[column]); write("</td>\n")
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
        for index in inlines.indices {
            switch inlines[index] {
            case .text(let text): escaped(text)
            case .softBreak: output.append(0x0A)
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
