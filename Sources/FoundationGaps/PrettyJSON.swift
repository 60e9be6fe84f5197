import FoundationEssentials

/// JSON text as `JSONSerialization.data(withJSONObject:options: [.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes])` writes it on Linux, byte for byte: two spaces of indent, `" : "` between a
/// key and its value, an empty array or object as `[` or `{`, a line end, the indent and `]` or `}`; keys
/// in `KeyOrder`; only `"`, `\` and the control characters escaped (`\u001f` in lower-case hex); a
/// whole double without its `.0`. `PrettyJSONTests` hold it against `JSONSerialization`.
public enum PrettyJSON {
    /// A value `JSONSerialization` can write.
    public indirect enum Value: Sendable, Equatable {
        case string(String)
        case bool(Bool)
        case integer(Int64)
        case double(Double)
        case decimal(Decimal)
        case array([Value])
        case object([String: Value])
        case null

        /// The value of what `JSONSerialization` takes (`String`, `Bool`, the integer types, `Double`,
        /// `Float`, `Decimal`, arrays, dictionaries with `String` keys, `Optional.none`), tried in its
        /// order; nil for anything else, or a number that is not finite, where it throws.
        public init?(_ any: Any) {
            switch any {
            case let text as String: self = .string(text)
            case let flag as Bool: self = .bool(flag)
            case let number as Int: self = .integer(Int64(number))
            case let number as Int8: self = .integer(Int64(number))
            case let number as Int16: self = .integer(Int64(number))
            case let number as Int32: self = .integer(Int64(number))
            case let number as Int64: self = .integer(number)
            case let number as UInt8: self = .integer(Int64(number))
            case let number as UInt16: self = .integer(Int64(number))
            case let number as UInt32: self = .integer(Int64(number))
            case let array as [Any]:
                var values: [Value] = []
                values.reserveCapacity(array.count)
                for element in array {
                    guard let value = Value(element) else { return nil }
                    values.append(value)
                }
                self = .array(values)
            case let dictionary as [String: Any]:
                var values: [String: Value] = [:]
                for (key, element) in dictionary {
                    guard let value = Value(element) else { return nil }
                    values[key] = value
                }
                self = .object(values)
            case let number as Float:
                guard number.isFinite else { return nil }
                self = .double(Double(number))
            case let number as Double:
                guard number.isFinite else { return nil }
                self = .double(number)
            case let number as Decimal: self = .decimal(number)
            case Optional<Any>.none: self = .null
            default: return nil
            }
        }
    }

    /// The text of `value`, without a line end after it (as `JSONSerialization`).
    public static func bytes(of value: Value) -> [UInt8] {
        var out: [UInt8] = []
        write(value, indent: 0, into: &out)
        return out
    }

    /// The text of `object` (see `Value.init`); nil where `JSONSerialization` throws.
    public static func bytes(of object: Any) -> [UInt8]? {
        Value(object).map { bytes(of: $0) }
    }

    private static func write(_ value: Value, indent: Int, into out: inout [UInt8]) {
        switch value {
        case .string(let text): writeString(text, into: &out)
        case .bool(let flag): out += Array((flag ? "true" : "false").utf8)
        case .integer(let number): out += Array(String(number).utf8)
        case .double(let number):
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            out += Array(text.utf8)
        case .decimal(let number): out += Array(number.description.utf8)
        case .null: out += Array("null".utf8)
        case .array(let elements):
            out += [UInt8(ascii: "["), 0x0A]
            for (index, element) in elements.enumerated() {
                if index > 0 { out += [UInt8(ascii: ","), 0x0A] }
                writeIndent(indent + 2, into: &out)
                write(element, indent: indent + 2, into: &out)
            }
            out.append(0x0A)
            writeIndent(indent, into: &out)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out += [UInt8(ascii: "{"), 0x0A]
            let keys = members.keys.sorted(by: KeyOrder.areInIncreasingOrder)
            for (index, key) in keys.enumerated() {
                if index > 0 { out += [UInt8(ascii: ","), 0x0A] }
                writeIndent(indent + 2, into: &out)
                writeString(key, into: &out)
                out += Array(" : ".utf8)
                write(members[key]!, indent: indent + 2, into: &out)
            }
            out.append(0x0A)
            writeIndent(indent, into: &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func writeIndent(_ count: Int, into out: inout [UInt8]) {
        out += repeatElement(UInt8(ascii: " "), count: count)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x00..<0x20: out += Array("\\u00".utf8) + [hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
