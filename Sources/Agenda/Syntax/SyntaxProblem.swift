import Diagnostics
import TOML

/// A syntax error in a file the agenda reader reads: the TOML parser's error, or the habit of a
/// word-processor user behind it (`HabitDiagnosis`), with the place its message points at.
enum SyntaxProblem: Sendable, Equatable {
    /// The parser's own error, when no habit explains it.
    case toml(TOMLError)
    /// A habit; `key` is the key the value belongs to, `range` the value or header as written.
    case habit(SyntaxHabit, key: String?, range: SourceRange)

    /// Where the message points.
    var range: SourceRange {
        switch self {
        case .toml(let error): error.range
        case .habit(_, _, let range): range
        }
    }

    /// The message in the reader's language.
    func message(in language: Language) -> String {
        switch self {
        case .toml(let error): error.message(in: language)
        case .habit(let habit, _, _): habit.message(in: language)
        }
    }

    /// What to do about it, when a fix is known.
    func hint(in language: Language) -> String? {
        switch self {
        case .toml(let error): error.hint(in: language)
        case .habit(let habit, let key, _): habit.hint(key: key, in: language)
        }
    }

    /// The syntax errors of `recovery`, read from `bytes`: each refined to the habit behind it,
    /// each mistake once (two `[[a]]` after one `[a]` are one mistake, at the `[a]`), in the order
    /// of the document.
    static func all(in recovery: TOMLRecovery, of bytes: [UInt8]) -> [SyntaxProblem] {
        guard !recovery.errors.isEmpty else { return [] }
        let diagnosis = HabitDiagnosis(bytes)
        var problems: [SyntaxProblem] = []
        for error in recovery.errors {
            let problem = diagnosis.refine(error)
            if !problems.contains(problem) { problems.append(problem) }
        }
        return problems.sorted { ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column) }
    }
}
