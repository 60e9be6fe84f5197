import Agenda
import Diagnostics
import FoundationEssentials

/// `mja signalen --xlsx-invoer FILE --toepassen`: writes what the workbook changes into the agendas'
/// files (through the TOML edit API, so each file keeps its layout), prints per agenda what changed,
/// and reports every refused cell. A file is written atomically, and only when it is still the text
/// the plan was made from; the other files are written regardless.
struct SignalImportRun {
    let invocation: Invocation
    let context: CommandContext

    func run() throws -> ExitCode {
        let l = context.language
        let inputs = invocation.values("xlsx-invoer")
        guard inputs.count == 1, let workbook = inputs.first else {
            throw UsageError.invalid(LocalizedText("--toepassen werkt met precies één --xlsx-invoer",
                                                   "--toepassen works with exactly one --xlsx-invoer"))
        }
        let workspace = try AgendaPaths.load(invocation.positionals, loader: context.workspaceLoader())
        var diagnostics = workspace.diagnostics.filter { $0.severity == .error }
        var written: [SignalImportPlan.AgendaSignalChanges] = []
        // An agenda with errors is not read in full: the plan would be made against part of it.
        if diagnostics.isEmpty {
            let plan = SignalImportPlan(workbookFile: workbook, workspace: workspace, language: l)
            diagnostics += plan.refused.map(\.diagnostic)
            for entry in plan.changes {
                if let problem = Self.write(entry, plan: plan, source: workspace.sources[entry.file], loader: context.workspaceLoader(), language: l) {
                    diagnostics.append(problem)
                } else {
                    written.append(entry)
                }
            }
        }
        if !diagnostics.isEmpty {
            _ = context.printDiagnostics(diagnostics.sorted(by: Diagnostic.printingOrder), fileCount: workspace.requestedFiles.count + 1,
                                         sources: workspace.sources, to: .error)
        }
        context.console.write(summary(written, workbook: workbook, refused: diagnostics.count), to: .output)
        return diagnostics.contains { $0.severity == .error } ? .failure : .success
    }

    /// Writes `entry`'s changes into its file; the problem when nothing was written. Changes that give
    /// another agenda of the folder a new error (as `mja check` reads it with `loader`) are not
    /// written (MJA420), as in the forms.
    static func write(_ entry: SignalImportPlan.AgendaSignalChanges, plan: SignalImportPlan, source: SourceText?,
                      loader: WorkspaceLoader = WorkspaceLoader(), language l: Language) -> Diagnostic? {
        func problem(_ problem: SignalImportProblem) -> Diagnostic {
            Diagnostic(severity: problem.severity, code: problem.code, message: problem.message(in: l), file: entry.file,
                       range: SourceRange(start: SourcePosition(line: 1, column: 1), end: SourcePosition(line: 1, column: 1)),
                       hint: problem.hint(in: l))
        }
        // Compared as bytes, as the loader read them (a byte order mark included).
        func bytes() -> [UInt8]? { FileManager.default.contents(atPath: entry.file).map { [UInt8]($0) } }
        guard let original = bytes(), let source, original == Array(source.string.utf8) else {
            return problem(.fileChanged(file: entry.file))
        }
        let read = String(decoding: original, as: UTF8.self)
        let edited: String
        do {
            edited = try plan.apply(to: read, of: entry.file, language: l)
        } catch {
            return problem(error.problem)
        }
        let elsewhere = EditCheck.newErrorsElsewhere(file: entry.file, text: edited, before: read, loader: loader)
        if !elsewhere.isEmpty { return ErrorsElsewhere.diagnostic(file: entry.file, errors: elsewhere, language: l) }
        // Read once more right before writing: a save in between is not overwritten.
        guard bytes() == original else { return problem(.fileChanged(file: entry.file)) }
        do {
            try FileOutput.write(Data(edited.utf8), to: entry.file)
        } catch {
            return problem(.notWritten(file: entry.file, signal: entry.region, reason: "\(error)"))
        }
        return nil
    }

    /// Per agenda written: the signals changed (with the fields) and the new ones; then the count.
    private func summary(_ written: [SignalImportPlan.AgendaSignalChanges], workbook: String, refused: Int) -> String {
        let l = context.language
        func signals(_ n: Int) -> String { l.count(n, ("signaal", "signalen"), ("signal", "signals")) }
        var lines: [String] = []
        for entry in written {
            lines.append(l.pick("\(entry.file) bijgewerkt:", "\(entry.file) updated:"))
            if !entry.changed.isEmpty {
                let described = entry.changed.map { signal in
                    signal.qualifiedID + " (" + entry.rows.filter { $0.signal == signal.id }
                        .map { SignalChangesSummary.describe(column: $0.field, old: $0.old, new: $0.new, language: l) }
                        .joined(separator: "; ") + ")"
                }
                lines.append("  " + signals(entry.changed.count) + l.pick(" gewijzigd: ", " changed: ") + described.joined(separator: ", "))
            }
            if !entry.added.isEmpty {
                lines.append("  " + signals(entry.added.count) + l.pick(" nieuw: ", " new: ") + entry.added.map(\.qualifiedID).joined(separator: ", "))
            }
        }
        let agendas = l.count(written.count, ("agenda", "agenda's"), ("agenda", "agendas"))
        let problems = l.count(refused, ("melding", "meldingen"), ("message", "messages"))
        lines.append(refused == 0
            ? l.pick("\(agendas) bijgewerkt uit \(workbook).", "\(agendas) updated from \(workbook).")
            : l.pick("\(agendas) bijgewerkt uit \(workbook). Niet toegepast: \(problems), zie hierboven.",
                     "\(agendas) updated from \(workbook). Not applied: \(problems), see above."))
        return lines.joined(separator: "\n") + "\n"
    }
}
