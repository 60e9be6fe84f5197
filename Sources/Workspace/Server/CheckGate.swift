import FoundationEssentials
import FoundationGaps

/// Which sessions have a check as you type running: one at a time per session, so a page (or a
/// script gone wrong) cannot keep the server's cores busy with checks of texts it no longer shows.
final class CheckGate: @unchecked Sendable {
    private let lock = Lock()
    private var running: Set<String> = []

    /// Marks `session` as checking; false when it already is (the caller answers 429).
    func enter(_ session: String) -> Bool {
        lock.withLock { running.insert(session).inserted }
    }

    /// Marks `session`'s check as done.
    func leave(_ session: String) {
        _ = lock.withLock { running.remove(session) }
    }
}
