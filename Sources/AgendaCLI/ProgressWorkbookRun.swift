import Agenda
import Diagnostics
import Documents
import FoundationEssentials

/// `mja voortgang --xlsx` writes the progress workbook of the agendas given (`MAP/voortgang.xlsx`);
/// `mja voortgang --xlsx-invoer FILE` shows what a filled-in one changes, per agenda, and every
/// refused cell; with `--toepassen` it writes the changes into the agendas' files (through the TOML
/// edit API, so each keeps its layout). A file is written atomically, only when it is still the
/// text the plan was made from and the changes give it no new error; the other files regardless.
struct ProgressWorkbookRun {
    let invocation: Invocation
    let context: CommandContext

    /// The workbook's file name in the output folder.
    static let fileName = "voortgang.xlsx"

    /// Writes the workbook of the requested agendas without errors.
    func write() throws -> ExitCode {
        let workspace = try AgendaPaths.load(invocation.positionals, loader: context.workspaceLoader())
        let errorFiles = Self.errorFiles(workspace, language: context.language)
        let requested = workspace.requestedFiles.compactMap { workspace.agenda(inFile: $0) }
        let good = requested.filter { !errorFiles.contains($0.file) }
        for agenda in requested where errorFiles.contains(agenda.file) {
            context.writeError(context.text("\(agenda.file): niet in de voortgangswerkmap: los eerst de fouten op ('mja check \(agenda.file)')",
                                            "\(agenda.file): not in the progress workbook: fix its errors first ('mja check \(agenda.file)')"))
        }
        guard !good.isEmpty else { return .failure }
        let output = invocation.option("uit") ?? "out"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let path = "\(output)/\(Self.fileName)"
        try FileOutput.write(Data(XlsxWriter().render(ProgressWorkbook.workbook(good, workspace: workspace))), to: path)
        let agendas = context.language.count(good.count, ("agenda", "agenda's"), ("agenda", "agendas"))
        context.console.writeLine(context.text("Voortgangswerkmap van \(agendas) geschreven: \(path)", "Wrote the progress workbook of \(agendas): \(path)"))
        return good.count == requested.count ? .success : .failure
    }

    /// Shows (and with `--toepassen` writes) what the workbook changes.
    func read() throws -> ExitCode {
        let l = context.language
        let inputs = invocation.values("xlsx-invoer")
        guard inputs.count == 1, let workbook = inputs.first else {
            throw UsageError.invalid(LocalizedText("--xlsx-invoer werkt hier met precies één werkmap", "--xlsx-invoer works with exactly one workbook here"))
        }
        let apply = invocation.flag("toepassen")
        let loader = context.workspaceLoader()
        let workspace = try AgendaPaths.load(invocation.positionals, loader: loader)
        let errorFiles = Self.errorFiles(workspace, language: l)
        let plan = ProgressImportPlan(workbookFile: workbook, workspace: workspace, errorFiles: errorFiles, language: l).plan
        var diagnostics = plan.refused.map(\.diagnostic)
        var written: [WorkbookEditPlan.AgendaEdits] = []
        for entry in plan.agendas {
            guard let source = workspace.sources[entry.file] else { continue }
            switch Self.write(entry, source: source, loader: loader, apply: apply, language: l) {
            case .some(let problem): diagnostics.append(problem)
            case .none: written.append(entry)
            }
        }
        if !diagnostics.isEmpty {
            _ = context.printDiagnostics(diagnostics, fileCount: workspace.requestedFiles.count + 1, sources: workspace.sources, to: .error)
        }
        context.console.write(summary(written, workbook: workbook, refused: diagnostics.count, applied: apply), to: .output)
        return diagnostics.isEmpty ? .success : .failure
    }

    /// The files with errors: nothing is read into them.
    static func errorFiles(_ workspace: Workspace, language: Language) -> Set<String> {
        Set(AgendaChecker(language: language).check(workspace).filter { $0.severity == .error }.compactMap(\.file))
    }

    /// Checks `entry`'s changes and, when `apply`, writes them; the problem when nothing is (to be)
    /// written: one of the workbook's own (MJA410-MJA419), or MJA420 when the changes give another
    /// agenda of the folder a new error, as in the forms.
    static func write(_ entry: WorkbookEditPlan.AgendaEdits, source: SourceText, loader: WorkspaceLoader, apply: Bool, language l: Language) -> Diagnostic? {
        func problem(_ problem: ProgressImportProblem) -> Diagnostic { ProgressImportPlan.diagnostic(problem, file: entry.file, language: l) }
        // Compared as bytes, as the loader read them.
        func bytes() -> [UInt8]? { FileManager.default.contents(atPath: entry.file).map { [UInt8]($0) } }
        let changed = problem(.notWritten(file: entry.file, reason: l.pick("het bestand is gewijzigd sinds mja het las", "the file changed since mja read it")))
        guard let original = bytes(), original == Array(source.string.utf8) else { return changed }
        let read = String(decoding: original, as: UTF8.self)
        let edited: String
        switch ProgressImportPlan.editedText(entry, original: read, loader: loader, language: l) {
        case .failure(let failure): return problem(failure)
        case .success(let text): edited = text
        }
        let elsewhere = EditCheck.newErrorsElsewhere(file: entry.file, text: edited, before: read, loader: loader)
        if !elsewhere.isEmpty { return ErrorsElsewhere.diagnostic(file: entry.file, errors: elsewhere, language: l) }
        guard apply else { return nil }
        // Read once more right before writing: a save in between is not overwritten.
        guard bytes() == original else { return changed }
        do {
            try FileOutput.write(Data(edited.utf8), to: entry.file)
        } catch {
            return problem(.notWritten(file: entry.file, reason: "\(error)"))
        }
        return nil
    }

    /// Per agenda the changes (applied, or to apply), then the count.
    private func summary(_ entries: [WorkbookEditPlan.AgendaEdits], workbook: String, refused: Int, applied: Bool) -> String {
        let l = context.language
        var lines: [String] = []
        for entry in entries {
            lines.append(applied ? l.pick("\(entry.file) bijgewerkt:", "\(entry.file) updated:") : l.pick("\(entry.file) (\(entry.label)) zou veranderen:", "\(entry.file) (\(entry.label)) would change:"))
            for row in entry.rows {
                let change = row.old.isEmpty ? l.pick("nieuw \(row.new)", "new \(row.new)")
                    : row.new.isEmpty ? l.pick("\(row.old) geschrapt", "\(row.old) removed") : "\(row.old) → \(row.new)"
                lines.append("  \(row.cell): \(row.subject): \(row.field) \(change)")
            }
        }
        let agendas = l.count(entries.count, ("agenda", "agenda's"), ("agenda", "agendas"))
        let problems = l.count(refused, ("melding", "meldingen"), ("message", "messages"))
        if applied {
            lines.append(refused == 0 ? l.pick("\(agendas) bijgewerkt uit \(workbook).", "\(agendas) updated from \(workbook).")
                : l.pick("\(agendas) bijgewerkt uit \(workbook). Niet toegepast: \(problems), zie hierboven.", "\(agendas) updated from \(workbook). Not applied: \(problems), see above."))
        } else {
            lines.append(l.pick("Niets geschreven: \(agendas) met wijzigingen\(refused == 0 ? "" : ", \(problems) (zie hierboven)"). Voeg --toepassen toe om ze in de agenda's te schrijven.",
                                "Nothing written: \(agendas) with changes\(refused == 0 ? "" : ", \(problems) (see above)"). Add --toepassen to write them into the agendas."))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
