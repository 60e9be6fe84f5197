/// The fills of the figures, the same as the SVG's (``SVGBuilder``, ``ShadeScale``): solid
/// colours and tiling patterns (hatching, dots, a diamond grid, the light hatching of zero) that
/// stay apart in black-and-white print.
enum PDFFill: Equatable {
    case color(String)
    case pattern(PDFPattern)

    /// The fill of series `index`, in the order of ``SVGBuilder/fill(id:series:)``.
    static func series(_ index: Int) -> PDFFill {
        let fills: [PDFFill] = [
            .color("0.122 0.231 0.451"), .pattern(.hatching), .pattern(.dots), .color("0.788 0.827 0.902"),
            .pattern(.diamonds), .color("0.427 0.498 0.62"),
        ]
        return fills[index % fills.count]
    }

    /// The fill of a map or matrix count: a grey of ``ShadeScale/fills``, or the hatching of zero.
    static func shade(_ count: Int, scale: ShadeScale) -> PDFFill {
        guard scale.index(of: count) != nil else { return .pattern(.zero) }
        return .color(rgb(scale.cssColor(count)))
    }

    /// `#rrggbb` as PDF colour components `r g b`.
    static func rgb(_ css: String) -> String {
        let hex = Array(css.dropFirst())
        guard hex.count == 6 else { return "0 0 0" }
        return stride(from: 0, to: 6, by: 2).map { index in
            PDFText.number(Double(Int(String(hex[index..<index + 2]), radix: 16) ?? 0) / 255)
        }.joined(separator: " ")
    }

    /// The operators that make this the fill colour.
    var operators: String {
        switch self {
        case .color(let rgb): "\(rgb) rg"
        case .pattern(let pattern): "/Pattern cs /\(pattern.resourceName) scn"
        }
    }
}

/// A tiling pattern (ISO 32000-1, 8.7.3.1), defined once per file.
enum PDFPattern: Int, CaseIterable {
    case hatching, dots, diamonds, zero

    var resourceName: String { "P\(rawValue + 1)" }

    /// The pattern's dictionary entries and its content.
    var definition: (dictionary: String, content: String) {
        let rotate = "/Matrix [0.7071 0.7071 -0.7071 0.7071 0 0]"
        func tile(_ size: Int, _ extra: String) -> String {
            "/Type /Pattern /PatternType 1 /PaintType 1 /TilingType 1 /BBox [0 0 \(size) \(size)] /XStep \(size) /YStep \(size) /Resources <<>>\(extra)"
        }
        switch self {
        case .hatching:
            return (tile(5, " " + rotate), "1 1 1 rg 0 0 5 5 re f 0.184 0.435 0.31 RG 2.4 w 0 0 m 0 5 l S 5 0 m 5 5 l S")
        case .dots:
            let circle = "2 3.1 m 2.61 3.1 3.1 2.61 3.1 2 c 3.1 1.39 2.61 0.9 2 0.9 c 1.39 0.9 0.9 1.39 0.9 2 c 0.9 2.61 1.39 3.1 2 3.1 c f"
            return (tile(4, ""), "1 1 1 rg 0 0 4 4 re f 0.541 0.294 0.031 rg " + circle)
        case .diamonds:
            return (tile(5, ""), "1 1 1 rg 0 0 5 5 re f 0.357 0.165 0.525 RG 0.8 w 0 0 m 5 5 l S 5 0 m 0 5 l S")
        case .zero:
            return (tile(6, " " + rotate), "1 1 1 rg 0 0 6 6 re f 0.6 0.6 0.6 RG 1 w 0 0 m 0 6 l S 6 0 m 6 6 l S")
        }
    }
}
