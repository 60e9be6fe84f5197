/// The object layer of a PDF file (ISO 32000-1, section 7.5): numbered indirect objects written
/// in order, their byte offsets, the cross-reference table and the trailer. Object numbers are
/// reserved first and filled in later, so objects can refer to each other in any order.
///
/// Bodies are ASCII text (dictionaries, arrays, hex strings); only stream data is binary.
struct PDFFile {
    private(set) var bytes: [UInt8] = []
    /// The byte offset of each object by number; index 0 is the free-list head.
    private var offsets: [Int] = [0]

    /// Starts a PDF 1.7 file; the comment with four bytes above 127 tells tools it is binary.
    init() {
        bytes.reserveCapacity(64 * 1024)
        append("%PDF-1.7\n%")
        bytes += [0xE2, 0xE3, 0xCF, 0xD3, 0x0A]
    }

    /// A new object number, to be written later with ``add(_:_:)`` or ``addStream(_:dictionary:data:compress:)``.
    mutating func reserve() -> Int {
        offsets.append(-1)
        return offsets.count - 1
    }

    /// Writes object `number` with the ASCII `body`.
    mutating func add(_ number: Int, _ body: String) {
        offsets[number] = bytes.count
        append("\(number) 0 obj\n")
        append(body)
        append("\nendobj\n")
    }

    /// Writes object `number` as a stream: `dictionary` holds the entries other than `/Length`
    /// and `/Filter` (without `<<` `>>`). With `compress`, the data is stored Flate-compressed
    /// when that makes it smaller.
    mutating func addStream(_ number: Int, dictionary: String, data: [UInt8], compress: Bool) {
        var payload = data
        var filter = ""
        if compress && data.count > 64 {
            let packed = PDFFlate.compress(data)
            if packed.count < data.count {
                payload = packed
                filter = " /Filter /FlateDecode"
            }
        }
        offsets[number] = bytes.count
        append("\(number) 0 obj\n<<\(dictionary.isEmpty ? "" : dictionary + " ")/Length \(payload.count)\(filter)>>\nstream\n")
        bytes += payload
        append("\nendstream\nendobj\n")
    }

    /// Ends the file: the cross-reference table, the trailer with `root` and `info`, and an
    /// `/ID` made from the content, so the same document gives the same bytes.
    mutating func finish(root: Int, info: Int) -> [UInt8] {
        let identifier = PDFFile.identifier(of: bytes)
        let start = bytes.count
        append("xref\n0 \(offsets.count)\n0000000000 65535 f \n")
        for offset in offsets.dropFirst() {
            precondition(offset >= 0, "a reserved PDF object was never written")
            append(Self.padded(offset) + " 00000 n \n")
        }
        append("trailer\n<</Size \(offsets.count) /Root \(root) 0 R /Info \(info) 0 R /ID [<\(identifier)> <\(identifier)>]>>\n")
        append("startxref\n\(start)\n%%EOF\n")
        return bytes
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Ten digits, zero-padded, as the cross-reference table requires.
    private static func padded(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 10 - digits.count)) + digits
    }

    /// 16 bytes in hex from two FNV-1a hashes of the content: stable, no clock, no random.
    static func identifier(of bytes: [UInt8]) -> String {
        var first: UInt64 = 0xcbf2_9ce4_8422_2325
        var second: UInt64 = 0x8422_2325_cbf2_9ce4
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x100_0000_01b3
            second = (second &+ UInt64(byte)) &* 0x100_0000_01b3
        }
        return PDFText.hex(first) + PDFText.hex(second)
    }
}
