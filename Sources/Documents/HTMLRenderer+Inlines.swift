import Markdown

extension HTMLRenderer {
    /// The inline `first` and its siblings.
    mutating func inlines(from first: Int32) {
        var index = first
        while index >= 0 {
            let inline = document.inlines[Int(index)]
            switch inline.kind {
            case .text, .delimiterRun:
                if inline.textEnd > inline.textStart { escaped(inline.textStart, inline.textEnd) }
            case .softBreak: output.append(0x0A)
            case .hardBreak: write("<br />\n")
            case .code: write("<code>"); escaped(inline.textStart, inline.textEnd); write("</code>")
            case .emphasis: write("<em>"); inlines(from: inline.first); write("</em>")
            case .strong: write("<strong>"); inlines(from: inline.first); write("</strong>")
            case .link:
                let link = document.links[Int(inline.target)]
                let destination = bytes(link.destinationStart, link.destinationEnd)
                write("<a href=\"")
                if HTMLEscaping.isSafe(destination, image: false) { HTMLEscaping.appendHref(destination, to: &output) }
                write("\"")
                title(link)
                write(">"); inlines(from: inline.first); write("</a>")
            case .image:
                let link = document.links[Int(inline.target)]
                let source = bytes(link.destinationStart, link.destinationEnd)
                write("<img src=\"")
                if HTMLEscaping.isSafe(source, image: true) { HTMLEscaping.appendHref(source, to: &output) } else { write("#") }
                write("\" alt=\""); plainText(from: inline.first); write("\"")
                title(link)
                write(" />")
            }
            index = inline.next
        }
    }

    private mutating func title(_ link: LinkRecord) {
        if link.titleStart >= 0 { write(" title=\""); escaped(link.titleStart, link.titleEnd); write("\"") }
    }

    /// The text of inlines without markup, escaped (an image's `alt`): breaks become spaces.
    private mutating func plainText(from first: Int32) {
        var index = first
        while index >= 0 {
            let inline = document.inlines[Int(index)]
            switch inline.kind {
            case .text, .delimiterRun, .code: escaped(inline.textStart, inline.textEnd)
            case .softBreak, .hardBreak: output.append(0x20)
            case .emphasis, .strong, .link, .image: plainText(from: inline.first)
            }
            index = inline.next
        }
    }
}
