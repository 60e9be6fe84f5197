import FoundationGaps
import Diagnostics
import Documents

/// A problem in a CSV file of signals: the data behind a diagnostic. The text is made in
/// `message(in:)` and `hint(in:)`, in the reader's language. The codes are in `RuleCatalogue+Signals`.
public enum SignalCSVProblem: Sendable, Hashable {
    case unreadable(reason: String)
    case unclosedQuote
    case emptyFile
    case unknownColumn(name: String, suggestion: String?)
    case missingColumn(name: String)
    case duplicateColumn(name: String)
    case columnCount(found: Int, expected: Int)
    case unknownRegion(value: String, suggestion: String?)
    case invalidDate(value: String)
    case notAllowed(column: String, value: String, allowed: [String], suggestion: String?)
    case unresolved(column: String, id: String, suggestion: String?)
    case missingValue(column: String)
    case invalidIdentifier(value: String)
    case duplicateSignal(id: String)
    case readAsWindows1252
    case unreadableWorkbook(reason: String)
    /// The Excel reader refused the workbook: damaged, deceptive or past a limit.
    case workbookRefused(XlsxReader.Failure)
    /// The header runs past the columns a sheet of signals can have.
    case sheetTooWide(lastColumn: String, limit: Int)
    /// More rows had problems than are reported one by one; `count` rows were not reported.
    case moreRowsWithProblems(count: Int)
    /// A field differs between the workbook and where the signal already is (`place`, an agenda),
    /// and the workbook cannot tell which one was changed: both since mja wrote it (`base`), or it
    /// has no base. The value at `place` counts.
    case conflict(column: String, workbook: String, other: String, base: String?, place: String)
    /// A row mja wrote into `file` is gone from it, while the signal is still here.
    case missingRow(id: String, file: String)
    case errorValue(value: String)
    case ambiguousDate(value: String, read: CalendarDate, other: CalendarDate)
    case rowsRebuilt
    case doubleEncoded
    case readAs(column: String, value: String, id: String, name: String)

    /// The stable code in the rule catalogue.
    public var code: String {
        switch self {
        case .unreadable, .unclosedQuote, .emptyFile: "MJA201"
        case .unknownColumn, .missingColumn, .duplicateColumn, .sheetTooWide: "MJA202"
        case .columnCount, .moreRowsWithProblems: "MJA203"
        case .unknownRegion: "MJA204"
        case .invalidDate: "MJA205"
        case .notAllowed: "MJA206"
        case .unresolved: "MJA207"
        case .missingValue, .invalidIdentifier: "MJA208"
        case .duplicateSignal: "MJA209"
        case .readAsWindows1252: "MJA210"
        case .unreadableWorkbook, .workbookRefused: "MJA211"
        case .errorValue: "MJA212"
        case .ambiguousDate: "MJA213"
        case .rowsRebuilt: "MJA214"
        case .doubleEncoded: "MJA215"
        case .readAs: "MJA216"
        case .conflict: "MJA217"
        case .missingRow: "MJA218"
        }
    }

    /// Errors leave the row out; a duplicate is a warning (the first one counts).
    public var severity: Severity {
        switch self {
        case .duplicateSignal, .readAsWindows1252, .ambiguousDate, .rowsRebuilt, .doubleEncoded, .readAs, .conflict, .missingRow: return .warning
        default: return .error
        }
    }

    /// A long text (a description) cut to its first 60 characters in a message.
    static func shortened(_ text: String) -> String {
        let line = text.replacingEvery("\n", with: " ")
        return line.count <= 60 ? line : String(line.prefix(60)) + "…"
    }

    /// The message in the reader's language.
    public func message(in l: Language) -> String {
        switch self {
        case .unreadable(let reason):
            return l.pick("het CSV-bestand kan niet worden gelezen: ", "the CSV file cannot be read: ") + reason
        case .unclosedQuote:
            return l.pick("dit aanhalingsteken wordt nergens gesloten; de rest van het bestand is niet gelezen",
                          "this quote is never closed; the rest of the file was not read")
        case .emptyFile:
            return l.pick("het CSV-bestand is leeg: er is geen kopregel", "the CSV file is empty: there is no header line")
        case .unknownColumn(let name, _):
            return l.pick("onbekende kolom '\(name)'", "unknown column '\(name)'")
        case .missingColumn(let name):
            return l.pick("verplichte kolom '\(name)' ontbreekt in de kopregel", "required column '\(name)' is missing from the header")
        case .duplicateColumn(let name):
            return l.pick("kolom '\(name)' staat twee keer in de kopregel", "column '\(name)' appears twice in the header")
        case .columnCount(let found, let expected):
            return l.pick("deze rij heeft \(found) kolommen, de kopregel \(expected); de rij is overgeslagen",
                          "this row has \(found) columns, the header \(expected); the row was skipped")
        case .unknownRegion(let value, _):
            return l.pick("'\(value)' is geen arbeidsmarktregio; de rij is overgeslagen",
                          "'\(value)' is not a labour-market region; the row was skipped")
        case .invalidDate(let value):
            return l.pick("'\(value)' is geen geldige datum; de rij is overgeslagen", "'\(value)' is not a valid date; the row was skipped")
        case .notAllowed(let column, let value, let allowed, _):
            let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
            return l.pick("'\(value)' is geen toegestane waarde voor '\(column)'; kies uit \(list)",
                          "'\(value)' is not an allowed value for '\(column)'; choose from \(list)")
        case .unresolved(let column, let id, _):
            return l.pick("'\(id)' in '\(column)' bestaat niet; de rij is overgeslagen", "'\(id)' in '\(column)' does not exist; the row was skipped")
        case .readAs(let column, let value, let id, let name):
            return l.pick("'\(value)' in '\(column)' is gelezen als '\(id)' (\(name))", "'\(value)' in '\(column)' was read as '\(id)' (\(name))")
        case .missingValue(let column):
            return l.pick("'\(column)' is leeg; de rij is overgeslagen", "'\(column)' is empty; the row was skipped")
        case .invalidIdentifier(let value):
            return l.pick("'\(value)' is geen geldige id", "'\(value)' is not a valid id")
        case .duplicateSignal(let id):
            return l.pick("signaal '\(id)' komt al eerder voor; deze rij is overgeslagen",
                          "signal '\(id)' already occurs; this row was skipped")
        case .readAsWindows1252:
            return l.pick("het bestand is niet als UTF-8 opgeslagen; het is gelezen als Windows-1252 (de oude Excel-CSV)",
                          "the file is not saved as UTF-8; it was read as Windows-1252 (Excel's old CSV)")
        case .unreadableWorkbook(let reason):
            return l.pick("het Excel-bestand kan niet worden gelezen: ", "the Excel file cannot be read: ") + reason
        case .workbookRefused(let failure):
            return l.pick("het Excel-bestand kan niet worden gelezen: ", "the Excel file cannot be read: ") + Self.reason(failure, in: l)
        case .sheetTooWide(let lastColumn, let limit):
            return l.pick("de kopregel loopt door tot kolom \(lastColumn); een blad met signalen heeft \(SignalCSVFormat.columns.count) kolommen en mja leest er hoogstens \(limit)",
                          "the header runs on to column \(lastColumn); a sheet of signals has \(SignalCSVFormat.columns.count) columns and mja reads at most \(limit)")
        case .conflict(let column, let workbook, let other, let base, let place):
            let quoted = { (text: String) in text.isEmpty ? l.pick("(leeg)", "(empty)") : "'" + Self.shortened(text) + "'" }
            let why = base.map { l.pick("beide zijn gewijzigd sinds mja de werkmap schreef (toen: \(quoted($0)))", "both changed since mja wrote the workbook (then: \(quoted($0)))") }
                ?? l.pick("de werkmap heeft geen verborgen blad Basis, dus welke van de twee gewijzigd is, is niet te zien", "the workbook has no hidden sheet Basis, so which of the two changed cannot be told")
            return l.pick("\(column) is hier \(quoted(workbook)), in \(place) \(quoted(other)); \(why). De waarde uit \(place) telt",
                          "\(column) is \(quoted(workbook)) here, \(quoted(other)) in \(place); \(why). The value in \(place) counts")
        case .missingRow(let id, let file):
            return l.pick("het signaal \(id) staat niet meer in \(file), maar wel hier; het blijft meetellen",
                          "the signal \(id) is no longer in \(file), but it is here; it still counts")
        case .moreRowsWithProblems(let count):
            return l.pick("en nog \(Self.grouped(count, in: .dutch)) \(count == 1 ? "rij" : "rijen") met problemen, die niet afzonderlijk worden gemeld",
                          "and \(count) more \(count == 1 ? "row" : "rows") with problems, not reported one by one")
        case .errorValue(let value):
            return l.pick("de cel bevat de foutwaarde '\(value)' in plaats van een waarde; de rij is overgeslagen",
                          "the cell holds the error value '\(value)' instead of a value; the row was skipped")
        case .ambiguousDate(let value, let read, let other):
            return l.pick("'\(value)' kan twee datums zijn: gelezen als \(read.dutchText) (dag/maand/jaar), maar het kan ook \(other.dutchText) zijn (maand/dag/jaar, zoals Engelstalige Excel schrijft)",
                          "'\(value)' can be two dates: read as \(read) (day/month/year), but it may be \(other) (month/day/year, as English-language Excel writes)")
        case .rowsRebuilt:
            return l.pick("het bestand is opgeslagen met komma's als scheidingsteken, terwijl de regels puntkomma's bevatten (LibreOffice of Excel heeft het zonder de juiste instellingen geopend); mja heeft de regels hersteld",
                          "the file was saved with commas as separator while its lines hold semicolons (LibreOffice or Excel opened it without the right settings); mja restored the lines")
        case .doubleEncoded:
            return l.pick("de tekst is twee keer omgezet (Ã© in plaats van é, ï»¿ voor de kopregel): het bestand is als Latijn-1 geopend en als UTF-8 opgeslagen; mja heeft de letters hersteld",
                          "the text was converted twice (Ã© instead of é, ï»¿ before the header): the file was opened as Latin-1 and saved as UTF-8; mja restored the letters")
        }
    }

    /// What to do about it, when a fix is known.
    public func hint(in l: Language) -> String? {
        switch self {
        case .unreadable:
            return l.pick("sla het bestand in Excel op als 'CSV UTF-8'", "save the file from Excel as 'CSV UTF-8'")
        case .unclosedQuote:
            return l.pick("zet een \" aan het eind van de cel, of schrijf een \" in de tekst als \"\"",
                          "put a \" at the end of the cell, or write a \" inside the text as \"\"")
        case .emptyFile:
            return l.pick("begin met de kopregel: " + SignalCSVFormat.columns.joined(separator: ";"),
                          "start with the header: " + SignalCSVFormat.columns.joined(separator: ";"))
        case .unknownColumn(_, let suggestion):
            if let suggestion { return l.pick("bedoelde u '\(suggestion)'?", "did you mean '\(suggestion)'?") }
            return l.pick("bekende kolommen: " + SignalCSVFormat.columns.joined(separator: ", "),
                          "known columns: " + SignalCSVFormat.columns.joined(separator: ", "))
        case .missingColumn(let name):
            return l.pick("voeg de kolom '\(name)' toe aan de kopregel", "add the column '\(name)' to the header")
        case .duplicateColumn:
            return l.pick("verwijder een van de twee kolommen", "remove one of the two columns")
        case .columnCount:
            return l.pick("zet een tekst met ; of , tussen aanhalingstekens", "put text holding ; or , in double quotes")
        case .unknownRegion(_, let suggestion):
            if let suggestion { return l.pick("bedoelde u '\(suggestion)'?", "did you mean '\(suggestion)'?") }
            return l.pick("gebruik een code uit regions/registers/regios.toml, zoals AM05", "use a code from regions/registers/regios.toml, such as AM05")
        case .invalidDate:
            return l.pick("schrijf een bestaande datum als 2026-03-01 of 1-3-2026", "write an existing date as 2026-03-01 or 1-3-2026")
        case .notAllowed(_, _, _, let suggestion):
            if let suggestion { return l.pick("bedoelde u '\(suggestion)'?", "did you mean '\(suggestion)'?") }
            return l.pick("hoofdletters maken niet uit; andere woorden wel", "case does not matter; other words do")
        case .unresolved(_, _, let suggestion):
            if let suggestion { return l.pick("bedoelde u '\(suggestion)'?", "did you mean '\(suggestion)'?") }
            return l.pick("gebruik een id uit de registers of de landelijke agenda; scheid ids met |",
                          "use an id from the registries or the national agenda; separate ids with |")
        case .missingValue(let column):
            return l.pick("vul '\(column)' in", "fill in '\(column)'")
        case .invalidIdentifier:
            return l.pick("een id bestaat uit kleine letters, cijfers en streepjes, zoals 'scholing-werkenden'",
                          "an id consists of lower-case letters, digits and hyphens, such as 'scholing-werkenden'")
        case .duplicateSignal:
            return l.pick("geef het signaal een eigen id", "give the signal an id of its own")
        case .readAsWindows1252:
            return l.pick("controleer letters als é en ë; sla het bestand voortaan op als 'CSV UTF-8'",
                          "check letters such as é and ë; from now on save the file as 'CSV UTF-8'")
        case .unreadableWorkbook:
            return l.pick("sla het bestand in Excel of LibreOffice op als 'Excel-werkmap (.xlsx)'",
                          "save the file from Excel or LibreOffice as 'Excel Workbook (.xlsx)'")
        case .workbookRefused(let failure):
            return Self.hint(failure, in: l)
        case .sheetTooWide:
            return l.pick("verwijder de kolommen rechts van de signalen, of zet ze op een ander blad",
                          "delete the columns right of the signals, or move them to another sheet")
        case .conflict(let column, _, _, _, let place):
            return l.pick("maak ze gelijk: pas \(column) aan in \(place) als de werkmap gelijk heeft, of zet in de werkmap de waarde van \(place) terug",
                          "make them equal: change \(column) in \(place) if the workbook is right, or put the value of \(place) back in the workbook")
        case .missingRow:
            return l.pick("een signaal verdwijnt alleen als u het uit het agendabestand haalt; was het weghalen van de rij een vergissing, zet hem dan terug",
                          "a signal goes only when you remove it from the agenda file; if removing the row was a mistake, put it back")
        case .moreRowsWithProblems:
            return l.pick("verbeter eerst de gemelde rijen en lees het bestand opnieuw in; vaak hebben de andere rijen dezelfde fout",
                          "fix the rows reported first and read the file again; the other rows often have the same mistake")
        case .errorValue:
            return l.pick("vervang de formule door de waarde, of vul de cel in", "replace the formula by its value, or fill in the cell")
        case .ambiguousDate(_, let read, let other):
            return l.pick("schrijf de datum ondubbelzinnig als \(read) (of \(other) als \(other.dutchText) bedoeld is)",
                          "write the date unambiguously as \(read) (or \(other) if \(other) is meant)")
        case .readAs(_, _, let id, _):
            return l.pick("schrijf de id '\(id)', zoals de registers die kennen", "write the id '\(id)', as the registries know it")
        case .rowsRebuilt, .doubleEncoded:
            return l.pick("controleer de signalen; gebruik voortaan --xlsx en --xlsx-invoer, of open een CSV met ';' als scheidingsteken en UTF-8 als tekenset",
                          "check the signals; from now on use --xlsx and --xlsx-invoer, or open a CSV with ';' as separator and UTF-8 as character set")
        }
    }
}
