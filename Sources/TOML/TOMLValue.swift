import Diagnostics

/// A TOML value with the stretch of source text it came from.
///
/// The range lets later stages point at the exact place of a problem: an unknown key, a value of the
/// wrong type, a reference that does not resolve.
public struct TOMLValue: Sendable, Equatable {
    /// What the value is.
    ///
    /// Only the date and time cases are boxed (`indirect`): they are the large payloads. Strings,
    /// numbers, arrays and tables are stored inline, so a value costs no allocation of its own.
    public enum Kind: Sendable, Equatable {
        /// A string, unquoted and with its escapes resolved.
        case string(String)
        /// A 64-bit signed integer.
        case integer(Int64)
        /// A 64-bit float, including `inf` and `nan`.
        case float(Double)
        /// `true` or `false`.
        case boolean(Bool)
        /// A date and time with an offset from UTC.
        indirect case offsetDateTime(OffsetDateTime)
        /// A date and time without an offset.
        indirect case localDateTime(LocalDateTime)
        /// A date without a time.
        indirect case localDate(LocalDate)
        /// A time of day without a date.
        indirect case localTime(LocalTime)
        /// An array; its elements may be of different kinds.
        case array([TOMLValue])
        /// A table: from a `[header]`, an element of `[[header]]`, a dotted key or an inline table.
        case table(TOMLTable)
    }

    /// What the value is.
    public var kind: Kind
    /// Where the value stands in the source. For a table made by a `[header]` or an element of an
    /// array of tables made by `[[header]]`, the range of the header; for a table made implicitly
    /// (by a dotted key or a deeper header), the range of the first key that made it.
    public var range: SourceRange

    /// Creates a value of `kind` that stands at `range` in the source.
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
        /// The value, with its own range.
        public var value: TOMLValue

        /// Creates an entry.
        public init(key: String, keyRange: SourceRange, value: TOMLValue) {
            self.key = key
            self.keyRange = keyRange
            self.value = value
        }
    }

    /// The entries in the order they first appear in the source.
    public internal(set) var entries: [Entry]
    /// The index in `entries` of each key, kept only once the table has more than `linearSearchLimit`
    /// entries: smaller tables (most of them) are searched in order, which is faster than hashing.
    var positions: [String: Int]
    static let linearSearchLimit = 8

    /// An empty table.
    public init() {
        entries = []
        positions = [:]
    }

    /// The index in `entries` of `key`, or nil.
    @inline(__always)
    func index(of key: String) -> Int? {
        if entries.count <= Self.linearSearchLimit {
            for index in entries.indices where entries[index].key == key { return index }
            return nil
        }
        return positions[key]
    }

    /// Appends an entry whose key is not in the table yet; returns its index.
    @discardableResult
    mutating func append(_ entry: Entry) -> Int {
        let index = entries.count
        entries.append(entry)
        if index == Self.linearSearchLimit {
            positions.reserveCapacity(Self.linearSearchLimit * 2)
            for (position, existing) in entries.enumerated() { positions[existing.key] = position }
        } else if index > Self.linearSearchLimit {
            positions[entry.key] = index
        }
        return index
    }

    /// The value for `key`, or nil.
    public subscript(key: String) -> TOMLValue? {
        index(of: key).map { entries[$0].value }
    }

    /// The entry for `key` (with the key's range), or nil.
    public func entry(_ key: String) -> Entry? {
        index(of: key).map { entries[$0] }
    }

    /// The keys in source order.
    public var keys: [String] { entries.map(\.key) }

    /// The number of entries.
    public var count: Int { entries.count }

    /// Adds an entry, or replaces the value of an existing key in place.
    public mutating func set(_ value: TOMLValue, for key: String, keyRange: SourceRange) {
        if let position = index(of: key) {
            entries[position].value = value
        } else {
            append(Entry(key: key, keyRange: keyRange, value: value))
        }
    }

    /// Two tables are equal when they hold the same entries, with the same ranges, in the same order.
    public static func == (lhs: TOMLTable, rhs: TOMLTable) -> Bool { lhs.entries == rhs.entries }
}

/// A calendar date without a time zone, as in `2026-03-01`.
public struct LocalDate: Sendable, Hashable, Comparable {
    /// The year, 0 to 9999.
    public var year: Int
    /// The month, 1 to 12.
    public var month: Int
    /// The day of the month, 1 to 31.
    public var day: Int

    /// Creates a date; the parser only makes dates that exist.
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Earlier dates come first.
    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}

/// A time of day without a time zone, as in `07:32:00.999`.
public struct LocalTime: Sendable, Hashable {
    /// The hour, 0 to 23.
    public var hour: Int
    /// The minute, 0 to 59.
    public var minute: Int
    /// The second, 0 to 60 (60 only for a leap second).
    public var second: Int
    /// The fraction of the second in nanoseconds (digits past the ninth are truncated).
    public var nanosecond: Int

    /// Creates a time of day.
    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }
}

/// A date and time without a time zone, as in `2026-03-01T09:00:00`.
public struct LocalDateTime: Sendable, Hashable {
    /// The date part.
    public var date: LocalDate
    /// The time part.
    public var time: LocalTime

    /// Creates a local date-time.
    public init(date: LocalDate, time: LocalTime) {
        self.date = date
        self.time = time
    }
}

/// A date and time with an offset from UTC, as in `2026-03-01T09:00:00+01:00`.
public struct OffsetDateTime: Sendable, Hashable {
    /// The date part, in the local time of the offset.
    public var date: LocalDate
    /// The time part, in the local time of the offset.
    public var time: LocalTime
    /// Minutes east of UTC; `Z` is 0.
    public var offsetMinutes: Int

    /// Creates a date-time with an offset.
    public init(date: LocalDate, time: LocalTime, offsetMinutes: Int) {
        self.date = date
        self.time = time
        self.offsetMinutes = offsetMinutes
    }
}
