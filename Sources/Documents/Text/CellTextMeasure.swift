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
    /// iterator cost more than all the rest. The longest word and run are taken where a word or
    /// run ends (and at the end), not after every character: they only grow in between.
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>) -> CellTextMeasure? {
        var characters = 0, current = 0, run = 0, longestWord = 0, longestRun = 0, hasLetter = false
        var index = 0
        let count = bytes.count
        while index < count {
            let lead = bytes[index]
            let value: UInt32
            if lead < 0x80 {
                index += 1
                characters += 1
                // Digits, letters and the punctuation from `0` on neither end a word nor a run.
                if lead >= 0x30 {
                    run += 1
                    current += 1
                    if !hasLetter { hasLetter = (lead | 0x20) >= 0x61 && (lead | 0x20) <= 0x7A }
                    continue
                }
                // Below U+0300 no scalar joins the one before it but a line feed after a return.
                if lead == 0x0D && index < count && bytes[index] == 0x0A { return nil }
                value = UInt32(lead)
            } else {
                if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
                    index += 3
                } else {
                    return nil  // beyond U+FFFF: an emoji, a flag
                }
                // From U+0080 to U+02FF no scalar joins the one before it; from U+2000 to U+20CF
                // (punctuation, €) only the zero-width (non-)joiner does; from U+2100 to U+2BFF
                // (letterlike symbols, arrows, shapes, dingbats: the verdicts' ✓ ✗ ⚠) none does,
                // nor is joined by the next (a variation selector after ⚠ is outside, so nil).
                guard value < 0x300 || (value >= 0x2000 && value < 0x20D0 && value != 0x200C && value != 0x200D)
                    || (value >= 0x2100 && value < 0x2C00) else { return nil }
                characters += 1
                // The scalar is the character: Character's own test.
                if !hasLetter { hasLetter = Unicode.Scalar(value).map { Character($0).isLetter } ?? false }
            }
            switch value {
            case 0x20:
                longestRun = max(longestRun, run)
                run = 0
                longestWord = max(longestWord, current)
                current = 0
            case 0xAD:
                run += 1
                longestWord = max(longestWord, current)
                current = 0
            case 0x2D where index < count && bytes[index] >= 0x30 && bytes[index] <= 0x39:
                // A hyphen before a digit (the byte after it) does not break: `31-12-2027`.
                run += 1
                current += 1
            case 0x2D, 0x2F:
                run += 1
                current += 1
                longestWord = max(longestWord, current)
                current = 0
            default:
                run += 1
                current += 1
            }
        }
        var measure = CellTextMeasure()
        measure.characters = characters
        measure.longestWord = max(longestWord, current)
        measure.longestBetweenSpaces = max(longestRun, run)
        measure.hasLetter = hasLetter
        return measure
    }
}
