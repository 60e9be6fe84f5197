/// The budget of an agenda added up, in exact euros: per year, per task, per theme, per funding
/// source and in total, for the tables and charts of the execution part.
///
/// A theme that serves several tasks has its money per year split over them in equal parts of whole
/// euros: the euros that do not divide go one each to the first tasks, and the cents of the amount
/// (if any were planned) to the first task. So no cents appear that nobody planned, and the totals
/// per task add up exactly to the grand total.
public struct BudgetSummary: Sendable, Hashable {
    /// The years of the execution period, in order.
    public var years: [Int]
    public var total: Euro
    public var byYear: [Int: Euro]
    public var byTask: [AgendaTask: Euro]
    public var byYearAndTask: [Int: [AgendaTask: Euro]]
    /// Per theme id.
    public var byTheme: [String: Euro]
    /// Per theme id and year.
    public var byThemeAndYear: [String: [Int: Euro]]
    /// Per funding source id.
    public var bySource: [String: Euro]
    /// Per funding source id and year.
    public var bySourceAndYear: [String: [Int: Euro]]
    /// Per certainty (toegezegd, aangevraagd, indicatief).
    public var byCertainty: [BudgetLine.Certainty: Euro]

    public init(agenda: Agenda) {
        years = Array(agenda.executionPeriod.years)
        total = .zero
        byYear = [:]
        byTask = [:]
        byYearAndTask = [:]
        byTheme = [:]
        byThemeAndYear = [:]
        bySource = [:]
        bySourceAndYear = [:]
        byCertainty = [:]
        for theme in agenda.themes {
            for line in theme.budgetLines {
                add(line, theme: theme)
            }
            for (year, amount) in byThemeAndYear[theme.id] ?? [:] {
                for (task, share) in Self.split(amount, over: theme.tasks.sorted()) {
                    byTask[task, default: .zero] += share
                    byYearAndTask[year, default: [:]][task, default: .zero] += share
                }
            }
        }
    }

    private mutating func add(_ line: BudgetLine, theme: Theme) {
        let amount = line.amount
        total += amount
        byYear[line.year, default: .zero] += amount
        byTheme[theme.id, default: .zero] += amount
        byThemeAndYear[theme.id, default: [:]][line.year, default: .zero] += amount
        bySource[line.source.id, default: .zero] += amount
        bySourceAndYear[line.source.id, default: [:]][line.year, default: .zero] += amount
        byCertainty[line.certainty, default: .zero] += amount
    }

    /// Splits `amount` over `tasks` in equal parts of whole euros: the euros that do not divide go
    /// one each to the first tasks, the cents of `amount` to the first task. The parts add up to
    /// `amount` exactly.
    static func split(_ amount: Euro, over tasks: [AgendaTask]) -> [(AgendaTask, Euro)] {
        guard !tasks.isEmpty else { return [] }
        let count = Int64(tasks.count)
        let euros = amount.cents / 100, cents = amount.cents % 100
        let share = euros / count, remainder = euros % count
        return tasks.enumerated().map { index, task in
            let whole = share + (Int64(index) < remainder ? 1 : 0)
            return (task, Euro(cents: whole * 100 + (index == 0 ? cents : 0)))
        }
    }
}
