/// The one writer of numbers in PDF syntax, for ``PDFOutput`` and the `[UInt8]` writers of
/// `PDFBytes.swift` alike: each writes into room it has made and counts what was written, so the
/// two cannot drift apart (they were two copies held equal by a test).
///
/// A page is tens of thousands of numbers (every text position, rectangle and line), so the
/// rounding is done in place rather than by a call to the C library's `round`.
enum PDFNumber {
    /// The most bytes ``write(_:to:)`` writes: a sign, 17 digits, a point, two decimals and a space.
    static let maximumLength = 24

    /// The most bytes ``write(integer:to:)`` writes: 19 digits.
    static let maximumIntegerLength = 19

    /// The largest magnitude written, in hundredths: a larger value (no page has one) is written
    /// as this, not a crash on the conversion to an integer.
    static let largestHundredths = 9_000_000_000_000_000_000

    /// Writes `value` at `at` with at most two decimals (rounded half away from zero, as
    /// `Double.rounded()`), without trailing zeros, followed by a space; "0 " for zero and for a
    /// value that is not finite. Returns the number of bytes written, at most ``maximumLength``.
    @inline(__always)
    static func write(_ value: Double, to at: UnsafeMutablePointer<UInt8>) -> Int {
        let scaled = value * 100
        var hundredths: Int
        if Swift.abs(scaled) < 9e18 {
            // Toward zero, then away from it when the rest is at least a half: the difference is
            // exact (Sterbenz), so this is `scaled.rounded()` without the call.
            hundredths = Int(scaled)
            let rest = scaled - Double(hundredths)
            if rest >= 0.5 { hundredths &+= 1 } else if rest <= -0.5 { hundredths &-= 1 }
        } else if scaled.isFinite {
            hundredths = scaled < 0 ? -largestHundredths : largestHundredths
        } else {
            hundredths = 0
        }
        if hundredths == 0 {
            at[0] = UInt8(ascii: "0")
            at[1] = 0x20
            return 2
        }
        var end = 0
        if hundredths < 0 {
            at[0] = UInt8(ascii: "-")
            end = 1
            hundredths = -hundredths
        }
        let fraction = hundredths % 100
        end &+= write(integer: hundredths / 100, to: at + end)
        if fraction != 0 {
            // Both decimals from the table of pairs; the second is written over by the space
            // when it is a zero.
            at[end] = UInt8(ascii: ".")
            let word = UnsafeRawPointer(digitPairs.utf8Start).loadUnaligned(fromByteOffset: 2 &* fraction, as: UInt16.self)
            UnsafeMutableRawPointer(at + (end &+ 1)).storeBytes(of: word, as: UInt16.self)
            end &+= fraction % 10 == 0 ? 2 : 3
        }
        at[end] = 0x20
        return end &+ 1
    }

    /// Writes a non-negative integer in decimal at `at` (a negative one as 0); returns the number
    /// of digits, at most ``maximumIntegerLength``.
    @inline(__always)
    static func write(integer value: Int, to at: UnsafeMutablePointer<UInt8>) -> Int {
        let value = Swift.max(0, value)
        let digits = digitCount(value)
        var rest = value, index = digits
        // Two digits a step, from a table of the hundred pairs: a page is tens of thousands of
        // numbers, and a division a digit was most of writing one.
        let pairs = UnsafeRawPointer(digitPairs.utf8Start)
        while index >= 2 {
            let pair = rest % 100
            rest /= 100
            index &-= 2
            let word = pairs.loadUnaligned(fromByteOffset: 2 &* pair, as: UInt16.self)
            UnsafeMutableRawPointer(at + index).storeBytes(of: word, as: UInt16.self)
        }
        if index == 1 { at[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: rest) }
        return digits
    }

    /// The hundred pairs of digits `00` to `99`, one after another (see ``write(integer:to:)``).
    static var digitPairs: StaticString { "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899" }

    /// The number of decimal digits of a non-negative `value`.
    @inline(__always)
    static func digitCount(_ value: Int) -> Int {
        if value < 10 { return 1 }
        if value < 100 { return 2 }
        if value < 1000 { return 3 }
        var digits = 4, limit = 10_000
        while value >= limit && digits < 19 {
            digits &+= 1
            limit &*= 10
        }
        return digits
    }
}
