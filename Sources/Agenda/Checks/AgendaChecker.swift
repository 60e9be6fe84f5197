import Diagnostics
import TOML

/// Runs every check on the agendas of a workspace: the six criteria per theme, the structure, the
/// budgets. Problems in reading the files are the loader's; this adds what a well-formed agenda can
/// still get wrong. An agenda with reading errors is still checked, except the parts (a theme, a
/// signal, the opening) that hold an error: those get a note that their checks did not run.
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
        check(workspace, assessor: CriteriaAssessor.forRequested(workspace, options: options))
    }

    /// The same, weighing the themes with `assessor` (made with the same options for the requested
    /// files of `workspace`), so a build can use it again for the documents' scorecards.
    public func check(_ workspace: Workspace, assessor: CriteriaAssessor) -> [Diagnostic] {
        let requested = Set(workspace.requestedFiles)
        var findings: [CheckFinding] = []
        let errors = Dictionary(grouping: workspace.diagnostics.filter { $0.severity == .error }, by: { $0.file ?? "" })
        for agenda in workspace.agendas where requested.contains(agenda.file) {
            var own: [CheckFinding] = []
            StructureChecks(agenda: agenda).run(into: &own)
            BudgetChecks(agenda: agenda, registry: workspace.registry, language: language).run(into: &own)
            ProgressChecks(agenda: agenda, registry: workspace.registry, language: language).run(into: &own)
            for theme in agenda.themes where !theme.isContinuous {
                for assessment in assessor.scorecard(for: theme, in: agenda).assessments where assessment.verdict != .meets {
                    own.append(.init(.criterion(theme: theme.title, assessment: assessment), theme.origin.file, theme.origin.range))
                }
            }
            findings += withoutErrorParts(own, of: agenda, errors: errors[agenda.file] ?? [],
                                          skipped: workspace.skippedStatements[agenda.file] ?? [])
            // The text as written holds its leftovers whatever else is broken: they are reported in every part.
            // Made by the loader while the text was read (its text may since be let go of); for a
            // workspace made otherwise, from the text it holds.
            let text = workspace.textFindings[agenda.file] ?? TextChecks(agenda: agenda, source: workspace.sources[agenda.file]).found()
            for (problem, range) in text { findings.append(CheckFinding(problem, agenda.file, range)) }
        }
        // A file that is not TOML has no model at all: say that nothing else was checked.
        let read = Set(workspace.agendas.map(\.file))
        for file in workspace.requestedFiles where !read.contains(file) {
            if let syntax = errors[file]?.first(where: { $0.code == "MJA001" }), let range = syntax.range {
                findings.append(.init(.skippedForError(part: .file, count: 0), file, range))
            }
        }
        let checks = findings.filter { requested.contains($0.file) }.map { $0.diagnostic(in: language) }
        return (workspace.diagnostics + checks).sorted(by: Diagnostic.printingOrder)
    }

    /// The findings of the parts of `agenda` without errors, and for each part with an error whose
    /// checks found something, a note that they were not run: a partial model would mislead there.
    ///
    /// A part whose only errors are syntax errors was read but for the statements left out; a finding
    /// that cannot depend on those (`SkippedDependency`) is kept, so it is not first seen in a second run.
    private func withoutErrorParts(
        _ findings: [CheckFinding], of agenda: Agenda, errors: [Diagnostic], skipped statements: [SkippedStatement]
    ) -> [CheckFinding] {
        guard !errors.isEmpty else { return findings }
        let parts = AgendaParts(agenda)
        let broken = errors.contains { $0.range == nil } ? nil : Set(errors.compactMap { $0.range.map { parts.part(at: $0.start.line).part } })
        let otherErrors = Set(errors.filter { $0.code != "MJA001" }.compactMap { $0.range.map { parts.part(at: $0.start.line).part } })
        let skippedByPart = Dictionary(grouping: statements, by: { parts.part(at: $0.lines.lowerBound).part })
        var kept: [CheckFinding] = []
        var skipped: [AgendaPart: (count: Int, range: SourceRange)] = [:]
        for finding in findings {
            let (part, header) = parts.part(at: finding.range.start.line)
            if let broken, !broken.contains(part) {
                kept.append(finding)
            } else if broken != nil, !otherErrors.contains(part),
                      SkippedDependency.isIndependent(finding.problem.code, of: skippedByPart[part] ?? []) {
                kept.append(finding)
            } else {
                let range = header ?? skipped[part]?.range ?? finding.range
                skipped[part] = ((skipped[part]?.count ?? 0) + 1, range)
            }
        }
        for (part, entry) in skipped {
            kept.append(.init(.skippedForError(part: part, count: entry.count), agenda.file, entry.range))
        }
        return kept
    }
}
