import AgendaCLI
import Dispatch
import FoundationEssentials
import FoundationGaps
import HTTP
#if canImport(Glibc)
import Glibc
#endif

/// `mja server MAP`: the workspace in the browser. Serves the agendas of a git repository to every
/// browser that signs in, with rights per role; every save is a commit.
public struct ServerCommand: Command {
    public let name = "server"
    public let aliases = ["werkruimte"]
    public let summary = LocalizedText("Start de werkruimte in de browser: lezen, bewerken en de geschiedenis, met accounts",
                                       "Starts the workspace in the browser: reading, editing and history, with accounts")
    public let discussion: LocalizedText? = LocalizedText(
        "MAP is een git-repository met regions/ (en eventueel templates/). Iedereen met een account meldt zich aan in de browser; wat men mag, hangt af van de rol (regio:AMxx, beraad, lezer, beheer). Elke keer opslaan is een commit met de persoon als auteur. De server luistert op 127.0.0.1; voor anderen zet u er een proxy met TLS voor (nginx of Caddy, zie Sources/Workspace/README.md) en start u met --https. Stop met Ctrl-C: lopende verzoeken worden eerst afgemaakt.",
        "MAP is a git repository with regions/ (and optionally templates/). Everyone with an account signs in in the browser; what they may do depends on their role (regio:AMxx, beraad, lezer, beheer). Every save is a commit with the person as author. The server listens on 127.0.0.1; for others, put a proxy with TLS in front (nginx or Caddy, see Sources/Workspace/README.md) and start with --https. Stop with Ctrl-C: requests in flight are finished first.")
    public let options: [Option] = [
        .value("gebruikers", aliases: ["users"], placeholder: "BESTAND",
               summary: LocalizedText("Het accountsbestand (buiten de repository, alleen leesbaar voor de eigenaar)", "The accounts file (outside the repository, readable by its owner only)")),
        .value("poort", aliases: ["port"], placeholder: "N", default: "8700",
               summary: LocalizedText("De poort", "The port")),
        .value("adres", aliases: ["address"], placeholder: "IP", default: "127.0.0.1",
               summary: LocalizedText("Het adres om op te luisteren; anders dan 127.0.0.1 alleen met --https", "The address to listen on; other than 127.0.0.1 only with --https")),
        .value("naam", aliases: ["host"], placeholder: "HOST",
               summary: LocalizedText("De naam waaronder de proxy de werkruimte aanbiedt (werkruimte.voorbeeld.nl)", "The name the proxy serves the workspace under")),
        .flag("https", summary: LocalizedText("Er staat een proxy met TLS voor: cookies alleen over https", "A TLS proxy is in front: cookies over https only")),
        .value("vertrouw-kop", aliases: ["trust-header"], placeholder: "KOP",
               summary: LocalizedText("Neem de gebruiker uit deze kop van de proxy (Remote-User); alleen op 127.0.0.1", "Take the user from this proxy header (Remote-User); on 127.0.0.1 only")),
    ]
    public let positionals = [Positional("MAP", summary: LocalizedText("De werkruimte: een git-repository met regions/", "The workspace: a git repository with regions/"), required: true)]
    public let examples = [
        Example("mja server werkruimte --gebruikers ~/mja-gebruikers.toml", LocalizedText("De werkruimte op http://127.0.0.1:8700/", "The workspace at http://127.0.0.1:8700/")),
    ]

    /// The command.
    public init() {}

    public func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let asked = invocation.option("poort") ?? "8700"
        guard let port = UInt16(asked) else {
            throw UsageError.invalid(LocalizedText("--poort verwacht een poortnummer van 0 tot en met 65535, niet '\(asked)'",
                                                   "--port expects a port number from 0 to 65535, not '\(asked)'"))
        }
        let address = invocation.option("adres") ?? "127.0.0.1"
        guard let parsed = Loopback.parseAddress(address) else {
            throw UsageError.invalid(LocalizedText("--adres verwacht een IPv4-adres zoals 127.0.0.1, niet '\(address)'",
                                                   "--address expects an IPv4 address such as 127.0.0.1, not '\(address)'"))
        }
        let https = invocation.flag("https")
        guard Loopback.isLoopback(parsed) || https else {
            throw CommandError(LocalizedText(
                "mja server luistert niet op \(address) zonder --https: wachtwoorden en cookies zouden onversleuteld over het netwerk gaan. Zet er een proxy met TLS voor (nginx of Caddy, zie Sources/Workspace/README.md) en start met --https, of laat --adres weg.",
                "mja server does not listen on \(address) without --https: passwords and cookies would cross the network unencrypted. Put a TLS proxy in front (nginx or Caddy, see Sources/Workspace/README.md) and start with --https, or leave out --address."), exitCode: .usageError)
        }
        let trusted = invocation.option("vertrouw-kop")
        if trusted != nil && !Loopback.isLoopback(parsed) {
            throw CommandError(LocalizedText(
                "--vertrouw-kop kan alleen op 127.0.0.1: anders kan iedereen die de server bereikt zelf die kop sturen en zich als een ander aanmelden.",
                "--trust-header works on 127.0.0.1 only: otherwise anyone who reaches the server could send that header and sign in as someone else."), exitCode: .usageError)
        }
        let store: WorkspaceStore
        do {
            store = try WorkspaceStore(folder: invocation.positionals[0], searchPath: context.environment["PATH"] ?? "/usr/bin:/bin")
        } catch {
            throw CommandError(LocalizedText(error.message, error.message))
        }
        let gatekeeper = try ServerCommand.gatekeeper(accountsFile: invocation.option("gebruikers"))
        var settings = WorkspaceSite.Settings()
        settings.https = https
        settings.trustedHeader = trusted
        let site = WorkspaceSite(store: store, gatekeeper: gatekeeper, settings: settings, random: ServerCommand.randomBytes)
        var names = ["127.0.0.1", "localhost"]
        // The proxy's name, as the browser writes it (no port behind TLS on 443); also with the
        // server's port, for a proxy that passes its own `Host` on.
        let proxyNames = invocation.option("naam").map { [$0.lowercased()] } ?? []
        names += proxyNames
        if !Loopback.isLoopback(parsed) && address != "0.0.0.0" { names.append(address) }
        let console = context.console
        let server: WorkspaceServer
        do {
            server = try WorkspaceServer(site: site, port: port, configuration: WorkspaceServer.configuration(address: address, hostNames: names, proxyHostNames: proxyNames),
                                         log: { console.writeLine($0) })
        } catch HTTPServer.StartProblem.noFreePort(let first, _) {
            throw CommandError(LocalizedText("poort \(first) is bezet; kies een andere met --poort", "port \(first) is taken; choose another with --port"))
        }
        let stop = ServerStopSignal()
        server.start()
        context.console.writeLine(context.text(
            "Werkruimte \(store.folder) op http://\(Loopback.isLoopback(parsed) ? "127.0.0.1" : address):\(server.port)/\(https ? " (achter de TLS-proxy)" : ""). Stop met Ctrl-C.",
            "Workspace \(store.folder) at http://\(Loopback.isLoopback(parsed) ? "127.0.0.1" : address):\(server.port)/\(https ? " (behind the TLS proxy)" : ""). Stop with Ctrl-C."))
        stop.wait()
        context.console.writeLine(context.text("Stoppen: lopende verzoeken worden afgemaakt.", "Stopping: finishing requests in flight."))
        server.stop()
        context.console.writeLine(context.text("Werkruimte gestopt.", "Workspace stopped."))
        return .success
    }
}

/// Ctrl-C and SIGTERM: `wait` returns at the first; a second one ends the process at once.
private final class ServerStopSignal: @unchecked Sendable {
    private let semaphore = DispatchSemaphore(value: 0)
    private let lock = Lock()
    private var count = 0
    private var sources: [DispatchSourceSignal] = []

    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [weak self] in self?.fire(number) }
            source.resume()
            sources.append(source)
        }
    }

    private func fire(_ number: Int32) {
        let seen = lock.withLock { () -> Int in
            count += 1
            return count
        }
        if seen > 1 { _exit(128 + number) }
        semaphore.signal()
    }

    func wait() { semaphore.wait() }
}
