/// Classes of counts shaded in grey, dark for many, so a map or matrix reads in black-and-white
/// print; zero is white with a light hatching, so "none" differs from "few".
struct ShadeScale: Sendable, Hashable {
    /// The classes from few to many; each a range of counts.
    let classes: [ClosedRange<Int>]

    /// The fills from light to dark, one per class (at most four classes).
    static let fills = ["#e6e6e6", "#b3b3b3", "#737373", "#333333"]

    /// Up to four classes over `1...maximum`: one per value when the maximum is four or less, else
    /// equal steps.
    init(maximum: Int) {
        guard maximum > 0 else {
            classes = []
            return
        }
        if maximum <= 4 {
            classes = (1...maximum).map { $0...$0 }
            return
        }
        let step = (maximum + 3) / 4
        var list: [ClosedRange<Int>] = []
        var low = 1
        while low <= maximum {
            list.append(low...min(maximum, low + step - 1))
            low += step
        }
        classes = list
    }

    /// The class index of `count`, nil for zero.
    func index(of count: Int) -> Int? {
        classes.firstIndex { $0.contains(count) }
    }

    /// The fill of `count`: a grey, or the hatching pattern `patternID` for zero.
    func fill(_ count: Int, patternID: String) -> String {
        guard let index = index(of: count) else { return "url(#\(patternID))" }
        return Self.fills[fillIndex(index)]
    }

    /// Whether text on the fill of `count` should be white.
    func isDark(_ count: Int) -> Bool {
        guard let index = index(of: count) else { return false }
        return fillIndex(index) >= 2
    }

    /// The grey as a CSS colour, white for zero (for HTML cells).
    func cssColor(_ count: Int) -> String {
        guard let index = index(of: count) else { return "#ffffff" }
        return Self.fills[fillIndex(index)]
    }

    /// Spreads fewer than four classes over the light-to-dark range.
    private func fillIndex(_ index: Int) -> Int {
        classes.count >= 4 ? index : (classes.count == 1 ? 3 : index * 3 / (classes.count - 1))
    }

    /// The label of a class: `3` or `3–5`.
    static func label(_ range: ClosedRange<Int>) -> String {
        range.lowerBound == range.upperBound ? "\(range.lowerBound)" : "\(range.lowerBound)–\(range.upperBound)"
    }

    /// The hatching pattern for zero, as an SVG `<pattern>`.
    static func zeroPattern(id: String, size: Int) -> String {
        "<pattern id=\"\(id)\" width=\"\(size)\" height=\"\(size)\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/>"
            + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"\(size)\" stroke=\"#999\" stroke-width=\"\(max(1, size / 6))\"/></pattern>"
    }
}
