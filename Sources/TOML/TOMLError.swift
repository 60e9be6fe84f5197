import Diagnostics

/// Why a TOML document is not valid, and where.
///
/// The error carries data only, the facts a message needs (what, where, the text as written); the
/// words are the caller's, in its readers' language. `range` points at the offending token: for a
/// duplicate key, at the second occurrence (the first one's position is in the reason).
public struct TOMLError: Error, Sendable, Equatable {
    /// What is wrong; the data behind the message.
    public enum Reason: Sendable, Equatable {
        // Encoding and characters.

        /// The bytes are not valid UTF-8.
        case invalidUTF8
        /// A carriage return that is not followed by a line feed.
        case bareCarriageReturn
        /// A control character (other than tab) where the text may not hold one.
        case controlCharacter(UInt32, in: TextPlace)
        /// Something other than what the grammar allows at this point.
        case unexpected(Found, expected: Expectation)

        // Values.

        /// A word where a value should be that is no value, such as `Hello` without quotes.
        case invalidValue(String)
        /// A string that does not end before the line or the file does.
        case unterminatedString(StringStyle)
        /// A backslash escape that TOML does not know, such as `\x` or `\ ` (the text of the escape).
        case invalidEscape(String)
        /// A `\u` or `\U` escape that names no Unicode scalar (a surrogate, or past U+10FFFF).
        case invalidUnicodeEscape(String)
        /// A number that is not written the way TOML allows.
        case invalidNumber(String, NumberProblem)
        /// An integer outside the 64-bit range.
        case integerOutOfRange(String)
        /// A date or time that is not written the way TOML allows (the text as written).
        case invalidDateTime(String)
        /// A date that is well written but does not exist, such as 2026-02-30.
        case nonexistentDate(year: Int, month: Int, day: Int)
        /// A time of day or offset with a part out of range, such as 24:00:00 (the text as written).
        case invalidTime(String)
        /// Arrays and inline tables nested deeper than the limit.
        case nestingTooDeep(limit: Int)
        /// A newline inside an inline table `{ ... }`.
        case newlineInInlineTable
        /// A comma right before the `}` of an inline table.
        case trailingCommaInInlineTable

        // Keys and tables. Names are written as in TOML (`a.b."c d"`); positions are of the first definition.

        /// A key that already has a value in this table.
        case duplicateKey(String, first: SourcePosition)
        /// A `[table]` header for a table that already has one.
        case duplicateTable(String, first: SourcePosition)
        /// A `[table]` header for a table already made by dotted keys (`a.b = 1`, then `[a]`).
        case tableDefinedByDottedKeys(String, first: SourcePosition)
        /// Dotted keys that add to a table defined elsewhere by a `[header]`.
        case dottedKeyExtendsTable(String, first: SourcePosition)
        /// A header or dotted key that adds to an inline table, which is closed once written.
        case inlineTableExtended(String, first: SourcePosition)
        /// A `[[header]]` or header that adds to an array written as a value (`a = [...]`).
        case staticArrayExtended(String, first: SourcePosition)
        /// A header or dotted key that passes through a key whose value is not a table.
        case notATable(String, first: SourcePosition)
        /// `[a]` or a dotted key where `a` is an array of tables made by `[[a]]`.
        case arrayOfTablesUsedAsTable(String, first: SourcePosition)
        /// `[[a]]` where `a` is already a table.
        case tableUsedAsArrayOfTables(String, first: SourcePosition)

        /// A `"""` or `'''` string that is never closed and runs on into `swallowed`, a line of TOML
        /// (a header or `key = value`) on line `line`; the error points at its opening.
        case multilineStringRunsOn(StringStyle, swallowed: String, line: Int)
    }

    /// What the parser found where it expected something else.
    public enum Found: Sendable, Equatable {
        /// A character (Unicode scalar).
        case character(Unicode.Scalar)
        /// The end of a line.
        case newline
        /// The end of the document.
        case endOfInput
    }

    /// What the grammar allows at the point of an `unexpected` error.
    public enum Expectation: Sendable, Equatable {
        /// A key (bare, quoted or dotted).
        case key
        /// The `=` after a key.
        case equals
        /// A value after `=` or in an array.
        case value
        /// The end of the line (or a comment) after a key/value pair or a header.
        case endOfLine
        /// The `]` that closes a `[table]` header.
        case tableHeaderEnd
        /// The `]]` that closes an `[[array]]` header.
        case arrayHeaderEnd
        /// A `,` or `]` after a value in an array.
        case arraySeparator
        /// A `,` or `}` after a key/value pair in an inline table.
        case inlineTableSeparator
    }

    /// Where a character stands, for messages about characters that are not allowed there.
    public enum TextPlace: Sendable, Equatable {
        /// Inside a string.
        case string
        /// Inside a comment.
        case comment
    }

    /// The four ways to write a string.
    public enum StringStyle: Sendable, Equatable {
        /// `"..."`
        case basic
        /// `"""..."""`
        case multilineBasic
        /// `'...'`
        case literal
        /// `'''...'''`
        case multilineLiteral
    }

    /// What is wrong with a number.
    public enum NumberProblem: Sendable, Equatable {
        /// A leading zero, as in `01` or `-012.5`.
        case leadingZero
        /// An underscore that is not between two digits, as in `1__000`, `_1` or `1_`.
        case misplacedUnderscore
        /// A sign on a hexadecimal, octal or binary number.
        case signedPrefix
        /// A prefix in capitals, as in `0X1F`.
        case uppercasePrefix
        /// A digit the base does not have, as in `0o8` or `0b2`.
        case invalidDigit
        /// A missing part, as in `1.`, `.5`, `1e` or `0x`.
        case missingDigits
        /// Anything else that does not make a number.
        case malformed
    }

    /// What is wrong.
    public var reason: Reason
    /// Where the problem is.
    public var range: SourceRange

    /// Creates an error for `reason` at `range`.
    public init(reason: Reason, range: SourceRange) {
        self.reason = reason
        self.range = range
    }
}

extension TOMLError: CustomStringConvertible {
    /// `line:column: reason`, the reason as Swift writes the case, for logs and test failures.
    public var description: String { "\(range.start): \(reason)" }
}
