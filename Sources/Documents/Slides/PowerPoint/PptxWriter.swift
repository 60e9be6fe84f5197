/// Writes a ``SlideDeck`` as a PowerPoint file (Office Open XML, PresentationML, `.pptx`) that
/// PowerPoint and LibreOffice Impress open and a user can edit: the same slides as the HTML deck
/// (``SlideDeckPage``), cut by the same ``SlideBudget``, with every title in its title
/// placeholder, text and lists in the body placeholder, tables as native tables, bars and
/// timelines as native charts (``OfficeChart``, shared with the Word writer) with their data as an
/// embedded workbook, the map as a
/// picture. The look lives in one slide master with four layouts and the theme, so a region
/// restyles a deck by editing the master. The same deck gives the same bytes.
public struct PptxWriter: Sendable {
    /// How much a slide may hold before it continues on the next.
    public var budget: SlideBudget

    /// Makes a writer.
    public init(budget: SlideBudget = .standard) {
        self.budget = budget
    }

    /// The parts every deck holds alike (the theme, the small property parts, the relationships of
    /// the master and its layouts), compressed once for all decks of a build.
    private static let sharedParts: [(name: String, entry: ZipWriter.PreparedEntry)] = {
        let parts: [(String, String)] = [
            ("_rels/.rels", PresentationParts.packageRelationships),
            ("ppt/presProps.xml", PresentationParts.presentationProperties),
            ("ppt/viewProps.xml", PresentationParts.viewProperties),
            ("ppt/tableStyles.xml", PresentationParts.tableStyles),
            ("ppt/slideMasters/_rels/slideMaster1.xml.rels", SlideMasterParts.masterRelationships),
            ("ppt/slideLayouts/_rels/slideLayout.xml.rels", SlideMasterParts.layoutRelationships),
        ]
        var entries = parts.map { (name: $0.0, entry: ZipWriter.PreparedEntry(Array($0.1.utf8))) }
        entries.insert((name: "docProps/app.xml", entry: OfficePackage.preparedApp), at: 1)
        entries.insert((name: "ppt/theme/theme1.xml", entry: OfficePackage.preparedTheme), at: 5)
        return entries
    }()

    /// The parts stored between the deck's head and its slides: the ``sharedParts``, and the
    /// master and its layouts, which name their placeholders and layouts in `words` (PowerPoint
    /// shows those names while a user edits the deck).
    static func fixedParts(_ words: OfficeWords) -> [(name: String, entry: ZipWriter.PreparedEntry)] {
        fixedPartsMade.value(for: words, makeFixedParts)
    }

    /// The fixed parts made last, by their words: a build has one language, so every deck of it
    /// shares them (the master and its four layouts were written and compressed for each of the
    /// 37 decks of a national build).
    static let fixedPartsMade = MadeOnce<OfficeWords, [(name: String, entry: ZipWriter.PreparedEntry)]>(capacity: 8)

    /// The ``fixedParts(_:)`` for `words`, written and compressed.
    private static func makeFixedParts(_ words: OfficeWords) -> [(name: String, entry: ZipWriter.PreparedEntry)] {
        let shared = sharedParts
        func prepared(_ text: String) -> ZipWriter.PreparedEntry { ZipWriter.PreparedEntry(Array(text.utf8)) }
        var parts = Array(shared[0..<6])
        parts.append((name: "ppt/slideMasters/slideMaster1.xml", entry: prepared(SlideMasterParts.master(words))))
        parts.append(shared[6])
        for layout in PresentationSlide.Layout.allCases {
            parts.append((name: "ppt/slideLayouts/slideLayout\(layout.rawValue).xml", entry: prepared(SlideMasterParts.layout(layout, words: words))))
            parts.append((name: "ppt/slideLayouts/_rels/slideLayout\(layout.rawValue).xml.rels", entry: shared[7].entry))
        }
        return parts
    }

    /// The parts that differ from deck to deck, by name, in the order they are stored (after the
    /// content types and before the slides come the ``fixedParts``).
    func parts(_ deck: SlideDeck) -> (head: [(name: String, bytes: [UInt8])], tail: [(name: String, bytes: [UInt8])]) {
        var slides: [(part: [UInt8], relationships: [PackageRelationship])] = []
        var charts: [[UInt8]] = []
        var images: [[UInt8]] = []
        var workbooks: [[UInt8]] = []
        for (index, slide) in deck.slides.enumerated() {
            let made = PresentationSlide(
                slide, number: index + 1, count: deck.slides.count, deckTitle: deck.metadata.title, words: deck.metadata.words,
                chartOffset: charts.count, imageOffset: images.count)
            charts += made.charts
            images += made.images
            workbooks += made.workbooks
            slides.append((made.part, made.relationships))
        }
        let language = DocxWriter.wordLanguage(deck.metadata.language)
        let head: [(name: String, bytes: [UInt8])] = [
            ("[Content_Types].xml", PresentationParts.contentTypes(slides: slides.count, charts: charts.count)),
            ("docProps/core.xml", OfficePackage.coreBytes(deck.metadata, language: language)),
            ("ppt/presentation.xml", PresentationParts.presentation(slides: slides.count)),
            ("ppt/_rels/presentation.xml.rels", PresentationParts.presentationRelationships(slides: slides.count)),
        ]
        var tailBytes: [(name: String, bytes: [UInt8])] = []
        for (index, slide) in slides.enumerated() {
            tailBytes.append(("ppt/slides/slide\(index + 1).xml", slide.part))
            tailBytes.append(("ppt/slides/_rels/slide\(index + 1).xml.rels", OfficePackage.relationshipBytes(slide.relationships)))
        }
        for (index, chart) in charts.enumerated() {
            tailBytes.append(("ppt/charts/chart\(index + 1).xml", chart))
            tailBytes.append(("ppt/charts/_rels/chart\(index + 1).xml.rels", OfficeChart.relationships(index + 1)))
        }
        for (index, workbook) in workbooks.enumerated() {
            tailBytes.append((name: "ppt/embeddings/\(OfficeChart.workbookName(index + 1))", bytes: workbook))
        }
        for (index, image) in images.enumerated() { tailBytes.append((name: "ppt/media/image\(index + 1).png", bytes: image)) }
        return (head, tailBytes)
    }

    /// The `.pptx` file for `deck`. Every part name is fixed by the writer, so the ZIP cannot refuse one.
    public func render(_ deck: SlideDeck) -> [UInt8] {
        var zip = ZipWriter()
        let (head, tail) = parts(deck)
        for part in head {
            // The content types and the presentation's parts depend on the number of slides and
            // charts only: many decks have them alike. The properties are the deck's own.
            if part.name == "docProps/core.xml" {
                try? zip.add(part.name, part.bytes)
            } else {
                try? zip.add(part.name, prepared: OfficePackage.preparedSmallPart(part.bytes))
            }
        }
        for part in Self.fixedParts(deck.metadata.words.office) { try? zip.add(part.name, prepared: part.entry) }
        for part in tail {
            if part.name.hasSuffix(".rels") {
                // A slide's or chart's relationships: a few kinds, alike in many decks.
                try? zip.add(part.name, prepared: OfficePackage.preparedSmallPart(part.bytes))
            } else {
                // Pictures and embedded workbooks are compressed already.
                try? zip.add(part.name, part.bytes, method: part.name.hasSuffix(".png") || part.name.hasSuffix(".xlsx") ? .stored : .deflated)
            }
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
