import Diagnostics
import FoundationEssentials

/// A save refused because it gives another file of the folder an error (MJA420): the rule of every
/// path that writes an agenda (the forms, the text editor of `mja server`, the signal and progress
/// workbooks in the server and on the command line). The errors come from
/// `EditCheck.newErrorsElsewhere`; errors the other files had before the save do not count.
public enum ErrorsElsewhere {
    /// The code in the rule catalogue.
    public static let code = "MJA420"

    /// The refusal as one diagnostic at the top of `file` (the file not written): the first new error
    /// elsewhere in the words of `mja check`, with its file and line, and a note at every one.
    public static func diagnostic(file: String, errors: [Diagnostic], language l: Language = .dutch) -> Diagnostic {
        let first = errors.first
        let place = first.map { error in (error.file ?? "") + (error.range.map { ":\($0.start.line)" } ?? "") } ?? ""
        let words = first.map { "\(place): \($0.message) [\($0.code)]" } ?? ""
        let more = errors.count > 1 ? l.pick(", en nog \(errors.count - 1)", ", and \(errors.count - 1) more") : ""
        let message = l.pick("met deze wijzigingen krijgt een andere agenda een fout die mja check daar meldt (\(words)\(more)); er is niets in \(file) geschreven",
                             "these changes give another agenda an error that mja check reports there (\(words)\(more)); nothing was written to \(file)")
        let notes = errors.map { error in
            Diagnostic.Note(message: "\(error.message) [\(error.code)]", file: error.file, range: error.range)
        }
        return Diagnostic(severity: .error, code: code, message: message, file: file,
                          range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
                          notes: notes, hint: hint(in: l))
    }

    /// How to fix it: the same advice as the forms give.
    public static func hint(in l: Language) -> String {
        l.pick("laat staan waar die agenda naar verwijst, of pas eerst die agenda aan",
               "leave in place what that agenda refers to, or change that agenda first")
    }
}
