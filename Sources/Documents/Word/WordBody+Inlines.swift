/// How a run looks: the properties inherited from the inlines around it.
struct RunFormat: Sendable, Equatable {
    var bold = false
    var italic = false
    var code = false
    var hyperlink = false

    /// Writes the `<w:rPr>` element, nothing when the run has no properties of its own (children
    /// in the schema's order).
    func writeProperties(to xml: inout XMLOutput) {
        guard bold || italic || code || hyperlink else { return }
        xml.write("<w:rPr>")
        if hyperlink { xml.write("<w:rStyle w:val=\"Hyperlink\"/>") } else if code { xml.write("<w:rStyle w:val=\"CodeChar\"/>") }
        if bold { xml.write("<w:b/>") }
        if italic { xml.write("<w:i/>") }
        xml.write("</w:rPr>")
    }
}

extension WordBody {
    /// Inlines as runs; links as `w:hyperlink` (internal `#id` to the heading's bookmark, external
    /// addresses that ``LinkPolicy`` allows through a relationship), other links as their text.
    mutating func inlines(_ inlines: Inlines, format: RunFormat) {
        for inline in inlines { self.inline(inline, format: format) }
    }

    private mutating func inline(_ inline: Inline, format: RunFormat) {
        switch inline {
        case .text(let text):
            run(text, format: format)
        case .code(let text):
            var inner = format
            inner.code = true
            run(text, format: inner)
        case .emphasis(let content):
            var inner = format
            inner.italic = true
            inlines(content, format: inner)
        case .strong(let content):
            var inner = format
            inner.bold = true
            inlines(content, format: inner)
        case .softBreak:
            run(" ", format: format)
        case .hardBreak:
            xml.write("<w:r><w:br/></w:r>")
        case .image(_, _, let description):
            // Pictures from elsewhere are not fetched: their description stands in their place.
            run("[" + description.plainText + "]", format: format)
        case .link(let destination, _, let content):
            guard !format.hyperlink else { return inlines(content, format: format) }
            var inner = format
            inner.hyperlink = true
            if destination.hasPrefix("#") {
                guard let bookmark = anchor(String(destination.dropFirst())) else { return inlines(content, format: format) }
                xml.write("<w:hyperlink w:anchor=\"")
                xml.write(string: bookmark)
                xml.write("\" w:history=\"1\">")
            } else if LinkPolicy.allows(destination, image: false),
                      let target = Self.externalTarget(DocumentLink.resolve(destination, fileExtension: OutputFormat.docx.fileExtension)) {
                let id = relationship(type: "hyperlink", target: target, external: true)
                xml.write("<w:hyperlink r:id=\"")
                xml.write(string: id)
                xml.write("\" w:history=\"1\">")
            } else {
                return inlines(content, format: format)
            }
            inlines(content, format: inner)
            xml.write("</w:hyperlink>")
        }
    }

    /// A run of `text` in `format`; empty text writes nothing.
    mutating func run(_ text: String, format: RunFormat) {
        guard !text.isEmpty else { return }
        xml.write("<w:r>")
        format.writeProperties(to: &xml)
        WordText.writeRunText(text, to: &xml)
        xml.write("</w:r>")
    }

    /// A run of an inline's `text`, read as bytes; empty text writes nothing.
    mutating func run(_ text: InlineText, format: RunFormat) {
        guard !text.isEmpty else { return }
        xml.write("<w:r>")
        format.writeProperties(to: &xml)
        text.withUTF8 { WordText.writeRunText($0, to: &xml) }
        xml.write("</w:r>")
    }

    /// The bookmark a link to `#id` goes to: the heading's, when the id is one of the document's
    /// headings.
    func anchor(_ id: String) -> String? {
        guard let index = headings.firstIndex(where: { $0.id == id }) else { return nil }
        return Self.bookmarkName(index + 1)
    }

    /// An external link target without spaces or controls (Word refuses to open such a target).
    static func externalTarget(_ destination: String) -> String? {
        var target = ""
        for scalar in destination.unicodeScalars {
            switch scalar.value {
            case 0..<0x21, 0x7F: if scalar == " " { target += "%20" }
            default: target.unicodeScalars.append(scalar)
            }
        }
        return target.isEmpty ? nil : target
    }
}
