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

    init?(_ text: String) {
        var current = 0, run = 0
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            let value = scalar.value
            // Below U+0300 no scalar joins the one before it but a line feed after a return; from
            // U+2000 to U+20CF (punctuation, €) only the zero-width (non-)joiner does.
            guard value < 0x300 || (value >= 0x2000 && value < 0x20D0 && value != 0x200C && value != 0x200D) else { return nil }
            if value == 0x0D && next == "\n" { return nil }
            characters += 1
            if !hasLetter {
                // The scalar is the character: Character's own test, but for ASCII.
                hasLetter = value < 0x80 ? (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A : Character(scalar).isLetter
            }
            if value == 0x20 { run = 0 } else { run += 1; longestBetweenSpaces = max(longestBetweenSpaces, run) }
            switch scalar {
            case " ", "\u{AD}": current = 0
            case "-" where next.map { $0.value >= 0x30 && $0.value <= 0x39 } == true:
                current += 1; longestWord = max(longestWord, current)
            case "-", "/": current += 1; longestWord = max(longestWord, current); current = 0
            default: current += 1; longestWord = max(longestWord, current)
            }
        }
    }
}
