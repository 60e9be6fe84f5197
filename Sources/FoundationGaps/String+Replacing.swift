extension StringProtocol {
    /// The text with every occurrence of `target` replaced by `replacement`, from the start, as
    /// `Foundation`'s `replacingOccurrences(of:with:)` does it, for a `target` of ASCII characters, the
    /// soft hyphen or the euro sign (what the program replaces): a match is the same Unicode scalars, not
    /// taken where the scalar after it combines with it (a nonspacing or enclosing mark, an emoji skin
    /// tone: `Foundation` does not cut a letter from its accent), while a carriage return before a line
    /// feed is a character of its own there, unlike Swift's `Character`. For other targets (accented letters, marks)
    /// `Foundation` matches under canonical equivalence and in ways of its own that this does not follow.
    /// `ReplacingTests` holds it against `Foundation` on random texts of letters, accents, marks, emoji,
    /// line ends and the equivalent scalars.
    public func replacingEvery(_ target: some StringProtocol, with replacement: some StringProtocol) -> String {
        let pattern = Array(target.unicodeScalars)
        guard let first = pattern.first else { return String(self) }
        let scalars = unicodeScalars
        var result = String.UnicodeScalarView()
        var copiedUpTo = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard Self.same(scalars[index], first), let end = Self.matchEnd(of: pattern, in: scalars, at: index),
                  end == scalars.endIndex || !Self.combines(scalars[end]) else {
                index = scalars.index(after: index)
                continue
            }
            result.append(contentsOf: scalars[copiedUpTo..<index])
            result.append(contentsOf: replacement.unicodeScalars)
            copiedUpTo = end
            index = end
        }
        if copiedUpTo == scalars.startIndex { return String(self) }
        result.append(contentsOf: scalars[copiedUpTo...])
        return String(result)
    }

    /// Where `target` first occurs (the last when `fromEnd`), matched as `replacingEvery(_:with:)`
    /// matches, as `Foundation`'s `range(of:)` (with `.backwards` when `fromEnd`) finds it; nil when
    /// it does not occur or is empty. `ReplacingTests` holds it against `Foundation`.
    public func rangeOfText(_ target: some StringProtocol, fromEnd: Bool = false) -> Range<Index>? {
        let pattern = Array(target.unicodeScalars)
        guard let first = pattern.first else { return nil }
        let scalars = unicodeScalars
        var found: Range<Index>?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            if Self.same(scalars[index], first), let end = Self.matchEnd(of: pattern, in: scalars, at: index),
               end == scalars.endIndex || !Self.combines(scalars[end]) {
                found = index..<end
                if !fromEnd { return found }
            }
            index = scalars.index(after: index)
        }
        return found
    }

    /// Where `pattern` ends when it starts at `start`, or nil when it is not there.
    private static func matchEnd(of pattern: [Unicode.Scalar], in scalars: UnicodeScalarView,
                                 at start: UnicodeScalarView.Index) -> UnicodeScalarView.Index? {
        var index = start
        for scalar in pattern {
            guard index < scalars.endIndex, same(scalars[index], scalar) else { return nil }
            index = scalars.index(after: index)
        }
        return index
    }

    /// Whether the text's `scalar` is the target's `wanted` under canonical equivalence, for the
    /// targets this is made for (below U+0300 and without accents): the three scalars whose canonical
    /// decomposition is one ASCII character (KELVIN SIGN, GREEK QUESTION MARK, GREEK VARIA) are it.
    static func same(_ scalar: Unicode.Scalar, _ wanted: Unicode.Scalar) -> Bool {
        if scalar == wanted { return true }
        switch scalar.value {
        case 0x212A: return wanted == "K"
        case 0x037E: return wanted == ";"
        case 0x1FEF: return wanted == "`"
        default: return false
        }
    }

    /// Whether `scalar` joins the character before it, as `Foundation`'s search sees it.
    static func combines(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        if scalar.value >= 0x1F3FB && scalar.value <= 0x1F3FF { return true }  // emoji skin tones
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark: return true
        default: return false
        }
    }
}
