import Diagnostics

/// Why a cell or row of a progress workbook (`mja voortgang --xlsx-invoer`, the server's
/// `/voortgang/invoer`) is not applied: data only, the words in the user's language. Codes
/// MJA410-MJA419 belong to the progress workbook.
public enum ProgressImportProblem: Error, Sendable, Equatable {
    /// The file is no progress workbook mja wrote (no sheet `Basis`, a sheet or column missing), or unreadable.
    case notAProgressWorkbook(reason: String)
    /// A row's key names no action or result in the agendas (renamed, removed, or typed over).
    case unknownRow(key: String)
    /// A cell that cannot be read as what its column holds (the reason says what and how).
    case unreadableCell(reason: String)
    /// A cell refused as a form field refuses it (an amount `1,500`: MJA321), with the form's code and words.
    case field(FieldProblem)
    /// A choice outside its list (status, funding source).
    case notInList(value: String, column: String, choices: String)
    /// The agenda changed this value since the workbook was written, and the workbook changed it too.
    case conflict(agendaValue: String, baseValue: String)
    /// A second line for the same year and source, or the same date.
    case duplicateLine(line: String)
    /// The agenda has errors: nothing is read into it.
    case agendaHasErrors(file: String)
    /// The changes would give the agenda errors (the first given): nothing is written to it.
    case changesBringErrors(file: String, error: String)
    /// The agenda file changed since mja read it, or the change could not be written: nothing is written to it.
    case notWritten(file: String, reason: String)
    /// The signed-in person may not change this agenda (the server).
    case notAllowed(agenda: String)

    /// The stable code.
    public var code: String {
        switch self {
        case .notAProgressWorkbook: "MJA410"
        case .unknownRow: "MJA411"
        case .unreadableCell: "MJA412"
        case .field(let problem): problem.code
        case .notInList: "MJA413"
        case .conflict: "MJA414"
        case .duplicateLine: "MJA415"
        case .agendaHasErrors: "MJA416"
        case .changesBringErrors: "MJA417"
        case .notWritten: "MJA418"
        case .notAllowed: "MJA419"
        }
    }

    /// Every one is an error: the cell, row or agenda is not applied.
    public var severity: Severity { .error }

    /// The message in the user's language.
    public func message(in l: Language) -> String {
        switch self {
        case .notAProgressWorkbook(let reason):
            return l.pick("dit is geen voortgangswerkmap van mja: \(reason)", "this is no progress workbook of mja: \(reason)")
        case .unknownRow(let key):
            return l.pick("deze regel hoort bij geen actie of resultaat in de agenda's (sleutel '\(key)'); de actie of het resultaat is hernoemd, verplaatst of verwijderd sinds de werkmap is gemaakt",
                          "this row belongs to no action or result in the agendas (key '\(key)'); it was renamed, moved or removed since the workbook was made")
        case .unreadableCell(let reason):
            return reason
        case .field(let problem):
            return problem.message
        case .notInList(let value, let column, let choices):
            return l.pick("'\(value)' staat niet in de lijst van \(column): kies uit \(choices)",
                          "'\(value)' is not in the list of \(column): choose from \(choices)")
        case .conflict(let agendaValue, let baseValue):
            return l.pick("in de agenda is deze waarde intussen gewijzigd (van '\(baseValue)' in '\(agendaValue)'), en in de werkmap ook; mja kiest niet",
                          "the agenda changed this value meanwhile (from '\(baseValue)' to '\(agendaValue)'), and the workbook did too; mja does not choose")
        case .duplicateLine(let line):
            return l.pick("er is al een regel voor \(line) bij deze actie of dit resultaat", "there is a line for \(line) already in this action or result")
        case .agendaHasErrors(let file):
            return l.pick("\(file) bevat fouten; er wordt niets in ingelezen", "\(file) has errors; nothing is read into it")
        case .changesBringErrors(let file, let error):
            return l.pick("de wijzigingen zouden \(file) een fout geven (\(error)); er is niets in geschreven",
                          "the changes would give \(file) an error (\(error)); nothing was written to it")
        case .notWritten(let file, let reason):
            return l.pick("\(file) kon niet worden bijgewerkt: \(reason); er is niets in geschreven",
                          "\(file) could not be updated: \(reason); nothing was written to it")
        case .notAllowed(let agenda):
            return l.pick("u mag de agenda \(agenda) niet wijzigen", "you may not change the agenda \(agenda)")
        }
    }

    /// How to fix it.
    public func hint(in l: Language) -> String? {
        switch self {
        case .notAProgressWorkbook:
            return l.pick("maak de werkmap met 'mja voortgang --xlsx' en vul die in", "make the workbook with 'mja voortgang --xlsx' and fill that in")
        case .unknownRow:
            return l.pick("maak een nieuwe werkmap met 'mja voortgang --xlsx' en neem uw invulling over", "make a new workbook with 'mja voortgang --xlsx' and copy your entries")
        case .unreadableCell, .field:
            return nil
        case .notInList:
            return l.pick("kies de waarde uit de lijst in de cel", "choose the value from the cell's list")
        case .conflict:
            return l.pick("kijk welke waarde klopt; zet die in de agenda of maak een nieuwe werkmap", "see which value is right; put it in the agenda or make a new workbook")
        case .duplicateLine:
            return l.pick("verander het bedrag of de waarde in de regel die er al is", "change the amount or value in the line that is there")
        case .agendaHasErrors(let file):
            return l.pick("los eerst de fouten op ('mja check \(file)') en lees de werkmap dan opnieuw in", "fix the errors first ('mja check \(file)'), then read the workbook in again")
        case .changesBringErrors:
            return l.pick("verbeter de regels van deze agenda in de werkmap en lees hem opnieuw in", "correct this agenda's rows in the workbook and read it in again")
        case .notWritten:
            return l.pick("lees de werkmap opnieuw in: mja vergelijkt dan met het bestand zoals het nu is", "read the workbook in again: mja then compares with the file as it is now")
        case .notAllowed:
            return l.pick("vraag iemand die deze agenda mag wijzigen om de werkmap in te lezen", "ask someone who may change this agenda to read in the workbook")
        }
    }
}
