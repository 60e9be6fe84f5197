import Diagnostics

/// A check problem with where it is.
struct CheckFinding {
    var problem: CheckProblem
    var file: String
    var range: SourceRange
    /// Other places that take part, such as the budget lines behind an exceeded ceiling.
    var notes: [Diagnostic.Note]

    init(_ problem: CheckProblem, _ file: String, _ range: SourceRange, notes: [Diagnostic.Note] = []) {
        self.problem = problem
        self.file = file
        self.range = range
        self.notes = notes
    }

    func diagnostic(in language: Language) -> Diagnostic {
        Diagnostic(
            severity: problem.severity, code: problem.code, message: problem.message(in: language), file: file,
            range: range, notes: notes, hint: problem.hint(in: language))
    }
}
