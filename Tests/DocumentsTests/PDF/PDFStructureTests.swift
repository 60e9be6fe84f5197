import TestSupport
import Testing
@testable import Documents

/// The structure tree of a tagged PDF, as the layout builds it.
@Suite(.timed) struct PDFStructureTests {
    /// Issue 38, memory at 100 times the content: the signal report's PDF has 300 000 structure
    /// elements and more kids; an element took 72 bytes (its alternative text and extra entries in
    /// every one) and a kid 32; then 32 and 16, the rare texts kept beside them; now 16 and 12, the
    /// type a byte (issue 38's tenth round: 4.8 and 3.5 MB less at 100 times the content).
    @Test func elementsAndKidsAreSmall() {
        #expect(MemoryLayout<PDFStructure.Element>.stride == 16)
        #expect(PDFStructure.kidStride == 12)
    }

    /// The alternative text and the extra entries read back as given, at `add` or set later, and
    /// none for the elements without; the parents and kids as before.
    @Test func alternativeTextsAndAttributesStayWithTheirElements() {
        var structure = PDFStructure()
        let figure = structure.add(.figure, parent: 0, alt: "Kaart van de regio's")
        let cell = structure.add(.headerCell, parent: figure, attributes: "/A <</O /Table /Scope /Row>>")
        let plain = structure.add(.paragraph, parent: 0)
        let later = structure.add(.figure, parent: plain)
        structure.setAttributes("/A <</O /Layout /Placement /Block>>", of: later)
        structure.setAlt("Grafiek", of: later)
        structure.setAlt("Kaart", of: figure)
        #expect(structure.alt(of: figure) == "Kaart" && structure.attributes(of: figure) == "")
        #expect(structure.alt(of: cell) == nil && structure.attributes(of: cell) == "/A <</O /Table /Scope /Row>>")
        #expect(structure.alt(of: plain) == nil && structure.attributes(of: plain) == "")
        #expect(structure.alt(of: later) == "Grafiek" && structure.attributes(of: later) == "/A <</O /Layout /Placement /Block>>")
        #expect(structure.alt(of: 0) == nil)
        #expect(structure.elements[cell].parent == figure && structure.elements[0].parent == -1)
        #expect(structure.elements.map(\.type.name) == ["Document", "Figure", "TH", "P", "Figure"])
        structure.addKid(.content(page: 70_000, mcid: 123_456), to: cell)
        structure.addKid(.annotation(page: 3, index: 9), to: cell)
        var kids: [String] = []
        structure.forEachKid(of: cell) { kid in
            switch kid {
            case .element(let index): kids.append("e\(index)")
            case .content(let page, let mcid): kids.append("c\(page).\(mcid)")
            case .annotation(let page, let index): kids.append("a\(page).\(index)")
            }
        }
        #expect(kids == ["c70000.123456", "a3.9"])
    }
}
