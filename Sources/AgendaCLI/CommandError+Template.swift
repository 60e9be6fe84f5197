import Agenda
import Diagnostics
import Mustache

extension CommandError {
    /// A problem in a template, located: `templates/beleidsdeel.md:3:5: ...`, with the code that
    /// `mja explain` knows and the hint.
    init(_ error: MustacheError) {
        let place = (error.file ?? error.templateName) + (error.range.map { ":\($0.start.line):\($0.start.column)" } ?? "")
        func text(_ language: Language) -> String {
            let hint = error.hint(in: language).map { " (\($0))" } ?? ""
            return "\(place): \(error.message(in: language)) [\(error.code)]\(hint)"
        }
        self.init(LocalizedText(text(.dutch), text(.english)))
    }
}
