/// A map of areas (the 35 arbeidsmarktregio's) shaded by a count, as data: the outlines, a label
/// per area and the counts. Writers draw it; the SVG drawing below uses grey levels and hatching
/// that read in black-and-white print, and a legend with the classes.
public struct RegionMap: Sendable, Equatable {
    /// A point in the map's own units (y grows northwards, as in the Dutch RD grid).
    public struct Point: Sendable, Hashable {
        public var x: Int
        public var y: Int

        public init(x: Int, y: Int) {
            self.x = x
            self.y = y
        }
    }

    /// One area: its key, the short label drawn on it, the label's place, and its outline as rings
    /// (islands and holes alike; drawn with the even-odd rule).
    public struct Shape: Sendable, Hashable {
        public var key: String
        public var label: String
        public var labelPoint: Point
        public var rings: [[Point]]

        public init(key: String, label: String, labelPoint: Point, rings: [[Point]]) {
            self.key = key
            self.label = label
            self.labelPoint = labelPoint
            self.rings = rings
        }
    }

    /// A unique id in the document.
    public var id: String
    /// The map's title, read by screen readers.
    public var title: String
    /// What the map shows, in a sentence, for screen readers.
    public var description: String
    /// The areas, drawn in order.
    public var shapes: [Shape]
    /// The count per area key; areas not in it count 0.
    public var counts: [String: Int]
    /// The legend's heading, such as "Aantal signalen".
    public var legendTitle: String

    /// Makes a map.
    public init(id: String, title: String, description: String, shapes: [Shape], counts: [String: Int], legendTitle: String) {
        self.id = id
        self.title = title
        self.description = description
        self.shapes = shapes
        self.counts = counts
        self.legendTitle = legendTitle
    }

    /// The map as inline SVG; the view box is the areas plus a margin, north up. Without
    /// `legend` the legend is left out, for a page that sets it beside the map in its own type
    /// (a slide: inside the scaled drawing it was too small to read).
    public func svg(legend withLegend: Bool = true) -> String {
        let points = shapes.flatMap { $0.rings.flatMap { $0 } }
        let minX = (points.map(\.x).min() ?? 0) - 20, maxX = (points.map(\.x).max() ?? 0) + 20
        let minY = (points.map(\.y).min() ?? 0) - 20, maxY = (points.map(\.y).max() ?? 0) + 20
        let width = maxX - minX, height = maxY - minY
        let scale = ShadeScale(maximum: counts.values.max() ?? 0)
        let pattern = "\(id)-nul"
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kaart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\""
        svg += " width=\"480\" height=\"\(480 * height / max(1, width))\" aria-labelledby=\"\(id)-titel \(id)-beschrijving\">"
        svg += "<title id=\"\(id)-titel\">\(XMLText.escape(title))</title>"
        svg += "<desc id=\"\(id)-beschrijving\">\(XMLText.escape(description))</desc>"
        svg += "<defs>\(ShadeScale.zeroPattern(id: pattern, size: 18))</defs>"
        // The outlines, thousands of numbers, written as bytes (a string per point and joining
        // them was nine tenths of the map).
        var paths = XMLOutput(capacity: 256 * shapes.count + 12 * points.count)
        for shape in shapes {
            let count = counts[shape.key] ?? 0
            paths.write("<path d=\"")
            for ring in shape.rings where !ring.isEmpty {
                paths.write("M")
                for (index, point) in ring.enumerated() {
                    if index > 0 { paths.write(" ") }
                    paths.write(decimal: point.x - minX)
                    paths.write(" ")
                    paths.write(decimal: maxY - point.y)
                }
                paths.write("Z")
            }
            paths.write("\" fill=\"")
            paths.write(string: scale.fill(count, patternID: pattern))
            paths.write("\" fill-rule=\"evenodd\" stroke=\"#000\" stroke-width=\"4\"><title>")
            paths.write(escaped: shape.key)
            paths.write(": ")
            paths.write(decimal: count)
            paths.write("</title></path>")
        }
        svg += paths.string()
        for shape in shapes {
            // A white halo first, then the black label on it, so the label reads on any shading.
            let position = "x=\"\(shape.labelPoint.x - minX)\" y=\"\(maxY - shape.labelPoint.y + 18)\" text-anchor=\"middle\" font-size=\"52\" font-weight=\"bold\""
            svg += "<text \(position) fill=\"#fff\" stroke=\"#fff\" stroke-width=\"10\" aria-hidden=\"true\">\(XMLText.escape(shape.label))</text>"
            svg += "<text \(position) fill=\"#000\">\(XMLText.escape(shape.label))</text>"
        }
        if withLegend { svg += legend(scale: scale, pattern: pattern) }
        return svg + "</svg>"
    }

    /// The legend's classes: their label ("0", "1–2") and their SVG fill, the zero class the
    /// pattern `patternID` (``ShadeScale/zeroPattern(id:size:)``).
    public func legendEntries(patternID: String) -> [(label: String, fill: String)] {
        let scale = ShadeScale(maximum: counts.values.max() ?? 0)
        return [("0", "url(#\(patternID))")] + scale.classes.map { (ShadeScale.label($0), scale.fill($0.lowerBound, patternID: patternID)) }
    }

    /// The legend in the top-left (North Sea) corner: a box per class with its range.
    private func legend(scale: ShadeScale, pattern: String) -> String {
        var svg = "<g class=\"legenda\"><text x=\"30\" y=\"70\" font-size=\"56\" font-weight=\"bold\">\(XMLText.escape(legendTitle))</text>"
        let entries = legendEntries(patternID: pattern)
        for (offset, entry) in entries.enumerated() {
            let y = 110 + offset * 80
            svg += "<rect x=\"30\" y=\"\(y)\" width=\"90\" height=\"60\" fill=\"\(entry.1)\" stroke=\"#000\" stroke-width=\"4\"/>"
            svg += "<text x=\"140\" y=\"\(y + 46)\" font-size=\"52\">\(XMLText.escape(entry.0))</text>"
        }
        return svg + "</g>"
    }
}
