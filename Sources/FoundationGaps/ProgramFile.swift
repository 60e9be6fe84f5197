#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Where the program and its scratch files are, in place of `Foundation`'s
/// `Bundle.main.executablePath` and `NSTemporaryDirectory()`, which `FoundationEssentials` lacks.
public enum ProgramFile {
    /// The file of the running program, read from `/proc/self/exe` (as `Bundle.main.executablePath`
    /// is on Linux); nil where there is no `/proc`.
    public static var executablePath: String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard count > 0 else { return nil }
        return String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The folder for temporary files, ending in `/`, as `NSTemporaryDirectory()` gives it: `$TMPDIR`
    /// when set (a `/` added), else `/tmp/`.
    public static var temporaryFolder: String {
        if let folder = getenv("TMPDIR"), folder.pointee != 0 {
            let text = String(cString: folder)
            return text.hasSuffix("/") ? text : text + "/"
        }
        return "/tmp/"
    }

    /// The user's home folder, as `NSHomeDirectory()` gives it on Linux: `$HOME` when set, else the
    /// password database's entry of this user; "/" when neither says.
    public static var homeFolder: String {
        if let home = getenv("HOME"), home.pointee != 0 { return String(cString: home) }
        guard let entry = getpwuid(getuid()), let folder = entry.pointee.pw_dir else { return "/" }
        return String(cString: folder)
    }
}
