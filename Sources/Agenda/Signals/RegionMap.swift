import Documents

/// A map of the Netherlands with the 35 arbeidsmarktregio's shaded by a count (the number of signals):
/// inline SVG with `role="img"`, a title and a description, the region numbers at their label points,
/// and a legend with the classes; grey levels and hatching that read in black-and-white print.
/// Outlines: `RegionMapData` (CBS/PDOK, CC BY 4.0).
public struct RegionMap: Sendable {
    /// A unique id in the page.
    public var id: String
    /// The map's title, read by screen readers.
    public var title: String
    /// What the map shows, in a sentence, for screen readers.
    public var description: String
    /// The count per region code; regions not in it count 0.
    public var counts: [String: Int]

    /// Creates a map.
    public init(id: String, title: String, description: String, counts: [String: Int]) {
        self.id = id
        self.title = title
        self.description = description
        self.counts = counts
    }

    /// One region's outline and label point, in hectometres RD.
    struct Shape: Sendable {
        var code: String
        var label: (x: Int, y: Int)
        var rings: [[(x: Int, y: Int)]]
    }

    /// The regions of `RegionMapData`, in code order. Each line reads
    /// `AM01 2436,5775:2699,5404 2685,5411 ...|...`: the code, the label point, then the rings.
    /// Read byte by byte: the data is 23 KB of numbers, parsed once per run.
    static let shapes: [Shape] = {
        var shapes: [Shape] = []
        for line in RegionMapData.text.utf8.split(separator: UInt8(ascii: "\n")) {
            var reader = NumberReader(bytes: Array(line))
            reader.skip { $0 == UInt8(ascii: " ") }
            let code = reader.take { $0 != UInt8(ascii: " ") }
            guard !code.isEmpty, let labelX = reader.number(), let labelY = reader.number() else { continue }
            var rings: [[(x: Int, y: Int)]] = [[]]
            while let x = reader.number(), let y = reader.number() {
                rings[rings.count - 1].append((x, y))
                if reader.last == UInt8(ascii: "|") { rings.append([]) }
            }
            shapes.append(Shape(code: String(decoding: code, as: UTF8.self), label: (labelX, labelY), rings: rings))
        }
        return shapes
    }()

    /// Reads the integers of a line of map data, in order, whatever separates them.
    private struct NumberReader {
        let bytes: [UInt8]
        var index = 0
        /// The separator that ended the last number read.
        var last: UInt8 = 0

        init(bytes: [UInt8]) { self.bytes = bytes }

        mutating func skip(while predicate: (UInt8) -> Bool) {
            while index < bytes.count && predicate(bytes[index]) { index += 1 }
        }

        mutating func take(while predicate: (UInt8) -> Bool) -> ArraySlice<UInt8> {
            let start = index
            skip(while: predicate)
            return bytes[start..<index]
        }

        mutating func number() -> Int? {
            skip { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) && $0 != UInt8(ascii: "-") }
            guard index < bytes.count else { return nil }
            let negative = bytes[index] == UInt8(ascii: "-")
            if negative { index += 1 }
            var value = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            last = index < bytes.count ? bytes[index] : 0
            return negative ? -value : value
        }
    }

    /// The region codes the map knows.
    public static var regionCodes: [String] { shapes.map(\.code) }

    /// The map as inline SVG; coordinates are hectometres, the view box is the country plus a margin.
    public func svg() -> String {
        let points = Self.shapes.flatMap { $0.rings.flatMap { $0 } }
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
        for shape in Self.shapes {
            let count = counts[shape.code] ?? 0
            var path = ""
            for ring in shape.rings where !ring.isEmpty {
                path += "M" + ring.map { "\($0.x - minX) \(maxY - $0.y)" }.joined(separator: " ") + "Z"
            }
            svg += "<path d=\"\(path)\" fill=\"\(scale.fill(count, patternID: pattern))\" fill-rule=\"evenodd\" stroke=\"#000\""
            svg += " stroke-width=\"4\"><title>\(XMLText.escape(shape.code)): \(count)</title></path>"
        }
        for shape in Self.shapes {
            let number = shape.code.hasPrefix("AM") ? String(Int(shape.code.dropFirst(2)) ?? 0) : shape.code
            // A white halo first, then the black number on it, so the label reads on any shading.
            let position = "x=\"\(shape.label.x - minX)\" y=\"\(maxY - shape.label.y + 18)\" text-anchor=\"middle\" font-size=\"52\" font-weight=\"bold\""
            svg += "<text \(position) fill=\"#fff\" stroke=\"#fff\" stroke-width=\"10\" aria-hidden=\"true\">\(XMLText.escape(number))</text>"
            svg += "<text \(position) fill=\"#000\">\(XMLText.escape(number))</text>"
        }
        svg += legend(scale: scale, pattern: pattern)
        return svg + "</svg>"
    }

    /// The legend in the North Sea corner: a box per class with its range.
    private func legend(scale: ShadeScale, pattern: String) -> String {
        var svg = "<g class=\"legenda\"><text x=\"30\" y=\"70\" font-size=\"56\" font-weight=\"bold\">Aantal signalen</text>"
        let entries = [("0", "url(#\(pattern))")] + scale.classes.map { (ShadeScale.label($0), scale.fill($0.lowerBound, patternID: pattern)) }
        for (offset, entry) in entries.enumerated() {
            let y = 110 + offset * 80
            svg += "<rect x=\"30\" y=\"\(y)\" width=\"90\" height=\"60\" fill=\"\(entry.1)\" stroke=\"#000\" stroke-width=\"4\"/>"
            svg += "<text x=\"140\" y=\"\(y + 46)\" font-size=\"52\">\(XMLText.escape(entry.0))</text>"
        }
        return svg + "</g>"
    }
}
