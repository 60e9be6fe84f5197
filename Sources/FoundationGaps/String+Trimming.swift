extension StringProtocol {
    /// The text without the white space of `set` at its start and end, as `Foundation`'s
    /// `trimmingCharacters(in:)` with the matching `CharacterSet`: on Unicode scalars, so a combining
    /// mark after a trimmed space stays (`TrimmingTests` holds it against `Foundation`).
    public func trimming(_ set: WhiteSpace) -> String {
        let scalars = unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, set.contains(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let before = scalars.index(before: end)
            guard set.contains(scalars[before]) else { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return String(self) }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
