/// The logical structure of a tagged PDF (ISO 32000-1, 14.7 and 14.8): elements with a standard
/// type (`H1`, `P`, `L`, `LI`, `Table`, `TH`, `Figure`, …), each holding other elements and the
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

    struct Element {
        var type: String
        var parent: Int
        /// The alternative text (figures).
        var alt: String?
        /// Extra entries, such as `/A <</O /Table /Scope /Column>>`.
        var attributes: String = ""
        /// Its first and last kid in ``kidList``, -1 for none.
        fileprivate var firstKid = -1, lastKid = -1

        /// Whether it holds anything.
        var hasKids: Bool { firstKid >= 0 }
    }

    /// Element 0 is the `Document` element under the structure tree root.
    private(set) var elements: [Element] = [Element(type: "Document", parent: -1)]
    /// The kids of every element, each with the index of the next kid of its element (-1 after the last).
    private var kidList: [(kid: Kid, next: Int)] = []

    /// Adds an element of `type` under `parent` and returns its index.
    mutating func add(_ type: String, parent: Int, alt: String? = nil, attributes: String = "") -> Int {
        elements.append(Element(type: type, parent: parent, alt: alt, attributes: attributes))
        let index = elements.count - 1
        addKid(.element(index), to: parent)
        return index
    }

    mutating func addKid(_ kid: Kid, to element: Int) {
        let position = kidList.count
        kidList.append((kid, -1))
        let last = elements[element].lastKid
        if last >= 0 { kidList[last].next = position } else { elements[element].firstKid = position }
        elements[element].lastKid = position
    }

    /// The kids of `element`, in reading order.
    func kids(of element: Int) -> [Kid] {
        var kids: [Kid] = []
        forEachKid(of: element) { kids.append($0) }
        return kids
    }

    /// Calls `body` with each kid of `element`, in reading order.
    func forEachKid(of element: Int, _ body: (Kid) -> Void) {
        var position = elements[element].firstKid
        while position >= 0 {
            body(kidList[position].kid)
            position = kidList[position].next
        }
    }

    mutating func setAttributes(_ attributes: String, of element: Int) {
        elements[element].attributes = attributes
    }

    mutating func setAlt(_ alt: String, of element: Int) {
        elements[element].alt = alt
    }
}
