import Agenda
import Diagnostics
import Documents
import FoundationEssentials
import HTTP
#if canImport(Glibc)
import Glibc
#endif

/// The live preview: builds the documents, serves them over HTTP on the loopback address, looks for
/// changed files every `interval` and rebuilds, and tells the open pages to reload.
///
/// The HTTP server accepts and serves on threads of its own, so a rebuild never keeps a page
/// waiting; `step` looks at the files once and rebuilds when one changed. The command calls it
/// until it is stopped; a benchmark or test may call it from a thread of its own.
final class PreviewServer: @unchecked Sendable {
    let site = PreviewSite()
    private let builder: PreviewBuilder
    private let server: HTTPServer
    private var watched = WatchedFiles(folders: [])
    private var stamps: [WatchedFiles.Stamp] = []
    /// How often the files are looked at, in seconds.
    static let interval = 0.02

    /// The port the preview listens on.
    var port: UInt16 { server.port }

    init(builder: PreviewBuilder, port: UInt16, configuration: HTTPServer.Configuration = HTTPServer.Configuration()) throws {
        self.builder = builder
        server = try HTTPServer(port: port, configuration: configuration)
    }

    /// Builds for the first time and starts serving.
    func start() {
        rebuild()
        let site = site
        let language = builder.language
        server.start { request, connection in
            PreviewResponder(site: site, language: language).answer(request, on: connection)
        }
    }

    /// Waits `interval`, then rebuilds if a file changed. While a watched folder is gone, nothing is
    /// rebuilt (the last documents stay served) until it is back.
    func step() {
        usleep(useconds_t(Self.interval * 1_000_000))
        if !watched.missingFolders().isEmpty { return }
        if watched.stamps() != stamps { rebuild() }
    }

    /// The watched folders that are gone (moved, renamed, removed by a checkout), sorted.
    var missingFolders: [String] { watched.missingFolders() }

    /// Builds now and publishes the result; whether the build had problems.
    @discardableResult
    func rebuild() -> Bool {
        // The files are looked at before the build, so a change while it runs starts another.
        let before = WatchedFiles(folders: watched.folders).stamps()
        let outcome = builder.build(previous: site.snapshot.files)
        // A build that found no folders (they are gone) keeps watching the ones it had.
        if !outcome.folders.isEmpty || watched.folders.isEmpty {
            watched = WatchedFiles(folders: outcome.folders)
        }
        stamps = outcome.folders == watched.folders && !before.isEmpty ? before : watched.stamps()
        site.publish(files: outcome.files, problems: outcome.problems, onDemand: outcome.onDemand)
        return !outcome.problems.isEmpty
    }

    /// Stops serving: wakes the pages that wait for a new version and ends every connection.
    func stop() {
        site.stop()
        server.stop()
    }
}
