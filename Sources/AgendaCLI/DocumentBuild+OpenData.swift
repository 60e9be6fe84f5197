import Agenda
import Diagnostics
import FoundationEssentials
import TOML

/// `mja build --formaat data`: the open data of each agenda in its `data/` folder, and of every
/// agenda together in `data/` at the top (see Formats/README.md).
extension DocumentBuild {
    /// The link texts in the index of the two files a reader starts from; the CSV tables are not
    /// linked one by one (the package lists them).
    /// The index shows labels of one title together: "Open data: agenda.json · datapackage.json".
    static let agendaJSONLabel = "Open data (agenda.json)"
    static let packageLabel = "Open data (datapackage.json)"
    static let nationalPackageLabel = "Open data van alle agenda's (datapackage.json)"

    /// The open-data files of an agenda's folder with their index links (empty: not linked).
    static let openDataNames: [(name: String, label: String)] =
        [("\(OpenDataFiles.folderName)/\(OpenDataFiles.agendaFileName)", agendaJSONLabel)]
        + OpenDataTables.schemas.map { ("\(OpenDataFiles.folderName)/\($0.fileName)", "") }
        + [("\(OpenDataFiles.folderName)/\(DataPackage.fileName)", packageLabel)]

    /// The tables of the agendas of `jobs`, by file, made on all cores.
    static func openDataTables(of jobs: [Job], assessor: CriteriaAssessor) -> [String: OpenDataTables] {
        let agendas = jobs.compactMap { job -> Agenda? in if case .agenda(let agenda, _, _) = job { agenda } else { nil } }
        let tables = agendas.concurrentMap { agenda in
            OpenDataTables(agenda: agenda, scorecards: assessor.scorecards(for: agenda))
        }
        return Dictionary(zip(agendas.map(\.file), tables), uniquingKeysWith: { first, _ in first })
    }

    /// `data/agenda.json`, the tables and `data/datapackage.json` of one agenda.
    func openDataFiles(of agenda: Agenda, tables: OpenDataTables) throws -> [GeneratedFile] {
        let folder = OpenDataFiles.folderName
        // agenda.json is the file's own TOML as JSON: read it as the build found it.
        guard let data = FileManager.default.contents(atPath: agenda.file), let text = String(data: data, encoding: .utf8) else {
            throw CommandError(LocalizedText("\(agenda.file) kan niet opnieuw gelezen worden voor agenda.json",
                                             "\(agenda.file) cannot be read again for agenda.json"))
        }
        let json: [UInt8]
        do {
            json = try OpenDataFiles.agendaJSON(fromTOML: text)
        } catch {
            throw CommandError(LocalizedText("\(agenda.file) is veranderd tijdens de bouw (\(error.range.start)); bouw opnieuw",
                                             "\(agenda.file) changed during the build (\(error.range.start)); build again"))
        }
        return [GeneratedFile(name: "\(folder)/\(OpenDataFiles.agendaFileName)", label: Self.agendaJSONLabel, bytes: json)]
            + OpenDataFiles.tableFiles(of: agenda, tables: tables).map { file in
                GeneratedFile(name: "\(folder)/\(file.name)", label: file.name == DataPackage.fileName ? Self.packageLabel : "", bytes: file.bytes)
            }
    }

    /// The national tables in `data/`, the agendas in the order of the workspace.
    func nationalDataFiles() -> [GeneratedFile] {
        let agendas = workspace.agendas.compactMap { agenda in openDataTables[agenda.file].map { (agenda, $0) } }
        return OpenDataFiles.nationalFiles(of: agendas).map { file in
            GeneratedFile(name: "\(OpenDataFiles.folderName)/\(file.name)",
                          label: file.name == DataPackage.fileName ? Self.nationalPackageLabel : "", bytes: file.bytes)
        }
    }
}
