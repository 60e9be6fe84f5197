import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The readings and writings of decimals that left Foundation's locale and `NSDecimalNumber` for
/// `FoundationEssentials` (issue 38: the ICU data a `Locale` loads is 3 MB of resident pages) give
/// what the old ones gave, on edge cases and on random numbers.
@Suite(.timed) struct DecimalPointNotationTests {
    static let edges = [
        "0", "-0", "1", "-3", "62.5", "1.500", "0.001", "-0.001", "1e3", "1E-2", "12.", ".5", "-.5", "+4",
        "1,5", "1.2.3", "", " 1", "1 ", "abc", "1.5abc", "123456789012345678901234567890.123456789",
        "0.30000000000000004", "1e308", "1e-300", "9999999999999999999999999999999999999999",
        "\(0.1 + 0.2)", "\(1.0 / 3.0)", "\(-2.5e-7)", "\(Double.greatestFiniteMagnitude)",
    ]

    @Test(arguments: edges)
    func readsAsTheUSPosixLocaleDid(text: String) {
        #expect(Decimal(pointNotation: text) == Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func readsRandomNumbersAsTheUSPosixLocaleDid() {
        var random = SplitMix64(seed: 38)
        let posix = Locale(identifier: "en_US_POSIX")
        let alphabet = Array("0123456789.-+e,")
        for round in 0..<2_000 {
            let text: String
            switch round % 3 {
            case 0: text = "\(Double(bitPattern: random.next()))"
            case 1: text = "\(Int64(bitPattern: random.next()) % 10_000_000).\(random.next() % 1000)"
            default: text = String((0..<Int(random.next() % 12)).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] })
            }
            #expect(Decimal(pointNotation: text) == Decimal(string: text, locale: posix), "\(text)")
        }
    }
}

/// `DutchNumber` writes from `Decimal.description`, the text `NSDecimalNumber.stringValue` gave.
@Suite(.timed) struct DutchNumberTests {
    @Test(arguments: ["0", "-3", "1500", "62.5", "-1234567.891", "0.001", "100000000000000000000", "1e-20", "123456789012345678901234567890123456789"])
    func writesWhatNSDecimalNumberWrote(text: String) throws {
        let value = try #require(Decimal(string: text))
        #expect(value.description == NSDecimalNumber(decimal: value).stringValue)
    }

    @Test func writesRandomNumbersAsNSDecimalNumberDid() {
        var random = SplitMix64(seed: 6)
        for _ in 0..<2_000 {
            let value = Decimal(Int64(bitPattern: random.next())) / Decimal(sign: .plus, exponent: Int(random.next() % 20), significand: 1)
            #expect(value.description == NSDecimalNumber(decimal: value).stringValue, "\(value)")
        }
        #expect(DutchNumber.format(Decimal(string: "-1234567.5")!) == "-1.234.567,5")
    }
}
