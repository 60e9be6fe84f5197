/// The one rule for characters that no written document carries: the invisible controls. Each
/// writer applies it where it writes text (Markdown, HTML, the XML of Word, PowerPoint and Excel,
/// PDF, CSV), and decides itself what a tab or line break becomes in its format.
///
/// Removed: the C0 controls other than tab, line feed and carriage return (NUL included), DEL,
/// the C1 controls U+0080 to U+009F (U+0085 among them, which some readers take as a line
/// break), and the bidirectional embeddings, overrides and isolates U+202A to U+202E and U+2066
/// to U+2069, which reorder what a reader sees without being seen themselves ("Trojan Source").
/// The marks U+200E and U+200F stay: they only nudge neighbouring punctuation.
public enum TextCleaning {
    /// Whether `scalar` is removed (see above).
    @inline(__always) public static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 && value != 0x0A && value != 0x0D }
        return (value >= 0x7F && value <= 0x9F) || (value >= 0x202A && value <= 0x202E) || (value >= 0x2066 && value <= 0x2069)
    }

    /// `text` without the removed characters; `text` itself when it has none (most text).
    public static func cleaned(_ text: String) -> String {
        guard containsRemoved(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isRemoved(scalar) { result.append(scalar) }
        return String(result)
    }

    /// Whether `text` holds a removed character, read on its UTF-8 bytes.
    public static func containsRemoved(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                if removedLength(bytes, at: index) > 0 { return true }
                index += 1
            }
            return false
        }
    }

    /// The number of bytes of a removed character starting at `bytes[index]` of UTF-8 text (1, 2
    /// or 3), or 0 when none starts there. Lead bytes only: a continuation byte never matches.
    @inline(__always) public static func removedLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x20 { return byte == 0x09 || byte == 0x0A || byte == 0x0D ? 0 : 1 }
        if byte == 0x7F { return 1 }
        if byte == 0xC2 {  // U+0080 to U+009F: C2 80 to C2 9F
            return index + 1 < bytes.count && bytes[index + 1] <= 0x9F ? 2 : 0
        }
        if byte == 0xE2, index + 2 < bytes.count {  // U+202A-202E: E2 80 AA-AE; U+2066-2069: E2 81 A6-A9
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 && third >= 0xAA && third <= 0xAE { return 3 }
            if second == 0x81 && third >= 0xA6 && third <= 0xA9 { return 3 }
        }
        return 0
    }
}
