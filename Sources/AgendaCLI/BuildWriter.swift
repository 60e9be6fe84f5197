import Documents
import FoundationEssentials
import FoundationGaps

/// Writes a build's documents as they are made, from the threads that make them: each file goes to
/// a temporary file in its folder (a ``FileBatch``), its folder made first; none takes its place
/// before ``commit()``. So a build holds in memory only the documents being made, never the whole
/// output, and still changes nothing when one document fails: ``abandon()`` removes every temporary
/// file and every folder the build made.
final class BuildWriter: @unchecked Sendable {
    // One lock for the batch and the folders: writing is short next to making a document, and one
    // file at a time keeps the folder bookkeeping simple.
    private let lock = Lock()
    private let output: String
    private let batch = FileBatch()
    /// The folders this build made, outermost first: removed again when they stay empty.
    private var created: [String]
    /// The folders already made or found, each looked at once.
    private var folders = Set<String>()

    /// Makes the output folder (and what is missing above it).
    init(output: String) throws {
        self.output = output
        created = try OutputFolders.make(output)
    }

    /// Writes `contents` for `path` below the output folder into a temporary file: bytes from the
    /// array itself (no copy into a `Data`: see ``FileBatch``), a PDF as it is made.
    func add(_ path: String, _ contents: FileContents) throws {
        switch consume contents {
        case .bytes(let bytes): try add(path, bytes)
        case .pdf(let laidOut): try add(path) { laidOut.write(to: $0) }
        }
    }

    /// Writes `bytes` for `path` below the output folder into a temporary file, from the array
    /// itself (no copy into a `Data`: see ``FileBatch``).
    func add(_ path: String, _ bytes: [UInt8]) throws {
        let target = "\(output)/\(path)"
        lock.lock()
        defer { lock.unlock() }
        try makeFolder(of: target)
        try batch.add(bytes, for: target)
    }

    /// Writes the file `write` makes for `path` below the output folder into a temporary file as
    /// its bytes are made (``FileBatch/open(for:)``), outside the lock, so the other threads' files
    /// go on meanwhile. A failed write removes the file and throws, naming it.
    func add(_ path: String, writing write: (FileSink) -> Void) throws {
        let target = "\(output)/\(path)"
        let file: FileBatch.OpenFile
        do {
            lock.lock()
            defer { lock.unlock() }
            try makeFolder(of: target)
            file = try batch.open(for: target)
        }
        let sink = FileSink(descriptor: file.descriptor)
        write(sink)
        lock.lock()
        defer { lock.unlock() }
        try batch.add(file, written: sink)
    }

    /// Makes the folder of `target` the first time a file goes there (under the lock).
    private func makeFolder(of target: String) throws {
        let folder = FilePath.deletingLastComponent(of: target)
        if folders.insert(folder).inserted { created += try OutputFolders.make(folder) }
    }

    /// Makes every file written durable (one sync) and gives each its name.
    func commit() throws {
        lock.lock()
        defer { lock.unlock() }
        try batch.commit()
    }

    /// Removes every temporary file and every folder this build made that is empty.
    func abandon() {
        lock.lock()
        defer { lock.unlock() }
        batch.abandon()
        OutputFolders.removeEmpty(created)
    }
}
