extension HTMLRenderer {
    mutating func inlines(_ content: Inlines) {
        for inline in content {
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
    }

    private mutating func title(_ title: String?) {
        if let title { write(" title=\""); escaped(title); write("\"") }
    }
}
