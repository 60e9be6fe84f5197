import Documents

/// The charts of the execution part as figures: the data of the drawing and the table of the same
/// numbers, which every writer shows (HTML beside the drawing, so the figures stay readable for
/// screen readers and in black-and-white print).
///
/// A template shows a chart with `{{grafieken.NAAM}}` alone on a line (`begroting-per-jaar`,
/// `begroting-per-bron`, `tijdlijn`).
struct AgendaCharts {
    /// The names of the charts, as templates use them.
    static let figureNames = ["begroting-per-jaar", "begroting-per-bron", "tijdlijn"]

    let agenda: Agenda
    let names: NameLookup
    let budget: BudgetSummary

    /// The chart called `name`, or nil for an unknown name.
    func chart(named name: String) -> Figure? {
        switch name {
        case "begroting-per-jaar": budgetByYear()
        case "begroting-per-bron": budgetBySource()
        case "tijdlijn": timeline()
        default: nil
        }
    }

    private func budgetByYear() -> Figure {
        let tasks = AgendaTask.allCases
        let chart = BarChart(
            id: "grafiek-begroting-per-jaar", title: "Begroting per jaar en opgave",
            description: "Gestapelde staven: per jaar van de uitvoeringsperiode het geplande bedrag, verdeeld over de drie opgaven. Totaal \(budget.total.printedNotation).",
            categories: budget.years.map(String.init),
            series: tasks.map { task in
                BarChart.Series(name: task.dutchName, values: budget.years.map { budget.byYearAndTask[$0]?[task]?.cents ?? 0 })
            },
            format: .euro)
        let header = ["Jaar"] + tasks.map(\.dutchName) + ["Totaal"]
        let rows = budget.years.map { year in
            [String(year)] + tasks.map { (budget.byYearAndTask[year]?[$0] ?? .zero).printedNotation }
                + [(budget.byYear[year] ?? .zero).printedNotation]
        } + [["Totaal"] + tasks.map { (budget.byTask[$0] ?? .zero).printedNotation } + [budget.total.printedNotation]]
        return Figure(content: .bars(chart), data: Table(header: header, rows: rows, numericFrom: 1, caption: chart.title, hasTotalRow: true))
    }

    private func budgetBySource() -> Figure {
        let sources = budget.bySource.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        let chart = HorizontalBarChart(
            id: "grafiek-begroting-per-bron", title: "Begroting per financieringsbron",
            description: "Liggende staven: het geplande bedrag per financieringsbron over de hele uitvoeringsperiode, van groot naar klein.",
            bars: sources.map { HorizontalBarChart.Bar(label: names.sourceName($0.key), value: $0.value.cents) }, format: .euro)
        let rows = sources.map { [names.sourceName($0.key), $0.value.printedNotation] } + [["Totaal", budget.total.printedNotation]]
        return Figure(
            content: .horizontalBars(chart),
            data: Table(header: ["Financieringsbron", "Bedrag"], rows: rows, numericFrom: 1, caption: chart.title, hasTotalRow: true))
    }

    private func timeline() -> Figure {
        let period = agenda.executionPeriod
        let start = CalendarDate(year: period.first, month: 1, day: 1)
        let total = Self.days(from: start, to: CalendarDate(year: period.last + 1, month: 1, day: 1))
        let statuses = Self.timelineStatuses
        let items = agenda.actions.map { action in
            TimelineChart.Item(
                label: action.title, startDay: action.start.map { Self.days(from: start, to: $0) },
                endDay: action.end.map { Self.days(from: start, to: $0) + 1 },
                style: statuses.firstIndex(of: action.status) ?? 0)
        }
        let quarters = period.years.flatMap { year in (1...4).map { "K\($0) \(year)" } }
        let chart = TimelineChart(
            id: "grafiek-tijdlijn", title: "Tijdlijn van de acties",
            description: "Per actie een balk van start tot einde over de uitvoeringsperiode \(period), per kwartaal verdeeld; de vulling geeft de status.",
            divisions: quarters, totalDays: total, items: items, styles: statuses.map(\.rawValue),
            // Word's and PowerPoint's value axis: "K1 2026 – K4 2030, een rasterlijn per kwartaal"
            // (the major unit is one division, a quarter, however long the period).
            axisNote: "een rasterlijn per kwartaal")
        let rows = agenda.actions.map { action in
            [action.title, action.start?.dutchText ?? "—", action.end?.dutchText ?? "—", action.status.rawValue]
        }
        return Figure(content: .timeline(chart), data: Table(header: ["Actie", "Start", "Einde", "Status"], rows: rows, caption: chart.title))
    }

    /// The statuses in the order of the timeline's fills, most visible first: the status that needs
    /// attention (`vertraagd`) gets the solid dark fill, a finished action the palest one.
    static let timelineStatuses: [Action.Status] = [.delayed, .running, .planned, .finished, .stopped]

    /// Days between two dates.
    static func days(from start: CalendarDate, to end: CalendarDate) -> Int {
        start.days(to: end)
    }
}
