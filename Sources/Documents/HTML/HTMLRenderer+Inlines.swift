extension HTMLRenderer {
    @inline(__always) mutating func inlines(_ content: Inlines) {
        // `content` holds its array while its inlines are written (see ``BorrowedInline``).
        inlines(borrowing: content.borrowedElements)
    }

    /// Writes the inlines at `elements`, read in place: the texts and emphasis of a parsed
    /// document take no reference each (a retain and a release per inline was about a tenth of
    /// writing a fragment); the rarer rest is read as a copy.
    private mutating func inlines(borrowing elements: UnsafeBufferPointer<Inline>) {
        guard let first = elements.baseAddress else { return }
        for index in 0..<elements.count {
            switch first[index].borrowed {
            case .text(let bytes): HTMLEscaping.appendEscaped(bytes, to: &output)
            case .softBreak: output.append(0x0A)
            case .emphasis(let inner): write("<em>"); inlines(borrowing: inner); write("</em>")
            case .strong(let inner): write("<strong>"); inlines(borrowing: inner); write("</strong>")
            case .other: inline(first[index])
            }
        }
    }

    private mutating func inline(_ inline: Inline) {
        switch inline {
        case .text(let text): text.withUTF8 { HTMLEscaping.appendEscaped($0, to: &output) }
        case .softBreak: output.append(0x0A)
        case .hardBreak: write("<br />\n")
        case .code(let code): write("<code>"); escaped(code); write("</code>")
        case .emphasis(let inner): write("<em>"); inlines(inner); write("</em>")
        case .strong(let inner): write("<strong>"); inlines(inner); write("</strong>")
        case .link(let destination, let title, let inner):
            write("<a href=\"")
            if LinkPolicy.allows(destination, image: false) {
                HTMLEscaping.appendHref(DocumentLink.resolve(destination, fileExtension: OutputFormat.html.fileExtension), to: &output)
            }
            write("\"")
            self.title(title)
            write(">"); inlines(inner); write("</a>")
        case .image(let source, let title, let description):
            write("<img src=\"")
            if LinkPolicy.allows(source, image: true) { HTMLEscaping.appendHref(source, to: &output) } else { write("#") }
            write("\" alt=\""); escaped(description.plainText); write("\"")
            self.title(title)
            write(" />")
        }
    }

    private mutating func title(_ title: String?) {
        if let title { write(" title=\""); escaped(title); write("\"") }
    }
}
