/// The byte buffer the XML writers (WordprocessingML, PresentationML, SpreadsheetML, DrawingML
/// charts, SVG) write into: the one the HTML writer uses, so the parts are bytes from the start
/// and no `String` is built and appended piece by piece (string interpolation cost the Office
/// writers more than half of their instructions).
typealias XMLOutput = HTMLOutput

extension HTMLOutput {
    /// Appends fixed markup. A separate name from ``write(string:)``: a string literal passed to an
    /// overloaded `append` becomes a `String`, not the `StaticString` meant.
    @inline(__always) mutating func write(_ markup: StaticString) { append(markup) }

    /// Appends `text` as it is (already markup, or known to need no escaping).
    @inline(__always) mutating func write(string text: String) { append(text) }

    /// Appends `text` escaped for element content and quoted attribute values: the same bytes as
    /// ``XMLText/escape(_:)``, with the runs that need nothing copied whole.
    mutating func write(escaped text: String) {
        var text = text
        text.withUTF8 { writeEscaped($0) }
    }

    /// Appends the UTF-8 `bytes` escaped as ``write(escaped:)`` does.
    mutating func writeEscaped(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        let count = bytes.count
        var runStart = 0, index = 0
        while index < count {
            let byte = bytes[index]
            // Most bytes are letters, digits, spaces and multi-byte letters: one comparison each.
            if byte >= 0x3F && byte != 0x7F && byte != 0xC2 && byte != 0xE2 && byte != 0xEF {
                index += 1
                continue
            }
            let replacement: StaticString?
            let length: Int
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"; length = 1
            case UInt8(ascii: "<"): replacement = "&lt;"; length = 1
            case UInt8(ascii: ">"): replacement = "&gt;"; length = 1
            case UInt8(ascii: "\""): replacement = "&quot;"; length = 1
            case UInt8(ascii: "'"): replacement = "&#39;"; length = 1
            case 0xEF where index + 2 < count && bytes[index + 1] == 0xBF && bytes[index + 2] >= 0xBE:
                replacement = nil; length = 3  // U+FFFE, U+FFFF: XML forbids them
            default:
                // Controls XML forbids, C1 controls and bidirectional overrides (``TextCleaning``).
                replacement = nil; length = TextCleaning.removedLength(bytes, at: index)
            }
            if length == 0 {
                index += 1
                continue
            }
            append(base + runStart, count: index - runStart)
            if let replacement { append(replacement) }
            index += length
            runStart = index
        }
        append(base + runStart, count: count - runStart)
    }

    /// Appends `<name>text</name>`, the text escaped (``write(escaped:)``).
    mutating func element(_ name: StaticString, escaped text: String) {
        append(UInt8(ascii: "<"))
        write(name)
        append(UInt8(ascii: ">"))
        write(escaped: text)
        write("</")
        write(name)
        append(UInt8(ascii: ">"))
    }

    /// Appends ` name="value"`, the value in decimal: the attribute of most numbers in the parts.
    mutating func attribute(_ name: StaticString, decimal value: Int) {
        attributeName(name)
        write(decimal: value)
        append(UInt8(ascii: "\""))
    }

    /// Appends ` name="value"`, the value escaped (``write(escaped:)``).
    mutating func attribute(_ name: StaticString, escaped value: String) {
        attributeName(name)
        write(escaped: value)
        append(UInt8(ascii: "\""))
    }

    /// Appends ` name="`, an attribute up to its value.
    private mutating func attributeName(_ name: StaticString) {
        append(UInt8(ascii: " "))
        write(name)
        write("=\"")
    }

    /// Appends `value` in decimal, without making a `String`.
    mutating func write(decimal value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        guard magnitude >= 10 else { return append(UInt8(ascii: "0") + UInt8(magnitude)) }
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: room for 20 digits
        let length = withUnsafeMutableBytes(of: &digits) { buffer -> Int in
            var position = buffer.count
            while magnitude > 0 {
                position -= 1
                buffer[position] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            }
            return position
        }
        withUnsafeBytes(of: &digits) { buffer in
            let bytes = buffer.bindMemory(to: UInt8.self)
            append(bytes.baseAddress! + length, count: bytes.count - length)
        }
    }

    /// Appends `value` in decimal.
    @inline(__always) mutating func write(decimal value: Int64) { write(decimal: Int(value)) }
}
