import Dispatch
import Foundation

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores, results in the original order. Used for
    /// work that is independent per element, such as the documents of each agenda, so the output
    /// stays byte-identical whatever the scheduling.
    func concurrentMap<Output: Sendable>(_ transform: @Sendable (Element) throws -> Output) throws -> [Output] {
        let results = ResultSlots<Output>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, Swift.Result { try transform(self[index]) })
        }
        return try results.values()
    }
}

/// One slot per result, filled from several threads; a lock guards the array.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    private var slots: [Swift.Result<Output, any Error>?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Swift.Result<Output, any Error>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// The results in order; rethrows the first error by position.
    func values() throws -> [Output] {
        try slots.map { try $0!.get() }
    }
}
