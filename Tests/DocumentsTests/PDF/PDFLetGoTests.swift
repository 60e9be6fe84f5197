import Markdown
import TestSupport
import Testing
@testable import Documents

/// Issue 38's eighth round: the file of a PDF is put together from its layout, and each page's
/// content stream and the structure tree are let go as they go into it; a document laid out twice
/// keeps room in its second layout for the pages and structure tree its first made. On random
/// documents, the file written page by page (laid out twice, each page sealed as it closes) is
/// the one written whole (laid out once), and what the file was made of is gone once it is made.
@Suite(.timed) struct PDFLetGoTests {
    /// Blocks of Markdown the random documents are made of: headings at three levels, paragraphs
    /// long and short, links to headings, files and the web, lists, quotes and tables.
    static let pieces = [
        "## Hoofdstuk", "### Paragraaf", "#### Kop", "Kort.",
        String(repeating: "Werkgevers en werkzoekenden in de regio vinden elkaar. ", count: 25),
        "Zie [het hoofdstuk](#hoofdstuk), [de site](https://example.nl/a) en [het beleidsdeel](../beleidsdeel.pdf).",
        "- een punt\n- nog een punt met [een link](#paragraaf)\n  - dieper", "1. eerst\n2. dan", "> een noot",
        "| Maatregel | Budget (€) |\n| :-- | --: |\n" + (1...40).map { "| maatregel \($0) | \($0).000 |" }.joined(separator: "\n"),
        "| A | B |\n| - | - |\n| x | y |",
    ]

    /// `count` documents of 1 to 160 random pieces, with a cover and a table of contents.
    static func documents(_ count: Int, seed: UInt64) -> [Document] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 1...160, using: &random)
            let blocks = (0..<length).map { _ in pieces.randomElement(using: &random)! }
            var document = PDFWriterTests.document((["# Een document", "Versie 1"] + blocks).joined(separator: "\n\n"))
            document.tableOfContentsDepth = Int.random(in: 0...3, using: &random)
            return document
        }
    }

    /// The edges: an empty document, one of a cover only, and the long and hostile ones.
    static let edges = [PDFWriterTests.document(""), PDFWriterTests.document("# Alleen een omslag"),
                        PDFWriterTests.sample, PDFWriterTests.hostile, PDFStreamingTests.long]

    @Test(arguments: [true, false]) func aFileWrittenPageByPageIsTheFileWrittenWhole(compress: Bool) throws {
        for (index, document) in (Self.edges + Self.documents(24, seed: 38)).enumerated() {
            var streamed = PDFWriter(compressesStreams: compress)
            streamed.heldContentLimit = 0
            var layout: PDFLayout?
            let pageByPage = streamed.laidOut(document) { layout = $0 }.file()
            #expect(pageByPage == PDFWriter(compressesStreams: compress).render(document), "document \(index)")
            // What the file was made of is let go as it went into it.
            let canvas = try #require(layout).canvas
            #expect(canvas.pages.allSatisfy { $0.stream == nil && $0.content.isEmpty }, "document \(index)")
            #expect(canvas.structure.counts.elements == 1 && canvas.structure.kidCount == 0, "document \(index)")
        }
    }

    @Test func aSecondLayoutMakesWhatItsFirstMade() throws {
        for (index, document) in (Self.edges + Self.documents(12, seed: 8)).enumerated() {
            var streamed = PDFWriter()
            streamed.heldContentLimit = 0
            var twice: (pages: Int, counts: (elements: Int, kids: Int, extras: Int))?
            var once: (pages: Int, counts: (elements: Int, kids: Int, extras: Int))?
            _ = streamed.render(document) { twice = ($0.canvas.pages.count, $0.canvas.structure.counts) }
            _ = PDFWriter().render(document) { once = ($0.canvas.pages.count, $0.canvas.structure.counts) }
            let (a, b) = (try #require(twice), try #require(once))
            // The room the second layout keeps, from its first's counts, is what it fills.
            #expect(a.pages == b.pages && a.counts == b.counts, "document \(index): \(a) against \(b)")
        }
    }

    /// A first layout that stops holding its drawing stops holding its tree's kids too, and counts
    /// them as a tree that keeps them does: the room its second layout keeps is what that fills.
    /// 0 never drops them.
    @Test(arguments: [0, 1, 20, 39]) func droppedKidsAreCountedAsKeptOnes(droppedAt: Int) {
        func add(_ index: Int, to structure: inout PDFStructure) {
            let element = structure.add(.paragraph, parent: index / 3)
            structure.addKid(.content(page: index / 10, mcid: index), to: element)
        }
        var kept = PDFStructure(), dropped = PDFStructure()
        for index in 1...39 {
            if index == droppedAt { dropped.dropKids() }
            add(index, to: &kept)
            add(index, to: &dropped)
        }
        #expect(dropped.counts == kept.counts && kept.counts.kids == 78)
        #expect(dropped.keepsKids == (droppedAt == 0) && kept.keepsKids)
    }

    @Test func keptRoomHoldsWhatIsAdded() {
        var structure = PDFStructure()
        structure.reserveCapacity(like: (elements: 40, kids: 90, extras: 5))
        for index in 1...39 {
            let element = structure.add(index % 7 == 0 ? .figure : .paragraph, parent: index / 3, alt: index % 7 == 0 ? "figuur \(index)" : nil)
            structure.addKid(.content(page: index / 10, mcid: index), to: element)
        }
        #expect(structure.counts.elements == 40 && structure.counts.kids == 78 && structure.counts.extras == 5)
        #expect(structure.alt(of: 7) == "figuur 7" && structure.kids(of: 0).count == 2)
    }
}
