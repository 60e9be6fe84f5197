/// `addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)`: every byte of the text's UTF-8
/// outside the ASCII letters and digits and `!$&'()*+,-./=@_~` written as `%` and two capital hex
/// digits, and `:` too before the first `/` (as `Foundation` does: a colon in a relative path's first
/// segment would read as a scheme). (`Foundation` answers nil only for text that is not valid Unicode,
/// which a `String` never is.) `PercentEncodingTests` hold it against `Foundation`.
public enum PercentEncoding {
    /// `text` percent-encoded for the path of a URL.
    public static func path(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var afterSlash = false
        for byte in text.utf8 {
            if byte == UInt8(ascii: "/") { afterSlash = true }
            if allowedInPath[Int(byte)] || (afterSlash && byte == UInt8(ascii: ":")) {
                bytes.append(byte)
            } else {
                bytes += [UInt8(ascii: "%"), hexDigits[Int(byte >> 4)], hexDigits[Int(byte & 0x0F)]]
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// Whether each byte stands as it is in a path.
    private static let allowedInPath: [Bool] = (0...255).map { byte in
        switch UInt8(byte) {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"): true
        default: "!$&'()*+,-./=@_~".utf8.contains(UInt8(byte))
        }
    }
}
