/// The fields of a form as browsers send it (`application/x-www-form-urlencoded`) or of a query
/// string. A field sent twice keeps its first value; text that is not UTF-8 is refused.
struct FormData: Sendable, Equatable {
    private(set) var fields: [String: String] = [:]

    /// No fields.
    init() {}

    /// The fields of `text`; nil when an escape is malformed or the bytes are not UTF-8.
    init?(_ text: Substring) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.percentDecoded(parts[0], plusIsSpace: true),
                  let value = Self.percentDecoded(parts.count > 1 ? parts[1] : "", plusIsSpace: true) else { return nil }
            if fields[name] == nil { fields[name] = value }
        }
    }

    /// The form in a request body.
    init?(body: [UInt8]) {
        guard let text = String(validating: body, as: UTF8.self) else { return nil }
        self.init(Substring(text))
    }

    /// The query of a request target (`/x?van=a&tot=b`); empty without one.
    init?(query target: String) {
        guard let mark = target.firstIndex(of: "?") else {
            self.init("")
            return
        }
        self.init(target[target.index(after: mark)...].prefix { $0 != "#" })
    }

    subscript(_ name: String) -> String? { fields[name] }

    /// `text` with every `%XX` replaced by its byte (and `+` by a space for form fields); nil for a
    /// `%` without two hex digits or bytes that are not UTF-8.
    static func percentDecoded(_ text: Substring, plusIsSpace: Bool) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "+") && plusIsSpace {
                bytes.append(0x20)
            } else if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
