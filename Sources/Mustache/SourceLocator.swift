import Diagnostics

/// Turns UTF-8 offsets into 1-based lines and columns (in Unicode scalars), reading forward only.
///
/// `\n`, `\r\n` and a lone `\r` each end a line, as in ``SourceText``, so the numbers match the
/// lines shown under a diagnostic.
struct SourceLocator {
    private let bytes: [UInt8]
    private var offset = 0
    private var line = 1
    private var column = 1

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The position of `target`, which must not be before the last offset asked for.
    mutating func position(at target: Int) -> SourcePosition {
        precondition(target >= offset, "SourceLocator reads forward only")
        while offset < target {
            let byte = bytes[offset]
            if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A)) {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80, byte != 0x0D {
                column += 1
            }
            offset += 1
        }
        return SourcePosition(line: line, column: column)
    }
}
