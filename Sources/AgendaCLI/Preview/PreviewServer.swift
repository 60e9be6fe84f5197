import Agenda
import Diagnostics
import Documents
import Foundation

/// The live preview: builds the documents, serves them over HTTP on the loopback address, looks for
/// changed files every `interval` and rebuilds, and tells the open pages to reload.
///
/// `step` does one round of work (serve who is waiting, rebuild when something changed); the
/// command calls it until it is stopped, a benchmark or test may call it from a thread of its own.
final class PreviewServer: @unchecked Sendable {
    let site = PreviewSite()
    private let builder: PreviewBuilder
    private let server: HTTPServer
    private let language: Language
    private var watched = WatchedFiles(folders: [])
    private var stamps: [WatchedFiles.Stamp] = []
    private var lastLook = 0.0
    /// How often the files are looked at, in seconds.
    static let interval = 0.02

    /// The port the preview listens on.
    var port: UInt16 { server.port }

    init(builder: PreviewBuilder, port: UInt16) throws {
        self.builder = builder
        language = builder.language
        server = try HTTPServer(port: port)
    }

    /// Builds for the first time.
    func start() {
        rebuild()
    }

    /// Serves the requests that come within about `interval`, then rebuilds if a file changed.
    func step() {
        let site = site
        let language = language
        server.acceptWaiting(timeout: Int32(Self.interval * 1000)) { request, connection in
            PreviewResponder(site: site, language: language).answer(request, on: connection)
        }
        let now = Date().timeIntervalSinceReferenceDate
        guard now - lastLook >= Self.interval else { return }
        lastLook = now
        if watched.stamps() != stamps { rebuild() }
    }

    /// Builds now and publishes the result; whether the build had problems.
    @discardableResult
    func rebuild() -> Bool {
        // The files are looked at before the build, so a change while it runs starts another.
        let before = WatchedFiles(folders: watched.folders).stamps()
        let outcome = builder.build(previous: site.snapshot.files)
        watched = WatchedFiles(folders: outcome.folders)
        stamps = outcome.folders == watched.folders && !before.isEmpty ? before : watched.stamps()
        site.publish(files: outcome.files, problems: outcome.problems, onDemand: outcome.onDemand)
        return !outcome.problems.isEmpty
    }

    /// Wakes the pages that wait for a new version, so their threads end.
    func stop() {
        site.stop()
    }
}
