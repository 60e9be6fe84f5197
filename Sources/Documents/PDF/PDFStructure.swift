/// The logical structure of a tagged PDF (ISO 32000-1, 14.7 and 14.8): elements with a standard
/// type (`H1`, `P`, `L`, `LI`, `Table`, `TH`, `Figure`, …), each holding other elements and the
/// marked content on the pages that shows it, so a screen reader reads the document in order and
/// knows a heading, a list, a header cell and a figure's alternative text.
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
        var kids: [Kid] = []
        /// The alternative text (figures).
        var alt: String?
        /// Extra entries, such as `/A <</O /Table /Scope /Column>>`.
        var attributes: String = ""
    }

    /// Element 0 is the `Document` element under the structure tree root.
    private(set) var elements: [Element] = [Element(type: "Document", parent: -1)]

    /// Adds an element of `type` under `parent` and returns its index.
    mutating func add(_ type: String, parent: Int, alt: String? = nil, attributes: String = "") -> Int {
        elements.append(Element(type: type, parent: parent, alt: alt, attributes: attributes))
        let index = elements.count - 1
        elements[parent].kids.append(.element(index))
        return index
    }

    mutating func addKid(_ kid: Kid, to element: Int) {
        elements[element].kids.append(kid)
    }

    mutating func setAttributes(_ attributes: String, of element: Int) {
        elements[element].attributes = attributes
    }

    mutating func setAlt(_ alt: String, of element: Int) {
        elements[element].alt = alt
    }
}
