import TestSupport
import Testing
@testable import Documents

/// Issue 38's tenth round: a structure element keeps its type as a byte beside its entry of the
/// extras (16 bytes, not 32), a kid its kind in the top bits of its first number (12, not 16).
/// Held against the plain way, an array of each element's type name, parent, texts and kids, on
/// random trees with kids up to the largest page and element numbers the packing holds.
@Suite(.timed) struct PDFStructurePackingTests {
    /// The plain way: what each element is and holds, as given.
    struct Plain {
        var types = ["Document"], parents = [-1]
        var alts: [String?] = [nil], attributes = [""]
        var kids: [[String]] = [[]]
    }

    static func describe(_ kid: PDFStructure.Kid) -> String {
        switch kid {
        case .element(let index): "e\(index)"
        case .content(let page, let mcid): "c\(page).\(mcid)"
        case .annotation(let page, let index): "a\(page).\(index)"
        }
    }

    /// A page or element number, small or up to the largest the packing holds (2^30 - 1).
    static func number(using random: inout SplitMix64) -> Int {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: (1 << 30) - Int.random(in: 1...3, using: &random)
        case 1: Int.random(in: 0..<(1 << 30), using: &random)
        default: Int.random(in: 0..<100, using: &random)
        }
    }

    @Test(arguments: [1, 2, 3, 38, 100]) func aPackedTreeReadsBackAsThePlainOne(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        var structure = PDFStructure(), plain = Plain()
        for _ in 0..<2_000 {
            let element = Int.random(in: 0..<plain.types.count, using: &random)
            switch Int.random(in: 0..<10, using: &random) {
            case 0...3:
                let type = PDFStructureType.allCases.randomElement(using: &random)!
                let alt = Bool.random(using: &random) && Bool.random(using: &random) ? "alt \(plain.types.count)" : nil
                let attributes = Int.random(in: 0..<5, using: &random) == 0 ? "/A <</O /Table /Scope /Row>>" : ""
                let index = structure.add(type, parent: element, alt: alt, attributes: attributes)
                #expect(index == plain.types.count)
                plain.types.append(type.name)
                plain.parents.append(element)
                plain.alts.append(alt)
                plain.attributes.append(attributes)
                plain.kids.append([])
                plain.kids[element].append("e\(index)")
            case 4...6:
                let kid = PDFStructure.Kid.content(page: Self.number(using: &random), mcid: Int.random(in: 0...Int(Int32.max), using: &random))
                structure.addKid(kid, to: element)
                plain.kids[element].append(Self.describe(kid))
            case 7:
                let kid = PDFStructure.Kid.annotation(page: Self.number(using: &random), index: Int.random(in: 0..<50, using: &random))
                structure.addKid(kid, to: element)
                plain.kids[element].append(Self.describe(kid))
            case 8:
                structure.setAlt("later \(element)", of: element)
                plain.alts[element] = "later \(element)"
            default:
                structure.setAttributes("/A <</O /Layout /Placement /Block>>", of: element)
                plain.attributes[element] = "/A <</O /Layout /Placement /Block>>"
            }
        }
        #expect(structure.elements.map(\.type.name) == plain.types)
        #expect(structure.elements.map(\.parent) == plain.parents)
        for index in plain.types.indices {
            #expect(structure.alt(of: index) == plain.alts[index], "element \(index)")
            #expect(structure.attributes(of: index) == plain.attributes[index], "element \(index)")
            #expect(structure.kids(of: index).map(Self.describe) == plain.kids[index], "element \(index)")
            #expect(structure.elements[index].hasKids == !plain.kids[index].isEmpty, "element \(index)")
        }
    }

    /// Each type is written by its standard name, and the headings' levels go to `H1`-`H6` as the
    /// layout wrote them (`"H\(min(max(level, 1), 6))"`).
    @Test func typesHaveTheirStandardNames() {
        #expect(PDFStructureType.allCases.map(\.name) == [
            "Document", "P", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl", "LBody",
            "Table", "Caption", "THead", "TBody", "TR", "TH", "TD", "Figure", "Link", "TOC", "TOCI", "BlockQuote", "Code",
        ])
        for level in -2...9 {
            #expect(PDFStructureType.heading(level).name == "H\(min(max(level, 1), 6))")
        }
    }
}
