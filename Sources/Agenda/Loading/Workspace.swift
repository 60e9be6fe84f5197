import Diagnostics
import TOML

/// Everything read from an agenda folder: the registries, the agendas, and every problem found in
/// them, located. The source texts are kept so problems can be shown with their line.
public struct Workspace: Sendable {
    public var registry: Registry
    /// The agendas, the national one first, then by file name.
    public var agendas: [Agenda]
    /// Every problem found while reading and resolving, in printing order.
    public var diagnostics: [Diagnostic]
    /// The text of every file read, by the name used in diagnostics; released (read again from the
    /// file when a line is asked for) when the loader lets go of them (`releasesSourceTexts`).
    public var sources: [String: SourceText]
    /// The files that were asked for; problems in other files read only for context are left out.
    public var requestedFiles: [String]
    /// Per file, the statements left out after its syntax errors (see `TOML.parseRecovering`): what
    /// the checks know is missing from the model.
    public var skippedStatements: [String: [SkippedStatement]] = [:]
    /// The registry files read, by the name used in diagnostics; a built-in one's path starts with
    /// `WorkspaceLoader.builtInFolder`.
    public var registryFiles: [String] = []
    /// The agendas that say `voorbeeld = true` but are no longer the shipped example (MJA024).
    public var editedExamples: Set<String> = []
    /// Per requested agenda file, what the checks on its text as written found (`TextChecks`: template
    /// leftovers, empty prose, skeleton values), made while the loader had the file's text; the
    /// checks take them from here, since ``sources`` may hold the texts released. A file missing
    /// here (a workspace not made by the loader) is scanned from ``sources``.
    var textFindings: [String: [(CheckProblem, SourceRange)]] = [:]

    public init(
        registry: Registry, agendas: [Agenda], diagnostics: [Diagnostic], sources: [String: SourceText],
        requestedFiles: [String]
    ) {
        self.registry = registry
        self.agendas = agendas
        self.diagnostics = diagnostics
        self.sources = sources
        self.requestedFiles = requestedFiles
    }

    /// The national agenda, when one was read.
    public var nationalAgenda: Agenda? { agendas.first { $0.scope == .national } }

    /// The regional agendas in file order.
    public var regionalAgendas: [Agenda] { agendas.filter { $0.scope != .national } }

    /// Whether any requested file has an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Whether `agenda` is still a shipped example: it says `voorbeeld = true` and was not edited.
    public func isShippedExample(_ agenda: Agenda) -> Bool { agenda.isExample && !editedExamples.contains(agenda.file) }

    /// The agenda read from `file`, if it could be read.
    public func agenda(inFile file: String) -> Agenda? { agendas.first { $0.file == file } }
}
