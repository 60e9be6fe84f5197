import Diagnostics

/// Entry points of the TOML 1.0.0 parser.
///
/// The parser reads the whole of TOML 1.0.0 and rejects every document the specification calls invalid.
/// It works on UTF-8 bytes in one pass, keeps the source range of every key and value, and stops at the
/// first error. Arrays and inline tables may be nested at most `maximumNesting` levels deep, so no input
/// can exhaust the stack.
public enum TOML {
    /// How deeply tables, arrays and inline tables may be nested inside each other.
    public static let maximumNesting = 1000

    /// Parses a TOML document into its root table.
    ///
    /// - Throws: the first `TOMLError` found, with its position.
    public static func parse(_ text: String) throws(TOMLError) -> TOMLTable {
        var text = text
        let result = text.withUTF8 { buffer in
            Result { () throws(TOMLError) -> TOMLTable in try parse(buffer: buffer) }
        }
        return try result.get()
    }

    /// Parses a TOML document given as raw bytes, so that invalid UTF-8 is reported with its position
    /// instead of being replaced on the way in.
    public static func parse(bytes: [UInt8]) throws(TOMLError) -> TOMLTable {
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(TOMLError) -> TOMLTable in try parse(buffer: buffer) }
        }
        return try result.get()
    }

    private static func parse(buffer: UnsafeBufferPointer<UInt8>) throws(TOMLError) -> TOMLTable {
        var parser = Parser(buffer)
        do {
            return try parser.parseDocument()
        } catch {
            throw HabitDiagnosis(buffer).refine(error)
        }
    }
}
