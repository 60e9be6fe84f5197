/// The money of two versions side by side, per year and funding source, exact to the cent: the
/// rows whose amount changed, the years whose total changed, and the grand totals.
public struct BudgetComparison: Sendable, Hashable, Codable {
    /// One year and source whose planned amount changed.
    public struct Row: Sendable, Hashable, Codable {
        public var year: Int
        /// The funding source's id.
        public var source: String
        /// Its name, as the new version (or else the old one) knows it.
        public var sourceName: String
        public var old: Euro
        public var new: Euro
        /// New minus old; stored, so the JSON for scripts carries it.
        public var difference: Euro
    }

    /// A year's total in both versions.
    public struct YearTotal: Sendable, Hashable, Codable {
        public var year: Int
        public var old: Euro
        public var new: Euro
        public var difference: Euro
    }

    /// The changed amounts, by year, then source name.
    public var rows: [Row]
    /// The totals of the years with a changed amount.
    public var years: [YearTotal]
    /// All money of the old version.
    public var oldTotal: Euro
    /// All money of the new version.
    public var newTotal: Euro
    /// New minus old.
    public var difference: Euro

    /// Whether no amount changed.
    public var isEmpty: Bool { rows.isEmpty }

    /// The comparison of every budget line of `old` and `new`; `sourceName` names a source id.
    init(old: Agenda, new: Agenda, sourceName: (String) -> String) {
        let before = Self.amounts(old), after = Self.amounts(new)
        let keys = Set(before.keys).union(after.keys)
        rows = keys.compactMap { key -> Row? in
            let a = before[key] ?? .zero, b = after[key] ?? .zero
            return a == b ? nil : Row(year: key.year, source: key.source, sourceName: sourceName(key.source), old: a, new: b, difference: b - a)
        }.sorted { ($0.year, $0.sourceName, $0.source) < ($1.year, $1.sourceName, $1.source) }
        let changedYears = Set(rows.map(\.year))
        years = changedYears.sorted().map { year in
            let a = before.filter { $0.key.year == year }.map(\.value).sum(), b = after.filter { $0.key.year == year }.map(\.value).sum()
            return YearTotal(year: year, old: a, new: b, difference: b - a)
        }
        oldTotal = before.values.sum()
        newTotal = after.values.sum()
        difference = newTotal - oldTotal
    }

    private struct Key: Hashable {
        var year: Int
        var source: String
    }

    private static func amounts(_ agenda: Agenda) -> [Key: Euro] {
        var amounts: [Key: Euro] = [:]
        for line in agenda.themes.flatMap(\.budgetLines) {
            amounts[Key(year: line.year, source: line.source.id), default: .zero] = amounts[Key(year: line.year, source: line.source.id), default: .zero] + line.amount
        }
        return amounts
    }
}
