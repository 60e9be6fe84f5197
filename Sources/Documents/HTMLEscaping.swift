/// Escaping for HTML output: text and attribute values, link destinations, and the refusal of
/// URL schemes that could run script.
enum HTMLEscaping {
    /// Appends `text` with `&`, `<`, `>` and `"` escaped; safe in element content and in
    /// double-quoted attribute values.
    static func appendEscaped(_ text: String, to output: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var runStart = 0
            for index in 0..<bytes.count {
                let replacement: StaticString
                switch bytes[index] {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                default: continue
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                output.append(contentsOf: UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                runStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
    }

    /// The characters kept as they are in a destination: letters, digits and URL punctuation
    /// (reserved characters keep their meaning). `&` and `'` are kept but written as references.
    private static let hrefSafe: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = true }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") { table[Int(byte)] = true }
        for byte in "-_.+!*(),%#@?=;:/$~&'".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// Appends a link destination for an `href` or `src` attribute, percent-encoding what does
    /// not belong in a URL (spaces, non-ASCII as UTF-8, brackets, backslashes), as cmark does.
    static func appendHref(_ destination: String, to output: inout [UInt8]) {
        let hex: [UInt8] = Array("0123456789ABCDEF".utf8)
        for byte in destination.utf8 {
            if byte < 128 && hrefSafe[Int(byte)] {
                switch byte {
                case 0x26: output.append(contentsOf: "&amp;".utf8)
                case 0x27: output.append(contentsOf: "&#x27;".utf8)
                default: output.append(byte)
                }
            } else {
                output.append(0x25)
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            }
        }
    }

    /// Whether a destination may be written as a link (or, with `image`, as an image source):
    /// `javascript:`, `vbscript:`, `file:` and `data:` are refused, except `data:` images in a
    /// raster format. Browsers ignore leading spaces and control characters and tabs and line
    /// breaks inside a scheme, so those are ignored here too.
    static func isSafe(_ destination: String, image: Bool) -> Bool {
        var prefix: [UInt8] = []  // lowercased, without spaces and controls
        for byte in destination.utf8 {
            if byte <= 0x20 || byte == 0x7F { continue }
            prefix.append(ASCII.isLetter(byte) ? byte | 0x20 : byte)
            if prefix.count == 24 { break }
        }
        func starts(with text: String) -> Bool { prefix.starts(with: text.utf8) }
        if starts(with: "javascript:") || starts(with: "vbscript:") || starts(with: "file:") { return false }
        guard starts(with: "data:") else { return true }
        guard image else { return false }
        return ["png", "gif", "jpeg", "webp", "avif"].contains { format in
            starts(with: "data:image/\(format);") || starts(with: "data:image/\(format),")
        }
    }
}

/// ASCII classes for the writers.
enum ASCII {
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
    @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
    @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
}
