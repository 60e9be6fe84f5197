import Documents

/// The regions against the national themes: per region (rows) and theme (columns) the number of
/// signals, each cell shaded grey by its count with the number in it, as an HTML table (readable by
/// screen readers, and in black-and-white print since the number is always there).
public struct RegionMatrix: Sendable {
    /// The row labels (region names with code), in order.
    public var rows: [(code: String, label: String)]
    /// The column keys (national theme ids, "" for none) and labels.
    public var columns: [(key: String, label: String)]
    /// Count per row code and column key.
    public var counts: [String: [String: Int]]
    /// The number of signals per row code (a signal with two themes counts once here).
    public var totals: [String: Int]

    /// The matrix of `signals`: every region that raised one, every national theme named (then the
    /// signals without one).
    public init(signals: [Signal], names: SignalNames) {
        var counts: [String: [String: Int]] = [:]
        var themes = Set<String>()
        var totals: [String: Int] = [:]
        for signal in signals {
            totals[signal.region, default: 0] += 1
            for key in SignalAggregation.keys(of: signal, in: .nationalTheme) {
                counts[signal.region, default: [:]][key, default: 0] += 1
                themes.insert(key)
            }
        }
        self.counts = counts
        self.totals = totals
        rows = counts.keys.sorted().map { ($0, names.regionWithCode($0)) }
        columns = themes.sorted { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }
            .map { ($0, names.name(of: $0, in: .nationalTheme)) }
    }

    /// The count in one cell.
    public func count(_ row: String, _ column: String) -> Int { counts[row]?[column] ?? 0 }

    /// The table as HTML, cells shaded by count.
    public func html(caption: String) -> String {
        let scale = ShadeScale(maximum: counts.values.flatMap(\.values).max() ?? 0)
        var html = "<table class=\"matrix\">\n<caption>\(XMLText.escape(caption))</caption>\n<thead>\n<tr><th scope=\"col\">Regio</th>"
        for column in columns { html += "<th scope=\"col\">\(XMLText.escape(column.label))</th>" }
        html += "<th scope=\"col\">Totaal</th></tr>\n</thead>\n<tbody>\n"
        for row in rows {
            html += "<tr><th scope=\"row\">\(XMLText.escape(row.label))</th>"
            for column in columns {
                let count = count(row.code, column.key)
                let style = "background-color:\(scale.cssColor(count));color:\(scale.isDark(count) ? "#fff" : "#000")"
                html += "<td class=\"getal\" style=\"\(style)\">\(count == 0 ? "" : String(count))</td>"
            }
            html += "<td class=\"getal\"><strong>\(totals[row.code] ?? 0)</strong></td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        if !scale.classes.isEmpty {
            html += "<p class=\"matrix-legenda\">Schaal: "
            html += scale.classes.map { range in
                let count = range.lowerBound
                return "<span style=\"background-color:\(scale.cssColor(count));color:\(scale.isDark(count) ? "#fff" : "#000")\">\(ShadeScale.label(range))</span>"
            }.joined(separator: " ")
            html += " signalen; een lege cel is 0.</p>\n"
        }
        return html
    }

    /// The table for formats without HTML: the same numbers.
    public var headerRow: [String] { ["Regio"] + columns.map(\.label) + ["Totaal"] }

    /// The body rows for formats without HTML.
    public var bodyRows: [[String]] {
        rows.map { row in
            [row.label] + columns.map { String(count(row.code, $0.key)) } + [String(totals[row.code] ?? 0)]
        }
    }
}
