import Documents

/// HTML character references (`&amp;`, `&#233;`, `&#xE9;`, and every other name of the HTML5
/// list, as CommonMark asks); an unknown name stays literal text.
enum Entities {
    /// Decodes the reference starting at `bytes[start]` (an `&`): the index after the `;` and the
    /// text it stands for, or nil when there is no valid reference there.
    static func decode(_ bytes: [UInt8], at start: Int, end: Int) -> (Int, String)? {
        if let found = common(bytes, at: start, end: end) { return found }
        return CharacterReference.decode(bytes, at: start, end: end).map { ($0.end, $0.text) }
    }

    /// The names Dutch documents use most, with their texts. They are matched here on the bytes;
    /// the whole list (``CharacterReference``, generic over the bytes and not specialised across
    /// the module boundary) makes a `String` of every name and hashes it. Each stands for exactly
    /// what the list has for it (`EntitiesTests` compares them).
    static let commonNames: [(name: StaticString, text: String)] = [
        ("amp", "&"), ("lt", "<"), ("gt", ">"), ("quot", "\""), ("apos", "'"), ("nbsp", "\u{A0}"),
        ("euro", "\u{20AC}"), ("ndash", "\u{2013}"), ("mdash", "\u{2014}"), ("hellip", "\u{2026}"),
        ("eacute", "\u{E9}"), ("euml", "\u{EB}"), ("iuml", "\u{EF}"), ("ouml", "\u{F6}"), ("uuml", "\u{FC}"),
    ]

    /// The longest of ``commonNames``.
    static let longestCommonName = 6

    /// `&name;` at `bytes[start]` when the name is one of ``commonNames``: the index after the `;`
    /// and its text. Nil for every other reference, which the whole list then reads: a name is
    /// the longest run of letters and digits there, as it is for the list.
    private static func common(_ bytes: [UInt8], at start: Int, end: Int) -> (Int, String)? {
        let nameStart = start + 1
        var index = nameStart
        while index < end, index - nameStart <= longestCommonName, ASCII.isAlphanumeric(bytes[index]) { index += 1 }
        let length = index - nameStart
        guard length > 0, length <= longestCommonName, index < end, bytes[index] == ASCII.semicolon else { return nil }
        for entry in commonNames where entry.name.utf8CodeUnitCount == length {
            let name = entry.name.utf8Start
            var offset = 0
            while offset < length, name[offset] == bytes[nameStart + offset] { offset += 1 }
            if offset == length { return (index + 1, entry.text) }
        }
        return nil
    }
}
