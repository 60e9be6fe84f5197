import Documents

/// HTML character references (`&amp;`, `&#233;`, `&#xE9;`, and every other name of the HTML5
/// list, as CommonMark asks); an unknown name stays literal text.
enum Entities {
    /// Decodes the reference starting at `bytes[start]` (an `&`): the index after the `;` and the
    /// text it stands for, or nil when there is no valid reference there.
    static func decode(_ bytes: [UInt8], at start: Int, end: Int) -> (Int, String)? {
        CharacterReference.decode(bytes, at: start, end: end).map { ($0.end, $0.text) }
    }
}
