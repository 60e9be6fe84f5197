import FoundationGaps
import Diagnostics
import Documents

/// The sheets of a progress workbook as read back: per data sheet its rows by column heading, and
/// the values as written from the hidden sheet `Basis`, by sheet and key. Columns are found by
/// their heading, so a column moved in Excel still reads.
struct ProgressWorkbookReader {
    /// One data sheet.
    struct Sheet {
        var name: String
        /// The column (0-based) of each heading.
        var columns: [String: Int]
        /// The rows under the header that hold something, by row number.
        var rows: [(number: Int, cells: [Int: XlsxReader.Value])]
    }

    var sheets: [String: Sheet] = [:]
    /// The values as written, by sheet and row key.
    var base: [String: [String: [String]]] = [:]

    /// Reads `bytes`; throws the problem that makes it no progress workbook.
    init(_ bytes: [UInt8], language l: Language) throws(ProgressImportProblem) {
        let wanted = [ProgressWorkbookFormat.actionSheet, ProgressWorkbookFormat.realisationSheet, ProgressWorkbookFormat.measurementSheet,
                      ProgressWorkbookFormat.agendaSheet, ProgressWorkbookFormat.baseSheet].map { $0.lowercased() }
        let workbook: XlsxReader
        do {
            workbook = try XlsxReader(bytes) { names in names.indices.filter { wanted.contains(names[$0].lowercased()) } }
        } catch {
            // The same words as for a signal workbook that cannot be read (MJA211).
            throw .notAProgressWorkbook(reason: l.pick("het Excel-bestand kan niet worden gelezen: ", "the Excel file cannot be read: ")
                + SignalCSVProblem.reason(error, in: l))
        }
        let required: [(String, [String])] = [
            (ProgressWorkbookFormat.actionSheet, ProgressWorkbookFormat.actionHeadings),
            (ProgressWorkbookFormat.realisationSheet, ProgressWorkbookFormat.realisationHeadings),
            (ProgressWorkbookFormat.measurementSheet, ProgressWorkbookFormat.measurementHeadings),
            (ProgressWorkbookFormat.agendaSheet, ProgressWorkbookFormat.agendaHeadings),
            (ProgressWorkbookFormat.baseSheet, ProgressWorkbookFormat.baseHeadings),
        ]
        for (name, headings) in required {
            guard let sheet = workbook.sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw .notAProgressWorkbook(reason: l.pick("het blad \(name) ontbreekt", "the sheet \(name) is missing"))
            }
            var rows = sheet.rows
            guard !rows.isEmpty else { throw .notAProgressWorkbook(reason: l.pick("het blad \(name) is leeg", "the sheet \(name) is empty")) }
            let header = rows.removeFirst()
            var columns: [String: Int] = [:]
            for cell in header.cells {
                if case .text(let text) = cell.value, columns[text.trimming(.spaces)] == nil {
                    columns[text.trimming(.spaces)] = cell.column
                }
            }
            if let missing = headings.first(where: { columns[$0] == nil }) {
                throw .notAProgressWorkbook(reason: l.pick("de kolom '\(missing)' op het blad \(name) ontbreekt", "the column '\(missing)' of the sheet \(name) is missing"))
            }
            let table = Sheet(name: sheet.name, columns: columns,
                              rows: rows.map { row in (row.number, Dictionary(row.cells.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })) })
            if name == ProgressWorkbookFormat.baseSheet {
                for row in table.rows {
                    let texts = ProgressWorkbookFormat.baseHeadings.map { Self.text(row.cells[columns[$0]!]) }
                    base[texts[0], default: [:]][texts[1]] = Array(texts.dropFirst(2))
                }
            } else {
                sheets[name] = table
            }
        }
    }

    /// A cell's value as text, trimmed; empty for none. A number as written, a whole one without `.0`.
    static func text(_ value: XlsxReader.Value?) -> String {
        switch value {
        case nil: return ""
        case .text(let text)?: return text.trimming(.spacesAndNewlines)
        case .number(let number, let text)?:
            if abs(number) < 1e15, let whole = Int64(exactly: number) { return String(whole) }
            return text
        case .date(let year, let month, let day)?: return CalendarDate(year: year, month: month, day: day).description
        case .boolean(let flag)?: return flag ? "WAAR" : "ONWAAR"
        case .error(let text)?: return text
        }
    }
}
