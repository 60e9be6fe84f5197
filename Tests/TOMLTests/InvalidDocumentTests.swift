import Diagnostics
import TestSupport
import Testing
@testable import TOML

/// Every class of invalid document, with the reason and the exact position of the error.
@Suite(.timed) struct InvalidDocumentTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let id: String
        let source: String
        let reason: TOMLError.Reason
        let line: Int
        let column: Int
        var testDescription: String { id }

        init(_ id: String, _ source: String, _ reason: TOMLError.Reason, _ line: Int, _ column: Int) {
            self.id = id
            self.source = source
            self.reason = reason
            self.line = line
            self.column = column
        }
    }

    static let structure: [Case] = [
        Case("duplicate key", "titel = 'a'\nx = 1\n\n\ntitel = 'b'", .duplicateKey("titel", first: at(1, 1)), 5, 1),
        Case("duplicate dotted key", "a.b = 1\na.b = 2", .duplicateKey("a.b", first: at(1, 3)), 2, 3),
        Case("duplicate key in table", "[t]\nx = 1\nx = 2", .duplicateKey("x", first: at(2, 1)), 3, 1),
        Case("quoted and bare key are the same", "a = 1\n\"a\" = 2", .duplicateKey("\"a\"", first: at(1, 1)), 2, 1),
        Case("value then table", "a = 1\n[a]", .notATable("a", first: at(1, 1)), 2, 2),
        Case("duplicate table", "[a]\nx = 1\n[a]", .duplicateTable("a", first: at(1, 1)), 3, 2),
        Case("super-table twice", "[a.b]\n[a]\n[a]", .duplicateTable("a", first: at(2, 1)), 3, 2),
        Case("header after dotted keys", "[fruit]\napple.color = 'red'\n[fruit.apple]",
             .tableDefinedByDottedKeys("fruit.apple", first: at(2, 1)), 3, 8),
        Case("header after deep dotted keys", "[fruit]\napple.taste.sweet = true\n[fruit.apple.taste]",
             .tableDefinedByDottedKeys("fruit.apple.taste", first: at(2, 7)), 3, 14),
        Case("dotted keys into a header table", "[a.b.c]\nz = 9\n[a]\nb.c.t = 1",
             .dottedKeyExtendsTable("b.c", first: at(1, 1)), 4, 3),
        Case("dotted keys after implicit table made explicit", "[a.b.c]\n[a]\nb.y = 1\n[a.b]",
             .tableDefinedByDottedKeys("a.b", first: at(3, 1)), 4, 4),
        Case("dotted key into inline table", "a = {b = 1}\na.c = 2", .inlineTableExtended("a", first: at(1, 1)), 2, 1),
        Case("header into inline table", "a = {b = 1}\n[a]", .inlineTableExtended("a", first: at(1, 1)), 2, 2),
        Case("sub-table of inline table", "a = {b = {c = 1}}\n[a.b]", .inlineTableExtended("a", first: at(1, 1)), 2, 2),
        Case("dotted key inside inline table", "a = {b = {c = 1}, b.d = 2}", .inlineTableExtended("b", first: at(1, 6)), 1, 19),
        Case("array of tables onto static array", "a = [1]\n[[a]]", .staticArrayExtended("a", first: at(1, 1)), 2, 3),
        Case("table in static array", "a = [{ b = 1 }]\n[a.c]", .staticArrayExtended("a", first: at(1, 1)), 2, 2),
        Case("dotted key through integer", "a = 1\na.b = 2", .notATable("a", first: at(1, 1)), 2, 1),
        // Single brackets next to [[a]]: the agenda reader points at the [a] header, where the fix is
        // (a habit, `HabitDiagnosis` in Agenda); the parser reports what it found, where it found it.
        Case("table after array of tables", "[[a]]\n[a]", .arrayOfTablesUsedAsTable("a", first: at(1, 1)), 2, 2),
        Case("dotted key into array of tables", "[[a.b]]\n[a]\nb.y = 2", .arrayOfTablesUsedAsTable("b", first: at(1, 1)), 3, 1),
        Case("array of tables after table", "[a]\n[[a]]", .tableUsedAsArrayOfTables("a", first: at(1, 1)), 2, 3),
        Case("array of tables after a dotted table", "a.b = 1\n[[a]]", .tableUsedAsArrayOfTables("a", first: at(1, 1)), 2, 3),
        Case("array of tables over inline table", "a = {}\n[[a]]", .tableUsedAsArrayOfTables("a", first: at(1, 1)), 2, 3),
    ]

    static let syntax: [Case] = [
        Case("two pairs on a line", "a = 1 b = 2", .unexpected(.character("b"), expected: .endOfLine), 1, 7),
        Case("missing value", "a = \n", .unexpected(.newline, expected: .value), 1, 5),
        Case("missing value at end", "a =", .unexpected(.endOfInput, expected: .value), 1, 4),
        Case("missing key", "= 1", .unexpected(.character("="), expected: .key), 1, 1),
        Case("missing equals", "a 1", .unexpected(.character("1"), expected: .equals), 1, 3),
        Case("key without value", "[t]\nnaam\n", .unexpected(.newline, expected: .equals), 2, 5),
        Case("non-ASCII bare key", "één = 1", .unexpected(.character("é"), expected: .key), 1, 1),
        Case("unquoted text", "titel = Hallo wereld", .invalidValue("Hallo"), 1, 9),
        Case("capital True", "a = True", .invalidValue("True"), 1, 5),
        Case("array without comma", "a = [1 2]", .unexpected(.character("2"), expected: .arraySeparator), 1, 8),
        Case("array with empty slot", "a = [1,,2]", .unexpected(.character(","), expected: .value), 1, 8),
        Case("unclosed array", "a = [1, 2", .unexpected(.endOfInput, expected: .arraySeparator), 1, 10),
        Case("unclosed header", "[a\nb = 1", .unexpected(.newline, expected: .tableHeaderEnd), 1, 3),
        Case("unclosed array header", "[[a]\n", .unexpected(.newline, expected: .arrayHeaderEnd), 1, 5),
        Case("header with a space in its name", "[a b]", .unexpected(.character("b"), expected: .tableHeaderEnd), 1, 4),
        Case("text after header", "[a] b = 1", .unexpected(.character("b"), expected: .endOfLine), 1, 5),
        Case("newline in inline table", "a = {b = 1,\nc = 2}", .newlineInInlineTable, 1, 12),
        Case("trailing comma in inline table", "a = {b = 1,}", .trailingCommaInInlineTable, 1, 11),
        Case("missing inline separator", "a = {b = 1 c = 2}", .unexpected(.character("c"), expected: .inlineTableSeparator), 1, 12),
        Case("position after non-ASCII", "\"é\" = 1 x", .unexpected(.character("x"), expected: .endOfLine), 1, 9),
        Case("CRLF lines", "a = 1\r\nb = 2\r\na = 3\r\n", .duplicateKey("a", first: at(1, 1)), 3, 1),
    ]

    static let strings: [Case] = [
        Case("unterminated basic", "a = \"abc\nb = 1", .unterminatedString(.basic), 1, 5),
        Case("unterminated literal", "a = 'abc", .unterminatedString(.literal), 1, 5),
        Case("unterminated multi-line", "x = 1\na = \"\"\"abc\n\ndef", .unterminatedString(.multilineBasic), 2, 5),
        Case("unterminated multi-line literal", "a = '''abc", .unterminatedString(.multilineLiteral), 1, 5),
        Case("unknown escape", "a = \"x\\qy\"", .invalidEscape("\\q"), 1, 7),
        Case("TOML 1.1 escape", "a = \"\\e\"", .invalidEscape("\\e"), 1, 6),
        Case("backslash space", "a = \"\\ \"", .invalidEscape("\\"), 1, 6),
        Case("short unicode escape", "a = \"\\u12\"", .invalidEscape("\\u12"), 1, 6),
        Case("surrogate escape", "a = \"\\uD800\"", .invalidUnicodeEscape("\\uD800"), 1, 6),
        Case("escape past U+10FFFF", "a = \"\\U00110000\"", .invalidUnicodeEscape("\\U00110000"), 1, 6),
        Case("text after backslash in multi-line", "a = \"\"\"a \\ b\"\"\"", .invalidEscape("\\"), 1, 10),
        Case("control character in string", "a = \"x\u{01}\"", .controlCharacter(1, in: .string), 1, 7),
        Case("DEL in literal string", "a = 'x\u{7F}'", .controlCharacter(0x7F, in: .string), 1, 7),
        Case("control character in multi-line", "a = \"\"\"\n\u{0B}\"\"\"", .controlCharacter(0x0B, in: .string), 2, 1),
        Case("control character in comment", "# a\u{7F}", .controlCharacter(0x7F, in: .comment), 1, 4),
        Case("NUL in comment", "a = 1 # \u{00}", .controlCharacter(0, in: .comment), 1, 9),
        Case("bare carriage return", "a = 1\rb = 2", .bareCarriageReturn, 1, 6),
        Case("carriage return in multi-line", "a = \"\"\"x\ry\"\"\"", .bareCarriageReturn, 1, 9),
        Case("form feed between lines", "a = 1\n\u{0C}", .unexpected(.character("\u{0C}"), expected: .key), 2, 1),
    ]

    static let numbers: [Case] = [
        Case("leading zero", "a = 012", .invalidNumber("012", .leadingZero), 1, 5),
        Case("leading zero with sign", "a = -01", .invalidNumber("-01", .leadingZero), 1, 5),
        Case("leading zero float", "a = 00.5", .invalidNumber("00.5", .leadingZero), 1, 5),
        Case("too large", "a = 9223372036854775808", .integerOutOfRange("9223372036854775808"), 1, 5),
        Case("too small", "a = -9223372036854775809", .integerOutOfRange("-9223372036854775809"), 1, 5),
        Case("hex too large", "a = 0x8000000000000000", .integerOutOfRange("0x8000000000000000"), 1, 5),
        Case("double underscore", "a = 1__0", .invalidNumber("1__0", .misplacedUnderscore), 1, 5),
        Case("trailing underscore", "a = 10_", .invalidNumber("10_", .misplacedUnderscore), 1, 5),
        Case("leading underscore", "a = _10", .invalidValue("_10"), 1, 5),
        Case("underscore after prefix", "a = 0x_1", .invalidNumber("0x_1", .misplacedUnderscore), 1, 5),
        Case("underscore before fraction", "a = 1_.5", .invalidNumber("1_.5", .misplacedUnderscore), 1, 5),
        Case("underscore in exponent", "a = 1e_5", .invalidNumber("1e_5", .misplacedUnderscore), 1, 5),
        Case("signed hex", "a = +0x1", .invalidNumber("+0x1", .signedPrefix), 1, 5),
        Case("capital prefix", "a = 0X1F", .invalidNumber("0X1F", .uppercasePrefix), 1, 5),
        Case("octal digit 8", "a = 0o78", .invalidNumber("0o78", .invalidDigit), 1, 5),
        Case("binary digit 2", "a = 0b102", .invalidNumber("0b102", .invalidDigit), 1, 5),
        Case("empty prefix", "a = 0x", .invalidNumber("0x", .missingDigits), 1, 5),
        Case("fraction without digits", "a = 1.", .invalidNumber("1.", .missingDigits), 1, 5),
        Case("no integer part", "a = .5", .invalidNumber(".5", .missingDigits), 1, 5),
        Case("exponent without digits", "a = 1e", .invalidNumber("1e", .missingDigits), 1, 5),
        Case("dot before exponent", "a = 1.e5", .invalidNumber("1.e5", .missingDigits), 1, 5),
        Case("two dots", "a = 1.5.5", .invalidNumber("1.5.5", .malformed), 1, 5),
        Case("infinity spelled out", "a = infinity", .invalidValue("infinity"), 1, 5),
        Case("thousands dot", "bedrag = 1.500,00", .unexpected(.character(","), expected: .endOfLine), 1, 15),
    ]

    static let dates: [Case] = [
        Case("February 30", "d = 2026-02-30", .nonexistentDate(year: 2026, month: 2, day: 30), 1, 5),
        Case("February 29 in a common year", "d = 2023-02-29", .nonexistentDate(year: 2023, month: 2, day: 29), 1, 5),
        Case("February 29 in 1900", "d = 1900-02-29", .nonexistentDate(year: 1900, month: 2, day: 29), 1, 5),
        Case("April 31", "d = 2026-04-31", .nonexistentDate(year: 2026, month: 4, day: 31), 1, 5),
        Case("month 13", "d = 2026-13-01", .nonexistentDate(year: 2026, month: 13, day: 1), 1, 5),
        Case("day 0", "d = 2026-01-00", .nonexistentDate(year: 2026, month: 1, day: 0), 1, 5),
        Case("hour 24", "t = 24:00:00", .invalidTime("24:00:00"), 1, 5),
        Case("minute 60", "t = 23:60:00", .invalidTime("23:60:00"), 1, 5),
        Case("second 61", "t = 23:59:61", .invalidTime("23:59:61"), 1, 5),
        Case("hour 24 in a date-time", "d = 2026-01-01T24:00:00", .invalidTime("24:00:00"), 1, 16),
        Case("offset hour 24", "d = 2026-01-01T10:00:00+24:00", .invalidTime("+24:00"), 1, 24),
        Case("missing seconds", "d = 1979-05-27T07:32", .invalidDateTime("1979-05-27T07:32"), 1, 5),
        Case("missing seconds after space", "d = 1979-05-27 07:32", .invalidDateTime("1979-05-27 07:32"), 1, 5),
        Case("time without seconds", "t = 07:32", .invalidDateTime("07:32"), 1, 5),
        Case("one-digit month", "d = 1979-5-27", .invalidDateTime("1979-5-27"), 1, 5),
        Case("offset on a time", "t = 07:32:00Z", .invalidDateTime("07:32:00Z"), 1, 5),
        Case("fraction without digits", "t = 07:32:00.", .invalidDateTime("07:32:00."), 1, 5),
        Case("offset without colon", "d = 1979-05-27T07:32:00+0700", .invalidDateTime("1979-05-27T07:32:00+0700"), 1, 5),
    ]

    @Test(arguments: structure + syntax + strings + numbers + dates)
    func rejects(_ test: Case) {
        guard let error = parseError(test.source) else { return }
        #expect(error.reason == test.reason)
        #expect(error.range.start == at(test.line, test.column), "\(error)")
    }

    @Test func invalidUTF8HasItsPosition() {
        // a = "é<FF>": the bad byte is the seventh character (é counts as one column).
        let bytes: [UInt8] = Array("x = 1\na = \"".utf8) + [0xC3, 0xA9, 0xFF] + Array("\"".utf8)
        let error = parseError(bytes: bytes)
        #expect(error?.reason == .invalidUTF8)
        #expect(error?.range.start == at(2, 7))
    }

    @Test(arguments: [
        [0xC0, 0x80] as [UInt8],  // overlong NUL
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // past U+10FFFF
        [0xC3],  // cut off
        [0x80],  // lone continuation byte
    ])
    func rejectsInvalidUTF8InComments(_ sequence: [UInt8]) {
        let error = parseError(bytes: Array("# ".utf8) + sequence + [0x0A])
        #expect(error?.reason == .invalidUTF8)
        #expect(error?.range.start == at(1, 3))
    }

    @Test func rejectsInvalidUTF8OutsideStrings() {
        let error = parseError(bytes: Array("a = ".utf8) + [0xFF])
        #expect(error?.reason == .invalidUTF8)
        #expect(error?.range.start == at(1, 5))
    }
}
