/// A JSON value to write, with object members in the order given: a program's own output (a
/// `datapackage.json`) comes out in a fixed, readable order and byte-identical for the same input.
/// Foundation's `JSONSerialization` sorts keys with ICU collation and casts every value; for the
/// open data of a national build it took half of the time.
public indirect enum JSONNode: Sendable, Equatable {
    case string(String)
    case integer(Int)
    case boolean(Bool)
    case array([JSONNode])
    /// Members in order; the caller gives each key once.
    case object([Member])

    /// One member of an object.
    public struct Member: Sendable, Equatable {
        public var key: String
        public var value: JSONNode
        public init(_ key: String, _ value: JSONNode) {
            self.key = key
            self.value = value
        }
    }

    /// The JSON text, two spaces a level, ending in a line break.
    public func text() -> String {
        var out = ""
        write(indent: 0, to: &out)
        out += "\n"
        return out
    }

    private func write(indent: Int, to out: inout String) {
        switch self {
        case .string(let text): Self.string(text, to: &out)
        case .integer(let number): out += String(number)
        case .boolean(let flag): out += flag ? "true" : "false"
        case .array(let elements):
            guard !elements.isEmpty else { out += "[]"; return }
            // Arrays of strings (keys, field lists) stay on one line.
            if elements.allSatisfy({ if case .string = $0 { true } else { false } }) {
                out += "["
                for (index, element) in elements.enumerated() {
                    if index > 0 { out += ", " }
                    element.write(indent: indent, to: &out)
                }
                out += "]"
                return
            }
            out += "[\n"
            for (index, element) in elements.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                element.write(indent: indent + 1, to: &out)
                out += index == elements.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (index, member) in members.enumerated() {
                out += String(repeating: "  ", count: indent + 1)
                Self.string(member.key, to: &out)
                out += ": "
                member.value.write(indent: indent + 1, to: &out)
                out += index == members.count - 1 ? "\n" : ",\n"
            }
            out += String(repeating: "  ", count: indent) + "}"
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, the rest as it is. Works
    /// on the UTF-8 bytes: most strings need no escape and are appended whole.
    static func string(_ text: String, to out: inout String) {
        out += "\""
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            out += text
            out += "\""
            return
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0..<0x20: bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        out += String(decoding: bytes, as: UTF8.self)
        out += "\""
    }
}
