import Agenda
import Diagnostics
import Dispatch
import FoundationEssentials
import FoundationGaps
import HTTP
#if canImport(Glibc)
import Glibc
#endif

/// `mja voorbeeld [BESTAND]`: the live preview. Serves the documents of one agenda (or of the whole
/// workspace, with the index page) at `http://127.0.0.1:PORT/`, rebuilds when an agenda, a registry
/// or a template changes, and the open page reloads itself. Errors show at the top of the page,
/// above the last good document. Runs until Ctrl-C.
struct PreviewCommand: Command {
    let name = "voorbeeld"
    let aliases = ["preview"]
    let summary = LocalizedText("Toont de documenten in de browser en werkt ze bij zodra u opslaat",
                                "Shows the documents in the browser and updates them whenever you save")
    let discussion: LocalizedText? = LocalizedText(
        "Start een kleine webserver op uw eigen computer (alleen 127.0.0.1, van buitenaf niet bereikbaar). Open het adres dat mja noemt: bij elke wijziging in de agenda, een register of een sjabloon maakt mja de documenten opnieuw en laadt de pagina zichzelf opnieuw. Staat er een fout in de agenda, dan staat die bovenaan de pagina, met regel en kolom zoals 'mja check' ze noemt; daaronder blijft de laatste versie zonder fouten staan. Niets wordt naar schijf geschreven. Stop met Ctrl-C.",
        "Starts a small web server on your own computer (127.0.0.1 only, not reachable from elsewhere). Open the address mja names: whenever the agenda, a registry or a template changes, mja makes the documents again and the page reloads itself. An error in the agenda shows at the top of the page, with line and column as 'mja check' names them; the last version without errors stays below it. Nothing is written to disk. Stop with Ctrl-C.")
    let options: [Option] = [.port, .templateFolder, .minimumRegions, .previousVersion]
    let positionals = [Positional.agendaPaths]
    let examples = [
        Example("mja voorbeeld regions/am05-twente.toml", LocalizedText("De documenten van Twente, bijgewerkt bij elke wijziging", "Twente's documents, updated on every change")),
        Example("mja voorbeeld", LocalizedText("Alle agenda's in regions/, met de overzichtspagina", "Every agenda in regions/, with the index page")),
        Example("mja voorbeeld --poort 9000", LocalizedText("Op poort 9000 (of de eerstvolgende vrije)", "On port 9000 (or the next free one)")),
    ]

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let asked = invocation.option("poort") ?? "8642"
        guard let port = UInt16(asked) else {
            throw UsageError.invalid(LocalizedText(
                "--poort verwacht een poortnummer van 0 tot en met 65535, niet '\(asked)'",
                "--port expects a port number from 0 to 65535, not '\(asked)'"))
        }
        let paths = invocation.positionals
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw CommandError(LocalizedText(
                "'\(path)' bestaat niet. Geef een agendabestand of een map met agenda's, zoals 'regions'.",
                "'\(path)' does not exist. Give an agenda file or a folder of agendas, such as 'regions'."), exitCode: .usageError)
        }
        var builder = PreviewBuilder(paths: paths, invocation: invocation, language: context.language)
        builder.workspaceFolder = context.workspaceFolder
        let server: PreviewServer
        do {
            server = try PreviewServer(builder: builder, port: port)
        } catch HTTPServer.StartProblem.noFreePort(let first, let last) {
            throw CommandError(LocalizedText(
                "geen vrije poort gevonden van \(first) tot en met \(last); kies er een met --poort",
                "no free port found from \(first) to \(last); choose one with --port"))
        }
        let stop = StopSignal()
        server.start()
        let base = "http://127.0.0.1:\(server.port)/"
        context.console.writeLine(context.text("Voorbeeld op \(base)", "Preview at \(base)"))
        for path in server.site.snapshot.files.keys.sorted() where path != "index.html" && paths.count == 1 && !Self.isFolder(paths[0]) {
            context.console.writeLine("  \(base)\(path)")
        }
        if !server.site.snapshot.problems.isEmpty {
            context.console.write(server.site.snapshot.problems, to: .error)
        }
        context.console.writeLine(context.text(
            "mja maakt de documenten opnieuw zodra u een agenda, register of sjabloon opslaat. Stop met Ctrl-C.",
            "mja makes the documents again whenever you save an agenda, registry or template. Stop with Ctrl-C."))
        var version = server.site.snapshot.version
        var missing = false
        while !stop.isSet {
            server.step()
            // Folders that are gone (the project moved or renamed, a checkout of another branch) are
            // said once; the last documents stay served until they are back.
            let gone = server.missingFolders
            if gone.isEmpty == missing {
                missing = !gone.isEmpty
                if missing {
                    let list = gone.map { "'\($0)'" }.joined(separator: ", ")
                    context.console.writeLine(context.text(
                        (gone.count == 1 ? "De map \(list) bestaat" : "De mappen \(list) bestaan")
                            + " niet meer (verplaatst, hernoemd of weg door een andere branch?). Het voorbeeld toont de laatste documenten en werkt weer bij zodra u de map terugzet. Stop met Ctrl-C.",
                        (gone.count == 1 ? "The folder \(list) no longer exists" : "The folders \(list) no longer exist")
                            + " (moved, renamed or gone with another branch?). The preview shows the last documents and updates again once the folder is back. Stop with Ctrl-C."),
                        to: .error)
                } else {
                    context.console.writeLine(context.text("De map is terug; het voorbeeld werkt weer bij.", "The folder is back; the preview updates again."))
                }
            }
            let snapshot = server.site.snapshot
            if snapshot.version != version {
                version = snapshot.version
                if snapshot.problems.isEmpty {
                    context.console.writeLine(context.text("Bijgewerkt (versie \(version)).", "Updated (version \(version))."))
                } else {
                    context.console.write(snapshot.problems, to: .error)
                }
            }
        }
        server.stop()
        stop.restore()
        context.console.writeLine(context.text("Voorbeeld gestopt.", "Preview stopped."))
        return .success
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDirectory = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory
    }
}

/// Ctrl-C (SIGINT) and SIGTERM, caught while the preview runs, so it can close its socket and say
/// it stopped; afterwards the usual handling returns. The preview always stops on them: when the
/// loop has not finished `graceSeconds` after the first signal (a build that hangs), or on a
/// second signal, the process ends at once. Nothing is lost: the preview writes nothing to disk.
private final class StopSignal: @unchecked Sendable {
    private let lock = Lock()
    private var stopped = false
    private var finished = false
    private var sources: [DispatchSourceSignal] = []
    static let graceSeconds = 3.0

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.set(by: number) }
            source.resume()
            sources.append(source)
        }
    }

    var isSet: Bool { lock.withLock { stopped } }

    private func set(by number: Int32) {
        let again = lock.withLock {
            defer { stopped = true }
            return stopped
        }
        if again { _exit(128 + number) }
        DispatchQueue.global().asyncAfter(deadline: .now() + Self.graceSeconds) { [self] in
            if !lock.withLock({ finished }) { _exit(128 + number) }
        }
    }

    /// Gives SIGINT and SIGTERM back their default handling.
    func restore() {
        lock.withLock { finished = true }
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}

extension Option {
    /// `--poort N`: the port of the preview; the next free one when it is taken, any free one for 0.
    static let port = Option.value(
        "poort", aliases: ["port"], placeholder: "N", default: "8642",
        summary: LocalizedText("De poort van het voorbeeld; is die bezet, dan de eerstvolgende vrije",
                               "The port of the preview; when it is taken, the next free one"))
}
