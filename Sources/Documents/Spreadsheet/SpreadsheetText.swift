/// Text and references as SpreadsheetML writes them.
public enum SpreadsheetText {
    /// The column letters of a 0-based index: 0 is `A`, 25 `Z`, 26 `AA`.
    public static func column(_ index: Int) -> String {
        var index = index, name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    /// A cell reference such as `C12` from a 0-based column and a 1-based row.
    public static func reference(column: Int, row: Int) -> String { "\(self.column(column))\(row)" }

    /// The 0-based column and 1-based row of a reference such as `C12`; nil when it is not one.
    public static func position(of reference: String) -> (column: Int, row: Int)? {
        var column = 0, row = 0, letters = 0, digits = 0
        for scalar in reference.unicodeScalars {
            switch scalar.value {
            case 65...90 where digits == 0: column = column * 26 + Int(scalar.value - 64); letters += 1
            case 97...122 where digits == 0: column = column * 26 + Int(scalar.value - 96); letters += 1
            case 48...57: row = row * 10 + Int(scalar.value - 48); digits += 1
            case 36: continue  // `$` of an absolute reference
            default: return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, row > 0 else { return nil }
        return (column - 1, row)
    }

    /// `text` for a string element: XML-escaped, the invisible controls ``TextCleaning`` removes
    /// left out, and what XML cannot hold otherwise (a carriage return, U+FFFE, U+FFFF) as the
    /// `_xHHHH_` escape Excel uses; a literal `_xHHHH_` in the text has its underscore escaped, so
    /// it reads back as itself.
    static func escape(_ text: String) -> String {
        // Most text (a chart's categories, names, amounts) is printable ASCII with nothing to
        // escape: kept as it is, without taking it apart scalar by scalar.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "&") && $0 != UInt8(ascii: "<")
            && $0 != UInt8(ascii: ">") && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "_") }) { return text }
        var result = ""
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n": result.unicodeScalars.append(scalar)
            case "_" where looksEscaped(scalars, at: index): result += "_x005F_"
            default:
                if TextCleaning.isRemoved(scalar) {
                    break  // an invisible control (see TextCleaning): no cell should hold one
                } else if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    result += "_x" + hex4(scalar.value) + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
            index += 1
        }
        return result
    }

    /// `text` with the `_xHHHH_` escapes turned back into their characters.
    static func unescape(_ text: String) -> String {
        // Looked for in the bytes: `String.contains` of a string would walk every cell's characters.
        var previous: UInt8 = 0
        guard text.utf8.contains(where: { byte in defer { previous = byte }; return previous == UInt8(ascii: "_") && byte == UInt8(ascii: "x") }) else {
            return text
        }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if looksEscaped(scalars, at: index), let value = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)..<(index + 6)])), radix: 16),
               let scalar = Unicode.Scalar(value) {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// Whether `_xHHHH_` starts at `index`.
    private static func looksEscaped(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index] == "_", scalars[index + 1] == "x", scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)..<(index + 6)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    private static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
