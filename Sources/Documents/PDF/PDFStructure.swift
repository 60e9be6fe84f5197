/// The logical structure of a tagged PDF (ISO 32000-1, 14.7 and 14.8): elements with a standard
/// type (`H1`, `P`, `L`, `LI`, `Table`, `TH`, `Figure`, …, see ``PDFStructureType``), each holding other elements and the
/// marked content on the pages that shows it, so a screen reader reads the document in order and
/// knows a heading, a list, a header cell and a figure's alternative text.
///
/// The kids of all elements are kept in one list, each element pointing at its first and last
/// kid and each kid at the next of the same element: a long tagged document has tens of
/// thousands of elements, and an array of kids per element was an allocation for each of them.
struct PDFStructure {
    /// What an element holds, in reading order.
    enum Kid {
        case element(Int)
        /// Marked content `mcid` on page `page`.
        case content(page: Int, mcid: Int)
        /// A link annotation: the index of the annotation on `page`.
        case annotation(page: Int, index: Int)
    }

    /// An element: 16 bytes (it was 72, then 32 with its type's name as a `String`: a long tagged
    /// document has hundreds of thousands, 300 000 in the signal report at 100 times the content).
    /// The alternative text and the extra entries, which few elements have, are kept beside the
    /// elements (``alt(of:)``, ``attributes(of:)``).
    struct Element {
        fileprivate var parentIndex: Int32
        /// Its type (``PDFStructureType``) in the low byte; above it its entry in ``extras`` plus
        /// one, 0 for none (room for 16 million entries).
        fileprivate var typeAndExtra: UInt32
        /// Its first and last kid in ``kidList``, -1 for none.
        fileprivate var firstKid: Int32 = -1, lastKid: Int32 = -1

        init(type: PDFStructureType, parent: Int) {
            parentIndex = Int32(parent)
            typeAndExtra = UInt32(type.rawValue)
        }

        /// Its standard structure type.
        var type: PDFStructureType { PDFStructureType(rawValue: UInt8(truncatingIfNeeded: typeAndExtra))! }

        /// The element it stands in; -1 for the `Document` element.
        var parent: Int { Int(parentIndex) }

        /// Whether it holds anything.
        var hasKids: Bool { firstKid >= 0 }

        /// Its entry in ``extras``, -1 for none.
        fileprivate var extra: Int { Int(typeAndExtra >> 8) - 1 }

        fileprivate mutating func setExtra(_ index: Int) {
            precondition(index >= 0 && index < (1 << 24) - 1, "too many PDF structure elements with extra entries")
            typeAndExtra = typeAndExtra & 0xFF | UInt32(index + 1) << 8
        }
    }

    /// A kid in ``kidList``: 12 bytes (a ``Kid`` with the index of the next was 32, then 16 with its
    /// kind in a byte of its own). The top two bits of `kindAndFirst` are the kind: 0 an element
    /// (the rest its index), 1 marked content (the rest the page, `second` the mcid), 2 an
    /// annotation (the rest the page, `second` its index on the page).
    private struct KidEntry {
        var kindAndFirst: UInt32
        var second: Int32
        var next: Int32 = -1

        init(_ kid: Kid) {
            switch kid {
            case .element(let index): (kindAndFirst, second) = (Self.pack(0, index), 0)
            case .content(let page, let mcid): (kindAndFirst, second) = (Self.pack(1, page), Int32(mcid))
            case .annotation(let page, let index): (kindAndFirst, second) = (Self.pack(2, page), Int32(index))
            }
        }

        /// `kind` in the top two bits, `value` (below 2^30: an element's index or a page) in the rest.
        private static func pack(_ kind: UInt32, _ value: Int) -> UInt32 {
            precondition(value >= 0 && value < 1 << 30, "a PDF structure kid past 2^30 elements or pages")
            return kind << 30 | UInt32(value)
        }

        var kid: Kid {
            let first = Int(kindAndFirst & 0x3FFF_FFFF)
            switch kindAndFirst >> 30 {
            case 0: return .element(first)
            case 1: return .content(page: first, mcid: Int(second))
            default: return .annotation(page: first, index: Int(second))
            }
        }
    }

    /// The number of kids of all elements together.
    var kidCount: Int { keepsKids ? kidList.count : droppedKidCount }

    /// Whether the kids are kept; off, they are only counted (``dropKids()``).
    private(set) var keepsKids = true
    /// The kids counted since and before ``dropKids()``.
    private var droppedKidCount = 0

    /// The bytes a kid takes in ``kidList`` (for a test).
    static var kidStride: Int { MemoryLayout<KidEntry>.stride }

    /// Element 0 is the `Document` element under the structure tree root.
    private(set) var elements: [Element] = [Element(type: .document, parent: -1)]
    /// The kids of every element, each with the index of the next kid of its element (-1 after the last).
    private var kidList: [KidEntry] = []
    /// The alternative texts and extra entries of the elements that have them.
    private var extras: [(alt: String?, attributes: String)] = []

    /// Adds an element of `type` under `parent` and returns its index.
    mutating func add(_ type: PDFStructureType, parent: Int, alt: String? = nil, attributes: String = "") -> Int {
        elements.append(Element(type: type, parent: parent))
        let index = elements.count - 1
        if alt != nil || !attributes.isEmpty {
            elements[index].setExtra(extras.count)
            extras.append((alt, attributes))
        }
        addKid(.element(index), to: parent)
        return index
    }

    mutating func addKid(_ kid: Kid, to element: Int) {
        guard keepsKids else {
            droppedKidCount += 1
            return
        }
        let position = Int32(kidList.count)
        kidList.append(KidEntry(kid))
        let last = elements[element].lastKid
        if last >= 0 { kidList[Int(last)].next = position } else { elements[element].firstKid = position }
        elements[element].lastKid = position
    }

    /// How many elements, kids and extra entries it holds: a second layout of the same document
    /// makes as many, and keeps room for them at once (``reserveCapacity(like:)``).
    var counts: (elements: Int, kids: Int, extras: Int) { (elements.count, kidCount, extras.count) }

    /// Keeps room for as many elements, kids and extra entries as `counts` says. Grown by doubling,
    /// the arrays of the signal report at 100 times the content (300 000 elements, 10 MB, and 16 MB
    /// of kids) kept up to half again as much room as they used, and held the old and the new
    /// array at once each time they grew.
    mutating func reserveCapacity(like counts: (elements: Int, kids: Int, extras: Int)) {
        elements.reserveCapacity(counts.elements)
        kidList.reserveCapacity(counts.kids)
        extras.reserveCapacity(counts.extras)
    }

    /// Lets go of the kids and from now on only counts them: a layout run only for its page count
    /// and the places of its headings (``PDFCanvas/dropContent()``) never writes its tree, and at
    /// 100 times the content the signal report's first layout held 750 000 kids, 12 MB and more.
    /// The elements stay: the layout finds each one's parent there.
    mutating func dropKids() {
        guard keepsKids else { return }
        droppedKidCount = kidList.count
        keepsKids = false
        kidList = []
    }

    /// The alternative text of `element` (figures, links), if any.
    func alt(of element: Int) -> String? {
        let extra = elements[element].extra
        return extra >= 0 ? extras[extra].alt : nil
    }

    /// The extra entries of `element`, such as `/A <</O /Table /Scope /Column>>`; empty for none.
    func attributes(of element: Int) -> String {
        let extra = elements[element].extra
        return extra >= 0 ? extras[extra].attributes : ""
    }

    /// The kids of `element`, in reading order.
    func kids(of element: Int) -> [Kid] {
        var kids: [Kid] = []
        forEachKid(of: element) { kids.append($0) }
        return kids
    }

    /// Calls `body` with each kid of `element`, in reading order.
    func forEachKid(of element: Int, _ body: (Kid) -> Void) {
        precondition(keepsKids, "the kids of a PDF structure were dropped")
        var position = elements[element].firstKid
        while position >= 0 {
            body(kidList[Int(position)].kid)
            position = kidList[Int(position)].next
        }
    }

    mutating func setAttributes(_ attributes: String, of element: Int) {
        extras[extraIndex(of: element)].attributes = attributes
    }

    mutating func setAlt(_ alt: String, of element: Int) {
        extras[extraIndex(of: element)].alt = alt
    }

    /// The index of `element`'s entry in ``extras``, made when it has none.
    private mutating func extraIndex(of element: Int) -> Int {
        if elements[element].extra < 0 {
            elements[element].setExtra(extras.count)
            extras.append((nil, ""))
        }
        return elements[element].extra
    }
}
