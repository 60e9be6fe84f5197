/// The national picture beside the signals: per national theme, the regional themes that say they
/// contribute to it (`landelijk_thema`), from which regions, with their budgets per year in exact
/// euros; the regional agendas that contribute to no national theme; and the budget per task added up
/// over all regions.
public struct NationalPicture: Sendable, Hashable {
    /// A regional theme that contributes to a national theme.
    public struct Contribution: Sendable, Hashable {
        /// The region code.
        public var region: String
        /// The regional theme's id.
        public var themeID: String
        /// The title.
        public var title: String
        /// The budget per year of the theme's actions.
        public var byYear: [Int: Euro]
        /// The total over all years.
        public var total: Euro
    }

    /// One national theme with what the regions contribute to it.
    public struct Entry: Sendable, Hashable {
        /// The national theme's id.
        public var nationalThemeID: String
        /// The title from the national agenda; the id when no national agenda was read.
        public var title: String
        /// Whether it is a continuous theme (doorlopend thema).
        public var isContinuous: Bool
        /// By region, then theme id.
        public var contributions: [Contribution]
        /// The distinct regions, sorted.
        public var regions: [String]
        /// The contributions' budget per year.
        public var byYear: [Int: Euro]
        /// The total over all years.
        public var total: Euro
    }

    /// The national themes: those of the national agenda in its order, then ids only the regions
    /// name, sorted.
    public var entries: [Entry]
    /// Every budget year that occurs, in order.
    public var years: [Int]
    /// Regions whose agenda has no theme that contributes to a national theme, in code order.
    public var regionsWithoutContribution: [String]
    /// Regions of the registry for which no agenda was read, in code order.
    public var regionsWithoutAgenda: [String]
    /// The budget per task over all regional agendas (a theme's money split over its tasks).
    public var byTask: [AgendaTask: Euro]
    /// The budget per task and year over all regional agendas.
    public var byTaskAndYear: [AgendaTask: [Int: Euro]]
    /// The budget of all regional agendas together.
    public var total: Euro

    /// Reads the picture from the agendas of `workspace`.
    public init(workspace: Workspace) {
        let national = workspace.nationalAgenda?.themes ?? []
        var contributions: [String: [Contribution]] = [:]
        var withoutContribution: [String] = []
        var byTask: [AgendaTask: Euro] = [:]
        var byTaskAndYear: [AgendaTask: [Int: Euro]] = [:]
        var total = Euro.zero
        var years = Set<Int>()
        for agenda in workspace.regionalAgendas {
            let region = agenda.scope.regionCode ?? ""
            let summary = BudgetSummary(agenda: agenda)
            for (task, amount) in summary.byTask { byTask[task, default: .zero] += amount }
            for (year, tasks) in summary.byYearAndTask {
                years.insert(year)
                for (task, amount) in tasks { byTaskAndYear[task, default: [:]][year, default: .zero] += amount }
            }
            total += summary.total
            var contributes = false
            for theme in agenda.themes {
                guard let target = theme.nationalTheme?.id, !target.isEmpty else { continue }
                contributes = true
                let byYear = summary.byThemeAndYear[theme.id] ?? [:]
                years.formUnion(byYear.keys)
                contributions[target, default: []].append(Contribution(
                    region: region, themeID: theme.id, title: theme.title, byYear: byYear,
                    total: summary.byTheme[theme.id] ?? .zero))
            }
            if !contributes { withoutContribution.append(region) }
        }
        let known = national.map(\.id)
        let extra = contributions.keys.filter { !known.contains($0) }.sorted()
        entries = (national.map { ($0.id, $0.title, $0.isContinuous) } + extra.map { ($0, $0, false) }).map { id, title, continuous in
            let list = (contributions[id] ?? []).sorted { ($0.region, $0.themeID) < ($1.region, $1.themeID) }
            var byYear: [Int: Euro] = [:]
            for contribution in list {
                for (year, amount) in contribution.byYear { byYear[year, default: .zero] += amount }
            }
            return Entry(
                nationalThemeID: id, title: title, isContinuous: continuous, contributions: list,
                regions: Set(list.map(\.region)).sorted(), byYear: byYear, total: list.map(\.total).sum())
        }
        self.years = years.sorted()
        regionsWithoutContribution = withoutContribution.sorted()
        let read = Set(workspace.regionalAgendas.compactMap(\.scope.regionCode))
        regionsWithoutAgenda = workspace.registry.regions.map(\.code).filter { !read.contains($0) }
        self.byTask = byTask
        self.byTaskAndYear = byTaskAndYear
        self.total = total
    }
}
