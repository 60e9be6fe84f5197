/// A run of whole calendar years, both ends included: the policy period (five years) or the
/// execution period (two years) of an agenda.
public struct YearRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var first: Int
    public var last: Int

    public init(first: Int, last: Int) {
        self.first = first
        self.last = last
    }

    /// The number of calendar years covered.
    public var length: Int { last - first + 1 }

    /// Whether `year` falls inside the range.
    public func contains(_ year: Int) -> Bool { first <= year && year <= last }

    /// Whether `other` lies entirely inside this range.
    public func contains(_ other: YearRange) -> Bool { first <= other.first && other.last <= last }

    /// Whether `date` falls inside the range.
    public func contains(_ date: CalendarDate) -> Bool { contains(date.year) }

    /// The years in order.
    public var years: ClosedRange<Int> { first...max(first, last) }

    public var description: String { "\(first)-\(last)" }
}

/// A calendar date without a time zone.
public struct CalendarDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// ISO 8601, as in `2026-03-01`.
    public var description: String {
        "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    /// The quarter (1-4) the date falls in.
    public var quarter: Int { (month - 1) / 3 + 1 }
}

extension CalendarDate {
    /// The Dutch month names, January first.
    public static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december",
    ]

    /// The date as Dutch text: `1 maart 2026`.
    public var dutchText: String {
        let month = (1...12).contains(self.month) ? Self.dutchMonths[self.month - 1] : String(self.month)
        return "\(day) \(month) \(year)"
    }

    /// The date in figures, as Dutch tables and Excel's `d-m-jjjj` write it: `1-3-2026`. For tables
    /// with many columns, where `31 december 2027` would take three lines.
    public var numericText: String { "\(day)-\(month)-\(year)" }
}
