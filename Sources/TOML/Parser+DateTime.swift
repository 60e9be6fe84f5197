import Dates
import Diagnostics

// Dates and times (RFC 3339 as TOML uses it):
//
//     date      = YYYY-MM-DD
//     time      = HH:MM:SS [.fraction]           (seconds are required in TOML 1.0)
//     date-time = date (T | t | space) time [Z | z | (+|-)HH:MM]
//
// The fields are checked: the date must exist (2026-02-29 does not), hours run to 23, minutes to 59,
// seconds to 60 (a leap second). Fractions past nanoseconds are cut off.

extension Parser {
    /// Parses a local date, local date-time or offset date-time at `offset`.
    mutating func parseDateOrDateTime() throws(TOMLError) -> TOMLValue.Kind {
        let start = offset
        guard let year = digits(start, 4), byte(at: start + 4) == .minus,
            let month = digits(start + 5, 2), byte(at: start + 7) == .minus,
            let day = digits(start + 8, 2)
        else { throw wordError(from: start) { .invalidDateTime($0) } }
        guard month >= 1, day >= 1, day <= GregorianCalendar.daysIn(month: month, year: year) else {
            throw TOMLError(reason: .nonexistentDate(year: year, month: month, day: day), range: range(start, start + 10))
        }
        let date = LocalDate(year: year, month: month, day: day)
        offset = start + 10
        let separator = byte(at: offset)
        let hasTime = separator == UInt8(ascii: "T") || separator == UInt8(ascii: "t")
            || (separator == .space && byte(at: offset + 1).isDigit && byte(at: offset + 2).isDigit
                && byte(at: offset + 3) == .colon)
        guard hasTime else {
            try checkEndOfDateTime(start)
            return .localDate(date)
        }
        offset += 1
        let time = try parseTimeFields(wordStart: start)
        let zone = byte(at: offset)
        if zone == UInt8(ascii: "Z") || zone == UInt8(ascii: "z") {
            offset += 1
            try checkEndOfDateTime(start)
            return .offsetDateTime(OffsetDateTime(date: date, time: time, offsetMinutes: 0))
        }
        if zone == .plus || zone == .minus {
            let zoneStart = offset
            guard let hours = digits(offset + 1, 2), byte(at: offset + 3) == .colon, let minutes = digits(offset + 4, 2)
            else { throw wordError(from: start) { .invalidDateTime($0) } }
            offset += 6
            guard hours <= 23, minutes <= 59 else {
                throw TOMLError(reason: .invalidTime(text(zoneStart, offset)), range: range(zoneStart, offset))
            }
            try checkEndOfDateTime(start)
            let offsetMinutes = (hours * 60 + minutes) * (zone == .minus ? -1 : 1)
            return .offsetDateTime(OffsetDateTime(date: date, time: time, offsetMinutes: offsetMinutes))
        }
        try checkEndOfDateTime(start)
        return .localDateTime(LocalDateTime(date: date, time: time))
    }

    /// Parses a local time at `offset`.
    mutating func parseLocalTime() throws(TOMLError) -> TOMLValue.Kind {
        let start = offset
        let time = try parseTimeFields(wordStart: start)
        try checkEndOfDateTime(start)
        return .localTime(time)
    }

    /// Parses `HH:MM:SS[.fraction]` at `offset`; `wordStart` is where the whole value began, for errors.
    private mutating func parseTimeFields(wordStart: Int) throws(TOMLError) -> LocalTime {
        let start = offset
        guard let hour = digits(start, 2), byte(at: start + 2) == .colon,
            let minute = digits(start + 3, 2), byte(at: start + 5) == .colon,
            let second = digits(start + 6, 2)
        else { throw wordError(from: wordStart) { .invalidDateTime($0) } }
        offset = start + 8
        var nanosecond = 0
        if byte(at: offset) == .dot {
            offset += 1
            guard byte(at: offset).isDigit else { throw wordError(from: wordStart) { .invalidDateTime($0) } }
            var scale = 100_000_000
            while offset < count, bytes[offset].isDigit {
                nanosecond += Int(bytes[offset] - .zero) * scale
                scale /= 10
                offset += 1
            }
        }
        guard hour <= 23, minute <= 59, second <= 60 else {
            throw TOMLError(reason: .invalidTime(text(start, start + 8)), range: range(start, start + 8))
        }
        return LocalTime(hour: hour, minute: minute, second: second, nanosecond: nanosecond)
    }

    /// A date or time must not run on into more word characters (`2026-03-01x`, `07:32:00Z` for a
    /// local time).
    private mutating func checkEndOfDateTime(_ start: Int) throws(TOMLError) {
        if offset < count, bytes[offset].isWordCharacter {
            throw wordError(from: start) { .invalidDateTime($0) }
        }
    }

    /// The decimal number written with exactly `length` digits at `index`, or nil.
    private func digits(_ index: Int, _ length: Int) -> Int? {
        var value = 0
        for cursor in index..<(index + length) {
            let digit = byte(at: cursor)
            guard digit.isDigit else { return nil }
            value = value * 10 + Int(digit - .zero)
        }
        return value
    }
}
