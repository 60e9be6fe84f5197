/// The fix for an amount written as a floating-point number, from the text as written: `12.000`
/// (thousands, read as twelve) becomes `12000`, `1250.50` becomes `"1250,50"`.
struct AmountFix {
    /// The amount as it should be written.
    var value: String
    /// The number as TOML read it, for the message (`12.0`).
    var asNumber: String
    /// Whether the points were thousands separators.
    var thousands: Bool

    init?(written: String) {
        let negative = written.hasPrefix("-")
        let digits = negative ? String(written.dropFirst()) : written
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        let sign = negative ? "-" : ""
        if parts.count == 2, parts[1].count <= 2 {
            value = "\"\(sign)\(parts[0]),\(parts[1])\""
            asNumber = written
            thousands = false
        } else if parts[0].count <= 3, parts.dropFirst().allSatisfy({ $0.count == 3 }) {
            value = sign + parts.joined()
            asNumber = parts.count == 2 ? "\(sign)\(parts[0]).\(parts[1])".replacingZeros() : written
            thousands = true
        } else {
            return nil
        }
    }
}

private extension String {
    /// `12.000` -> `12.0`, `12.500` -> `12.5`: the number as it reads.
    func replacingZeros() -> String {
        guard let point = firstIndex(of: ".") else { return self }
        var fraction = self[index(after: point)...]
        while fraction.count > 1, fraction.hasSuffix("0") { fraction = fraction.dropLast() }
        return String(self[..<point]) + "." + fraction
    }
}
