import Dispatch
import FoundationEssentials
import FoundationGaps

extension Array where Element: Sendable {
    /// `transform` applied to every element on all cores, results in the original order. Used for
    /// work that is independent per element, such as reading each agenda file or making the
    /// documents of each agenda, so the output stays byte-identical whatever the scheduling.
    /// Throws what `transform` throws (nothing, for a transform that cannot fail).
    public func concurrentMap<Output: Sendable, Failure: Error>(
        _ transform: @Sendable (Element) throws(Failure) -> Output
    ) throws(Failure) -> [Output] {
        let results = ResultSlots<Output, Failure>(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(index, Swift.Result { () throws(Failure) -> Output in try transform(self[index]) })
        }
        return try results.values()
    }
}

/// One slot per result, filled from several threads; a lock guards the array.
private final class ResultSlots<Output: Sendable, Failure: Error>: @unchecked Sendable {
    private var slots: [Swift.Result<Output, Failure>?]
    private let lock = Lock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Swift.Result<Output, Failure>) {
        lock.lock()
        slots[index] = result
        lock.unlock()
    }

    /// The results in order; rethrows the first error by position.
    func values() throws(Failure) -> [Output] {
        var values: [Output] = []
        values.reserveCapacity(slots.count)
        for slot in slots { values.append(try slot!.get()) }
        return values
    }
}
