import Documents
import FoundationEssentials
import FoundationGaps
import Mustache

/// A result's indicator on a reference date: its baseline, the measurements up to that date, its
/// target, which way it moves, and the line chart that shows it (baseline, measurements, and the
/// target as a dashed line).
struct IndicatorProgress {
    let result: Result
    /// The measurements on or before the reference date, earliest first.
    let measurements: [IndicatorMeasurement]
    /// The figure's name, by which the report's builder finds it.
    let chartName: String

    init(result: Result, referenceDate: CalendarDate?, chartName: String) {
        self.result = result
        self.measurements = result.measurementsByDate.filter { measurement in referenceDate.map { measurement.date <= $0 } ?? true }
        self.chartName = chartName
    }

    var label: String { result.indicator ?? result.description }
    var latest: IndicatorMeasurement? { measurements.last }

    /// Which way the latest measurement moved, in words.
    var direction: String {
        guard let latest else { return "nog niet gemeten" }
        guard let target = result.targetValue else { return "geen streefwaarde" }
        let previous = measurements.count > 1 ? measurements[measurements.count - 2].value : result.baseline?.value
        let rising = target >= (result.baseline?.value ?? previous ?? latest.value)
        if rising ? latest.value >= target : latest.value <= target { return "streefwaarde bereikt" }
        guard let previous else { return "eerste meting" }
        if abs(target - latest.value) < abs(target - previous) { return "op weg naar de streefwaarde" }
        if latest.value == previous { return "gelijk gebleven" }
        return "beweegt van de streefwaarde af"
    }

    /// How far from baseline to target the latest measurement is, in whole percent (nil without
    /// the three numbers, or when baseline and target are equal).
    var shareOfTheWay: Int? {
        guard let latest, let base = result.baseline?.value, let target = result.targetValue, target != base else { return nil }
        let share = (latest.value - base) / (target - base) * 100
        return DecimalValues.wholePart(DecimalValues.roundedToWhole(share)).map { Int($0) } ?? 0
    }

    /// The indicator's values; its chart (when measured) goes through `embeddings`.
    func value(embeddings: TemplateEmbeddings) -> MustacheValue {
        let unit = result.unit.map { " \($0)" } ?? ""
        return [
            "omschrijving": .string(result.description),
            "indicator": .string(label),
            "eenheid": .string(result.unit ?? ""),
            "bron": result.source.map(MustacheValue.string) ?? .null,
            "nulmeting": result.baseline.map { .string(DutchNumber.format($0.value) + unit + ($0.year.map { " (\($0))" } ?? "")) } ?? .string("—"),
            "streefwaarde": result.targetValue.map { .string(DutchNumber.format($0) + unit + (result.targetDate.map { " op \($0.dutchText)" } ?? "")) } ?? .string("—"),
            "laatste": latest.map { .string(DutchNumber.format($0.value) + unit + " op \($0.date.dutchText)") } ?? .string("nog niet gemeten"),
            "richting": .string(direction),
            "deel_van_de_weg": shareOfTheWay.map { .string("\($0)\u{A0}%") } ?? .null,
            "heeft_metingen": .bool(!measurements.isEmpty),
            "metingen": .array(measurements.map { measurement in
                ["datum": .string(measurement.date.dutchText), "waarde": .string(DutchNumber.format(measurement.value)),
                 "bron": .string(measurement.source ?? result.source ?? "—")] as MustacheValue
            }),
            "grafiek": measurements.isEmpty ? .null : embeddings.figure(named: chartName),
        ]
    }

    /// The line chart with its data table; nil without measurements.
    func figure() -> Figure? {
        guard !measurements.isEmpty else { return nil }
        var categories: [String] = []
        var measured: [Double?] = []
        var rows: [[String]] = []
        if let baseline = result.baseline {
            categories.append("Nulmeting" + (baseline.year.map { " \($0)" } ?? ""))
            measured.append(Self.double(baseline.value))
            rows.append(["Nulmeting" + (baseline.year.map { " \($0)" } ?? ""), result.source ?? "—", DutchNumber.format(baseline.value)])
        }
        for measurement in measurements {
            categories.append(Self.shortDate(measurement.date))
            measured.append(Self.double(measurement.value))
            rows.append([measurement.date.numericText, measurement.source ?? result.source ?? "—", DutchNumber.format(measurement.value)])
        }
        var series = [LineChart.Series(name: "Gemeten", values: measured)]
        if let target = result.targetValue {
            categories.append("Streef" + (result.targetDate.map { " " + Self.shortDate($0) } ?? ""))
            series[0].values.append(nil)
            series.append(LineChart.Series(name: "Streefwaarde", values: Array(repeating: Self.double(target), count: categories.count), dashed: true))
            rows.append(["Streefwaarde" + (result.targetDate.map { " " + $0.numericText } ?? ""), "", DutchNumber.format(target)])
        }
        let unit = result.unit ?? ""
        let chart = LineChart(
            id: chartName, title: "\(label): gemeten" + (result.targetValue == nil ? "" : " en streefwaarde"),
            description: "Lijn van de indicator '\(label)'" + (result.baseline == nil ? "" : " vanaf de nulmeting")
                + " over \(DutchPhrases.measurements(measurements.count))" + (result.targetValue == nil ? "" : ", met de streefwaarde als stippellijn")
                + "; laatste waarde \(DutchNumber.format(measurements.last!.value))\(unit.isEmpty ? "" : " " + unit): \(direction).",
            categories: categories, series: series, unit: unit)
        return Figure(content: .line(chart), data: Table(header: ["Moment", "Bron", "Waarde"], rows: rows, numericFrom: 2, caption: label))
    }

    private static func double(_ value: Decimal) -> Double { DecimalValues.double(value) }

    /// `sep 2026`: short enough for a chart's axis.
    static func shortDate(_ date: CalendarDate) -> String {
        let months = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
        return (1...12).contains(date.month) ? "\(months[date.month - 1]) \(date.year)" : date.description
    }
}
