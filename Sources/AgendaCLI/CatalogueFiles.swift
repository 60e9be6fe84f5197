import Agenda
import FoundationEssentials
import FoundationGaps
import JSON

/// The catalogue and publication records of a build (issue 37): a DCAT-AP-NL record
/// (`dcat.jsonld`) beside the open data of each agenda and of the country, written only where
/// `--formaat data` wrote that data (a `data/` folder), so a record never describes files that are
/// not there; and `sitemap.xml` with DiWoo metadata for the Woo-index, only when the build knows the
/// address it is published at (`--publicatieadres`).
struct CatalogueFiles {
    let output: String
    let workspace: Workspace
    /// The address the output folder is published at, ending in `/`; nil: no sitemap, relative links.
    let baseAddress: String?

    /// The file name of a catalogue record.
    static let recordName = "dcat.jsonld"

    /// The records and the sitemap, by path below the output folder, for the agendas built into
    /// `folders` (agenda file -> folder) and the documents `documents` (paths below the output folder).
    func files(folders: [(file: String, folder: String)], documents: [String]) -> [(path: String, bytes: [UInt8])] {
        let agendas = Dictionary(workspace.agendas.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [(String, [UInt8])] = []
        for (file, folder) in folders {
            guard let agenda = agendas[file], let data = dataFiles(in: "\(folder)/data") else { continue }
            let record = CatalogueRecord(
                title: "Open data: \(agenda.title)",
                description: "De \(agenda.title) als open data: de thema's, acties, begroting, resultaten, indicatoren, metingen, signalen en het oordeel over de zes afwegingen, als tabellen (CSV) met een datapakket dat ze beschrijft.",
                publisher: publisher(of: agenda), version: agenda.version, issued: adoption(of: agenda),
                modified: agenda.referenceDate ?? adoption(of: agenda), period: agenda.policyPeriod,
                keywords: keywords(of: [agenda]), licence: licence(in: "\(folder)/data"), files: data,
                baseAddress: baseAddress.map { "\($0)\(folder)/data/" })
            result.append(("\(folder)/data/\(Self.recordName)", record.jsonLD()))
        }
        if let data = dataFiles(in: "data") {
            let national = workspace.nationalAgenda
            let first = workspace.agendas.map(\.policyPeriod.first).min() ?? 0, last = workspace.agendas.map(\.policyPeriod.last).max() ?? 0
            let record = CatalogueRecord(
                title: "Open data van de landelijke en regionale meerjarenagenda's arbeidsmarkt",
                description: "De meerjarenagenda's van het Landelijk Beraad en de arbeidsmarktregio's als open data, alle agenda's samen met de regio als sleutel: thema's, acties, begroting, resultaten, indicatoren, metingen, signalen en het oordeel over de zes afwegingen, als tabellen (CSV) met een datapakket dat ze beschrijft.",
                publisher: "Landelijk Beraad", version: national?.version ?? "", issued: national.flatMap(adoption),
                modified: national.flatMap { $0.referenceDate ?? adoption(of: $0) }, period: national?.policyPeriod ?? YearRange(first: first, last: last),
                keywords: keywords(of: workspace.agendas), licence: licence(in: "data"), files: data,
                baseAddress: baseAddress.map { "\($0)data/" })
            result.append(("data/\(Self.recordName)", record.jsonLD()))
        }
        if let baseAddress {
            result.append(("sitemap.xml", DiWooSitemap(baseAddress: baseAddress, entries: sitemapEntries(folders: folders, documents: documents, agendas: agendas)).xml()))
        }
        return result
    }

    /// The data files of a folder below the output folder, sorted, without the record itself; nil
    /// when the folder is not there (no data was built).
    private func dataFiles(in folder: String) -> [String]? {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: "\(output)/\(folder)", isDirectory: &isDirectory), isDirectory else { return nil }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(output)/\(folder)")) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != Self.recordName }.sorted()
    }

    /// The licence the data package names (`licenses[0].path`), or nil.
    private func licence(in folder: String) -> String? {
        // Read with the program's own JSON reader: the package is this build's, so one whose
        // licence is not where it belongs has none.
        guard let data = FileManager.default.contents(atPath: "\(output)/\(folder)/datapackage.json"),
              let package = try? JSONParser.parse(String(decoding: data, as: UTF8.self)),
              case .object(let members) = package.kind,
              case .array(let licences)? = members.last(where: { $0.key == "licenses" })?.value.kind,
              case .object(let first)? = licences.first?.kind,
              case .string(let path)? = first.last(where: { $0.key == "path" })?.value.kind else { return nil }
        return path
    }

    private func adoption(of agenda: Agenda) -> CalendarDate? { agenda.status == .adopted ? agenda.adoptedOn : nil }

    /// "Regionaal Beraad Twente", "Landelijk Beraad".
    private func publisher(of agenda: Agenda) -> String {
        guard let code = agenda.scope.regionCode else { return "Landelijk Beraad" }
        return "Regionaal Beraad \(workspace.registry.region(code)?.name ?? code)"
    }

    private func keywords(of agendas: [Agenda]) -> [String] {
        var words = ["arbeidsmarkt", "meerjarenagenda"]
        for agenda in agendas {
            if let code = agenda.scope.regionCode, let name = workspace.registry.region(code)?.name { words.append(name) }
        }
        return words
    }

    /// One sitemap entry per document file of an agenda or of the country.
    private func sitemapEntries(folders: [(file: String, folder: String)], documents: [String], agendas: [String: Agenda]) -> [DiWooSitemap.Entry] {
        let byFolder = Dictionary(folders.map { ($0.folder, $0.file) }, uniquingKeysWith: { first, _ in first })
        return documents.sorted().compactMap { path in
            let parts = path.split(separator: "/")
            let name = FilePath.deletingExtension(of: parts.last.map(String.init) ?? path)
            if parts.count == 2, let file = byFolder[String(parts[0])], let agenda = agendas[file] {
                return DiWooSitemap.Entry(path: path, title: "\(agenda.title): \(name)", publisher: publisher(of: agenda),
                                          adopted: adoption(of: agenda), created: adoption(of: agenda) ?? agenda.referenceDate)
            }
            guard parts.count == 1 else { return nil }
            let title = name == "signalen" ? "Signalen uit de regio's" : name == "signalen-dia" ? "Signalen uit de regio's: dia's" : name
            return DiWooSitemap.Entry(path: path, title: title, publisher: "Landelijk Beraad", adopted: nil, created: nil)
        }
    }
}
