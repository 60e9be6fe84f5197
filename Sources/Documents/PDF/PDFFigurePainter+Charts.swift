/// The charts drawn with the geometry of their SVG drawings (``BarChart/svg()`` and the others),
/// so the PDF and the HTML show the same figure.
extension PDFLayout {
    static func draw(_ chart: BarChart, with painter: inout PDFFigurePainter) {
        let width = 640.0, height = 320.0
        let left = 110.0, right = 150.0, top = 24.0, bottom = 40.0
        let plotWidth = width - left - right, plotHeight = height - top - bottom
        let totals = chart.categories.indices.map { index in chart.series.reduce(Int64(0)) { $0 + max(0, $1.values[safe: index] ?? 0) } }
        let axis = BarChart.axis(for: totals.max() ?? 0)
        let maximum = axis.step * Int64(axis.count)
        for step in 0...axis.count {
            let value = axis.step * Int64(step)
            let y = top + plotHeight - plotHeight * Double(step) / Double(axis.count)
            painter.line(x1: left, y1: y, x2: left + plotWidth, y2: y, dashed: step > 0, grey: step > 0)
            painter.text(chart.format.axisText(value), x: left - 6, y: y + 4, anchor: .end, size: 11)
        }
        let slot = plotWidth / Double(max(1, chart.categories.count))
        let barWidth = min(80, slot * 0.6)
        for (index, category) in chart.categories.enumerated() {
            let x = left + slot * Double(index) + (slot - barWidth) / 2
            var y = top + plotHeight
            for (seriesIndex, serie) in chart.series.enumerated() {
                let value = max(0, serie.values[safe: index] ?? 0)
                guard value > 0, maximum > 0 else { continue }
                let barHeight = plotHeight * Double(value) / Double(maximum)
                y -= barHeight
                painter.rect(x: x, y: y, width: barWidth, height: barHeight, fill: .series(seriesIndex))
            }
            painter.text(chart.format.text(totals[index]), x: x + barWidth / 2, y: y - 5, anchor: .middle, size: 11, bold: true)
            painter.text(category, x: x + barWidth / 2, y: top + plotHeight + 18, anchor: .middle)
        }
        for (seriesIndex, serie) in chart.series.enumerated() {
            let y = top + 10 + Double(seriesIndex) * 22
            painter.rect(x: width - right + 14, y: y - 10, width: 14, height: 14, fill: .series(seriesIndex))
            painter.text(serie.name, x: width - right + 34, y: y + 1, size: 11)
        }
    }

    static func draw(_ chart: HorizontalBarChart, with painter: inout PDFFigurePainter) {
        let width = 640.0, rowHeight = 26.0, top = 10.0, left = 220.0, right = 110.0
        let height = top * 2 + rowHeight * Double(max(1, chart.bars.count))
        let maximum = max(1, chart.bars.map(\.value).max() ?? 1)
        for (index, bar) in chart.bars.enumerated() {
            let y = top + rowHeight * Double(index)
            let barWidth = (width - left - right) * Double(max(0, bar.value)) / Double(maximum)
            let lines = HorizontalBarChart.labelLines(bar.label)
            for (number, line) in lines.enumerated() {
                painter.text(line, x: left - 8, y: y + (lines.count == 1 ? 17 : 11 + 11 * Double(number)), anchor: .end, size: lines.count == 1 ? 12 : 10.5)
            }
            painter.rect(x: left, y: y + 4, width: max(1, barWidth), height: rowHeight - 8, fill: .series(0))
            painter.text(chart.format.text(bar.value), x: left + barWidth + 6, y: y + 17, size: 11, bold: true)
        }
        painter.line(x1: left, y1: top, x2: left, y2: height - top)
    }

    static func draw(_ chart: TimelineChart, with painter: inout PDFFigurePainter) {
        let width = 640.0, left = 220.0, right = 10.0, top = 28.0, rowHeight = 22.0
        let plotWidth = width - left - right
        let bottom = top + rowHeight * Double(max(1, chart.items.count))
        for (index, division) in chart.divisions.enumerated() {
            let x = left + plotWidth * Double(index) / Double(max(1, chart.divisions.count))
            painter.line(x1: x, y1: top - 4, x2: x, y2: bottom, dashed: index > 0, grey: index > 0)
            painter.text(division, x: x + plotWidth / Double(max(1, chart.divisions.count)) / 2, y: top - 10, anchor: .middle, size: 11)
        }
        let days = Double(max(1, chart.totalDays))
        for (index, item) in chart.items.enumerated() {
            let y = top + rowHeight * Double(index)
            let start = Double(min(max(0, item.startDay ?? 0), chart.totalDays))
            let end = Double(min(max(Int(start), item.endDay ?? chart.totalDays), chart.totalDays))
            let x = left + plotWidth * start / days
            let barWidth = max(2, plotWidth * (end - start) / days)
            let lines = HorizontalBarChart.labelLines(item.label)
            for (number, line) in lines.enumerated() {
                painter.text(line, x: left - 8, y: y + (lines.count == 1 ? 15 : 10 + 9.5 * Double(number)), anchor: .end, size: lines.count == 1 ? 11 : 9)
            }
            painter.rect(x: x, y: y + 4, width: barWidth, height: rowHeight - 8, fill: .series(item.style))
        }
        for (index, style) in chart.styles.enumerated() {
            let x = 10 + Double(index) * 120
            painter.rect(x: x, y: bottom + 12, width: 14, height: 14, fill: .series(index))
            painter.text(style, x: x + 20, y: bottom + 24, size: 11)
        }
    }

    static func draw(_ map: RegionMap, with painter: inout PDFFigurePainter) {
        let bounds = Self.bounds(of: map)
        let scale = ShadeScale(maximum: map.counts.values.max() ?? 0)
        for shape in map.shapes {
            let rings = shape.rings.map { ring in ring.map { (Double($0.x - bounds.minX), Double(bounds.maxY - $0.y)) } }
            painter.rings(rings, fill: .shade(map.counts[shape.key] ?? 0, scale: scale), strokeWidth: 4)
        }
        for shape in map.shapes {
            let x = Double(shape.labelPoint.x - bounds.minX), y = Double(bounds.maxY - shape.labelPoint.y + 18)
            painter.text(shape.label, x: x, y: y, anchor: .middle, size: 52, bold: true, halo: 10)
        }
        painter.text(map.legendTitle, x: 30, y: 70, size: 56, bold: true)
        let entries = [("0", PDFFill.pattern(.zero))] + scale.classes.map { (ShadeScale.label($0), PDFFill.shade($0.lowerBound, scale: scale)) }
        for (offset, entry) in entries.enumerated() {
            let y = 110 + Double(offset) * 80
            painter.rect(x: 30, y: y, width: 90, height: 60, fill: entry.1, strokeWidth: 4)
            painter.text(entry.0, x: 140, y: y + 46, size: 52)
        }
    }

    /// A line chart with the geometry of ``LineChart/svg()``: the grid with values, a line per
    /// series (solid ones with a marker and the value at each point, dashed ones plain), the
    /// moments below and the legend on the right.
    static func draw(_ chart: LineChart, with painter: inout PDFFigurePainter) {
        typealias Geometry = LineChart.Geometry
        let geometry = Geometry(chart)
        let (width, left, right, top) = (Geometry.width, Geometry.left, Geometry.right, Geometry.top)
        let (plotWidth, plotHeight, axis, steps) = (Geometry.plotWidth, Geometry.plotHeight, geometry.axis, geometry.steps)
        let x = geometry.x, y = geometry.y
        for step in 0...steps {
            let value = axis.minimum + axis.step * Double(step)
            painter.line(x1: left, y1: y(value), x2: left + plotWidth, y2: y(value), dashed: step > 0, grey: step > 0)
            painter.text(LineChart.label(value), x: left - 6, y: y(value) + 4, anchor: .end, size: 11)
        }
        if !chart.unit.isEmpty { painter.text(chart.unit, x: 4, y: top - 8, size: 11) }
        for (index, category) in chart.categories.enumerated() {
            painter.text(category, x: x(index), y: top + plotHeight + 18, anchor: .middle, size: 11)
        }
        for (index, serie) in chart.series.enumerated() {
            let color = PDFFill.rgb(LineChart.colors[index % LineChart.colors.count])
            let points = serie.values.enumerated().compactMap { i, value in value.map { (x(i), y($0), $0) } }
            painter.polyline(points.map { ($0.0, $0.1) }, color: color, width: serie.dashed ? 1.5 : 2.5, dashed: serie.dashed)
            guard !serie.dashed else { continue }
            for point in points {
                painter.circle(x: point.0, y: point.1, radius: 4, color: color)
                painter.text(LineChart.label(point.2), x: point.0, y: point.1 - 9, anchor: .middle, size: 11, bold: true)
            }
        }
        for (index, serie) in chart.series.enumerated() {
            let legendY = top + 10 + Double(index) * 22
            let color = PDFFill.rgb(LineChart.colors[index % LineChart.colors.count])
            painter.polyline([(width - right + 10, legendY - 3), (width - right + 28, legendY - 3)], color: color,
                             width: serie.dashed ? 1.5 : 2.5, dashed: serie.dashed)
            painter.text(serie.name, x: width - right + 32, y: legendY + 1, size: 11)
        }
    }
}
