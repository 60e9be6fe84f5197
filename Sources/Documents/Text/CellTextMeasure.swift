/// What the table writers (Word, PowerPoint) read of a cell's text to size its column, in one pass
/// over its scalars, without making its characters (counting them and testing each for a letter
/// was most of a table's work): nil when a character of the text may be more than one scalar (a
/// combining mark, a joiner, a line break of two scalars), where the caller counts characters.
/// Where it is not nil, every scalar is one character, so each figure is the one counted by
/// character.
struct CellTextMeasure {
    /// The number of characters.
    var characters = 0
    /// The longest run of characters a Word cell keeps on one line: broken at a space or a soft
    /// hyphen, after a hyphen or slash, but not at a hyphen before a digit (``WordBody/longestWord(in:)``).
    var longestWord = 0
    /// The most characters between two spaces (`split(separator: " ")`).
    var longestBetweenSpaces = 0
    /// Whether a character is a letter (`Character.isLetter`).
    var hasLetter = false

    private init() {}

    /// The number of characters of `text`, `text.count`: for ASCII without a carriage return (a
    /// return and a line feed are one character) its number of bytes, counted without making
    /// the characters (the slide splitter counted every cell's characters two or three times).
    static func characterCount(_ text: String) -> Int {
        let ascii = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.allSatisfy { $0 < 0x80 && $0 != 0x0D }
        }
        if ascii == true { return text.utf8.count }
        return CellTextMeasure(text)?.characters ?? text.count
    }

    init?(_ text: String) {
        var text = text
        guard let measure = text.withUTF8({ Self.measure($0) }) else { return nil }
        self = measure
    }

    /// The measure of valid UTF-8 `bytes` (a Swift string's), decoded here: the string's scalar
    /// iterator cost more than all the rest.
    private static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> CellTextMeasure? {
        var measure = CellTextMeasure()
        var current = 0, run = 0, index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            var value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                index += 1
            } else if lead < 0xE0 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
            } else if lead < 0xF0 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                index += 3
            } else {
                return nil  // beyond U+FFFF: an emoji, a flag
            }
            // The byte after this scalar: a digit or a line feed is one byte, its own scalar.
            let next: UInt8? = index < count ? bytes[index] : nil
            // Below U+0300 no scalar joins the one before it but a line feed after a return; from
            // U+2000 to U+20CF (punctuation, €) only the zero-width (non-)joiner does; from U+2100
            // to U+2BFF (letterlike symbols, arrows, shapes, dingbats: the verdicts' ✓ ✗ ⚠) none
            // does, nor is joined by the next (a variation selector after ⚠ is outside, so nil).
            guard value < 0x300 || (value >= 0x2000 && value < 0x20D0 && value != 0x200C && value != 0x200D)
                || (value >= 0x2100 && value < 0x2C00) else { return nil }
            if value == 0x0D && next == 0x0A { return nil }
            measure.characters += 1
            if !measure.hasLetter {
                // The scalar is the character: Character's own test, but for ASCII.
                measure.hasLetter = value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A
                    : Unicode.Scalar(value).map { Character($0).isLetter } ?? false
            }
            if value == 0x20 {
                run = 0
            } else {
                run += 1
                measure.longestBetweenSpaces = max(measure.longestBetweenSpaces, run)
            }
            switch value {
            case 0x20, 0xAD: current = 0
            case 0x2D where next.map { $0 >= 0x30 && $0 <= 0x39 } == true:
                current += 1; measure.longestWord = max(measure.longestWord, current)
            case 0x2D, 0x2F: current += 1; measure.longestWord = max(measure.longestWord, current); current = 0
            default: current += 1; measure.longestWord = max(measure.longestWord, current)
            }
        }
        return measure
    }
}
