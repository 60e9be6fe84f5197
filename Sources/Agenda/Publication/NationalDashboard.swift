import Documents

/// The national dashboard on the index page of a build: one page for the country, every figure with
/// the table of its numbers and, when `mja build --formaat data` wrote it, a link to the CSV file it
/// comes from. It adds up what the agendas say: themes per region and per national theme, the
/// budget per year, task and funding source, the state of the actions, the signals open and answered.
/// No script: the figures are SVG with their tables, so the page reads without one and prints on A4.
public struct NationalDashboard: Sendable {
    let workspace: Workspace
    /// The data files that exist, by path below the output folder (`data/themas.csv`): only those
    /// are linked, so the page never has a dead link.
    let dataFiles: Set<String>

    /// The dashboard of the agendas of `workspace`, linking the files of `dataFiles` that exist.
    public init(workspace: Workspace, dataFiles: Set<String>) {
        self.workspace = workspace
        self.dataFiles = dataFiles
    }

    /// The CSV tables the dashboard can link to, below the output folder (`--formaat data`).
    public static let dataTables = ["themas", "acties", "begroting", "signalen"].map { "data/\($0).csv" }

    /// The dashboard's blocks: a heading and a sentence, then a section per figure.
    public func blocks() -> [Block] {
        let names = RegistryNames(workspace: workspace)
        let themes = workspace.agendas.flatMap { agenda in agenda.themes.filter { !$0.isContinuous }.map { (agenda, $0) } }
        let actions = themes.flatMap { $0.1.actions }
        let total = workspace.agendas.map { BudgetSummary(agenda: $0).total }.sum()
        var blocks: [Block] = [
            .heading(level: 2, content: [.text("Het land in één oogopslag")]),
            .paragraph([.text("\(workspace.regionalAgendas.count) regionale \(workspace.regionalAgendas.count == 1 ? "agenda" : "agenda's")"
                + (workspace.nationalAgenda == nil ? "" : " en de landelijke agenda")
                + " met samen \(themes.count) thema's, \(actions.count) acties en een begroting van \(total.printedNotation).")]),
        ]
        blocks += section("Thema's per arbeidsmarktregio", figure: regionMap(names: names), csv: "data/themas.csv")
        blocks += section("Bijdragen aan de landelijke thema's", figure: nationalThemes(), csv: "data/themas.csv")
        blocks += section("Begroting per jaar en opgave", figure: budgetByYear(), csv: "data/begroting.csv")
        let sources = budgetBySource(names: names)
        blocks += section("Begroting per financieringsbron", figure: sources, csv: "data/begroting.csv",
                          before: sources.data.rows.count > 10 ? "De grafiek toont de tien grootste van de \(sources.data.rows.count) financieringsbronnen; de tabel eronder noemt ze allemaal." : nil)
        blocks += section("Voortgang van de acties", figure: actionStates(actions), csv: "data/acties.csv", before: progressSentence())
        blocks += section("Signalen: open en beantwoord", figure: signals(), csv: "data/signalen.csv")
        return blocks
    }

    /// A heading, the figure (with its table), and the link to its CSV file when that was written.
    private func section(_ title: String, figure: Figure, csv: String, before: String? = nil) -> [Block] {
        var blocks: [Block] = [.heading(level: 2, content: [.text(title)])]
        if let before { blocks.append(.paragraph([.text(before)])) }
        blocks.append(.figure(figure))
        if dataFiles.contains(csv) {
            let name = String(csv.split(separator: "/").last ?? "")
            blocks.append(.paragraph([.text("De gegevens als open data: "),
                                      .link(destination: csv, title: nil, content: [.text("\(name) (CSV)")]), .text(".")]))
        }
        return blocks
    }

    private func regionMap(names: RegistryNames) -> Figure {
        var counts: [String: Int] = [:]
        for agenda in workspace.regionalAgendas {
            guard let code = agenda.scope.regionCode else { continue }
            counts[code, default: 0] += agenda.themes.filter { !$0.isContinuous }.count
        }
        let regions = RegionOutlines.regionCodes
        let map = RegionMap(
            id: "dashboard-kaart", title: "Thema's per arbeidsmarktregio",
            description: "Kaart van Nederland met de 35 arbeidsmarktregio's, van lichtgrijs naar donkergrijs naarmate de agenda van een regio meer thema's heeft; wit is een regio zonder agenda of thema's. De nummers zijn de regiocodes (5 is AM05). De tabel eronder geeft dezelfde aantallen.",
            shapes: RegionOutlines.shapes, counts: counts, legendTitle: "Aantal thema's")
        let rows = regions.map { code in [names.regions[code].map { "\($0.name) (\(code))" } ?? code, String(counts[code] ?? 0)] }
        return Figure(content: .regionMap(map), data: Table(header: ["Regio", "Thema's"], rows: rows, numericFrom: 1, caption: map.title),
                      source: RegionMapData.credit)
    }

    private func nationalThemes() -> Figure {
        let national = workspace.nationalAgenda?.themes.filter { !$0.isContinuous } ?? []
        let rows: [(title: String, themes: Int, regions: Int)] = national.map { theme in
            let contributing = workspace.regionalAgendas.flatMap { agenda in
                agenda.themes.filter { $0.nationalTheme?.id == theme.id }.map { _ in agenda.scope.regionCode ?? agenda.file }
            }
            return (theme.title, contributing.count, Set(contributing).count)
        }
        let chart = HorizontalBarChart(
            id: "dashboard-landelijke-themas", title: "Regionale thema's per landelijk thema",
            description: "Liggende staven: per landelijk thema het aantal regionale thema's dat eraan bijdraagt. De tabel eronder noemt ook het aantal regio's.",
            bars: rows.map { HorizontalBarChart.Bar(label: $0.title, value: Int64($0.themes)) }, format: .count)
        return Figure(content: .horizontalBars(chart), data: Table(
            header: ["Landelijk thema", "Regionale thema's", "Regio's"],
            rows: rows.map { [$0.title, String($0.themes), String($0.regions)] }, numericFrom: 1, caption: chart.title))
    }

    private func budgetByYear() -> Figure {
        var byYear: [Int: [AgendaTask: Int64]] = [:]
        for agenda in workspace.agendas {
            let budget = BudgetSummary(agenda: agenda)
            for (year, tasks) in budget.byYearAndTask {
                for (task, amount) in tasks { byYear[year, default: [:]][task, default: 0] += amount.cents }
            }
        }
        let years = byYear.keys.sorted()
        let chart = BarChart(
            id: "dashboard-begroting-jaar", title: "Begroting per jaar en opgave, alle agenda's",
            description: "Gestapelde staven: per jaar de begroting van alle agenda's samen, verdeeld over de sociale, de economische en de ontwikkelopgave. De tabel eronder geeft de bedragen.",
            categories: years.map(String.init),
            series: AgendaTask.allCases.map { task in BarChart.Series(name: task.dutchName, values: years.map { byYear[$0]?[task] ?? 0 }) },
            format: .euro)
        let rows = years.map { year in
            [String(year)] + AgendaTask.allCases.map { Euro(cents: byYear[year]?[$0] ?? 0).printedNotation }
                + [Euro(cents: (byYear[year] ?? [:]).values.reduce(0, +)).printedNotation]
        }
        return Figure(content: .bars(chart), data: Table(
            header: ["Jaar"] + AgendaTask.allCases.map { $0.dutchName.prefix(1).uppercased() + $0.dutchName.dropFirst() } + ["Totaal"],
            rows: rows, numericFrom: 1, caption: chart.title))
    }

    private func budgetBySource(names: RegistryNames) -> Figure {
        // By id, as the budget table of the open data has it; named as the first agenda names it.
        var byID: [String: Int64] = [:]
        var nameOf: [String: String] = [:]
        for agenda in workspace.agendas {
            let lookup = NameLookup(names: names, agenda: agenda)
            for (id, amount) in BudgetSummary(agenda: agenda).bySource {
                byID[id, default: 0] += amount.cents
                if nameOf[id] == nil { nameOf[id] = lookup.sourceName(id) }
            }
        }
        let sorted = byID.map { (key: nameOf[$0.key] ?? $0.key, value: $0.value, id: $0.key) }
            .sorted { ($1.value, $0.key, $0.id) < ($0.value, $1.key, $1.id) }.map { (key: $0.key, value: $0.value) }
        let chart = HorizontalBarChart(
            id: "dashboard-begroting-bron", title: "Begroting per financieringsbron, alle agenda's",
            description: "Liggende staven: het bedrag van de tien grootste financieringsbronnen over alle agenda's samen, het grootste bovenaan. De tabel eronder geeft het bedrag van elke bron, ook van de kleinere.",
            bars: Self.largest(sorted, count: 10), format: .euro)
        return Figure(content: .horizontalBars(chart), data: Table(
            header: ["Financieringsbron", "Bedrag"], rows: sorted.map { [$0.key, Euro(cents: $0.value).printedNotation] },
            numericFrom: 1, caption: chart.title))
    }

    /// The progress of all agendas together, rolled up as each progress report does (weighted by
    /// budget, ``WeightedProgress``): "Over alle agenda's samen is 38% van het werk gedaan ...".
    private func progressSentence() -> String {
        var total = WeightedProgress()
        for agenda in workspace.agendas { total.add(ProgressRollUp(agenda: agenda).total) }
        guard let percent = total.percent else { return "Geen agenda geeft al voortgang van haar acties op." }
        let weighing = total.isWeighted ? "gewogen naar de begroting van de acties" : "als gemiddelde van de acties"
        return "Over alle agenda's samen is \(percent)% van het werk gedaan, \(weighing), zoals de voortgangsrapportages het optellen."
    }

    /// The first `count` bars: a chart of forty bars cannot be read, and a bar for "the rest" would
    /// show an amount the table does not hold; the table keeps every source.
    static func largest(_ sorted: [(key: String, value: Int64)], count: Int) -> [HorizontalBarChart.Bar] {
        sorted.prefix(count).map { HorizontalBarChart.Bar(label: $0.key, value: $0.value) }
    }

    private func actionStates(_ actions: [Action]) -> Figure {
        let statuses = Action.Status.allCases
        let counts = statuses.map { status in actions.filter { $0.status == status }.count }
        let chart = HorizontalBarChart(
            id: "dashboard-acties", title: "Acties naar stand, alle agenda's",
            description: "Liggende staven: het aantal acties van alle agenda's per stand (gepland, lopend, afgerond, vertraagd, gestopt), zoals de agenda's die opgeven. De tabel eronder geeft de aantallen.",
            bars: zip(statuses, counts).map { HorizontalBarChart.Bar(label: $0.rawValue, value: Int64($1)) }, format: .count)
        return Figure(content: .horizontalBars(chart), data: Table(
            header: ["Stand", "Acties"], rows: zip(statuses, counts).map { [$0.rawValue, String($1)] }, numericFrom: 1, caption: chart.title))
    }

    private func signals() -> Figure {
        let signals = workspace.agendas.flatMap(\.signals)
        let statuses = Signal.Status.allCases
        let counts = statuses.map { status in signals.filter { $0.status == status }.count }
        let answered = signals.filter { $0.status == .solved || $0.status == .reportedBack }.count
        let chart = HorizontalBarChart(
            id: "dashboard-signalen", title: "Signalen naar afhandeling",
            description: "Liggende staven: het aantal signalen uit de agenda's per stand van de afhandeling; \(signals.count - answered) staan open (nieuw, geagendeerd of in behandeling), \(answered) zijn beantwoord (opgelost of teruggekoppeld).",
            bars: zip(statuses, counts).map { HorizontalBarChart.Bar(label: $0.rawValue, value: Int64($1)) }, format: .count)
        return Figure(content: .horizontalBars(chart), data: Table(
            header: ["Afhandeling", "Signalen"],
            rows: zip(statuses, counts).map { [$0.rawValue, String($1)] } + [["totaal", String(signals.count)]],
            numericFrom: 1, caption: chart.title, hasTotalRow: true))
    }
}
