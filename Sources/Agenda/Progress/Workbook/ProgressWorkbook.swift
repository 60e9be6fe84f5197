import Documents
import FoundationEssentials
import FoundationGaps

/// The progress workbook a controller fills in (`mja voortgang --xlsx`): per action its status,
/// progress and date (`Acties`), per action, year and funding source the money spent with the
/// budget beside it (`Realisatie`), per result the measurements of its indicator (`Metingen`) and
/// per agenda its reference date (`Agenda`), after a sheet that says how (`Toelichting`). Every data row carries its key in the hidden,
/// locked column A; the sheets are protected (no password) so that only the columns to fill in
/// change; drop-downs offer the statuses and funding sources. The hidden sheet `Basis` holds the
/// values as written, so that `ProgressImportPlan` tells an edit in the workbook from a change in
/// the agenda since. Each action and each result has one empty row for a new line.
public enum ProgressWorkbook {
    /// The workbook of `agendas` (in the order given), their names looked up in `workspace`.
    public static func workbook(_ agendas: [Agenda], workspace: Workspace) -> Workbook {
        var actions: [[SpreadsheetCell]] = [], realisation: [[SpreadsheetCell]] = [], measurements: [[SpreadsheetCell]] = []
        var base: [[SpreadsheetCell]] = [], agendaRows: [[SpreadsheetCell]] = []
        var sources: [String: String] = Dictionary(workspace.registry.fundingSources.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        for agenda in agendas {
            for source in agenda.fundingSources { sources[source.id] = source.name }
            let code = agenda.scope.regionCode ?? ProgressWorkbookFormat.nationalCode
            let label = agendaLabel(agenda, workspace: workspace)
            let reference = agenda.referenceDate.map { SpreadsheetCell.date(year: $0.year, month: $0.month, day: $0.day) } ?? .empty
            agendaRows.append([.text(code), .text(label), .text(agenda.title), reference])
            base.append(baseRow(ProgressWorkbookFormat.agendaSheet, code, [agenda.referenceDate?.description ?? ""]))
            for theme in agenda.themes {
                for action in theme.actions {
                    let key = ProgressWorkbookFormat.actionKey(code, theme: theme.id, action: action.id)
                    let date = action.statusDate.map { SpreadsheetCell.date(year: $0.year, month: $0.month, day: $0.day) } ?? .empty
                    actions.append([.text(key), .text(label), .text(theme.title), .text(action.title), .text(action.status.rawValue),
                                    action.progress.map { .whole(Int64($0)) } ?? .empty, date])
                    base.append(baseRow(ProgressWorkbookFormat.actionSheet, key,
                                        [action.status.rawValue, action.progress.map(String.init) ?? "", action.statusDate?.description ?? ""]))
                    for line in realisationLines(action) {
                        let rowKey = ProgressWorkbookFormat.rowKey(key, line: "\(line.year)|\(line.source)")
                        realisation.append([.text(rowKey), .text(label), .text(theme.title), .text(action.title), .whole(Int64(line.year)),
                                            .text(line.source), line.realised.map { .euro(cents: $0.cents) } ?? .empty,
                                            line.budget.map { .euro(cents: $0.cents) } ?? .empty])
                        base.append(baseRow(ProgressWorkbookFormat.realisationSheet, rowKey,
                                            [String(line.year), line.source, line.realised.map { String($0.cents) } ?? ""]))
                    }
                    realisation.append([.text(key), .text(label), .text(theme.title), .text(action.title)])
                }
                for (index, result) in theme.results.enumerated() {
                    let key = ProgressWorkbookFormat.resultKey(code, theme: theme.id, index: index)
                    let fixed: [SpreadsheetCell] = [.text(label), .text(theme.title), .text(result.description),
                                                    .text(result.indicator ?? ""), .text(result.unit ?? "")]
                    let target = result.targetValue.map { SpreadsheetCell.number(DecimalValues.double($0)) } ?? .empty
                    for measurement in result.measurements {
                        let rowKey = ProgressWorkbookFormat.rowKey(key, line: measurement.date.description)
                        let date = measurement.date
                        measurements.append([.text(rowKey)] + fixed + [.date(year: date.year, month: date.month, day: date.day),
                                            .number(DecimalValues.double(measurement.value)), .text(measurement.source ?? ""), target])
                        base.append(baseRow(ProgressWorkbookFormat.measurementSheet, rowKey,
                                            [date.description, "\(measurement.value)", measurement.source ?? "", result.description]))
                    }
                    measurements.append([.text(key)] + fixed + [.empty, .empty, .empty, target])
                    base.append(baseRow(ProgressWorkbookFormat.measurementSheet, key, ["", "", "", result.description]))
                }
            }
        }
        let statuses = Action.Status.allCases.map(\.rawValue)
        let sourceIDs = sources.keys.sorted()
        let lists = Worksheet(name: ProgressWorkbookFormat.listSheet, header: ["Status", "Financieringsbron", "Naam"],
                              rows: (0..<max(statuses.count, sourceIDs.count)).map { index in
                                  [index < statuses.count ? .text(statuses[index]) : .empty,
                                   index < sourceIDs.count ? .text(sourceIDs[index]) : .empty,
                                   index < sourceIDs.count ? .text(sources[sourceIDs[index]] ?? "") : .empty]
                              }, freezesHeader: false, hasAutoFilter: false, isHidden: true)
        var actionSheet = Worksheet(name: ProgressWorkbookFormat.actionSheet, header: ProgressWorkbookFormat.actionHeadings, rows: actions)
        actionSheet.protect(editable: [4, 5, 6], hidden: [0])
        actionSheet.validations = [
            CellValidation(column: 4, rule: .list(statuses), title: "Status", message: "Kies een status: " + statuses.joined(separator: ", ") + "."),
            CellValidation(column: 5, rule: .wholeNumber(minimum: 0, maximum: 100), title: "Voortgang", message: "Een heel getal van 0 tot en met 100 (procent)."),
            CellValidation(column: 6, rule: .date, title: "Peildatum", message: "Een datum, zoals 1-10-2026."),
        ]
        var realisationSheet = Worksheet(name: ProgressWorkbookFormat.realisationSheet, header: ProgressWorkbookFormat.realisationHeadings, rows: realisation)
        realisationSheet.protect(editable: [4, 5, 6], hidden: [0])
        let sourceRange = "\(ProgressWorkbookFormat.listSheet)!$B$2:$B$\(max(sourceIDs.count, 1) + 1)"
        realisationSheet.validations = [
            CellValidation(column: 4, rule: .wholeNumber(minimum: 2000, maximum: 2100), title: "Jaar", message: "Een jaartal in vier cijfers, zoals 2026."),
            CellValidation(column: 5, rule: .listRange(sourceRange), title: "Financieringsbron", message: "Kies een financieringsbron uit de lijst (het blad Lijsten geeft hun namen)."),
            CellValidation(column: 6, rule: .decimal(minimum: 0), title: "Gerealiseerd", message: "Een bedrag in euro's, zoals 1500000 of 1500000,50."),
        ]
        var measurementSheet = Worksheet(name: ProgressWorkbookFormat.measurementSheet, header: ProgressWorkbookFormat.measurementHeadings, rows: measurements)
        measurementSheet.protect(editable: [6, 7, 8], hidden: [0])
        measurementSheet.validations = [
            CellValidation(column: 6, rule: .date, title: "Datum", message: "Een datum, zoals 30-9-2026."),
        ]
        var agendaSheet = Worksheet(name: ProgressWorkbookFormat.agendaSheet, header: ProgressWorkbookFormat.agendaHeadings, rows: agendaRows)
        agendaSheet.protect(editable: [3], hidden: [0])
        agendaSheet.validations = [
            CellValidation(column: 3, rule: .date, title: "Peildatum", message: "Een datum, zoals 31-12-2026: de dag waarop de ingevulde stand geldt."),
        ]
        let explanation = Worksheet(name: ProgressWorkbookFormat.explanationSheet, header: ["Zo vult u deze werkmap in"],
                                    rows: ProgressWorkbookExplanation.lines.map { [.text($0)] }, freezesHeader: false, hasAutoFilter: false)
        let baseSheet = Worksheet(name: ProgressWorkbookFormat.baseSheet, header: ProgressWorkbookFormat.baseHeadings, rows: base,
                                  freezesHeader: false, hasAutoFilter: false, isHidden: true)
        // The four sheets people fill in are wider than a portrait page: printed landscape, one page
        // wide, with their header row on every page, so a printed row still says what its columns are.
        actionSheet.printsAsWideTable = true
        realisationSheet.printsAsWideTable = true
        measurementSheet.printsAsWideTable = true
        agendaSheet.printsAsWideTable = true
        return Workbook(sheets: [explanation, actionSheet, realisationSheet, measurementSheet, agendaSheet, lists, baseSheet],
                        title: "Voortgang" + (agendas.count == 1 ? ": " + agendas[0].title : " van de agenda's"),
                        subject: "Voortgang invullen: realisatie, metingen en de stand van de acties")
    }

    /// "AM05 Twente" for a region's agenda, "Landelijk" for the national one.
    static func agendaLabel(_ agenda: Agenda, workspace: Workspace) -> String {
        guard let code = agenda.scope.regionCode else { return "Landelijk" }
        return workspace.registry.regions.first { $0.code == code }.map { "\(code) \($0.name)" } ?? code
    }

    /// One line of `Realisatie`: a year and source with what was spent and what was budgeted.
    struct RealisationLine {
        var year: Int
        var source: String
        var realised: Euro?
        var budget: Euro?
    }

    /// Every year and source of the action's budget, in the budget's order, then those only
    /// realised; the budget lines of one year and source added up (their certainty differs).
    static func realisationLines(_ action: Action) -> [RealisationLine] {
        var lines: [RealisationLine] = []
        for line in action.budget {
            if let index = lines.firstIndex(where: { $0.year == line.year && $0.source == line.source.id }) {
                lines[index].budget = (lines[index].budget ?? .zero) + line.amount
            } else {
                lines.append(RealisationLine(year: line.year, source: line.source.id, budget: line.amount))
            }
        }
        for line in action.realisation {
            if let index = lines.firstIndex(where: { $0.year == line.year && $0.source == line.source.id }) {
                lines[index].realised = (lines[index].realised ?? .zero) + line.amount
            } else {
                lines.append(RealisationLine(year: line.year, source: line.source.id, realised: line.amount))
            }
        }
        return lines
    }

    private static func baseRow(_ sheet: String, _ key: String, _ values: [String]) -> [SpreadsheetCell] {
        [.text(sheet), .text(key)] + values.map { .text($0) }
    }
}

extension Worksheet {
    /// Protects the sheet with only `editable` columns open, and hides `hidden`.
    mutating func protect(editable: Set<Int>, hidden: Set<Int>) {
        isProtected = true
        editableColumns = editable
        hiddenColumns = hidden
    }
}
