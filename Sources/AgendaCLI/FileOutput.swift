import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which then takes the final name in one step.
enum FileOutput {
    /// Writes `data` to `path`, replacing what is there.
    static func write(_ data: Data, to path: String) throws {
        let temporary = temporaryPath(for: path)
        do {
            try data.write(to: URL(fileURLWithPath: temporary))
            if rename(temporary, path) != 0 { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            unlink(temporary)
            throw error
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

    private static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp").path
    }
}
