import FoundationEssentials
import FoundationGaps

/// A build's documents kept in memory by path, for the preview, which serves them from there;
/// filled from the threads that make them.
final class CollectedFiles: @unchecked Sendable {
    private let lock = Lock()
    private var bytes: [String: [UInt8]] = [:]

    /// Keeps the bytes of `contents` for `path`, made in memory (outside the lock).
    func add(_ path: String, _ contents: FileContents) {
        let bytes = contents.madeInMemory()
        lock.withLock { self.bytes[path] = bytes }
    }

    /// The files kept, in the order of `paths`.
    func files(in paths: [String]) -> [(path: String, bytes: [UInt8])] {
        lock.withLock { paths.compactMap { path in bytes[path].map { (path, $0) } } }
    }
}
