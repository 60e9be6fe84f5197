import FoundationEssentials
import SystemCalls
#if canImport(Glibc)
import Glibc
#endif

/// Files written together, made durable with one sync for the whole batch instead of one per file.
///
/// Each file's bytes go to an unnamed file in its target folder (`O_TMPFILE`, see `FileOutput`) that
/// stays open and invisible. `commit()` then syncs the file system once (`syncfs(2)`: the data of
/// every file of the batch reaches the disk in one go), and only after that gives each file its
/// name (a temporary name, then `rename(2)` over the old file). A build killed or cut off before
/// the sync leaves nothing but the previous documents; after it, every renamed file is whole.
///
/// Why one `syncfs` and not an `fsync` per file: on a journalling file system every `fsync` waits
/// for a journal commit of its own (147 of them for a national build), while one `syncfs` waits
/// for one. Its cost is that it also writes out what other programs have pending on that file
/// system; on a RAM disk (`/dev/shm`) it costs nothing. Where unnamed files are not available, the
/// bytes go to named temporary files `.NAME.PID.tmp` that are renamed the same way.
///
/// A batch may hold more files than a process may keep open: past ``limit`` open files, the
/// unnamed ones get their temporary name and every pending file is closed ("parked"); `commit()`
/// renames them with the others. So a batch of any size is all or nothing until `commit()`: a build
/// that fails halfway renames nothing, and `abandon()` removes the parked temporaries too. (A build
/// killed with files parked leaves their `.NAME.PID.tmp`; the next write into that folder removes them.)
final class FileBatch {
    /// A file written but not yet named: its open unnamed file, or its named temporary file.
    fileprivate struct Pending {
        var path: String
        var descriptor: Int32
        var temporary: String
        var isNamed: Bool
    }

    private var pending: [Pending] = []
    /// How many of `pending` hold an open descriptor.
    private var openCount = 0
    /// Whether `commit` syncs before naming the files.
    let durable: Bool
    /// How many files may wait open for `commit`: each holds a file descriptor. Past it, the
    /// pending files are parked (named and closed), not committed.
    static let limit = 256

    init(durable: Bool = true) {
        self.durable = durable
    }

    deinit { abandon() }

    /// Writes `bytes` for `path`; it takes `path`'s place at `commit()`. A file that already holds
    /// exactly these bytes is left alone: a rebuild after a small edit then writes (and renames)
    /// only the documents that changed, and the others keep their modification time. Written from
    /// the array itself: a document is not copied into a `Data` first (at 100 times the content
    /// the signal report's PDF is 7.9 MB, held twice while it was written).
    func add(_ bytes: [UInt8], for path: String) throws {
        try bytes.withUnsafeBytes { try add(bytes: $0, for: path) }
    }

    private func add(bytes data: UnsafeRawBufferPointer, for path: String) throws {
        if Self.holds(data, path) { return }
        let file = try open(for: path)
        do {
            try FileOutput.writeAll(data, to: file.descriptor)
        } catch {
            discard(file)
            // A full disk or a refused write says which file it was.
            throw FileOutput.naming(path, in: error)
        }
        pending.append(file.pending)
    }

    /// A file of the batch open for writing, not yet taken into it (``add(_:written:)``).
    struct OpenFile {
        fileprivate let pending: Pending
        /// The open file to write into.
        var descriptor: Int32 { pending.descriptor }
    }

    /// Opens a temporary file for `path`, to be written into (a ``FileSink``) while nothing else of
    /// the batch is touched, then taken in with ``add(_:written:)``. So a file is written as it is
    /// made, never whole in memory, and still takes `path`'s place only at `commit()`.
    func open(for path: String) throws -> OpenFile {
        FileOutput.removeStaleTemporaries(in: FileOutput.folder(of: path))
        if openCount >= Self.limit { try park() }
        let temporary = FileOutput.temporaryPath(for: path)
        do {
            if let descriptor = try FileOutput.unnamedFile(in: FileOutput.folder(of: path)) {
                openCount += 1
                return OpenFile(pending: Pending(path: path, descriptor: descriptor, temporary: temporary, isNamed: false))
            }
            // Read and written: a file written as it was made is read back to compare (see `add(_:written:)`).
            let descriptor = Glibc.open(temporary, O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
            guard descriptor >= 0 else { throw FileOutput.posixError() }
            openCount += 1
            return OpenFile(pending: Pending(path: path, descriptor: descriptor, temporary: temporary, isNamed: true))
        } catch {
            throw FileOutput.naming(path, in: error)
        }
    }

    /// Takes `file`, written through `sink`, into the batch: it takes its path's place at
    /// `commit()`. When writing failed (a full disk), the file is removed and the error thrown,
    /// naming the file; when the file at the path already holds the same bytes, it is left alone
    /// and the new one removed, as ``add(_:for:)`` does (compared a piece at a time from the disk).
    func add(_ file: OpenFile, written sink: FileSink) throws {
        if let error = sink.error {
            discard(file)
            throw FileOutput.naming(file.pending.path, in: error)
        }
        if Self.holds(file.descriptor, count: sink.count, file.pending.path) {
            discard(file)
            return
        }
        pending.append(file.pending)
    }

    /// Closes and removes `file`, opened but not taken into the batch.
    func discard(_ file: OpenFile) {
        close(file.descriptor)
        openCount -= 1
        if file.pending.isNamed { unlink(file.pending.temporary) }
    }

    /// Makes every file added since the last commit durable (one sync) and gives each its name.
    func commit() throws {
        defer { abandon() }
        guard let first = pending.first else { return }
        if durable {
            if first.descriptor >= 0 {
                Self.syncFileSystem(of: first.descriptor)
            } else {
                // Parked: its folder is on the same file system.
                let folder = Glibc.open(FileOutput.folder(of: first.path), O_RDONLY | O_DIRECTORY | O_CLOEXEC)
                if folder >= 0 {
                    Self.syncFileSystem(of: folder)
                    close(folder)
                }
            }
        }
        for index in pending.indices {
            let file = pending[index]
            if !file.isNamed {
                guard linkat(AT_FDCWD, "/proc/self/fd/\(file.descriptor)", AT_FDCWD, file.temporary, AT_SYMLINK_FOLLOW) == 0 else {
                    throw FileOutput.naming(file.path, in: FileOutput.posixError())
                }
                pending[index].isNamed = true
            }
            if rename(file.temporary, file.path) != 0 { throw FileOutput.naming(file.path, in: FileOutput.posixError()) }
            pending[index].isNamed = false
            if file.descriptor >= 0 {
                close(file.descriptor)
                openCount -= 1
            }
            pending[index].descriptor = -1
        }
    }

    /// Gives every pending unnamed file its temporary name and closes every pending file, so that
    /// the batch can grow past the descriptors a process may hold; `commit()` renames them as before.
    private func park() throws {
        for index in pending.indices where pending[index].descriptor >= 0 {
            let file = pending[index]
            if !file.isNamed {
                guard linkat(AT_FDCWD, "/proc/self/fd/\(file.descriptor)", AT_FDCWD, file.temporary, AT_SYMLINK_FOLLOW) == 0 else {
                    throw FileOutput.naming(file.path, in: FileOutput.posixError())
                }
                pending[index].isNamed = true
            }
            close(file.descriptor)
            pending[index].descriptor = -1
            openCount -= 1
        }
    }

    /// Whether the file at `path` holds exactly `data` (its size is looked at first).
    private static func holds(_ data: UnsafeRawBufferPointer, _ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == data.count else { return false }
        guard let contents = FileManager.default.contents(atPath: path), contents.count == data.count else { return false }
        guard let start = data.baseAddress, !data.isEmpty else { return true }
        return contents.withUnsafeBytes { memcmp($0.baseAddress!, start, data.count) == 0 }
    }

    /// Whether the file at `path` holds the `count` bytes of the open file `descriptor`: sizes first,
    /// then both read a piece at a time.
    private static func holds(_ descriptor: Int32, count: Int, _ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) == count else { return false }
        let existing = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard existing >= 0 else { return false }
        defer { close(existing) }
        let piece = 64 * 1024
        var ours = [UInt8](repeating: 0, count: piece), theirs = ours
        var offset = 0
        while offset < count {
            let length = min(piece, count - offset)
            guard FileOutput.read(descriptor, into: &ours, count: length, at: offset),
                  FileOutput.read(existing, into: &theirs, count: length, at: offset),
                  memcmp(ours, theirs, length) == 0 else { return false }
            offset += length
        }
        return true
    }

    /// Writes out everything pending on the file system that holds `descriptor`'s file (`syncfs(2)`,
    /// through the `SystemCalls` C target: Swift does not import it, and a run-time lookup finds
    /// nothing in a static program).
    static func syncFileSystem(of descriptor: Int32) {
        _ = mja_syncfs(descriptor)
    }

    /// Closes what is still open and removes named temporary files: nothing of an unfinished batch stays.
    func abandon() {
        for file in pending {
            if file.descriptor >= 0 { close(file.descriptor) }
            if file.isNamed { unlink(file.temporary) }
        }
        pending = []
        openCount = 0
    }
}
