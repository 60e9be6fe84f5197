import Diagnostics

/// A check problem with where it is.
struct CheckFinding {
    var problem: CheckProblem
    var file: String
    var range: SourceRange

    init(_ problem: CheckProblem, _ file: String, _ range: SourceRange) {
        self.problem = problem
        self.file = file
        self.range = range
    }

    func diagnostic(in language: Language) -> Diagnostic {
        Diagnostic(
            severity: problem.severity, code: problem.code, message: problem.message(in: language), file: file,
            range: range, hint: problem.hint(in: language))
    }
}
