import FoundationEssentials

/// Numbers in Dutch notation: thousands grouped with dots, a decimal comma (`1.500`, `62,5`).
enum DutchNumber {
    static func format(_ value: Decimal) -> String {
        // `description` is the text `NSDecimalNumber.stringValue` gave ("1500", "62.5", "-3"), without
        // the Foundation class (`DutchNumberTests` holds them equal).
        var text = value.description
        var sign = ""
        if text.hasPrefix("-") {
            sign = "-"
            text.removeFirst()
        }
        let parts = text.split(separator: ".", maxSplits: 1)
        let whole = String(parts.first ?? "0")
        var grouped = ""
        for (offset, digit) in whole.enumerated() {
            if offset > 0 && (whole.count - offset) % 3 == 0 { grouped.append(".") }
            grouped.append(digit)
        }
        return sign + grouped + (parts.count > 1 ? "," + parts[1] : "")
    }

    static func format(_ value: Int) -> String { format(Decimal(value)) }
}
