import FoundationEssentials

/// What `NSDecimalNumber` and `NSDecimalRound` gave a `Decimal`, which `FoundationEssentials` lacks,
/// read from the decimal's exact text (`description`: digits, a point, a minus). `DecimalValuesTests`
/// holds each against `Foundation` on edge cases and random decimals.
public enum DecimalValues {
    /// `NSDecimalNumber(decimal:).doubleValue`: the digits as a whole number, then divided by ten once
    /// per decimal (as `Foundation` does, which can miss the nearest double by a unit; kept so the
    /// numbers drawn and written stay the same). For up to 15 significant digits.
    public static func double(_ value: Decimal) -> Double {
        guard let (negative, digits, decimals) = parts(value) else { return .nan }
        var result = 0.0
        for digit in digits { result = result * 10 + Double(digit) }
        for _ in 0..<decimals { result /= 10 }
        return negative ? -result : result
    }

    /// The whole part (toward zero) when it fits an `Int64`, else nil: `NSDecimalNumber.int64Value`
    /// where that is meaningful.
    public static func wholePart(_ value: Decimal) -> Int64? {
        guard let (negative, digits, decimals) = parts(value) else { return nil }
        var result: Int64 = 0
        for digit in digits.dropLast(decimals) {
            let (times, overflow) = result.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(negative ? -Int64(digit) : Int64(digit))
            guard !overflow && !overflow2 else { return nil }
            result = sum
        }
        return result
    }

    /// `NSDecimalRound(_, value, 0, .plain)`: to a whole number, a half away from zero.
    public static func roundedToWhole(_ value: Decimal) -> Decimal {
        guard let (negative, digits, decimals) = parts(value), decimals > 0 else { return value }
        var whole = Array(digits.dropLast(decimals))
        if digits[digits.count - decimals] >= 5 {
            var index = whole.count - 1
            while index >= 0 && whole[index] == 9 { whole[index] = 0; index -= 1 }
            if index >= 0 { whole[index] += 1 } else { whole.insert(1, at: 0) }
        }
        let text = (negative ? "-" : "") + (whole.isEmpty ? "0" : whole.map(String.init).joined())
        return Decimal(string: text) ?? value
    }

    /// The sign, every digit and how many of them are decimals, from the exact text; nil for NaN.
    private static func parts(_ value: Decimal) -> (Bool, [UInt8], Int)? {
        let text = value.description
        guard text != "NaN" else { return nil }
        var negative = false, digits: [UInt8] = [], decimals = 0, afterPoint = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "-"): negative = true
            case UInt8(ascii: "."): afterPoint = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                digits.append(byte - UInt8(ascii: "0"))
                if afterPoint { decimals += 1 }
            default: return nil
            }
        }
        return (negative, digits, decimals)
    }
}
