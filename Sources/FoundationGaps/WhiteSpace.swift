/// The white space `Foundation`'s `CharacterSet` knows, for trimming without `Foundation`.
///
/// `CharacterSet.whitespaces` is the space separators (general category Zs), the tab and the zero
/// width space U+200B; `.newlines` is U+000A-U+000D, U+0085, U+2028 and U+2029; `.whitespacesAndNewlines`
/// is both. `WhiteSpaceTests` holds each against `CharacterSet` on every Unicode scalar.
public enum WhiteSpace: Sendable {
    /// Spaces and tabs: `CharacterSet.whitespaces`.
    case spaces
    /// Line ends: `CharacterSet.newlines`.
    case newlines
    /// Both: `CharacterSet.whitespacesAndNewlines`.
    case spacesAndNewlines

    /// Whether `scalar` belongs to this set.
    @inlinable
    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            // The ASCII members, without asking the Unicode tables.
            switch self {
            case .spaces: return value == 0x20 || value == 0x09
            case .newlines: return value >= 0x0A && value <= 0x0D
            case .spacesAndNewlines: return value == 0x20 || (value >= 0x09 && value <= 0x0D)
            }
        }
        let isNewline = value == 0x85 || value == 0x2028 || value == 0x2029
        switch self {
        case .newlines: return isNewline
        case .spaces: return value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
        case .spacesAndNewlines:
            return isNewline || value == 0x200B || scalar.properties.generalCategory == .spaceSeparator
        }
    }
}
