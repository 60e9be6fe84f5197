import Diagnostics

/// A TOML value with the stretch of source text it came from.
///
/// The range lets later stages point at the exact place of a problem: an unknown key, a value of the
/// wrong type, a reference that does not resolve.
public struct TOMLValue: Sendable, Equatable {
    /// What the value is.
    public indirect enum Kind: Sendable, Equatable {
        case string(String)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        case offsetDateTime(OffsetDateTime)
        case localDateTime(LocalDateTime)
        case localDate(LocalDate)
        case localTime(LocalTime)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    public var kind: Kind
    /// Where the value stands in the source. For a table made by a `[header]` or an element of an
    /// array of tables made by `[[header]]`, the range of the header; for a table made implicitly
    /// (by a dotted key or a deeper header), the range of the first key that made it.
    public var range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A TOML table: keys in source order, each with the range of the key as written.
public struct TOMLTable: Sendable, Equatable {
    /// One key and its value.
    public struct Entry: Sendable, Equatable {
        /// The key, unquoted and unescaped (for a dotted key, the last part).
        public var key: String
        /// Where the key (the last part of a dotted key) stands in the source.
        public var keyRange: SourceRange
        public var value: TOMLValue

        public init(key: String, keyRange: SourceRange, value: TOMLValue) {
            self.key = key
            self.keyRange = keyRange
            self.value = value
        }
    }

    /// The entries in the order they first appear in the source.
    public private(set) var entries: [Entry]
    private var positions: [String: Int]

    /// An empty table.
    public init() {
        entries = []
        positions = [:]
    }

    /// The value for `key`, or nil.
    public subscript(key: String) -> TOMLValue? {
        positions[key].map { entries[$0].value }
    }

    /// The entry for `key` (with the key's range), or nil.
    public func entry(_ key: String) -> Entry? {
        positions[key].map { entries[$0] }
    }

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Adds an entry, or replaces the value of an existing key in place.
    public mutating func set(_ value: TOMLValue, for key: String, keyRange: SourceRange) {
        if let position = positions[key] {
            entries[position].value = value
        } else {
            positions[key] = entries.count
            entries.append(Entry(key: key, keyRange: keyRange, value: value))
        }
    }

    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool { lhs.entries == rhs.entries }
}

/// A calendar date without a time zone, as in `2026-03-01`.
public struct LocalDate: Sendable, Hashable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A time of day without a time zone, as in `07:32:00.999`.
public struct LocalTime: Sendable, Hashable {
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// The fraction of the second in nanoseconds (digits past the ninth are truncated).
    public var nanosecond: Int

    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }
}

/// A date and time without a time zone, as in `2026-03-01T09:00:00`.
public struct LocalDateTime: Sendable, Hashable {
    public var date: LocalDate
    public var time: LocalTime

    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }
}

/// A date and time with an offset from UTC, as in `2026-03-01T09:00:00+01:00`.
public struct OffsetDateTime: Sendable, Hashable {
    public var date: LocalDate
    public var time: LocalTime
    /// Minutes east of UTC; `Z` is 0.
    public var offsetMinutes: Int

    public init(date: LocalDate, time: LocalTime, offsetMinutes: Int) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}
