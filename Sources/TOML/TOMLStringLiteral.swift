/// A string written as TOML text: the one place for the escapes of a basic string, used by every
/// writer of TOML (the edit API, the document writer, the accounts file), so that any text reads
/// back as itself wherever it was written.
public enum TOMLStringLiteral {
    /// `"text"`: a basic string with `"`, `\` and every control character escaped.
    public static func basic(_ text: String) -> String {
        var result = "\""
        appendBasicContent(text, multiline: false, to: &result)
        return result + "\""
    }

    /// The escaped content of a basic string: `\` and `"` always, control characters except (in a
    /// multi-line string) the line feed.
    public static func appendBasicContent(_ text: String, multiline: Bool, to out: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += multiline ? "\n" : "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: appendEscapingControl(scalar, to: &out)
            }
        }
    }

    /// `scalar` as it is, or as `\uXXXX` when it is a control character (TOML allows none raw but
    /// the tab, and the line feed in multi-line strings).
    public static func appendEscapingControl(_ scalar: Unicode.Scalar, to out: inout String) {
        if isControl(scalar) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
            out.unicodeScalars.append(scalar)
        }
    }

    /// Whether `scalar` is a control character (U+0000 to U+001F, U+007F).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F
    }
}
