import FoundationEssentials
import FoundationGaps

/// What the preview serves at this moment: the documents of the last good build by name, the
/// problems of the last build (empty when it was good), and a version number that goes up with
/// every build, so open pages know when to reload. Shared by the thread that builds and the
/// threads that serve.
final class PreviewSite: @unchecked Sendable {
    /// One state of the site.
    struct Snapshot: Sendable {
        /// Every document by its name relative to the output folder (`am05-twente/beleidsdeel.html`).
        var files: [String: [UInt8]] = [:]
        /// The problems of the last build as `mja check` prints them; empty when there are none.
        var problems = ""
        /// Counts the builds: 0 before the first.
        var version = 0
        /// Documents made only when first asked for, by name: the signal report while one agenda is
        /// previewed (its documents link to it, and making it on every save would slow the preview).
        var onDemand: [String: @Sendable () -> [UInt8]?] = [:]
    }

    private let condition = Condition()
    private var current = Snapshot()

    /// The site as it is now.
    var snapshot: Snapshot {
        condition.lock()
        defer { condition.unlock() }
        return current
    }

    /// Replaces the site after a build and wakes every page that waits for it.
    func publish(files: [String: [UInt8]], problems: String, onDemand: [String: @Sendable () -> [UInt8]?] = [:]) {
        condition.lock()
        current = Snapshot(files: files, problems: problems, version: current.version + 1, onDemand: onDemand)
        condition.broadcast()
        condition.unlock()
    }

    /// The document `name` of the current build that is made when first asked for; kept for the
    /// requests after it until the next build. Nil when there is no such document.
    func demand(_ name: String) -> [UInt8]? {
        let asked = snapshot
        guard let make = asked.onDemand[name], let bytes = make() else { return nil }
        condition.lock()
        if current.version == asked.version { current.files[name] = bytes }
        condition.unlock()
        return bytes
    }

    private var stopped = false

    /// Whether the preview has stopped: pages waiting for a version stop waiting.
    var isStopped: Bool {
        condition.lock()
        defer { condition.unlock() }
        return stopped
    }

    /// Stops the preview and wakes every waiting page.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until the version differs from `version` or `seconds` have passed; returns the version then.
    func waitForChange(from version: Int, seconds: Double) -> Int {
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock()
        defer { condition.unlock() }
        while !stopped && current.version == version && condition.wait(until: deadline) {}
        return current.version
    }
}
