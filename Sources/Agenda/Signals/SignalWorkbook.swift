import Documents

/// The signals as an Excel workbook: one sheet `Signalen`, one row per signal with the columns of
/// the CSV (`SignalCSVFormat`), the date as a date and everything else as text. `--xlsx-invoer`
/// reads it back, so does Excel's and LibreOffice's save of it.
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
            sheets: [Worksheet(name: sheetName, header: SignalCSVFormat.headings, rows: rows)],
            title: "Signalen uit de regio's", subject: "Signalen voor het Landelijk Beraad")
    }
}
