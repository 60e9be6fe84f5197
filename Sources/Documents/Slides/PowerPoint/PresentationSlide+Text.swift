extension PresentationSlide {
    /// The paragraphs (`a:p`) of text blocks: paragraphs without a bullet, list items on the level
    /// of their depth with the master's bullets (ordered lists numbered from their start), headings
    /// inside a slide bold in the title colour, code line by line in a fixed-width font.
    /// `depth` is the list depth the blocks stand in (-1 outside a list).
    mutating func paragraphs(_ blocks: [Block], depth: Int = -1) {
        for block in blocks {
            switch block {
            case .paragraph(let content):
                paragraph(content, properties: plain(depth: depth, after: depth < 0 ? 900 : 400))
            case .heading(_, let content):
                var format = SlideRunFormat()
                format.bold = true
                format.size = SlideGeometry.subheadingSize
                format.color = "tx2"
                paragraph(content, properties: plain(depth: depth, after: 300), format: format)
            case .list(let list):
                for item in list.items {
                    let level = min(depth + 1, 4)
                    let properties: String
                    if case .ordered(let start) = list.kind {
                        // Every item of a numbered run carries the run's start, as PowerPoint writes it.
                        let first = min(max(start, 1), 32767)
                        properties = "<a:pPr lvl=\"\(level)\"><a:buFont typeface=\"+mj-lt\"/><a:buAutoNum type=\"arabicPeriod\""
                            + (first == 1 ? "" : " startAt=\"\(first)\"") + "/></a:pPr>"
                    } else {
                        properties = "<a:pPr lvl=\"\(level)\"/>"
                    }
                    var rest = item[...]
                    if case .paragraph(let content)? = rest.first {
                        paragraph(content, properties: properties)
                        rest = rest.dropFirst()
                    } else {
                        paragraph([], properties: properties)
                    }
                    paragraphs(Array(rest), depth: level)
                }
            case .codeBlock(_, let text):
                var format = SlideRunFormat()
                format.code = true
                format.size = SlideGeometry.codeSize
                var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                if lines.last == "" { lines.removeLast() }
                for line in lines { paragraph([.text(line)], properties: plain(depth: depth, after: 0), format: format) }
            case .blockQuote(let inner):
                paragraphs(inner, depth: depth)
            case .table(let table):
                // A table inside a list: its rows as lines of text (a slide table cannot stand there).
                for row in [table.header] + table.rows {
                    paragraph(Inlines(row.map { $0 + [.text("  ")] }.joined()), properties: plain(depth: depth, after: 0))
                }
            case .figure(let figure):
                paragraph([.text(figure.title)], properties: plain(depth: depth, after: 400))
            case .thematicBreak, .tableOfContents:
                break
            }
        }
    }

    /// The properties of a paragraph without a bullet, at the text margin of list depth `depth`.
    private func plain(depth: Int, after: Int) -> String {
        "<a:pPr marL=\"\(depth < 0 ? 0 : SlideTextStyle.margin(level: depth))\" indent=\"0\"><a:spcAft><a:spcPts val=\"\(after)\"/></a:spcAft><a:buNone/></a:pPr>"
    }

    /// One paragraph of `content` with `properties` (an `a:pPr`), every run in `format` and more.
    mutating func paragraph(_ content: Inlines, properties: String = "", format: SlideRunFormat = SlideRunFormat()) {
        shapes.write("<a:p>")
        shapes.write(string: properties)
        let start = shapes.count
        runs(content, format: format)
        if shapes.count == start { shapes.write("<a:endParaRPr lang=\"nl-NL\" dirty=\"0\"/>") }
        shapes.write("</a:p>")
    }

    /// The runs of `content`: emphasis italic, strong bold, code in Liberation Mono, web and e-mail links
    /// as hyperlinks (other links as their text), an image as its description, a hard break as a
    /// line break.
    mutating func runs(_ content: Inlines, format: SlideRunFormat) {
        // Adjacent texts and soft breaks in one run, as a user would type them; as bytes, so no
        // `String` is made of a parsed text.
        var pending: [UInt8] = []
        for inline in content {
            switch inline {
            case .text(let text): text.withUTF8 { pending.append(contentsOf: $0) }; continue
            case .softBreak: pending.append(0x20); continue
            default: run(pending, format); pending.removeAll(keepingCapacity: true)
            }
            switch inline {
            case .text, .softBreak: break
            case .code(let text):
                var code = format
                code.code = true
                run(text, code)
            case .emphasis(let inner):
                var italic = format
                italic.italic = true
                runs(inner, format: italic)
            case .strong(let inner):
                var bold = format
                bold.bold = true
                runs(inner, format: bold)
            case .link(let destination, _, let inner):
                var linked = format
                if Self.isWebAddress(destination), LinkPolicy.allows(destination, image: false) { linked.link = relationship(type: "hyperlink", target: destination, external: true) }
                runs(inner, format: linked)
            case .image(_, _, let description): runs(description, format: format)
            case .hardBreak:
                shapes.write("<a:br>")
                format.writeProperties(to: &shapes)
                shapes.write("</a:br>")
            }
        }
        run(pending, format)
    }

    /// One run; line breaks inside the text become spaces (a run's text is one line).
    private mutating func run(_ text: String, _ format: SlideRunFormat) {
        run(Array(text.utf8), format)
    }

    /// One run of the UTF-8 `text`; each line break inside it (LF, CR or CR LF) becomes a space.
    private mutating func run(_ text: [UInt8], _ format: SlideRunFormat) {
        guard !text.isEmpty else { return }
        var line = text
        if text.contains(where: { $0 == 0x0A || $0 == 0x0D }) {
            line = []
            line.reserveCapacity(text.count)
            var index = 0
            while index < text.count {
                let byte = text[index]
                index += 1
                guard byte == 0x0A || byte == 0x0D else { line.append(byte); continue }
                if byte == 0x0D, index < text.count, text[index] == 0x0A { index += 1 }
                line.append(0x20)
            }
        }
        shapes.write("<a:r>")
        format.writeProperties(to: &shapes)
        shapes.write("<a:t>")
        line.withUnsafeBufferPointer { shapes.writeEscaped($0) }
        shapes.write("</a:t></a:r>")
    }

    /// Whether a link goes to the web or to an e-mail address (those become hyperlinks).
    static func isWebAddress(_ destination: String) -> Bool {
        let lower = destination.lowercased()
        return lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("mailto:")
    }
}
