import Diagnostics

/// Runs every check on the agendas of a workspace: the six criteria per theme, the structure, the
/// budgets. Problems in reading the files are the loader's; this adds what a well-formed agenda can
/// still get wrong.
public struct AgendaChecker: Sendable {
    public var options: CheckOptions
    public var language: Language

    public init(options: CheckOptions = CheckOptions(), language: Language = .dutch) {
        self.options = options
        self.language = language
    }

    /// The diagnostics for the requested files of `workspace`, in printing order, the loader's
    /// included.
    public func check(_ workspace: Workspace) -> [Diagnostic] {
        let requested = Set(workspace.requestedFiles)
        let assessor = CriteriaAssessor(workspace: workspace, options: options)
        var findings: [CheckFinding] = []
        // An agenda with errors in reading has a partial model; checking it would add noise.
        let unreadable = Set(workspace.diagnostics.filter { $0.severity == .error }.compactMap(\.file))
        for agenda in workspace.agendas where requested.contains(agenda.file) && !unreadable.contains(agenda.file) {
            StructureChecks(agenda: agenda).run(into: &findings)
            BudgetChecks(agenda: agenda, registry: workspace.registry).run(into: &findings)
            for theme in agenda.themes where !theme.isContinuous {
                for assessment in assessor.scorecard(for: theme, in: agenda).assessments where assessment.verdict != .meets {
                    findings.append(.init(.criterion(theme: theme.title, assessment: assessment), theme.origin.file, theme.origin.range))
                }
            }
        }
        let checks = findings.filter { requested.contains($0.file) }.map { $0.diagnostic(in: language) }
        return (workspace.diagnostics + checks).sorted(by: Diagnostic.printingOrder)
    }
}
