import Diagnostics
import Documents

extension SignalCSVProblem {
    /// Why the Excel reader refused a workbook, in words for the person who made it.
    static func reason(_ failure: XlsxReader.Failure, in l: Language) -> String {
        let grid = l.pick("kolom A tot en met XFD, rij 1 tot en met \(grouped(XlsxReader.maximumRows, in: l))",
                          "column A to XFD, row 1 to \(grouped(XlsxReader.maximumRows, in: l))")
        switch failure {
        case .notAnArchive:
            return l.pick("het is geen Excel-werkmap (.xlsx) of het is beschadigd", "it is not an Excel workbook (.xlsx) or it is damaged")
        case .noWorkbook:
            return l.pick("er zit geen werkmap in (is het een Word-bestand?)", "it holds no workbook (is it a Word file?)")
        case .damagedPart(let part):
            return l.pick("het onderdeel \(part) is beschadigd", "the part \(part) is damaged")
        case .duplicatePart(let part):
            return l.pick("het onderdeel \(part) staat er twee keer in; Excel leest het ene, andere programma's het andere, dus mja leest geen van beide",
                          "the part \(part) is in it twice; Excel reads one, other programs the other, so mja reads neither")
        case .overlappingParts(let first, let second):
            return l.pick("de onderdelen \(first) en \(second) delen dezelfde bytes; zo maakt geen spreadsheetprogramma een bestand",
                          "the parts \(first) and \(second) share their bytes; no spreadsheet program makes a file like that")
        case .tooLarge(let limit):
            return l.pick("uitgepakt wordt het groter dan \(limit >> 20) MB, de grens van mja (een lijst met duizenden signalen is een paar MB)",
                          "unpacked it grows past \(limit >> 20) MB, mja's limit (a list of thousands of signals is a few MB)")
        case .tooManyCells(let sheet, let limit):
            return l.pick("het blad \(sheet) heeft meer dan \(grouped(limit, in: l)) gevulde cellen, de grens van mja",
                          "the sheet \(sheet) has more than \(grouped(limit, in: l)) filled cells, mja's limit")
        case .tooManyStrings(let limit):
            return l.pick("de werkmap heeft meer dan \(grouped(limit, in: l)) verschillende teksten, de grens van mja",
                          "the workbook has more than \(grouped(limit, in: l)) different texts, mja's limit")
        case .badRowNumber(let sheet, let row):
            return l.pick("blad \(sheet), rij \(row): dat rijnummer bestaat niet in Excel (\(grid))",
                          "sheet \(sheet), row \(row): no such row number in Excel (\(grid))")
        case .badCellReference(let sheet, let reference):
            return l.pick("\(sheet)!\(reference): die cel bestaat niet in Excel (\(grid))",
                          "\(sheet)!\(reference): no such cell in Excel (\(grid))")
        }
    }

    /// What to do about a refused workbook.
    static func hint(_ failure: XlsxReader.Failure, in l: Language) -> String {
        switch failure {
        case .tooLarge, .tooManyCells, .tooManyStrings:
            return l.pick("laat in de werkmap alleen het blad met signalen staan (geen afbeeldingen of andere bladen), of verdeel de signalen over meer bestanden",
                          "keep only the sheet of signals in the workbook (no pictures or other sheets), or divide the signals over more files")
        default:
            return l.pick("open het bestand in Excel of LibreOffice en sla het opnieuw op als 'Excel-werkmap (.xlsx)'",
                          "open the file in Excel or LibreOffice and save it again as 'Excel Workbook (.xlsx)'")
        }
    }

    /// `1048576` as `1.048.576` in Dutch, `1,048,576` in English.
    static func grouped(_ value: Int, in l: Language) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += l.pick(".", ",") }
            result.append(digit)
        }
        return (value < 0 ? "-" : "") + result
    }
}
