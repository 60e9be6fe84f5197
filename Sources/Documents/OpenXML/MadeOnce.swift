import FoundationEssentials
import FoundationGaps

/// The last results of a costly, pure function, kept by their input and shared by the threads that
/// write documents: what is the same in many files is made once. At most `capacity` are kept (the
/// oldest goes first), so memory stays bounded however large a build is. The result for an input is
/// always the same bytes, whether made or kept: output does not depend on what was made before.
final class MadeOnce<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = Lock()
    private var values: [Key: Value] = [:]
    private var order: [Key] = []
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// The value for `key`: the one kept, or `make(key)` (made outside the lock, then kept).
    func value(for key: Key, _ make: (Key) -> Value) -> Value {
        if let kept = lock.withLock({ values[key] }) { return kept }
        let made = make(key)
        lock.withLock {
            guard values[key] == nil else { return }
            if order.count >= capacity { values[order.removeFirst()] = nil }
            values[key] = made
            order.append(key)
        }
        return made
    }
}
