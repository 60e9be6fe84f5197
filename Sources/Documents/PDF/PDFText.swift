import FoundationEssentials

/// Agenda text made safe for a PDF: text for the page in WinAnsiEncoding (the encoding of the
/// standard fonts), written as literal strings with `(`, `)` and `\` escaped; text for the file's
/// properties, bookmarks and alternative texts as UTF-16 hex strings. Control characters are left
/// out everywhere; a character the fonts cannot show becomes its nearest WinAnsi form (`ł` → `l`,
/// `−` → `-`, `→` → `->`) or `?`, never raw bytes of another encoding.
enum PDFText {
    /// `text` in WinAnsiEncoding (ISO 32000-1, Annex D): tabs and line breaks become spaces, other
    /// control characters and invisible ones (zero-width space, soft hyphen, bidirectional
    /// overrides, see ``TextCleaning``) are left out.
    static func winAnsi(_ text: String) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars { appendWinAnsi(scalar, to: &result) }
        return result
    }

    /// Appends the WinAnsi code(s) for `scalar`.
    static func appendWinAnsi(_ scalar: Unicode.Scalar, to result: inout [UInt8]) {
        let value = scalar.value
        if value >= 0x20 && value < 0x7F || value >= 0xA0 && value <= 0xFF && value != 0xAD {
            result.append(UInt8(value))
            return
        }
        switch value {
        case 0x09, 0x0A, 0x0D: result.append(0x20)
        case 0x00...0x1F, 0x7F...0x9F, 0xAD, 0x200B...0x200D, 0x2060, 0xFEFF, 0x202A...0x202E, 0x2066...0x2069: return
        case 0x2192: result.append(PDFFont.arrowCode)  // → has a glyph in the text fonts
        default:
            if let code = windowsHighCodes[value] {
                result.append(code)
            } else if let replacement = replacements[value] {
                result += replacement.utf8
            } else if let base = baseLetter(scalar) {
                result.append(base)
            } else {
                result.append(UInt8(ascii: "?"))
            }
        }
    }

    /// The characters of WinAnsi's codes 128 to 159 (€, quotes, dashes, …).
    static let windowsHighCodes: [UInt32: UInt8] = [
        0x20AC: 128, 0x201A: 130, 0x0192: 131, 0x201E: 132, 0x2026: 133, 0x2020: 134, 0x2021: 135,
        0x02C6: 136, 0x2030: 137, 0x0160: 138, 0x2039: 139, 0x0152: 140, 0x017D: 142, 0x2018: 145,
        0x2019: 146, 0x201C: 147, 0x201D: 148, 0x2022: 149, 0x2013: 150, 0x2014: 151, 0x02DC: 152,
        0x2122: 153, 0x0161: 154, 0x203A: 155, 0x0153: 156, 0x017E: 158, 0x0178: 159,
    ]

    /// Characters outside WinAnsi with a close spelling in it.
    static let replacements: [UInt32: String] = [
        0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2015: "-", 0x2212: "-", 0x2043: "-",
        0x2002: " ", 0x2003: " ", 0x2009: " ", 0x202F: "\u{A0}", 0x2007: " ", 0x2008: " ", 0x200A: " ", 0x3000: " ",
        0x2032: "'", 0x2033: "\"", 0x201B: "'", 0x201F: "\"", 0x2190: "<-", 0x2194: "<->",
        0x21D2: "=>", 0x2264: "<=", 0x2265: ">=", 0x2260: "!=", 0x2248: "~", 0x2713: "v", 0x2714: "v",
        0x2717: "x", 0x2718: "x", 0x26A0: "!", 0x25CF: "\u{95}", 0x25E6: "o", 0x2219: "\u{B7}", 0x0133: "ij",
        0x0132: "IJ", 0x2116: "nr.", 0x2080: "0", 0x2081: "1", 0x2082: "2", 0x2083: "3",
    ]

    /// The unaccented base of a Latin letter outside Latin-1 (`ł`, `č`, `ő`), when it has one.
    private static func baseLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        switch scalar.value {
        case 0x0141: return UInt8(ascii: "L")
        case 0x0142: return UInt8(ascii: "l")
        case 0x0110: return UInt8(ascii: "D")
        case 0x0111: return UInt8(ascii: "d")
        case 0x0131: return UInt8(ascii: "i")
        default: break
        }
        guard scalar.value >= 0x80, scalar.value < 0x0250 else { return nil }
        let base = baseLetters[Int(scalar.value) - 0x80]
        return base == UInt8(ascii: ".") ? nil : base
    }

    /// The first scalar of the canonical decomposition of U+0080-U+024F, where that is an ASCII
    /// letter and the scalar a letter ("." where not): a table, as the Swift library has no Unicode
    /// decomposition without `Foundation` (`PDFBaseLetterTests` holds it against
    /// `decomposedStringWithCanonicalMapping`).
    static let baseLetters: [UInt8] = Array("""
        ................................................................
        AAAAAA.CEEEEIIII.NOOOOO..UUUUY..aaaaaa.ceeeeiiii.nooooo..uuuuy.y
        AaAaAaCcCcCcCcDd..EeEeEeEeEeGgGgGgGgHh..IiIiIiIiI...JjKk.LlLlLl.
        ...NnNnNn...OoOoOo..RrRrRrSsSsSsSsTtTt..UuUuUuUuUuUuWwYyYZzZzZz.
        ................................Oo.............Uu...............
        .............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa....
        AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............
        ................

        """.utf8.filter { $0 != UInt8(ascii: "\n") })

    /// Appends the one-byte codes `bytes` as a hex string of two-byte codes, as the Identity-H
    /// encoding of the embedded fonts reads them (see ``PDFFont``). The string's room is made at
    /// once, filled with `0`, and the low digits written in place: every character of every page
    /// passes here, and four appends a character cost more than the rest of drawing a line.
    static func appendCodes(_ bytes: [UInt8], to output: inout [UInt8]) {
        let start = output.count
        output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: 4 * bytes.count + 2))
        let hex = hexBytes
        output.withUnsafeMutableBufferPointer { output in
            output[start] = UInt8(ascii: "<")
            var at = start + 3
            for byte in bytes {
                output[at] = hex[Int(byte >> 4)]
                output[at + 1] = hex[Int(byte & 0xF)]
                at += 4
            }
            output[at - 2] = UInt8(ascii: ">")
        }
    }

    /// Appends WinAnsi `bytes` as a literal string `( … )`: `(`, `)` and `\` escaped.
    static func appendLiteral(_ bytes: some Sequence<UInt8>, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "("))
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\\"):
                output.append(UInt8(ascii: "\\"))
                output.append(byte)
            case 0x0A: output += Array("\\n".utf8)
            case 0x0D: output += Array("\\r".utf8)
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: ")"))
    }

    /// `text` as a PDF text string for properties, bookmarks and alternative text: UTF-16BE with
    /// a byte order mark, in hex, control characters left out (ISO 32000-1, 7.9.2.2).
    static func textString(_ text: String) -> String {
        var output: [UInt8] = []
        appendTextString(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends ``textString(_:)`` of `text` to `output`: made in a ``PDFOutput`` (four hex digits
    /// a character written in place) and appended at once.
    static func appendTextString(_ text: String, to output: inout [UInt8]) {
        var string = PDFOutput(capacity: 8 + 4 * text.utf8.count)
        string.appendTextString(text)
        output.append(contentsOf: string.buffer)
    }

    static let hexBytes: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// A name object's characters after `/`: ASCII letters and digits kept, anything else as `#xx`.
    static func name(_ text: String) -> String {
        var result = "/"
        for byte in text.utf8 {
            if ASCII.isAlphanumeric(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") {
                result.append(Character(Unicode.Scalar(byte)))
            } else {
                result += "#" + hex8(byte)
            }
        }
        return result
    }

    /// A URI for a link annotation: 7-bit ASCII (ISO 32000-1, 12.6.4.7), so every other byte is
    /// percent-encoded, and a literal string with `(`, `)` and `\` escaped.
    static func uriLiteral(_ uri: String) -> String {
        var ascii: [UInt8] = []
        for byte in uri.utf8 {
            if byte <= 0x20 || byte >= 0x7F {
                ascii += Array("%\(hex8(byte))".utf8)
            } else {
                ascii.append(byte)
            }
        }
        var output: [UInt8] = []
        appendLiteral(ascii, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// A number with at most two decimals and no trailing zeros, as content streams want it.
    static func number(_ value: Double) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(12)
        bytes.pdf(value)
        bytes.removeLast()  // the space after it
        return String(decoding: bytes, as: UTF8.self)
    }

    static let hexDigits: [Unicode.Scalar] = Array("0123456789ABCDEF".unicodeScalars)

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static func hex16(_ value: UInt16) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }

    static func hex8(_ value: UInt8) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }
}
