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

    /// Appends `value` as ``PDFText/number(_:)`` writes it, followed by a space (see
    /// ``PDFNumber/write(_:to:)``, which ``PDFOutput`` uses too).
    mutating func pdf(_ value: Double) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: PDFNumber.maximumLength) { buffer in
            let count = PDFNumber.write(value, to: buffer.baseAddress!)
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Appends a non-negative integer in decimal (a negative one as 0).
    mutating func pdf(integer value: Int) {
        if value < 10 {
            append(UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: Swift.max(0, value)))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: PDFNumber.maximumIntegerLength) { buffer in
            let count = PDFNumber.write(integer: value, to: buffer.baseAddress!)
            append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// Appends an indirect reference `n 0 R` followed by a space.
    mutating func pdf(reference number: Int) {
        pdf(integer: number)
        pdf(" 0 R ")
    }
}
