import TOML

/// The files of the open data (`mja build --formaat data`): per agenda `agenda.json`, the eight CSV
/// tables and `datapackage.json`; for the country the same tables of every agenda together with
/// their own `datapackage.json`. Pure: the caller reads the agenda's file and writes the result.
public enum OpenDataFiles {
    /// The folder the files go in, inside an agenda's folder and at the top of the output.
    public static let folderName = "data"
    /// The agenda as JSON.
    public static let agendaFileName = "agenda.json"

    /// The agenda as JSON: its file's TOML, key for key, as the schema of `mja schema` describes it.
    public static func agendaJSON(fromTOML text: String) throws(TOMLError) -> [UInt8] {
        Array(try TOML.parse(text).plainJSON().utf8)
    }

    /// The tables and the package of one agenda, by file name in its `data/` folder (without
    /// `agenda.json`), in the order of the package.
    public static func tableFiles(of agenda: Agenda, tables: OpenDataTables) -> [(name: String, bytes: [UInt8])] {
        let region = OpenDataTables.regionKey(of: agenda)
        let package = DataPackage(
            name: "mja-\(region.lowercased())", title: agenda.title,
            description: "De gegevens van \(agenda.title) (versie \(agenda.version), \(agenda.status.rawValue)) als tabellen: thema's, acties, begroting en realisatie, resultaten, indicatoren, metingen, signalen en de afwegingen per thema. De hele agenda staat in agenda.json.",
            version: agenda.version, licence: agenda.licence, tables: tables.tables)
        return files(package)
    }

    /// The national tables: the tables of `agendas` one after the other. CC BY 4.0 when any agenda
    /// asks for attribution (the set holds its data), CC0 otherwise.
    public static func nationalFiles(of agendas: [(agenda: Agenda, tables: OpenDataTables)]) -> [(name: String, bytes: [UInt8])] {
        let schemas = OpenDataTables.schemas
        let tables = schemas.enumerated().map { index, schema in schema.appending(agendas.map { $0.tables.tables[index] }) }
        let licence: Agenda.Licence = agendas.contains { $0.agenda.licence == .ccBy } ? .ccBy : .cc0
        let package = DataPackage(
            name: "mja-nederland", title: "Meerjarenagenda's arbeidsmarkt: alle agenda's",
            description: "De tabellen van \(agendas.count) meerjarenagenda's samen (de landelijke en de regionale); de kolom regio zegt van welke agenda een rij is. Per agenda staan de tabellen en agenda.json in de map van de agenda.",
            version: nil, licence: licence, tables: tables)
        return files(package)
    }

    private static func files(_ package: DataPackage) -> [(name: String, bytes: [UInt8])] {
        package.tables.map { ($0.fileName, $0.csv()) } + [(DataPackage.fileName, package.json())]
    }
}
