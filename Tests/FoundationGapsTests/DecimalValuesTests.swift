import Foundation
import FoundationGaps
import TestSupport
import Testing

/// `DecimalValues` held against `NSDecimalNumber` and `NSDecimalRound` on the decimals agendas hold
/// (up to 15 significant digits, up to 10 decimals) and their edges.
@Suite(.timed) struct DecimalValuesTests {
    static func randomDecimals() -> [Decimal] {
        var generator = SystemRandomNumberGenerator()
        let edges = ["0", "-0", "0.5", "-0.5", "1.5", "-2.5", "9.5", "99.5", "-99.5", "0.4999", "123456789012345", "1e10",
                     "1500", "62.5", "-3", "0.1", "0.2", "0.3", "1.45", "9223372036854775807", "-9223372036854775808"]
        var decimals = edges.compactMap { Decimal(string: $0) }
        for _ in 0..<5_000 {
            let count = Int.random(in: 1...15, using: &generator)
            var text = (0..<count).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
            let point = Int.random(in: max(0, count - 10)...count, using: &generator)
            if point < count { text.insert(".", at: text.index(text.startIndex, offsetBy: point)) }
            if Bool.random(using: &generator) { text = "-" + text }
            if let decimal = Decimal(string: text) { decimals.append(decimal) }
        }
        return decimals
    }

    @Test func doublesAsNSDecimalNumber() {
        // Up to 15 significant digits: the two 19-digit edges are past what `double` is for.
        for value in Self.randomDecimals() where value.description.count <= 17 {
            #expect(DecimalValues.double(value).bitPattern == NSDecimalNumber(decimal: value).doubleValue.bitPattern, "\(value)")
        }
    }

    @Test func wholePartsAsNSDecimalNumber() {
        for value in Self.randomDecimals() {
            #expect(DecimalValues.wholePart(value) == NSDecimalNumber(decimal: value).int64Value, "\(value)")
        }
    }

    @Test func roundingAsNSDecimalRound() {
        for value in Self.randomDecimals() {
            var rounded = Decimal(), input = value
            NSDecimalRound(&rounded, &input, 0, .plain)
            #expect(DecimalValues.roundedToWhole(value) == rounded, "\(value)")
        }
    }
}
