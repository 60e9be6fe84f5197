import Diagnostics
import Documents
import FoundationEssentials
import FoundationGaps
import HTTP

/// Answers one request to the preview: a document (HTML pages with the reload script and, while
/// the last build had errors, those errors above the last good document), the reload script, the
/// stream of versions, or 404/405. Only names in the preview's own list of documents are served.
struct PreviewResponder {
    let site: PreviewSite
    let language: Language

    /// How long the stream of versions stays quiet before it sends a keep-alive comment, in seconds.
    static let keepAlive = 15.0

    func answer(_ request: HTTPRequest, on connection: HTTPConnection) {
        guard request.method == "GET" || request.method == "HEAD" else {
            connection.respond(.methodNotAllowed, type: "text/plain; charset=utf-8", body: Array("405 Method Not Allowed\n".utf8),
                               extraHeaders: ["Allow: GET, HEAD"])
            return
        }
        let head = request.method == "HEAD"
        let path = request.target.prefix { $0 != "?" && $0 != "#" }
        if path == PreviewOverlay.scriptPath {
            connection.respond(.ok, type: "text/javascript; charset=utf-8", body: Array(PreviewOverlay.script.utf8), head: head)
            return
        }
        if path == PreviewOverlay.eventsPath {
            streamVersions(on: connection)
            return
        }
        switch PreviewPath.resolve(request.target) {
        case .badRequest:
            connection.respond(.badRequest, type: "text/plain; charset=utf-8", body: Array("400 Bad Request\n".utf8), head: head)
        case .outside:
            notFound(on: connection, head: head)
        case .file(let name):
            let snapshot = site.snapshot
            guard let bytes = snapshot.files[name] ?? site.demand(name) else {
                if name == "index.html" && !snapshot.problems.isEmpty {
                    page(PreviewOverlay.problemsPage(version: snapshot.version, problems: snapshot.problems, heading: heading), on: connection, head: head)
                } else {
                    notFound(on: connection, head: head)
                }
                return
            }
            if name.hasSuffix(".html") {
                page(PreviewOverlay.inject(into: bytes, version: snapshot.version, problems: snapshot.problems, heading: heading),
                     on: connection, head: head)
            } else {
                connection.respond(.ok, type: Self.contentType(of: name), body: bytes, head: head)
            }
        }
    }

    private var heading: String {
        language.pick("Fouten: wat hieronder staat is de laatste versie zonder fouten",
                      "Errors: below is the last version without errors")
    }

    /// An HTML page; the policy lets only the preview's own script run.
    private func page(_ bytes: [UInt8], on connection: HTTPConnection, head: Bool) {
        connection.respond(.ok, type: "text/html; charset=utf-8", body: bytes, head: head, extraHeaders: [
            "Content-Security-Policy: default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; connect-src 'self'",
        ])
    }

    private func notFound(on connection: HTTPConnection, head: Bool) {
        let text = language.pick("404: dit document bestaat niet in het voorbeeld.\n", "404: this document does not exist in the preview.\n")
        connection.respond(.notFound, type: "text/plain; charset=utf-8", body: Array(text.utf8), head: head)
    }

    /// Server-Sent Events: the current version at once, then every new one, until the page goes.
    private func streamVersions(on connection: HTTPConnection) {
        var version = site.snapshot.version
        guard connection.startStream(type: "text/event-stream"), connection.send(Array("retry: 500\ndata: \(version)\n\n".utf8)) else { return }
        while true {
            let next = site.waitForChange(from: version, seconds: Self.keepAlive)
            if site.isStopped { return }
            let message = next == version ? ": wacht\n\n" : "data: \(next)\n\n"
            version = next
            guard connection.send(Array(message.utf8)) else { return }
        }
    }

    static func contentType(of name: String) -> String {
        switch FilePath.extension(of: name) {
        case "html": "text/html; charset=utf-8"
        case "md": "text/markdown; charset=utf-8"
        case "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        default: "application/octet-stream"
        }
    }
}
