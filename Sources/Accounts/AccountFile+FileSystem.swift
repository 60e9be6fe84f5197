import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

extension AccountFile {
    /// Reads the accounts file at `path`.
    ///
    /// Refuses a file that group or others may read or write (its hashes could be guessed at leisure,
    /// or an account added), with a message that says `chmod 600 FILE`; the mode is read from the
    /// opened file, so a swap between the check and the read is not possible. Every problem of the
    /// text is thrown at once, each with its line and column.
    public static func load(path: String) throws(AccountFileError) -> AccountFile {
        try load(path: path, iterations: PasswordHash.recommendedIterations)
    }

    /// `load(path:)` for tests: new passwords get `iterations` instead of 600,000.
    @_spi(Testing)
    public static func load(path: String, iterationsForTesting iterations: Int) throws(AccountFileError) -> AccountFile {
        try load(path: path, iterations: iterations)
    }

    static func load(path: String, iterations: Int) throws(AccountFileError) -> AccountFile {
        // O_NONBLOCK: a FIFO put in the file's place must not hang the server until someone writes.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw AccountFileError(file: path, problems: [.init(range: nil, reason: .unreadable(errno: errno))]) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else {
            throw AccountFileError(file: path, problems: [.init(range: nil, reason: .unreadable(errno: errno))])
        }
        guard status.st_mode & S_IFMT == S_IFREG else {
            let reason: AccountFileError.Reason = status.st_mode & S_IFMT == S_IFDIR ? .unreadable(errno: EISDIR) : .notARegularFile
            throw AccountFileError(file: path, problems: [.init(range: nil, reason: reason)])
        }
        let mode = Int(status.st_mode & 0o7777)
        guard mode & 0o077 == 0 else {
            throw AccountFileError(file: path, problems: [.init(range: nil, reason: .readableByOthers(mode: mode))])
        }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes += chunk[0..<count]
            } else if count == 0 {
                break
            } else if errno != EINTR {
                throw AccountFileError(file: path, problems: [.init(range: nil, reason: .unreadable(errno: errno))])
            }
        }
        return try parse(bytes: bytes, file: path, iterations: iterations)
    }

    /// Writes the accounts to `path` with mode 0600, atomically: the text goes to a new file beside it
    /// (made with mode 0600 from the start, so it is never readable by others, whatever the umask),
    /// which is synced and then renamed over the old one. A reader sees the old file or the new one,
    /// never half of one; after a crash the old one is still there.
    public func save(to path: String) throws(AccountFileError) {
        let folder = FilePath.deletingLastComponent(of: path)
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(FilePath.lastComponent(of: path)).\(getpid()).tmp"
        func failure() -> AccountFileError {
            AccountFileError(file: path, problems: [.init(range: nil, reason: .unwritable(errno: errno))])
        }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw failure() }
        var written = false
        defer {
            close(descriptor)
            if !written { unlink(temporary) }
        }
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if count > 0 {
                offset += count
            } else if count < 0 && errno == EINTR {
                continue
            } else {
                throw failure()
            }
        }
        // fchmod: a umask such as 0277 would otherwise leave the owner unable to write it next time.
        guard fchmod(descriptor, 0o600) == 0, fsync(descriptor) == 0, rename(temporary, path) == 0 else { throw failure() }
        written = true
        let folderDescriptor = open(folder.isEmpty ? "." : folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)  // The rename itself survives a power cut.
            close(folderDescriptor)
        }
    }
}
