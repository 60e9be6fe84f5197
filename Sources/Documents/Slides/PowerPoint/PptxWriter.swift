/// Writes a ``SlideDeck`` as a PowerPoint file (Office Open XML, PresentationML, `.pptx`) that
/// PowerPoint and LibreOffice Impress open and a user can edit: the same slides as the HTML deck
/// (``SlideDeckPage``), cut by the same ``SlideBudget``, with every title in its title
/// placeholder, text and lists in the body placeholder, tables as native tables, bars and
/// timelines as native charts (``OfficeChart``, shared with the Word writer), the map as a
/// picture. The look lives in one slide master with four layouts and the theme, so a region
/// restyles a deck by editing the master. The same deck gives the same bytes.
public struct PptxWriter: Sendable {
    /// How much a slide may hold before it continues on the next.
    public var budget: SlideBudget

    /// Makes a writer.
    public init(budget: SlideBudget = .standard) {
        self.budget = budget
    }

    /// The parts of the package, by name, in the order they are stored.
    func parts(_ deck: SlideDeck) -> [(name: String, bytes: [UInt8])] {
        var slides: [PresentationSlide] = []
        var charts: [String] = []
        var images: [[UInt8]] = []
        for (index, slide) in deck.slides.enumerated() {
            let made = PresentationSlide(
                slide, number: index + 1, count: deck.slides.count, deckTitle: deck.metadata.title,
                chartOffset: charts.count, imageOffset: images.count)
            charts += made.charts
            images += made.images
            slides.append(made)
        }
        let language = DocxWriter.wordLanguage(deck.metadata.language)
        var parts: [(String, String)] = [
            ("[Content_Types].xml", PresentationParts.contentTypes(slides: slides.count, charts: charts.count)),
            ("_rels/.rels", PresentationParts.packageRelationships),
            ("docProps/core.xml", OfficePackage.core(deck.metadata, language: language)),
            ("docProps/app.xml", OfficePackage.app),
            ("ppt/presentation.xml", PresentationParts.presentation(slides: slides.count)),
            ("ppt/_rels/presentation.xml.rels", PresentationParts.presentationRelationships(slides: slides.count)),
            ("ppt/presProps.xml", PresentationParts.presentationProperties),
            ("ppt/viewProps.xml", PresentationParts.viewProperties),
            ("ppt/tableStyles.xml", PresentationParts.tableStyles),
            ("ppt/theme/theme1.xml", OfficeTheme.xml),
            ("ppt/slideMasters/slideMaster1.xml", SlideMasterParts.master),
            ("ppt/slideMasters/_rels/slideMaster1.xml.rels", SlideMasterParts.masterRelationships),
        ]
        for layout in PresentationSlide.Layout.allCases {
            parts.append(("ppt/slideLayouts/slideLayout\(layout.rawValue).xml", SlideMasterParts.layout(layout)))
            parts.append(("ppt/slideLayouts/_rels/slideLayout\(layout.rawValue).xml.rels", SlideMasterParts.layoutRelationships))
        }
        for (index, slide) in slides.enumerated() {
            parts.append(("ppt/slides/slide\(index + 1).xml", slide.xml))
            parts.append(("ppt/slides/_rels/slide\(index + 1).xml.rels", OfficePackage.relationships(slide.relationships)))
        }
        for (index, chart) in charts.enumerated() { parts.append(("ppt/charts/chart\(index + 1).xml", chart)) }
        var result = parts.map { (name: $0.0, bytes: Array($0.1.utf8)) }
        for (index, image) in images.enumerated() { result.append((name: "ppt/media/image\(index + 1).png", bytes: image)) }
        return result
    }

    /// The `.pptx` file for `deck`. Every part name is fixed by the writer, so the ZIP cannot refuse one.
    public func render(_ deck: SlideDeck) -> [UInt8] {
        var zip = ZipWriter()
        for part in parts(deck) {
            // Pictures are compressed already.
            try? zip.add(part.name, part.bytes, method: part.name.hasSuffix(".png") ? .stored : .deflated)
        }
        return (try? zip.finish()) ?? []
    }

    /// The `.pptx` file for `document`, cut into slides.
    public func render(_ document: Document) -> [UInt8] {
        render(SlideDeck(document: document, budget: budget))
    }
}

extension PptxWriter: DocumentWriter {
    /// The deck as a `.pptx` file.
    public func write(_ document: Document) -> [UInt8] { render(document) }
}
