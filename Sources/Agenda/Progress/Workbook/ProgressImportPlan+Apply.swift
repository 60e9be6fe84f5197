import Diagnostics

extension ProgressImportPlan {
    /// The text of `entry`'s agenda with its edits written in, checked as `mja check` checks it:
    /// an edit whose place is gone, or edits that give the agenda an error it did not have, are a
    /// problem and nothing is to be written. `original` is the file's text as read for the plan.
    public static func editedText(_ entry: WorkbookEditPlan.AgendaEdits, original: String, loader: WorkspaceLoader,
                                  language: Language = .dutch) -> Swift.Result<String, ProgressImportProblem> {
        let edited: String
        do {
            edited = try WorkbookEditPlan.apply(entry.edits, to: original)
        } catch {
            return .failure(.notWritten(file: entry.file, reason: language.pick("de plaats van een wijziging is niet meer te vinden (\(error.detail))",
                                                                               "the place of a change cannot be found any more (\(error.detail))")))
        }
        let before = EditCheck(file: entry.file, text: original, loader: loader)
        let after = EditCheck(file: entry.file, text: edited, loader: loader)
        if let error = after.newErrors(comparedWith: before).first {
            let place = error.range.map { "\(entry.file):\($0.start.line): " } ?? ""
            return .failure(.changesBringErrors(file: entry.file, error: place + error.message))
        }
        return .success(edited)
    }

    /// A problem of an agenda as a whole (not of one cell), placed at the top of its file.
    public static func diagnostic(_ problem: ProgressImportProblem, file: String, language: Language = .dutch) -> Diagnostic {
        Diagnostic(severity: problem.severity, code: problem.code, message: problem.message(in: language), file: file,
                   range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)), hint: problem.hint(in: language))
    }
}
