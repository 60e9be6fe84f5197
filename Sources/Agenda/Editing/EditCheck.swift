import Diagnostics
import FoundationEssentials
import FoundationGaps
import TOML

/// What `mja check` says of an agenda text before it is saved: the form shows the errors an edit
/// would bring at the fields they concern, in the same words, and the criteria's verdicts beside
/// a theme, computed from the text as it would be.
public struct EditCheck: Sendable {
    /// The workspace read with the edited text in place of the file.
    public var workspace: Workspace
    /// Every diagnostic of the checks for the file, the loader's included (what `mja check` prints).
    public var diagnostics: [Diagnostic]
    /// The assessor that weighed the file's themes.
    public var assessor: CriteriaAssessor
    /// The text checked (to find the key paths of what the diagnostics point at).
    public var text: String

    /// Reads `text` as the content of the agenda at `file` (an absolute path inside an agenda folder),
    /// the registries and other agendas beside it as they are on disk, and checks it.
    public init(file: String, text: String, loader: WorkspaceLoader) {
        self.text = text
        var loader = loader
        loader.replacements[file] = Array(text.utf8)
        workspace = loader.load(files: [file])
        assessor = CriteriaAssessor.forRequested(workspace)
        diagnostics = AgendaChecker().check(workspace, assessor: assessor).filter { $0.file == nil || $0.file == file }
    }

    /// The agenda read from the text, nil when it could not be read at all.
    public var agenda: Agenda? { workspace.agendas.first { workspace.requestedFiles.contains($0.file) } }

    /// The errors here that `before` does not have (compared by code and message, not by place: an
    /// edit moves lines). These stop a form from saving; errors the file already had do not.
    public func newErrors(comparedWith before: EditCheck) -> [Diagnostic] {
        var known: [String: Int] = [:]
        for diagnostic in before.diagnostics where diagnostic.severity == .error { known[diagnostic.code + diagnostic.message, default: 0] += 1 }
        var result: [Diagnostic] = []
        for diagnostic in diagnostics where diagnostic.severity == .error {
            let key = diagnostic.code + diagnostic.message
            if let count = known[key], count > 0 { known[key] = count - 1 } else { result.append(diagnostic) }
        }
        return result
    }

    /// The errors that `text` in place of `file` brings to the other files of its folder, which the
    /// check of `file` alone never reports: a signal, theme or action another agenda cites, renamed
    /// or removed. Every agenda and registry of the folder is checked as `mja check FOLDER` checks
    /// it, once with `text` and once with `before` in the file's place; an error of another file is
    /// new when the same file has no such error (code and message) with `before`. Empty when the
    /// edit breaks nothing elsewhere.
    public static func newErrorsElsewhere(file: String, text: String, before: String, loader: WorkspaceLoader) -> [Diagnostic] {
        // A file named without a folder (`mja ... am05-twente.toml` in `regions/`) is in the current one.
        let folder = FilePath.deletingLastComponent(of: file).isEmpty ? "." : FilePath.deletingLastComponent(of: file)
        func errors(_ content: String) -> [Diagnostic] {
            var loader = loader
            loader.replacements[file] = Array(content.utf8)
            let workspace = loader.load(directory: folder)
            return AgendaChecker().check(workspace).filter { $0.severity == .error && $0.file != nil && $0.file != file }
        }
        var known: [String: Int] = [:]
        for diagnostic in errors(before) { known[(diagnostic.file ?? "") + "\u{0}" + diagnostic.code + diagnostic.message, default: 0] += 1 }
        var result: [Diagnostic] = []
        for diagnostic in errors(text) {
            let key = (diagnostic.file ?? "") + "\u{0}" + diagnostic.code + diagnostic.message
            if let count = known[key], count > 0 { known[key] = count - 1 } else { result.append(diagnostic) }
        }
        return result
    }

    /// Which of `fields` (key paths of form fields) each diagnostic belongs to: for its place and each
    /// of its notes' places, the deepest field whose value in `root` holds it (a ceiling exceeded is
    /// reported at the ceiling with a note at every amount that counts: it goes to each of those
    /// amounts). Empty for a diagnostic no field holds (the form shows it above its fields).
    public static func place(_ diagnostics: [Diagnostic], fields: [[TOMLPathComponent]], in root: TOMLTable) -> [(Diagnostic, [[TOMLPathComponent]])] {
        let ranges = fields.compactMap { path in AgendaPath.value(at: path, in: root).map { (path, $0.range) } }
        return diagnostics.map { diagnostic in
            let places = [diagnostic.range].compactMap { $0 } + diagnostic.notes.compactMap(\.range)
            var found: [[TOMLPathComponent]] = []
            for position in places.map(\.start) {
                if let deepest = ranges.filter({ contains($0.1, position) }).max(by: { $0.0.count < $1.0.count })?.0, !found.contains(deepest) {
                    found.append(deepest)
                }
            }
            return (diagnostic, found)
        }
    }

    /// Whether `position` lies in `range` (its lines, for a value over several lines; else its columns).
    static func contains(_ range: SourceRange, _ position: SourcePosition) -> Bool {
        if range.start.line == range.end.line {
            return position.line == range.start.line && position.column >= range.start.column && position.column < max(range.end.column, range.start.column + 1)
        }
        return position >= range.start && position < range.end
    }
}
