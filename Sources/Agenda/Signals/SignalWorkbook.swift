import Documents

/// The signals as an Excel workbook: the sheet `Signalen`, one row per signal with the columns of
/// the CSV (`SignalCSVFormat`), the date as a date and everything else as text, and the hidden sheet
/// `Basis` with the same rows. `--xlsx-invoer` reads it back, so does Excel's and LibreOffice's
/// save of it: a row that differs from `Basis` was edited in the workbook, a row that differs from
/// the agenda but not from `Basis` changed in the agenda since (see `SignalCollection`).
public enum SignalWorkbook {
    /// The sheet's name.
    public static let sheetName = "Signalen"
    /// The hidden sheet with the same rows as written, so that reading the workbook back can tell
    /// what was edited in it from what changed in the agendas since.
    public static let baseSheetName = "Basis"

    /// The workbook of `signals`, in the order given.
    public static func workbook(_ signals: [Signal]) -> Workbook {
        let writer = SignalCSVWriter()
        let dateColumn = SignalCSVFormat.columns.firstIndex(of: "datum")!
        let rows: [[SpreadsheetCell]] = signals.map { signal in
            writer.row(signal).enumerated().map { index, text in
                index == dateColumn ? .date(year: signal.date.year, month: signal.date.month, day: signal.date.day) : .text(text)
            }
        }
        return Workbook(
            sheets: [Worksheet(name: sheetName, header: SignalCSVFormat.headings, rows: rows),
                     Worksheet(name: baseSheetName, header: SignalCSVFormat.headings, rows: rows, freezesHeader: false, hasAutoFilter: false, isHidden: true)],
            title: "Signalen uit de regio's", subject: "Signalen voor het Landelijk Beraad")
    }
}
