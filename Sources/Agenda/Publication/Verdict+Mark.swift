extension Verdict {
    /// A sign that tells the verdicts apart in black and white: ✓ voldoet, ⚠ onvoldoende
    /// onderbouwd, ✗ voldoet niet.
    var mark: String {
        switch self {
        case .meets: "✓"
        case .unsubstantiated: "⚠"
        case .fails: "✗"
        }
    }

    /// The sign and the word, joined by a no-break space so a narrow column never wraps the sign
    /// away from its word: "✗ voldoet niet".
    var markedText: String { "\(mark)\u{A0}\(rawValue)" }
}
