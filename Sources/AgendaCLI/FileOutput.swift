import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// Writes files so that a reader never sees half of one, and a build stopped halfway (killed, the
/// power gone) leaves every earlier document whole and no temporary files behind.
///
/// On Linux the bytes go to an unnamed file in the target folder (`O_TMPFILE`): if the process dies
/// while writing, the kernel frees it and nothing shows in the folder. The finished file then gets a
/// temporary name and, in one step, the final one (`rename(2)` replaces atomically). Where the file
/// system has no unnamed files, a named temporary file `.NAME.PID.tmp` is used instead. A temporary
/// file of a process that no longer runs (killed in the moment between naming and renaming) is
/// removed the next time a file is written into that folder.
enum FileOutput {
    /// Writes `data` to `path`, replacing what is there.
    static func write(_ data: Data, to path: String) throws {
        removeStaleTemporaries(in: folder(of: path))
        let temporary = temporaryPath(for: path)
        do {
            if try !writeUnnamed(data, as: temporary) { try data.write(to: URL(fileURLWithPath: temporary)) }
            if rename(temporary, path) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw naming(path, in: error)
        }
    }

    /// Writes `data` to `path` only if nothing is there yet; returns false (and writes nothing)
    /// when the file exists. `link(2)` refuses an existing name, so no check-then-write race.
    static func create(_ data: Data, at path: String) throws -> Bool {
        let temporary = temporaryPath(for: path)
        try data.write(to: URL(fileURLWithPath: temporary))
        defer { unlink(temporary) }
        if link(temporary, path) == 0 { return true }
        if errno == EEXIST { return false }
        throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }

    /// Writes `data` into an unnamed file in the folder of `name` and then names it `name`. Returns
    /// false, having written nothing, where unnamed files are not available.
    private static func writeUnnamed(_ data: Data, as name: String) throws -> Bool {
        guard let descriptor = try unnamedFile(in: folder(of: name)) else { return false }
        defer { close(descriptor) }
        try writeAll(data, to: descriptor)
        return linkat(AT_FDCWD, "/proc/self/fd/\(descriptor)", AT_FDCWD, name, AT_SYMLINK_FOLLOW) == 0
    }

    /// An open unnamed file in `folder`, or nil where the file system has none.
    static func unnamedFile(in folder: String) throws -> Int32? {
        #if os(Linux)
        // O_TMPFILE is a macro Swift does not import: __O_TMPFILE | O_DIRECTORY.
        let unnamed: Int32 = 0o20_000_000 | O_DIRECTORY
        // Read and written: a file written as it was made is read back to compare (see `FileBatch`).
        let descriptor = open(folder, unnamed | O_RDWR | O_CLOEXEC, 0o666)
        return descriptor >= 0 ? descriptor : nil
        #else
        return nil
        #endif
    }

    /// Writes all of `data` to `descriptor`, retrying after interruptions.
    static func writeAll(_ data: Data, to descriptor: Int32) throws {
        try data.withUnsafeBytes { try writeAll($0, to: descriptor) }
    }

    /// Writes all of `buffer` to `descriptor`, retrying after interruptions.
    static func writeAll(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw posixError()
            }
            offset += written
        }
    }

    /// Reads `count` bytes at `offset` of `descriptor` into the start of `buffer`, retrying after
    /// interruptions and short reads; false when the file ends first or reading fails.
    static func read(_ descriptor: Int32, into buffer: inout [UInt8], count: Int, at offset: Int) -> Bool {
        buffer.withUnsafeMutableBytes { buffer in
            var done = 0
            while done < count {
                let got = pread(descriptor, buffer.baseAddress! + done, count - done, off_t(offset + done))
                if got < 0 && errno == EINTR { continue }
                guard got > 0 else { return false }
                done += got
            }
            return true
        }
    }

    /// The error `errno` names.
    static func posixError() -> POSIXError {
        POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
    }

    /// `error` with the file it is about, so that the message names it ("'uit/am05/beleidsdeel.html'
    /// kan niet worden geschreven: de schijf is vol"); an error that names a file already stays as it is.
    static func naming(_ path: String, in error: any Error) -> any Error {
        guard let posix = error as? POSIXError else { return error }
        return PathError(posix.code, path: path)
    }

    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    }

    static func folder(of path: String) -> String {
        URL(fileURLWithPath: path).deletingLastPathComponent().path
    }

    /// The folders already swept in this process: each is looked at once.
    private static let swept = SweptFolders()

    /// Removes `.NAME.PID.tmp` files in `folder` whose process no longer runs.
    static func removeStaleTemporaries(in folder: String) {
        guard swept.insert(folder) else { return }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.dropLast(4).split(separator: ".")
            guard let pid = parts.last.flatMap({ Int32($0) }), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(folder + "/" + name) }
        }
    }
}

/// A set of folder paths shared by the threads that write documents.
private final class SweptFolders: @unchecked Sendable {
    private let lock = Lock()
    private var folders: Set<String> = []

    /// Adds `folder`; false when it was there already.
    func insert(_ folder: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return folders.insert(folder).inserted
    }
}
