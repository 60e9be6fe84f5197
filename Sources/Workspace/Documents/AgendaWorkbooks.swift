import Agenda
import Diagnostics
import Documents

/// The workbooks of one agenda: its budget lines (as `mja begroting` writes them), its signals
/// (as `mja signalen --xlsx`) and its progress to fill in (as `mja voortgang --xlsx`). Made here rather than by running those commands: both weigh every
/// agenda of the folder (the budget of all regions, the signals across regions), and a download
/// from an agenda's page must hold that agenda's alone. The other agendas are still read, for the
/// registries and names they share.
enum AgendaWorkbooks {
    /// The budget, signals and progress workbooks of the agenda at `path` (relative to the workspace,
    /// `regions/am13-midden-utrecht.toml`), in the workspace folder `folder`.
    static func make(folder: String, path: String) -> (budget: [UInt8], signals: [UInt8], progress: [UInt8]) {
        let workspace = workspace(folder: folder, path: path)
        let budget = XlsxWriter().render(BudgetWorkbook(workspace: workspace).workbook)
        let signals = XlsxWriter().render(SignalWorkbook.workbook(SignalCollection(workspace: workspace).signals))
        let progress = XlsxWriter().render(ProgressWorkbook.workbook(workspace.agendas, workspace: workspace))
        return (budget, signals, progress)
    }

    /// The workspace of `folder` with only the agenda at `path` among its agendas.
    static func workspace(folder: String, path: String) -> Workspace {
        var workspace = WorkspaceLoader(language: .dutch).load(directory: folder + "/regions")
        workspace.agendas = workspace.agendas.filter { $0.file == folder + "/" + path || $0.file.hasSuffix("/" + path) }
        return workspace
    }
}
