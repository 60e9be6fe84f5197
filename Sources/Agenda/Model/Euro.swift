import Documents
import FoundationEssentials
/// An amount of money in euros, held exactly as a whole number of cents.
///
/// Budgets are added, compared with envelopes and printed; floating point would make `0.1 + 0.2`
/// differ from `0.3`, so amounts never pass through `Double`.
public struct Euro: Sendable, Hashable, Codable, Comparable, AdditiveArithmetic, CustomStringConvertible {
    /// The amount in cents.
    public var cents: Int64

    public init(cents: Int64) { self.cents = cents }

    /// An amount of whole euros.
    public init(euros: Int64) { self.cents = euros * 100 }

    public static let zero = Euro(cents: 0)

    public static func + (lhs: Euro, rhs: Euro) -> Euro { Euro(cents: lhs.cents &+ rhs.cents) }
    public static func - (lhs: Euro, rhs: Euro) -> Euro { Euro(cents: lhs.cents &- rhs.cents) }
    public static func < (lhs: Euro, rhs: Euro) -> Bool { lhs.cents < rhs.cents }

    /// Dutch notation: `€ 1.250.000` for whole euros, `€ 1.250,50` otherwise.
    public var description: String { dutchNotation }

    /// Dutch notation with thousands dots and a decimal comma, cents only when there are any:
    /// `€ 1.250,50`, `€ -300`.
    public var dutchNotation: String { notation(afterSign: " ") }

    /// ``dutchNotation`` with a no-break space after the sign, for documents: the € never ends a
    /// line apart from its amount.
    public var printedNotation: String { notation(afterSign: "\u{A0}") }

    private func notation(afterSign space: String) -> String {
        // One formatter with the charts' labels, so a bar and its table row read the same.
        DutchNotation.euros(cents: cents, space: space)
    }

    /// Reads an amount written as text: `1250`, `1250,50`, `1.250,50`, `1250.50`, `€ 1.250`, and as a
    /// spreadsheet shows it, `€ 12.000,-` or `12.000 euro`.
    ///
    /// A single `.` or `,` followed by exactly one or two digits is the decimal separator; dots or
    /// commas followed by three digits group thousands. Returns nil for anything else.
    public init?(parsing text: String) {
        var body = text.trimmingPrefix("€").filter { $0 != " " && $0 != "\u{00A0}" }
        // As a spreadsheet writes it: "12.000 euro", "12000 EUR", "€ 12.000,-".
        for suffix in ["euro", "eur", "€"] where body.lowercased().hasSuffix(suffix) {
            body.removeLast(suffix.count)
            break
        }
        for suffix in [",--", ",-", ".-"] where body.hasSuffix(suffix) {
            body.removeLast(suffix.count)
            break
        }
        var negative = false
        if body.hasPrefix("-") {
            negative = true
            body.removeFirst()
        }
        guard !body.isEmpty, body.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }) else {
            return nil
        }
        var wholePart = Substring(body)
        var fractionPart: Substring = ""
        if let separator = body.lastIndex(where: { $0 == "," || $0 == "." }) {
            let tail = body[body.index(after: separator)...]
            if tail.count == 1 || tail.count == 2 {
                wholePart = body[..<separator]
                fractionPart = tail
            }
        }
        let groups = wholePart.split(separator: ".", omittingEmptySubsequences: false)
            .flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
        guard let head = groups.first, !head.isEmpty, head.count <= 3 || groups.count == 1,
            groups.dropFirst().allSatisfy({ $0.count == 3 }), !fractionPart.contains(where: { !$0.isNumber })
        else { return nil }
        let digits = groups.joined()
        guard digits.count <= 15, let euros = Int64(digits) else { return nil }
        let centsValue = fractionPart.isEmpty ? 0 : Int64(fractionPart.count == 1 ? fractionPart + "0" : fractionPart)!
        self.cents = (euros * 100 + centsValue) * (negative ? -1 : 1)
    }
}

extension Sequence where Element == Euro {
    /// The exact sum.
    public func sum() -> Euro { reduce(.zero, +) }
}
