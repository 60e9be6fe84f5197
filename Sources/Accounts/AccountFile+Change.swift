import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

extension AccountFile {
    /// Reads the accounts at `path`, lets `body` change them, and writes them back, all under an
    /// exclusive lock, so `mja gebruiker` and the server (or two of its requests) never lose each
    /// other's change: the second waits until the first has written, then reads what it wrote.
    ///
    /// The lock is `flock` on a file beside the accounts file (`.NAME.lock`, mode 0600), not on the
    /// accounts file itself: that is replaced by a rename at every save, and a lock on the old file
    /// would not stop a writer that opened the new one. `load` reads the file (the caller decides
    /// what a missing file means); nothing is written when `load` or `body` throws.
    public static func change<Result>(
        at path: String, load: (String) throws -> AccountFile, _ body: (inout AccountFile) throws -> Result
    ) throws -> Result {
        let lock = try AccountFileLock(for: path)
        defer { lock.release() }
        var file = try load(path)
        let result = try body(&file)
        try file.save(to: path)
        return result
    }
}

/// An exclusive `flock` on the lock file beside an accounts file, held until `release()`.
struct AccountFileLock {
    private let descriptor: Int32

    /// The lock file of the accounts file at `path`: `.NAME.lock` in the same folder.
    static func path(for path: String) -> String {
        let folder = FilePath.deletingLastComponent(of: path)
        return (folder.isEmpty ? "" : folder + "/") + ".\(FilePath.lastComponent(of: path)).lock"
    }

    /// Waits for the lock and takes it.
    init(for path: String) throws(AccountFileError) {
        let descriptor = open(Self.path(for: path), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { throw AccountFileError(file: path, problems: [.init(range: nil, reason: .unwritable(errno: errno))]) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                let number = errno
                close(descriptor)
                throw AccountFileError(file: path, problems: [.init(range: nil, reason: .unwritable(errno: number))])
            }
        }
        self.descriptor = descriptor
    }

    /// Gives the lock up (closing the descriptor releases the `flock`).
    func release() {
        close(descriptor)
    }
}
