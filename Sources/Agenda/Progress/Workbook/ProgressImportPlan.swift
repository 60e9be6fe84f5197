import Diagnostics
import Documents
import FoundationEssentials

/// What a progress workbook (`mja voortgang --xlsx`, filled in in Excel or LibreOffice) changes in
/// which agenda, before anything is written: the status, progress and date of actions, the realised
/// amounts per year and source, the measurements of results. Shown by `mja voortgang --xlsx-invoer`
/// and the server's `/voortgang/invoer`, written by `plan.apply(to:of:)` through the TOML edit API.
///
/// A value edited in the workbook (it differs from the hidden sheet `Basis`) is taken; when the
/// agenda changed the same value since, it is a conflict (MJA414) and not taken. A cell that cannot
/// surely be read is refused by its name and why (`Realisatie!G7: '1,500' kan ...`); the rest of its
/// row is refused with it, other rows apply. An agenda with errors is not read into (MJA416).
public struct ProgressImportPlan: Sendable {
    /// The edits per agenda and the refused cells.
    public var plan: WorkbookEditPlan

    /// Plans the workbook `bytes` (named `file` in messages) against the agendas of `workspace`;
    /// the agendas in `errorFiles` (files with errors) get nothing.
    public init(workbook bytes: [UInt8], file: String, workspace: Workspace, errorFiles: Set<String>, language: Language = .dutch) {
        var builder = ProgressPlanBuilder(file: file, workspace: workspace, errorFiles: errorFiles, language: language)
        do {
            let reader = try ProgressWorkbookReader(bytes, language: language)
            builder.read(reader)
        } catch {
            builder.refuse(error, at: nil)
        }
        plan = builder.plan
    }

    /// Plans the workbook at `path`; an unreadable file is a refusal of its own (MJA410).
    public init(workbookFile path: String, workspace: Workspace, errorFiles: Set<String>, language: Language = .dutch) {
        guard let data = FileManager.default.contents(atPath: path) else {
            self.init(refusing: .notAProgressWorkbook(reason: language.pick("het bestand is niet te lezen", "the file cannot be read")),
                      file: path, workspace: workspace, language: language)
            return
        }
        self.init(workbook: [UInt8](data), file: path, workspace: workspace, errorFiles: errorFiles, language: language)
    }

    private init(refusing problem: ProgressImportProblem, file: String, workspace: Workspace, language: Language) {
        var builder = ProgressPlanBuilder(file: file, workspace: workspace, errorFiles: [], language: language)
        builder.refuse(problem, at: nil)
        plan = builder.plan
    }
}
