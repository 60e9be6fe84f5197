/// The order `JSONSerialization` with `.sortedKeys` gives a dictionary's keys on Linux: `compare(_:options:
/// [.numeric, .caseInsensitive, .forcedOrdering], locale: NSLocale.system)`, which is ICU's root collation
/// (`"_x" < "@type" < "$id" < "a2" < "a10" < "aB" < "Zeta"`) and, for keys that collation finds equal,
/// a tie-break at their first difference.
///
/// The same as `Foundation`'s for keys of ASCII characters (held against it on edge cases and random
/// keys in `KeyOrderTests`). Beyond ASCII it is not ICU's: every other scalar sorts after the ASCII
/// letters, by its value, and its case and accents are not folded.
public enum KeyOrder {
    /// Whether `a` sorts before `b`.
    public static func areInIncreasingOrder(_ a: String, _ b: String) -> Bool {
        compare(Array(a.unicodeScalars), Array(b.unicodeScalars)) < 0
    }

    /// -1, 0 or 1 as `a` sorts before, the same as or after `b`.
    static func compare(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        let primary = comparePrimary(a, b)
        return primary != 0 ? primary : tieBreak(a, b)
    }

    /// ICU's root collation at the primary level with numeric collation: control characters ignored,
    /// a run of digits one element compared by its value, letters without their case.
    private static func comparePrimary(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var i = 0, j = 0
        while true {
            while i < a.count, isIgnorable(a[i]) { i += 1 }
            while j < b.count, isIgnorable(b[j]) { j += 1 }
            if i == a.count || j == b.count { return i == a.count ? (j == b.count ? 0 : -1) : 1 }
            if isDigit(a[i]) && isDigit(b[j]) {
                let endA = digitRunEnd(a, i), endB = digitRunEnd(b, j)
                let numbers = compareNumbers(a[i..<endA], b[j..<endB])
                if numbers != 0 { return numbers }
                i = endA
                j = endB
                continue
            }
            let x = weight(a[i]), y = weight(b[j])
            if x != y { return x < y ? -1 : 1 }
            i += 1
            j += 1
        }
    }

    /// For keys equal at the primary level: at their first difference, a lower-case letter before its
    /// capital, of two runs of digits with the same value the shorter first, otherwise the smaller scalar
    /// first; a key that is the start of the other first.
    private static func tieBreak(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var i = 0
        while i < a.count, i < b.count, a[i] == b[i] { i += 1 }
        if i == a.count || i == b.count { return a.count == b.count ? 0 : (i == a.count ? -1 : 1) }
        let x = a[i], y = b[i]
        if isIgnorable(x) || isIgnorable(y) { return x.value < y.value ? -1 : 1 }
        if isDigit(x) || isDigit(y) {
            var start = i
            while start > 0, isDigit(a[start - 1]) { start -= 1 }
            let lengthA = digitRunEnd(a, start) - start, lengthB = digitRunEnd(b, start) - start
            if lengthA != lengthB { return lengthA < lengthB ? -1 : 1 }
        }
        if lowered(x) == lowered(y) { return isUpper(x) ? 1 : -1 }
        return x.value < y.value ? -1 : 1
    }

    private static func compareNumbers(_ a: ArraySlice<Unicode.Scalar>, _ b: ArraySlice<Unicode.Scalar>) -> Int {
        let x = a.drop { $0 == "0" }, y = b.drop { $0 == "0" }
        if x.count != y.count { return x.count < y.count ? -1 : 1 }
        for (p, q) in zip(x, y) where p != q { return p.value < q.value ? -1 : 1 }
        return 0
    }

    private static func digitRunEnd(_ s: [Unicode.Scalar], _ start: Int) -> Int {
        var end = start
        while end < s.count, isDigit(s[end]) { end += 1 }
        return end
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    private static func isUpper(_ s: Unicode.Scalar) -> Bool { s.value >= 0x41 && s.value <= 0x5A }
    private static func lowered(_ s: Unicode.Scalar) -> UInt32 { isUpper(s) ? s.value + 0x20 : s.value }

    /// The control characters ICU's root collation ignores (all but tab, line feed, vertical tab, form
    /// feed and carriage return, which are white space).
    private static func isIgnorable(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x09) || (s.value > 0x0D && s.value < 0x20) || s.value == 0x7F
    }

    /// The primary weight of a scalar that is neither ignorable nor a digit: white space, then
    /// punctuation and symbols in ICU's order, then the letters (digits come between the two).
    private static func weight(_ s: Unicode.Scalar) -> UInt32 {
        if s.value < 0x80, let rank = asciiRank[Int(s.value)] { return rank }
        return 0x100 + s.value
    }

    /// The ASCII characters in ICU's root order, letters once for both cases.
    private static let order: [Unicode.Scalar] = Array("\t\n\u{B}\u{C}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz".unicodeScalars)

    private static let asciiRank: [UInt32?] = {
        var ranks = [UInt32?](repeating: nil, count: 128)
        for (rank, scalar) in order.enumerated() {
            ranks[Int(scalar.value)] = UInt32(rank)
            if scalar.value >= 0x61 && scalar.value <= 0x7A { ranks[Int(scalar.value) - 0x20] = UInt32(rank) }
        }
        return ranks
    }()
}
