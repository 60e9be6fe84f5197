import Documents

/// Every budget line of every agenda as an Excel workbook for finance people: the sheet
/// `Begrotingsregels` with one row per line (agenda, region, theme, action, year, funding source,
/// amount, certainty), and the sheet `Totalen` with one row per region, year and funding source,
/// the amounts split by certainty: a flat table that a pivot table can take as it is.
public struct BudgetWorkbook: Sendable {
    /// One budget line with the names a reader needs.
    public struct Line: Sendable, Hashable {
        public var agenda: String
        public var regionCode: String
        public var regionName: String
        public var theme: String
        public var action: String
        public var year: Int
        public var source: String
        public var amount: Euro
        public var certainty: BudgetLine.Certainty
    }

    /// The lines, agenda by agenda in workspace order, then as the agenda lists them.
    public var lines: [Line]

    /// The code the national agenda has in the region columns.
    public static let nationalCode = "LMJA"

    /// The budget lines of the agendas in `workspace` read from `files` (every agenda when nil):
    /// the others were read only for their names and references.
    public init(workspace: Workspace, files: Set<String>? = nil) {
        lines = []
        for agenda in workspace.agendas where files?.contains(agenda.file) ?? true {
            let names = NameLookup(workspace: workspace, agenda: agenda)
            let code = agenda.scope.regionCode ?? Self.nationalCode
            let region = agenda.scope.regionCode.map { names.region($0)?.name ?? $0 } ?? "Landelijk"
            for theme in agenda.themes {
                for action in theme.actions {
                    for line in action.budget {
                        lines.append(Line(
                            agenda: agenda.title, regionCode: code, regionName: region, theme: theme.title, action: action.title,
                            year: line.year, source: names.sourceName(line.source.id), amount: line.amount, certainty: line.certainty))
                    }
                }
            }
        }
    }

    /// The sum of every line.
    public var total: Euro { lines.map(\.amount).sum() }

    /// The number of agendas with at least one line.
    public var agendaCount: Int { Set(lines.map(\.regionCode)).count }

    /// One row of the totals: a region, a year and a source, with the amount per certainty.
    public struct Total: Sendable, Hashable {
        public var regionCode: String
        public var regionName: String
        public var year: Int
        public var source: String
        public var byCertainty: [BudgetLine.Certainty: Euro]
        public var lineCount: Int

        public var total: Euro { byCertainty.values.sum() }
    }

    /// The totals per region, year and source, ordered by region code (the national agenda
    /// first), year and source.
    public var totals: [Total] {
        var totals: [String: Total] = [:]
        for line in lines {
            let key = "\(line.regionCode)\u{0}\(line.year)\u{0}\(line.source)"
            var total = totals[key] ?? Total(regionCode: line.regionCode, regionName: line.regionName, year: line.year,
                                              source: line.source, byCertainty: [:], lineCount: 0)
            total.byCertainty[line.certainty, default: .zero] += line.amount
            total.lineCount += 1
            totals[key] = total
        }
        return totals.values.sorted {
            ($0.regionCode == Self.nationalCode ? 0 : 1, $0.regionCode, $0.year, $0.source)
                < ($1.regionCode == Self.nationalCode ? 0 : 1, $1.regionCode, $1.year, $1.source)
        }
    }

    /// The workbook: `Begrotingsregels` and `Totalen`.
    public var workbook: Workbook {
        let lineRows: [[SpreadsheetCell]] = lines.map { line in
            [.text(line.agenda), .text(line.regionCode), .text(line.regionName), .text(line.theme), .text(line.action),
             .whole(Int64(line.year)), .text(line.source), .euro(cents: line.amount.cents), .text(line.certainty.rawValue)]
        }
        let certainties = BudgetLine.Certainty.allCases
        let totalRows: [[SpreadsheetCell]] = totals.map { total in
            [.text(total.regionCode), .text(total.regionName), .whole(Int64(total.year)), .text(total.source)]
                + certainties.map { .euro(cents: (total.byCertainty[$0] ?? .zero).cents) }
                + [.euro(cents: total.total.cents), .count(Int64(total.lineCount))]
        }
        return Workbook(sheets: [
            Worksheet(name: "Begrotingsregels", header: ["Agenda", "Regiocode", "Regio", "Thema", "Actie", "Jaar", "Financieringsbron", "Bedrag", "Zekerheid"],
                      rows: lineRows),
            Worksheet(name: "Totalen", header: ["Regiocode", "Regio", "Jaar", "Financieringsbron"]
                + certainties.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() } + ["Totaal", "Begrotingsregels"],
                      rows: totalRows),
        ], title: "Begrotingen van de arbeidsmarktagenda's", subject: "Begrotingsregels en totalen per regio, jaar en financieringsbron")
    }
}
