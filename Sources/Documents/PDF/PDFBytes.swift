/// Appending PDF syntax to a byte buffer without building strings first: literal pieces,
/// numbers with at most two decimals, integers. Content streams and the structure tree are made
/// of many small pieces, and string interpolation would cost more than the rest of the writer.
extension Array where Element == UInt8 {
    /// Appends ASCII `text`.
    @inline(__always) mutating func pdf(_ text: StaticString) {
        append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `text` as UTF-8.
    @inline(__always) mutating func pdf(string text: String) {
        append(contentsOf: text.utf8)
    }

    /// Appends `value` as ``PDFText/number(_:)`` writes it, followed by a space.
    mutating func pdf(_ value: Double) {
        let hundredths = (value * 100).rounded()
        guard hundredths.isFinite, hundredths != 0 else {
            pdf("0 ")
            return
        }
        var magnitude = Int(Swift.abs(hundredths))
        if hundredths < 0 { append(UInt8(ascii: "-")) }
        let fraction = magnitude % 100
        magnitude /= 100
        pdf(integer: magnitude)
        if fraction != 0 {
            append(UInt8(ascii: "."))
            append(UInt8(ascii: "0") + UInt8(fraction / 10))
            if fraction % 10 != 0 { append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
        }
        append(0x20)
    }

    /// Appends a non-negative integer in decimal.
    mutating func pdf(integer value: Int) {
        let zero = UInt8(ascii: "0")
        if value < 10 {
            append(zero + UInt8(Swift.max(0, value)))
        } else if value < 100 {
            append(zero + UInt8(value / 10))
            append(zero + UInt8(value % 10))
        } else if value < 1000 {
            append(zero + UInt8(value / 100))
            append(zero + UInt8(value / 10 % 10))
            append(zero + UInt8(value % 10))
        } else {
            // Digits from the right into a small buffer, then appended at once (as a typed
            // buffer, which is copied in one go; a slice of raw bytes went byte by byte).
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
            Swift.withUnsafeMutableBytes(of: &digits) { raw in
                raw.withMemoryRebound(to: UInt8.self) { buffer in
                    var rest = value
                    var index = buffer.count
                    repeat {
                        index -= 1
                        buffer[index] = zero + UInt8(rest % 10)
                        rest /= 10
                    } while rest > 0
                    append(contentsOf: UnsafeBufferPointer(rebasing: buffer[index...]))
                }
            }
        }
    }

    /// Appends an indirect reference `n 0 R` followed by a space.
    mutating func pdf(reference number: Int) {
        pdf(integer: number)
        pdf(" 0 R ")
    }
}
