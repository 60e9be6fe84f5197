/// Builds an SVG document as text: escaped attributes and text, fixed-precision numbers (so output
/// is byte-identical across runs), and the accessible frame every chart shares.
struct SVGBuilder {
    private(set) var output = ""

    /// Starts an accessible chart: `role="img"`, a title and a description that screen readers read.
    init(id: String, width: Int, height: Int, title: String, description: String) {
        output += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" role=\"img\" viewBox=\"0 0 \(width) \(height)\""
        output += " width=\"\(width)\" height=\"\(height)\" aria-labelledby=\"\(id)-titel \(id)-beschrijving\">"
        output += "<title id=\"\(id)-titel\">\(Self.escape(title))</title>"
        output += "<desc id=\"\(id)-beschrijving\">\(Self.escape(description))</desc>"
        output += Self.patterns(id: id)
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String = "#000") {
        output += "<rect x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" width=\"\(Self.number(width))\" height=\"\(Self.number(height))\""
        output += " fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"0.8\"/>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, dashed: Bool = false, color: String = "#000") {
        output += "<line x1=\"\(Self.number(x1))\" y1=\"\(Self.number(y1))\" x2=\"\(Self.number(x2))\" y2=\"\(Self.number(y2))\""
        output += " stroke=\"\(color)\" stroke-width=\"\(dashed ? "0.6" : "1")\"\(dashed ? " stroke-dasharray=\"3 3\"" : "")/>"
    }

    /// A line through `points`, dashed or solid; nothing for fewer than two points.
    mutating func polyline(_ points: [(Double, Double)], color: String, width: Double, dashed: Bool) {
        guard points.count > 1 else { return }
        output += "<polyline points=\"" + points.map { "\(Self.number($0.0)),\(Self.number($0.1))" }.joined(separator: " ") + "\""
        output += " fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(Self.number(width))\"\(dashed ? " stroke-dasharray=\"6 4\"" : "")/>"
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        output += "<circle cx=\"\(Self.number(x))\" cy=\"\(Self.number(y))\" r=\"\(Self.number(radius))\" fill=\"\(fill)\"/>"
    }

    /// Text; `anchor` is `start`, `middle` or `end`.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, bold: Bool = false) {
        output += "<text x=\"\(Self.number(x))\" y=\"\(Self.number(y))\" text-anchor=\"\(anchor)\" font-size=\"\(Self.number(size))\""
        output += "\(bold ? " font-weight=\"bold\"" : "")>\(Self.escape(content))</text>"
    }

    /// Ends the SVG and returns it.
    mutating func finish() -> String {
        output += "</svg>"
        return output
    }

    /// The fill of the `index`-th series: patterns that stay apart in black-and-white print.
    static func fill(id: String, series index: Int) -> String {
        let fills = ["#1f3b73", "url(#\(id)-arcering)", "url(#\(id)-stippen)", "#c9d3e6", "url(#\(id)-ruit)", "#6d7f9e"]
        return fills[index % fills.count]
    }

    /// Hatching, dots and a grid: told apart without colour.
    private static func patterns(id: String) -> String {
        "<defs>"
            + "<pattern id=\"\(id)-arcering\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#2f6f4f\" stroke-width=\"3\"/></pattern>"
            + "<pattern id=\"\(id)-stippen\" width=\"5\" height=\"5\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"5\" height=\"5\" fill=\"#fff\"/><circle cx=\"2.5\" cy=\"2.5\" r=\"1.4\" fill=\"#8a4b08\"/></pattern>"
            + "<pattern id=\"\(id)-ruit\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\">"
            + "<rect width=\"6\" height=\"6\" fill=\"#fff\"/><path d=\"M0 0L6 6M6 0L0 6\" stroke=\"#5b2a86\" stroke-width=\"1\"/></pattern>"
            + "</defs>"
    }

    /// A number with at most one decimal, without a trailing `.0`.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}

import Foundation
