/// The layout of the progress workbook (`mja voortgang --xlsx`): its sheets, their columns, and the
/// keys in the hidden first column that map each row back to its action or result, so that an
/// edited workbook is read back without guessing (`ProgressImportPlan`).
public enum ProgressWorkbookFormat {
    /// The sheet that explains the workbook; it opens first.
    public static let explanationSheet = "Toelichting"
    /// Per action its status, progress and date.
    public static let actionSheet = "Acties"
    /// Per action, year and funding source the money spent, with the budget beside it.
    public static let realisationSheet = "Realisatie"
    /// Per result the measurements of its indicator.
    public static let measurementSheet = "Metingen"
    /// Per agenda its reference date (peildatum), which measurements and spending may not pass.
    public static let agendaSheet = "Agenda"
    /// The hidden sheet with the lists the drop-downs offer.
    public static let listSheet = "Lijsten"
    /// The hidden sheet with every editable value as written, so that reading the workbook back can
    /// tell what was edited in it from what changed in the agenda since.
    public static let baseSheet = "Basis"

    /// The heading of the hidden key column, the first of each data sheet.
    public static let keyHeading = "Sleutel"

    /// The headings of `Acties`; the editable ones are `status`, `voortgang` and `peildatum`.
    public static let actionHeadings = [keyHeading, "Agenda", "Thema", "Actie", "Status", "Voortgang (%)", "Peildatum"]
    /// The headings of `Realisatie`; `Begroot` is for reference only.
    public static let realisationHeadings = [keyHeading, "Agenda", "Thema", "Actie", "Jaar", "Financieringsbron", "Gerealiseerd (€)", "Begroot (€)"]
    /// The headings of `Metingen`; `Streefwaarde` is for reference only.
    public static let measurementHeadings = [keyHeading, "Agenda", "Thema", "Resultaat", "Indicator", "Eenheid", "Datum", "Waarde", "Bron van de meting", "Streefwaarde"]
    /// The headings of `Agenda`; the editable one is `Peildatum`.
    public static let agendaHeadings = [keyHeading, "Agenda", "Titel", "Peildatum"]
    /// The headings of `Basis`.
    public static let baseHeadings = ["Blad", keyHeading, "Waarde 1", "Waarde 2", "Waarde 3", "Waarde 4"]

    /// The code the national agenda has in keys.
    public static let nationalCode = "LMJA"

    /// The key of an action: `AM05/techniek-omscholing/leerwerkbanen-techniek`.
    static func actionKey(_ code: String, theme: String, action: String) -> String { "\(code)/\(theme)/\(action)" }

    /// The key of a result: its theme and its place among the theme's results (results have no id).
    static func resultKey(_ code: String, theme: String, index: Int) -> String { "\(code)/\(theme)/resultaat-\(index + 1)" }

    /// A row's key: its action or result, and after `#` the line it was written from
    /// (`2026|oo-fonds` for a realisation line, `2026-06-30` for a measurement); no line for an empty
    /// row to fill in.
    static func rowKey(_ owner: String, line: String?) -> String { line.map { "\(owner)#\($0)" } ?? owner }

    /// The parts of a key: the agenda code, the theme id, the action id or result name, the line.
    struct Key: Hashable {
        var code: String
        var theme: String
        var item: String
        var line: String?

        init?(_ text: String) {
            let halves = text.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let parts = halves[0].split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty }) else { return nil }
            code = parts[0]
            theme = parts[1]
            item = parts[2]
            line = halves.count == 2 ? String(halves[1]) : nil
        }

        /// The key without its line: the action or result.
        var owner: String { "\(code)/\(theme)/\(item)" }

        /// The result's index (0-based) for a result key.
        var resultIndex: Int? {
            guard item.hasPrefix("resultaat-"), let number = Int(item.dropFirst("resultaat-".count)), number >= 1 else { return nil }
            return number - 1
        }
    }
}
