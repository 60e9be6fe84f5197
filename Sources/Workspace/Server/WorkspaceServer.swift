import FoundationEssentials
import FoundationGaps
import HTTP

/// The workspace on the network: the site behind the HTTP layer, with the security header fields
/// on every answer, one log line per request, and a stop that lets requests in flight finish.
public final class WorkspaceServer: @unchecked Sendable {
    /// The application.
    public let site: WorkspaceSite
    private let server: HTTPServer
    private let log: @Sendable (String) -> Void
    private let condition = Condition()
    private var inFlight = 0
    private var draining = false

    /// The port it listens on.
    public var port: UInt16 { server.port }

    /// The limits of the workspace: bodies up to 2 MiB (the largest agenda is 32 KB; a 5 MB
    /// string is refused before it is read), a minute of silence on a kept-alive connection.
    public static func configuration(address: String, hostNames: [String], proxyHostNames: [String] = []) -> HTTPServer.Configuration {
        var configuration = HTTPServer.Configuration()
        configuration.bindAddress = address
        configuration.hostNames = hostNames
        configuration.proxyHostNames = proxyHostNames
        configuration.bodyLimit = 2 * 1024 * 1024
        configuration.idleTimeout = .seconds(60)
        return configuration
    }

    /// Binds (but serves nothing yet); `log` receives one line per request.
    public init(site: WorkspaceSite, port: UInt16, configuration: HTTPServer.Configuration, log: @escaping @Sendable (String) -> Void) throws {
        self.site = site
        self.log = log
        server = try HTTPServer(port: port, attempts: 1, configuration: configuration)
    }

    /// How many requests are being answered now.
    public var requestsInFlight: Int { condition.withLock { inFlight } }

    /// Starts serving.
    public func start() {
        server.start { [self] request, connection in
            handle(request, on: connection)
        }
    }

    /// The header fields every answer carries: no script at all, nothing framed, no referrer
    /// beyond this site, types as declared.
    static let securityHeaders = [
        "Referrer-Policy: same-origin",
        "X-Frame-Options: DENY",
        "Cross-Origin-Opener-Policy: same-origin",
    ]

    /// The policy of the workspace's own pages (documents carry their own, allowing their inline
    /// styles): script only as a file from this server (the edit page's), never inline or eval'd,
    /// and requests only to this server (its check as you type).
    static let pagePolicy = "Content-Security-Policy: default-src 'none'; script-src 'self'; connect-src 'self'; style-src \(Stylesheet.policySource); img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

    func handle(_ request: HTTPRequest, on connection: HTTPConnection) {
        let started = ContinuousClock.now
        let admitted = condition.withLock { () -> Bool in
            guard !draining else { return false }
            inFlight += 1
            return true
        }
        guard admitted else {
            connection.respond(.serviceUnavailable, type: "text/plain; charset=utf-8", body: Array("503: de werkruimte stopt.\n".utf8))
            return
        }
        defer {
            condition.withLock {
                inFlight -= 1
                condition.broadcast()
            }
        }
        var (response, user) = site.respond(to: request, peer: connection.peer)
        var headers = Self.securityHeaders + response.headers
        if !headers.contains(where: { $0.hasPrefix("Content-Security-Policy:") }) { headers.append(Self.pagePolicy) }
        response.headers = headers
        connection.respond(response.status, type: response.type, body: response.body, head: request.method == "HEAD", extraHeaders: response.headers)
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        log(Self.logLine(time: Date(), user: user, method: request.method, target: request.target,
                         status: response.status.code, milliseconds: Int(milliseconds)))
    }

    /// One log line: UTC time, user, method, path (never the query: nothing secret travels there,
    /// and the log stays that way), status, duration. Controls in the path are escaped.
    static func logLine(time: Date, user: String, method: String, target: String, status: Int, milliseconds: Int) -> String {
        let path = target.prefix { $0 != "?" && $0 != "#" }.unicodeScalars.map { $0.value < 0x21 || $0.value == 0x7F ? "%" + CFormat.string("%02X", $0.value) : String($0) }.joined()
        return "\(time.formatted(.iso8601)) \(user) \(method) \(path) \(status) \(milliseconds)ms"
    }

    /// Stops taking requests, lets those in flight finish (at most `grace`), then closes every connection.
    public func stop(grace: Duration = .seconds(10)) {
        let deadline = Date().addingTimeInterval(Double(grace.components.seconds))
        condition.lock()
        draining = true
        while inFlight > 0 && condition.wait(until: deadline) {}
        condition.unlock()
        server.stop()
    }
}
