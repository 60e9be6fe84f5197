// Dates and times written the way TOML and RFC 3339 write them, so they read back the same.

extension LocalDate: CustomStringConvertible {
    /// `YYYY-MM-DD`, as in `2026-03-01`.
    public var description: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }
}

extension LocalTime: CustomStringConvertible {
    /// `HH:MM:SS`, with the fraction of the second when there is one, without trailing zeros:
    /// `07:32:00`, `07:32:00.5`, `07:32:00.999999`.
    public var description: String {
        var text = pad(hour, 2) + ":" + pad(minute, 2) + ":" + pad(second, 2)
        if nanosecond > 0 {
            var fraction = pad(nanosecond, 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }
}

extension LocalDateTime: CustomStringConvertible {
    /// `YYYY-MM-DDTHH:MM:SS[.fraction]`.
    public var description: String { "\(date)T\(time)" }
}

extension OffsetDateTime: CustomStringConvertible {
    /// `YYYY-MM-DDTHH:MM:SS[.fraction]` followed by `Z` for UTC or the offset as `+HH:MM`/`-HH:MM`.
    public var description: String {
        guard offsetMinutes != 0 else { return "\(date)T\(time)Z" }
        let sign = offsetMinutes < 0 ? "-" : "+"
        let minutes = abs(offsetMinutes)
        return "\(date)T\(time)\(sign)\(pad(minutes / 60, 2)):\(pad(minutes % 60, 2))"
    }
}

/// `value` with leading zeros up to `width` digits.
private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}
