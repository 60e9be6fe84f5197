import Agenda
import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// Where `mja init` writes a new agenda, and which example agenda of the same region it moves aside
/// first, so that the folder ends with one agenda per region (no MJA140) and a file name that fits
/// the region (no MJA017). Decides only; `moveExamplesAside()` and the writing happen after.
struct InitTarget {
    /// The file to write.
    let path: String
    /// Example agendas (`voorbeeld = true`) of the same region in the target's folder, each with
    /// the path it moves to under `voorbeelden/`.
    let examples: [(from: String, to: String)]

    /// The name of the folder, next to the agendas, that keeps replaced example agendas.
    static let exampleFolder = "voorbeelden"

    /// Plans the writing of an agenda for `region`: `option` is `--uit` (a file or a folder), `folder`
    /// the agenda folder used without it. Throws when a user's own file would be in the way.
    init(region: Region, option: String?, folder: String) throws {
        let name = "\(region.code.lowercased())-\(InitCommand.slug(region.name)).toml"
        var path = "\(folder)/\(name)"
        if let option {
            var isDirectory = false
            if option.hasSuffix("/") || (FileManager.default.fileExists(atPath: option, isDirectory: &isDirectory) && isDirectory) {
                path = (option.hasSuffix("/") ? String(option.dropLast()) : option) + "/" + name
            } else {
                path = option
                try Self.requireFitting(option, region: region, suggested: name)
            }
        }
        let directory = Self.directory(of: path)
        var examples: [(String, String)] = []
        for file in WorkspaceLoader.agendaFiles(in: directory) {
            guard let header = AgendaHeader(contentsOfFile: file), header.region == region.code else { continue }
            let relative = FilePath.lastComponent(of: file)
            guard header.isExample else {
                if Self.same(file, path) { continue }   // reported as "bestaat al" when writing
                throw CommandError(LocalizedText(
                    "'\(file)' is al een agenda van \(region.name) (\(region.code)), en per regio hoort één agenda in een map (anders fout MJA140). Werk dat bestand bij, of kies met --uit een andere map.",
                    "'\(file)' already is an agenda of \(region.name) (\(region.code)), and a folder holds one agenda per region (else error MJA140). Update that file, or choose another folder with --uit."))
            }
            let destination = (directory == "." ? "" : directory + "/") + "\(Self.exampleFolder)/\(relative)"
            if FileManager.default.fileExists(atPath: destination) {
                throw CommandError(LocalizedText(
                    "de voorbeeldagenda '\(file)' kan niet opzij worden gezet: '\(destination)' bestaat al. Verplaats of verwijder een van beide en probeer het opnieuw.",
                    "the example agenda '\(file)' cannot be moved aside: '\(destination)' already exists. Move or remove one of them and try again."))
            }
            examples.append((file, destination))
        }
        self.path = path
        self.examples = examples
    }

    /// Moves the example agendas aside; never replaces a file (`link` refuses an existing name).
    func moveExamplesAside() throws {
        for (from, to) in examples {
            try? FileManager.default.createDirectory(atPath: Self.directory(of: to), withIntermediateDirectories: true)
            guard link(from, to) == 0, unlink(from) == 0 else {
                throw CommandError(LocalizedText(
                    "de voorbeeldagenda '\(from)' kan niet naar '\(to)' worden verplaatst (\(String(cString: strerror(errno))))",
                    "the example agenda '\(from)' cannot be moved to '\(to)' (\(String(cString: strerror(errno))))"))
            }
        }
    }

    /// The folder of `path`, "." for a bare file name.
    static func directory(of path: String) -> String {
        let folder = FilePath.deletingLastComponent(of: path)
        return folder.isEmpty ? "." : folder
    }

    /// The `#:schema` path of an agenda at `path` to `schema`: relative, as editors resolve it from
    /// the agenda's own folder (`./mja-agenda.schema.json` next to it, `../regions/...` elsewhere).
    static func schemaReference(from path: String, to schema: String) -> String {
        let from = URL(fileURLWithPath: directory(of: path)).standardizedFileURL.pathComponents
        let to = URL(fileURLWithPath: schema).standardizedFileURL.pathComponents
        var common = 0
        while common < min(from.count, to.count - 1) && from[common] == to[common] { common += 1 }
        let up = from.count - common
        let down = to[common...].joined(separator: "/")
        return up == 0 ? "./" + down : String(repeating: "../", count: up) + down
    }

    private static func requireFitting(_ file: String, region: Region, suggested: String) throws {
        let base = FilePath.lastComponent(of: file)
        let stem = FilePath.deletingExtension(of: base).lowercased()
        let code = region.code.lowercased()
        guard FilePath.extension(of: base) != "toml" || (stem != code && !stem.hasPrefix(code + "-")) else { return }
        let better = (directory(of: file) == "." ? "" : directory(of: file) + "/") + suggested
        throw UsageError.invalid(LocalizedText(
            "'\(file)' past niet bij \(region.name) (\(region.code)): de naam van een agendabestand begint met de regiocode en eindigt op .toml (anders fout MJA017). Gebruik bijvoorbeeld --uit \(better)",
            "'\(file)' does not fit \(region.name) (\(region.code)): an agenda file's name starts with the region code and ends in .toml (else error MJA017). Use for example --uit \(better)"))
    }

    private static func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}
