/// Builds an SVG document as text: escaped attributes and text, fixed-precision numbers (so output
/// is byte-identical across runs), and the accessible frame every chart shares.
struct SVGBuilder: ~Copyable {
    /// The document so far, as bytes (see ``XMLOutput``).
    private var output = XMLOutput(capacity: 4096)

    /// Starts an accessible chart: `role="img"`, a title and a description that screen readers read.
    init(id: String, width: Int, height: Int, title: String, description: String) {
        output.write("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"grafiek\" role=\"img\" viewBox=\"0 0 ")
        output.write(decimal: width)
        output.write(" ")
        output.write(decimal: height)
        output.write("\" width=\"")
        output.write(decimal: width)
        output.write("\" height=\"")
        output.write(decimal: height)
        output.write("\" aria-labelledby=\"")
        output.write(string: id)
        output.write("-titel ")
        output.write(string: id)
        output.write("-beschrijving\"><title id=\"")
        output.write(string: id)
        output.write("-titel\">")
        output.write(escaped: title)
        output.write("</title><desc id=\"")
        output.write(string: id)
        output.write("-beschrijving\">")
        output.write(escaped: description)
        output.write("</desc>")
        output.write(string: Self.patterns(id: id))
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, stroke: String = "#000") {
        output.write("<rect x=\"")
        Self.write(x, to: &output)
        output.write("\" y=\"")
        Self.write(y, to: &output)
        output.write("\" width=\"")
        Self.write(width, to: &output)
        output.write("\" height=\"")
        Self.write(height, to: &output)
        output.write("\" fill=\"")
        output.write(string: fill)
        output.write("\" stroke=\"")
        output.write(string: stroke)
        output.write("\" stroke-width=\"0.8\"/>")
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, dashed: Bool = false, color: String = "#000") {
        output.write("<line x1=\"")
        Self.write(x1, to: &output)
        output.write("\" y1=\"")
        Self.write(y1, to: &output)
        output.write("\" x2=\"")
        Self.write(x2, to: &output)
        output.write("\" y2=\"")
        Self.write(y2, to: &output)
        output.write("\" stroke=\"")
        output.write(string: color)
        output.write(dashed ? "\" stroke-width=\"0.6\" stroke-dasharray=\"3 3\"/>" : "\" stroke-width=\"1\"/>")
    }

    /// A line through `points`, dashed or solid; nothing for fewer than two points.
    mutating func polyline(_ points: [(Double, Double)], color: String, width: Double, dashed: Bool) {
        guard points.count > 1 else { return }
        output.write("<polyline points=\"")
        for (index, point) in points.enumerated() {
            if index > 0 { output.write(" ") }
            Self.write(point.0, to: &output)
            output.write(",")
            Self.write(point.1, to: &output)
        }
        output.write("\" fill=\"none\" stroke=\"")
        output.write(string: color)
        output.write("\" stroke-width=\"")
        Self.write(width, to: &output)
        output.write(dashed ? "\" stroke-dasharray=\"6 4\"/>" : "\"/>")
    }

    mutating func circle(x: Double, y: Double, radius: Double, fill: String) {
        output.write("<circle cx=\"")
        Self.write(x, to: &output)
        output.write("\" cy=\"")
        Self.write(y, to: &output)
        output.write("\" r=\"")
        Self.write(radius, to: &output)
        output.write("\" fill=\"")
        output.write(string: fill)
        output.write("\"/>")
    }

    /// Text; `anchor` is `start`, `middle` or `end`.
    mutating func text(_ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 12, bold: Bool = false) {
        output.write("<text x=\"")
        Self.write(x, to: &output)
        output.write("\" y=\"")
        Self.write(y, to: &output)
        output.write("\" text-anchor=\"")
        output.write(string: anchor)
        output.write("\" font-size=\"")
        Self.write(size, to: &output)
        output.write(bold ? "\" font-weight=\"bold\">" : "\">")
        output.write(escaped: content)
        output.write("</text>")
    }

    /// Ends the SVG and returns it.
    consuming func finish() -> String {
        output.write("</svg>")
        return output.string()
    }

    /// The fill of the `index`-th series: patterns that stay apart in black-and-white print.
    static func fill(id: String, series index: Int) -> String {
        // Only the fill asked for is made (all six were, for every bar).
        switch index % 6 {
        case 0: "#1f3b73"
        case 1: "url(#\(id)-arcering)"
        case 2: "url(#\(id)-stippen)"
        case 3: "#c9d3e6"
        case 4: "url(#\(id)-ruit)"
        default: "#6d7f9e"
        }
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
        return rounded == rounded.rounded() ? String(Int(rounded)) : CFormat.string("%.1f", rounded)
    }

    /// Writes ``number(_:)`` of `value` without making a `String`: the tenths, rounded, as an
    /// integer `k` give the digits of `k / 10` that `%.1f` prints.
    static func write(_ value: Double, to output: inout XMLOutput) {
        let tenths = (value * 10).rounded()
        guard tenths.magnitude < 1e15 else { return output.write(string: number(value)) }  // and not a number
        let k = Int(tenths)
        if k % 10 == 0 { return output.write(decimal: k / 10) }
        if k < 0 { output.write("-") }
        output.write(decimal: Int(k.magnitude / 10))
        output.append(UInt8(ascii: "."))
        output.append(UInt8(ascii: "0") + UInt8(k.magnitude % 10))
    }

    static func escape(_ text: String) -> String { XMLText.escape(text) }
}

import FoundationEssentials
import FoundationGaps
