#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// C's `printf` formatting, in place of `Foundation`'s `String(format:)` (which `FoundationEssentials`
/// lacks) for the numbers the program formats: `%.1f` of a `Double`, `%02d` and `%04d` of an `Int`,
/// `%02X` and `%04X` of a `UInt32`. `String(format:)` hands those to the same C formatting;
/// `CFormatTests` holds the two equal on them.
public enum CFormat {
    /// `format` filled in with `arguments` by `vsnprintf`. An `Int` given to `%d` is read as C's
    /// `int`: keep such values within 32 bits, as `String(format:)` needs too.
    public static func string(_ format: String, _ arguments: any CVarArg...) -> String {
        withVaList(arguments) { list in
            var buffer = [CChar](repeating: 0, count: 64)
            let needed = Int(vsnprintf(&buffer, buffer.count, format, list))
            if needed < buffer.count { return String(decoding: buffer.prefix(needed).map { UInt8(bitPattern: $0) }, as: UTF8.self) }
            return withVaList(arguments) { again in
                buffer = [CChar](repeating: 0, count: needed + 1)
                _ = vsnprintf(&buffer, buffer.count, format, again)
                return String(decoding: buffer.prefix(needed).map { UInt8(bitPattern: $0) }, as: UTF8.self)
            }
        }
    }
}
