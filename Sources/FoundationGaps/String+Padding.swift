extension StringProtocol {
    /// The text cut or filled with spaces to `length` characters, as `Foundation`'s
    /// `padding(toLength: length, withPad: " ", startingAt: 0)` (which counts UTF-16 code units:
    /// `PaddingTests` holds the two equal on texts of the Basic Multilingual Plane, the only ones the
    /// program pads).
    public func padded(toLength length: Int) -> String {
        let units = utf16.count
        if units >= length {
            return String(decoding: Array(utf16.prefix(length)), as: UTF16.self)
        }
        return String(self) + String(repeating: " ", count: length - units)
    }
}
