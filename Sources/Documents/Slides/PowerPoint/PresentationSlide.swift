/// One slide of a ``PptxWriter`` deck as PresentationML: the title in the layout's title
/// placeholder, text in the body placeholder (or, below a table, in a text box with the same
/// levels), tables as native tables, charts as chart parts, the map as a picture, and the footer
/// and slide number in their placeholders. Content is stacked top to bottom in the heights the
/// ``SlideBudget`` gave it, so what fits the HTML slide fits this one. The shapes are written as
/// bytes into one buffer (``XMLOutput``), which is why a slide cannot be copied.
struct PresentationSlide: ~Copyable {
    /// The slide layouts of the master, by their number in `ppt/slideLayouts/`.
    enum Layout: Int, CaseIterable {
        /// The cover: title and subtitle on the title colour.
        case title = 1
        /// A title and a body placeholder for text and lists.
        case content = 2
        /// A title alone, in the middle: a section or closing slide.
        case section = 3
        /// A title above content that is not text (a table, a chart, the map).
        case titleOnly = 4
    }

    /// A run of blocks that stand in one shape.
    enum Group {
        case text([Block])
        case quote([Block])
        case table(Table)
        case figure(Figure)
    }

    private(set) var layout: Layout
    /// The shapes of the slide's tree, after the group's own properties.
    var shapes = XMLOutput(capacity: 1 << 14)
    /// The slide's relationships; the first is its layout.
    private(set) var relationships: [PackageRelationship] = []
    /// The chart parts this slide adds, numbered after `chartOffset` in the deck.
    var charts: [[UInt8]] = []
    /// The workbooks with the data of this slide's charts, one per chart, for "Gegevens bewerken".
    var workbooks: [[UInt8]] = []
    /// The PNG pictures this slide adds, numbered after `imageOffset` in the deck.
    var images: [[UInt8]] = []
    /// The words the deck is written in (the accessible names of its tables, the names of its shapes).
    let words: DocumentWords
    let chartOffset: Int
    let imageOffset: Int
    private var shapeID = 1
    let measure = SlideSplitter(budget: .standard)

    /// The slide `number` of `count` of the deck titled `deckTitle`.
    init(_ slide: Slide, number: Int, count: Int, deckTitle: String, words: DocumentWords = DocumentWords(), chartOffset: Int, imageOffset: Int) {
        self.words = words
        self.chartOffset = chartOffset
        self.imageOffset = imageOffset
        let groups = Self.groups(slide.blocks)
        if slide.isTitleSlide {
            layout = .title
        } else if slide.blocks.isEmpty {
            layout = .section
        } else if groups.contains(where: { if case .text = $0 { true } else { false } }) {
            layout = .content
        } else {
            layout = .titleOnly
        }
        relationships.append(PackageRelationship(id: "rId1", type: "slideLayout", target: "../slideLayouts/slideLayout\(layout.rawValue).xml", isExternal: false))
        if slide.isTitleSlide {
            cover(slide)
            return
        }
        if !slide.title.isEmpty {
            textShape(name: words.office.title, placeholder: "<p:ph type=\"title\"/>", frame: nil) { $0.paragraph(slide.title) }
        }
        place(groups)
        footer(deckTitle: deckTitle, number: number, count: count)
    }

    /// The slide part.
    var part: [UInt8] {
        var xml = XMLOutput(capacity: shapes.count + 1024)
        xml.write(string: OfficePackage.declaration)
        xml.write("<p:sld xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\">")
        xml.write("<p:cSld><p:spTree>")
        xml.write(string: Self.groupProperties)
        xml.append(shapes.buffer)
        xml.write("</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>")
        return xml.bytes()
    }

    static let drawingNamespace = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let presentationNamespace = "http://schemas.openxmlformats.org/presentationml/2006/main"
    /// What every shape tree starts with: the tree's own (empty) group properties.
    static let groupProperties = "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>"
        + "<p:grpSpPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/><a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"

    // MARK: - Parts of the slide

    /// The cover: the title in the centre title placeholder, the lines below it in the subtitle.
    private mutating func cover(_ slide: Slide) {
        if !slide.title.isEmpty {
            textShape(name: words.office.title, placeholder: "<p:ph type=\"ctrTitle\"/>", frame: nil) { $0.paragraph(slide.title) }
        }
        if !slide.blocks.isEmpty {
            textShape(name: words.office.subtitle, placeholder: "<p:ph type=\"subTitle\" idx=\"1\"/>", frame: nil) { $0.paragraphs(slide.blocks) }
        }
    }

    /// The deck's title and "n / N" in the footer placeholders.
    private mutating func footer(deckTitle: String, number: Int, count: Int) {
        // Alignment and font on the slide too: Impress does not take them from the master's footer.
        var format = SlideRunFormat()
        format.size = SlideGeometry.footerSize
        format.font = "+mn-lt"
        textShape(name: words.office.footer, placeholder: "<p:ph type=\"ftr\" sz=\"quarter\" idx=\"11\"/>", frame: nil) {
            $0.paragraph([.text(deckTitle)], properties: "<a:pPr algn=\"l\"/>", format: format)
        }
        textShape(name: words.office.slideNumber, placeholder: "<p:ph type=\"sldNum\" sz=\"quarter\" idx=\"12\"/>", frame: nil) {
            $0.shapes.write("<a:p><a:pPr algn=\"r\"/><a:fld id=\"{6D3F6C2B-4A7E-4C1B-9E55-2F0B1A9C7D10}\" type=\"slidenum\">")
            format.writeProperties(to: &$0.shapes)
            $0.shapes.write("<a:t>")
            $0.shapes.write(decimal: number)
            $0.shapes.write("</a:t></a:fld><a:r>")
            format.writeProperties(to: &$0.shapes)
            $0.shapes.write("<a:t> / ")
            $0.shapes.write(decimal: count)
            $0.shapes.write("</a:t></a:r></a:p>")
        }
    }

    /// The content stacked in the content area: each group as high as its lines, the last text
    /// to the bottom; a figure takes the whole area.
    private mutating func place(_ groups: [Group]) {
        var top = SlideGeometry.contentTop
        let bottom = SlideGeometry.contentTop + SlideGeometry.contentHeight
        var usedBody = false
        for (index, group) in groups.enumerated() {
            let isLast = index == groups.count - 1
            let wanted = Int64((lines(of: group) * Double(SlideGeometry.lineHeight)).rounded(.up))
            let height = max(SlideGeometry.lineHeight, isLast ? bottom - top : min(wanted, bottom - top))
            let frame = Frame(x: SlideGeometry.margin, y: top, width: SlideGeometry.contentWidth, height: height)
            switch group {
            case .text(let blocks):
                if !usedBody && layout == .content {
                    usedBody = true
                    let full = top == SlideGeometry.contentTop && isLast
                    textShape(name: words.office.text, placeholder: "<p:ph idx=\"1\"/>", frame: full ? nil : frame) { $0.paragraphs(blocks) }
                } else {
                    textShape(name: words.office.text, placeholder: nil, frame: frame, listStyle: SlideTextStyle.body) { $0.paragraphs(blocks) }
                }
            case .quote(let blocks):
                textShape(name: words.office.note, placeholder: nil, frame: frame, listStyle: SlideTextStyle.body, fill: "bg2") { $0.paragraphs(blocks) }
            case .table(let table):
                self.table(table, frame: frame)
            case .figure(let figure):
                self.figure(figure, frame: Frame(x: SlideGeometry.margin, y: top, width: SlideGeometry.contentWidth, height: bottom - top))
            }
            top = min(bottom - SlideGeometry.lineHeight, top + height + SlideGeometry.lineHeight / 2)
        }
    }

    /// The blocks in runs that share a shape: text blocks together, each note, table and figure
    /// on its own.
    static func groups(_ blocks: [Block]) -> [Group] {
        var groups: [Group] = []
        var text: [Block] = []
        func flush() {
            if !text.isEmpty { groups.append(.text(text)) }
            text = []
        }
        for block in blocks {
            switch block {
            case .blockQuote(let inner): flush(); groups.append(.quote(inner))
            case .table(let table): flush(); groups.append(.table(table))
            case .figure(let figure): flush(); groups.append(.figure(figure))
            case .thematicBreak, .tableOfContents: break
            case .heading, .paragraph, .list, .codeBlock: text.append(block)
            }
        }
        flush()
        return groups
    }

    /// The height of a group in lines of body text, as the splitter counted it.
    private func lines(of group: Group) -> Double {
        switch group {
        case .text(let blocks): blocks.reduce(0) { $0 + measure.lines(of: $1) } + 0.5 * Double(max(0, blocks.count - 1)) + 0.3
        case .quote(let blocks): measure.lines(of: .blockQuote(blocks)) + 0.5
        case .table(let table): measure.lines(of: .table(table))
        case .figure: 16
        }
    }

    // MARK: - Shapes

    /// A position and size in EMU.
    struct Frame {
        var x: Int64
        var y: Int64
        var width: Int64
        var height: Int64

        /// Writes the frame as `a:xfrm`.
        func write(to xml: inout XMLOutput) {
            xml.write("<a:xfrm><a:off x=\"")
            xml.write(decimal: x)
            xml.write("\" y=\"")
            xml.write(decimal: y)
            xml.write("\"/><a:ext cx=\"")
            xml.write(decimal: width)
            xml.write("\" cy=\"")
            xml.write(decimal: height)
            xml.write("\"/></a:xfrm>")
        }
    }

    /// The next shape id on this slide.
    mutating func nextShapeID() -> Int {
        shapeID += 1
        return shapeID
    }

    /// A shape with text: a placeholder (`placeholder` is its `p:ph`; no frame keeps the layout's
    /// place) or a text box; `body` writes its paragraphs (an empty paragraph stands in for none).
    mutating func textShape(name: String, placeholder: StaticString?, frame: Frame?, listStyle: String = "", fill: StaticString? = nil,
                            body: (inout PresentationSlide) -> Void) {
        let id = nextShapeID()
        shapes.write("<p:sp><p:nvSpPr><p:cNvPr id=\"")
        shapes.write(decimal: id)
        shapes.write("\" name=\"")
        shapes.write(escaped: name)
        shapes.write(" ")
        shapes.write(decimal: id)
        shapes.write("\"/>")
        if let placeholder {
            shapes.write("<p:cNvSpPr><a:spLocks noGrp=\"1\"/></p:cNvSpPr><p:nvPr>")
            shapes.write(placeholder)
            shapes.write("</p:nvPr>")
        } else {
            shapes.write("<p:cNvSpPr txBox=\"1\"/><p:nvPr/>")
        }
        shapes.write("</p:nvSpPr><p:spPr>")
        frame?.write(to: &shapes)
        if placeholder == nil { shapes.write("<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>") }
        if let fill {
            shapes.write("<a:solidFill><a:schemeClr val=\"")
            shapes.write(fill)
            shapes.write("\"/></a:solidFill>")
        }
        shapes.write("</p:spPr><p:txBody>")
        if placeholder == nil {
            shapes.write(fill == nil ? "<a:bodyPr wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\" rtlCol=\"0\" anchor=\"t\"/>"
                : "<a:bodyPr wrap=\"square\" lIns=\"91440\" tIns=\"91440\" rIns=\"91440\" bIns=\"91440\" rtlCol=\"0\" anchor=\"t\"/>")
        } else {
            // The master's body properties, shrink-on-overflow among them (Impress shrinks text that
            // fits when a slide repeats it).
            shapes.write("<a:bodyPr/>")
        }
        if listStyle.isEmpty {
            shapes.write("<a:lstStyle/>")
        } else {
            shapes.write("<a:lstStyle>")
            shapes.write(string: listStyle)
            shapes.write("</a:lstStyle>")
        }
        let start = shapes.count
        body(&self)
        if shapes.count == start { shapes.write("<a:p><a:endParaRPr lang=\"nl-NL\" dirty=\"0\"/></a:p>") }
        shapes.write("</p:txBody></p:sp>")
    }

    /// Adds a relationship of the slide and gives its id.
    mutating func relationship(type: String, target: String, external: Bool) -> String {
        let id = "rId\(relationships.count + 1)"
        relationships.append(PackageRelationship(id: id, type: type, target: target, isExternal: external))
        return id
    }
}
