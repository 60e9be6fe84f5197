import AgendaCLI
import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// Makes what the pages show and offer from the workspace's files, with the real `mja` commands
/// run in this process (`build`, `check`, `signalen`, `verschil`) into a scratch folder that is
/// removed afterwards: the documents are exactly what `mja build` makes. Results are kept by the
/// content they come from (the git tree of the workspace), so a document is made once per change,
/// and made only when someone asks for it. One command runs at a time: the machine's cores serve
/// pages too.
public final class DocumentMaker: @unchecked Sendable {
    let store: WorkspaceStore
    private let lock = Lock()
    private let work = Lock()
    private var cache: [String: [String: [UInt8]]] = [:]
    private var checks: [String: [String: [CheckFinding]]] = [:]
    private var cacheKey = ""

    /// A maker for `store`'s workspace.
    public init(store: WorkspaceStore) {
        self.store = store
    }

    /// The formats an agenda is offered in, with the label on the page.
    public static let formats: [(format: String, label: String)] = [
        ("html", "HTML"), ("docx", "Word"), ("pdf", "PDF"), ("md", "Markdown"),
    ]

    /// The downloads of the agenda as a whole, beside its two parts: the slides (`mja build
    /// --formaat dia`), its signals and its budget as workbooks (`AgendaWorkbooks`), by the name
    /// in the address, with the label on the page and the type.
    public static let wholeAgendaDownloads: [(name: String, label: String, type: String)] = [
        ("dia.pptx", "Presentatie (PowerPoint)", "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        ("signalen.xlsx", "Signalen (Excel)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("begroting.xlsx", "Begroting (Excel)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        ("voortgang.xlsx", "Voortgang invullen (Excel)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ]

    /// How many times a command ran (a document was made rather than taken from the cache); for tests.
    private(set) var runs = 0

    /// One of `wholeAgendaDownloads` of `agenda`, made on request and kept per content; nil for
    /// another name.
    public func wholeAgendaDownload(of agenda: AgendaFile, name: String) -> [UInt8]? {
        switch name {
        case "dia.pptx":
            return documents(of: agenda, format: "dia")["dia.pptx"]
        case "signalen.xlsx", "begroting.xlsx", "voortgang.xlsx":
            let books = cached("\(agenda.id)/werkboeken") {
                runs += 1  // `cached` makes under `work`: one at a time.
                let made = AgendaWorkbooks.make(folder: store.folder, path: agenda.path)
                return ["begroting.xlsx": made.budget, "signalen.xlsx": made.signals, "voortgang.xlsx": made.progress]
            }
            return books[name]
        default:
            return nil
        }
    }

    /// `agenda`'s documents in `format` (`html`, `docx`, `pdf`, `md`, or `dia` for the slides), by
    /// file name (`beleidsdeel.html`, `dia.pptx`); empty when the agenda has errors (it is not built then).
    public func documents(of agenda: AgendaFile, format: String) -> [String: [UInt8]] {
        guard Self.formats.contains(where: { $0.format == format }) || format == "dia" else { return [:] }
        return cached("\(agenda.id)/\(format)") {
            let files = run(["build", store.path(of: agenda), "--formaat", format] + templateOption)
            let prefix = agenda.name + "/"
            var documents: [String: [UInt8]] = [:]
            for (path, bytes) in files where path.hasPrefix(prefix) { documents[String(path.dropFirst(prefix.count))] = bytes }
            return documents
        }
    }

    /// The signal report over every region as HTML, and the signals as an Excel workbook.
    public func signalReport() -> (html: [UInt8]?, workbook: [UInt8]?) {
        let files = cached("signalen") {
            run(["signalen", store.folder + "/regions", "--formaat", "html", "--xlsx", "@OUT@/signalen.xlsx"] + templateOption)
        }
        return (files.first { $0.key.hasSuffix("signalen.html") }?.value, files["signalen.xlsx"])
    }

    /// The changes document (`mja verschil`) from `old` to `new`, both texts of `agenda`.
    public func changes(of agenda: AgendaFile, from old: String, to new: String, key: String) -> [UInt8]? {
        let files = cached("verschil/\(agenda.id)/\(key)") {
            let scratch = Self.scratchFolder()
            defer { try? FileManager.default.removeItem(atPath: scratch) }
            let oldPath = scratch + "/oud/\(agenda.name).toml", newPath = scratch + "/nieuw/\(agenda.name).toml"
            do {
                try FileManager.default.createDirectory(atPath: scratch + "/oud", withIntermediateDirectories: true)
                try FileManager.default.createDirectory(atPath: scratch + "/nieuw", withIntermediateDirectories: true)
                try Data(old.utf8).write(to: URL(fileURLWithPath: oldPath))
                try Data(new.utf8).write(to: URL(fileURLWithPath: newPath))
            } catch {
                return [:]
            }
            return run(["verschil", oldPath, newPath, "--formaat", "html"] + templateOption)
        }
        return files.first { $0.key.hasSuffix("wijzigingen.html") }?.value
    }

    /// The findings of `mja check` over the whole workspace, by file path relative to it.
    public func findings() -> [String: [CheckFinding]] {
        let key = store.contentKey()
        if let known = lock.withLock({ key == cacheKey ? checks[key] : nil }) { return known }
        let console = CapturingConsole()
        work.withLock {
            _ = MJA.run(["check", store.folder + "/regions", "--format", "json"], environment: ["LANG": "nl_NL.UTF-8"], console: console)
        }
        let found = CheckFinding.parse(json: console.output, relativeTo: store.folder)
        lock.withLock {
            if key != cacheKey { cache = [:]; checks = [:]; cacheKey = key }
            checks[key] = found
        }
        return found
    }

    /// The templates of the workspace when it has its own.
    private var templateOption: [String] {
        var isDirectory = false
        let folder = store.folder + "/templates"
        return FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) && isDirectory ? ["--sjablonen", folder] : []
    }

    /// The result of `make`, made once per content of the workspace.
    private func cached(_ name: String, _ make: () -> [String: [UInt8]]) -> [String: [UInt8]] {
        let key = store.contentKey()
        if let known = lock.withLock({ key == cacheKey ? cache[name] : nil }) { return known }
        let made = work.withLock { make() }
        lock.withLock {
            if key != cacheKey { cache = [:]; checks = [:]; cacheKey = key }
            cache[name] = made
        }
        return made
    }

    /// Runs `mja ARGUMENTS --uit SCRATCH` and returns every file written, by path relative to the
    /// scratch folder (`@OUT@` in an argument names that folder too).
    private func run(_ arguments: [String]) -> [String: [UInt8]] {
        let scratch = Self.scratchFolder()
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let console = CapturingConsole()
        let arguments = arguments.map { $0.replacingEvery("@OUT@", with: scratch) } + ["--uit", scratch]
        runs += 1  // Under `work`: one command at a time.
        _ = MJA.run(arguments, environment: ["LANG": "nl_NL.UTF-8"], console: console)
        var files: [String: [UInt8]] = [:]
        for relative in (try? FileManager.default.subpathsOfDirectory(atPath: scratch)) ?? [] {
            var isDirectory = false
            let path = scratch + "/" + relative
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory,
               let data = FileManager.default.contents(atPath: path) {
                files[relative] = [UInt8](data)
            }
        }
        return files
    }

    private static func scratchFolder() -> String {
        ProgramFile.temporaryFolder + "mja-server-\(getpid())-\(UInt64.random(in: 0...UInt64.max))"
    }
}

/// One finding of `mja check`: where, how bad, what.
public struct CheckFinding: Sendable, Equatable, Decodable {
    /// `error`, `warning` or `note`.
    public var severity: String
    /// `MJA012`.
    public var code: String?
    /// The message, in Dutch.
    public var message: String
    /// What to do about it, when known.
    public var hint: String?
    /// The file as `mja check` named it.
    public var file: String?
    /// Where it starts (1-based); nil for a finding without a place.
    public var line: Int?
    /// The column (1-based).
    public var column: Int?

    private enum CodingKeys: String, CodingKey { case severity, code, message, hint, file, range }
    private struct Range: Decodable { var start: Position }
    private struct Position: Decodable { var line: Int; var column: Int }

    /// Reads one finding from `mja check --format json`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        severity = try container.decode(String.self, forKey: .severity)
        code = try container.decodeIfPresent(String.self, forKey: .code)
        message = try container.decode(String.self, forKey: .message)
        hint = try container.decodeIfPresent(String.self, forKey: .hint)
        file = try container.decodeIfPresent(String.self, forKey: .file)
        let range = try container.decodeIfPresent(Range.self, forKey: .range)
        line = range?.start.line
        column = range?.start.column
    }

    private struct Report: Decodable { var diagnostics: [CheckFinding] }

    /// The findings of a JSON report by file path relative to `folder` (`regions/am05-twente.toml`).
    static func parse(json: String, relativeTo folder: String) -> [String: [CheckFinding]] {
        guard let report = try? JSONDecoder().decode(Report.self, from: Data(json.utf8)) else { return [:] }
        var result: [String: [CheckFinding]] = [:]
        for finding in report.diagnostics {
            var file = finding.file ?? ""
            if file.hasPrefix(folder + "/") { file.removeFirst(folder.count + 1) }
            result[file, default: []].append(finding)
        }
        return result
    }
}
