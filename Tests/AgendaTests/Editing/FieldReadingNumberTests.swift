import Foundation
import TestSupport
import Testing
import TOML
@testable import Agenda

/// Numbers of indicators and an action's progress, typed the Dutch way into the result and progress
/// forms: read as meant, or refused with a message that gives the readings; never a guess.
@Suite(.timed) struct FieldReadingNumberTests {
    @Test(arguments: [
        ("1.500", "1500"), ("1,5", "1.5"), ("1.500.000,25", "1500000.25"), ("0", "0"), ("-3", "-3"), ("12,25", "12.25"),
        ("1 500", "1500"), ("0,125", "0.125"), ("1.000,125", "1000.125"), ("80", "80"), ("1,1251", "1.1251"), ("+7", "7"),
    ])
    func numbersReadTheDutchWay(typed: String, decimal: String) throws {
        #expect(try FieldReading.number(typed) == Decimal(string: decimal, locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test func emptyIsNoNumber() throws {
        #expect(try FieldReading.number("  ") == nil)
    }

    /// Each refusal with its code: `1,500` reads two ways; `1.5` is the English decimal point;
    /// `1.500` with the unit `%` (fifteen hundred percent is no share) reads two ways too.
    @Test(arguments: [
        ("1,500", nil, "MJA391"), ("-12,250", nil, "MJA391"), ("1.5", nil, "MJA392"), ("12.25", nil, "MJA392"),
        ("1.500", "%", "MJA391"), ("7.500", "cijfer", "MJA391"), ("veertig", nil, "MJA390"), ("1.50.0", nil, "MJA390"),
        ("1,2,3", nil, "MJA390"), ("1,", nil, "MJA390"), ("1.234.567.890.123.456", nil, "MJA393"), ("0,1234567890123456", nil, "MJA393"),
    ] as [(String, String?, String)])
    func refusedWithItsCode(typed: String, unit: String?, code: String) {
        do {
            let value = try FieldReading.number(typed, unit: unit)
            Issue.record("'\(typed)' was read as \(String(describing: value))")
        } catch {
            #expect(error.code == code, "\(typed): \(error.message)")
        }
    }

    @Test func theMessagesGiveBothReadings() throws {
        #expect(throws: FieldProblem.ambiguousNumber("1,500", thousands: "1.500", decimal: "1,5")) { try FieldReading.number("1,500") }
        #expect(throws: FieldProblem.ambiguousNumber("1.500", thousands: "1.500", decimal: "1,5", unit: "%")) { try FieldReading.number("1.500", unit: "%") }
        #expect(throws: FieldProblem.pointAsDecimal("1.5", suggestion: "1,5")) { try FieldReading.number("1.5") }
        #expect(FieldProblem.ambiguousNumber("1,500", thousands: "1.500", decimal: "1,5").message
            == "'1,500' kan 1.500 betekenen (met een scheidingsteken tussen de duizendtallen) of 1,5 (met een decimaalkomma); mja gokt niet. Schrijf 1.500 of 1,5.")
        // With a unit where fifteen hundred would fit, 1.500 is fifteen hundred.
        #expect(try FieldReading.number("1.500", unit: "personen") == 1500)
    }

    /// What is written reads back as the same number, and never as a number the agenda's own
    /// reading would find ambiguous (MJA022).
    @Test(arguments: ["1.500", "1,5", "0,125", "1.000,125", "12,25", "-3", "1,1251", "99,99", "1,1250", "-12,1250", "999,9990"])
    func writtenReadsBackExactly(typed: String) throws {
        let value = try #require(try FieldReading.number(typed))
        let written = try #require(FieldReading.writtenNumber(value))
        var editor = try TOMLEditor(text: "x = 0\n")
        try editor.set(written, at: [.key("x")])
        #expect(FieldReading.number(of: editor.root["x"]) == value)
        let text = String(editor.text.dropFirst(4).dropLast())
        #expect(AmbiguousNumber(written: text) == nil, "\(text)")
        // Shown in the form and read again: the same number.
        #expect(try FieldReading.number(FieldReading.numberText(value)) == value)
    }

    @Test func aValueWithThreeDecimalsIsShownSoThatItReadsOneWay() throws {
        #expect(FieldReading.numberText(Decimal(string: "1.125", locale: Locale(identifier: "en_US_POSIX"))!) == "1,1250")
        #expect(FieldReading.numberText(1500) == "1.500")
        #expect(FieldReading.numberText(Decimal(string: "1000.125", locale: Locale(identifier: "en_US_POSIX"))!) == "1.000,125")
    }

    /// One and an eighth: `1,125` reads two ways in a form as `1,500` does (MJA391), and the message
    /// names `1,1250` for the decimal (not `1,125` again, which would send the person round in a
    /// circle). `1,1250` is read as 1.125 and written with its fourth decimal, `1.1250`: the writing
    /// the agenda's own reading takes as a decimal (`AmbiguousNumber` needs exactly three), where
    /// `1.125` would be an error (MJA022).
    @Test func oneAndAnEighthCanBeTypedAndWritten() throws {
        #expect(throws: FieldProblem.ambiguousNumber("1,125", thousands: "1.125", decimal: "1,1250")) { try FieldReading.number("1,125") }
        #expect(throws: FieldProblem.ambiguousNumber("7.125", thousands: "7.125", decimal: "7,1250", unit: "cijfer")) { try FieldReading.number("7.125", unit: "cijfer") }
        #expect(try FieldReading.number("1,1250") == Decimal(string: "1.125", locale: Locale(identifier: "en_US_POSIX")))
    }

    @Test(arguments: [("1,1250", "1.1250"), ("-12,1250", "-12.1250"), ("999,9990", "999.9990"), ("0,125", "0.125"), ("1.000,125", "1000.125"), ("2,5", "2.5")])
    func threeDecimalsAreWrittenSoThatTheAgendaReadsThemOneWay(typed: String, written: String) throws {
        let value = try #require(try FieldReading.number(typed))
        var editor = try TOMLEditor(text: "x = 0\n")
        try editor.set(try #require(FieldReading.writtenNumber(value)), at: [.key("x")])
        #expect(editor.text == "x = \(written)\n")
    }

    @Test(arguments: [("35", 35), ("0", 0), ("100", 100), ("35 %", 35), ("35%", 35)])
    func percentages(typed: String, value: Int) throws {
        #expect(try FieldReading.percentage(typed) == value)
    }

    @Test(arguments: ["101", "35,5", "-1", "veel", "%", "1000"])
    func notAPercentage(typed: String) {
        #expect(throws: FieldProblem.unreadablePercentage(typed)) { try FieldReading.percentage(typed) }
    }

    /// A number the file holds however written (`15.0`) is left alone when the form sends it unchanged.
    @Test func anUnchangedNumberKeepsItsWriting() throws {
        var editor = try AgendaEditor(text: "[[thema]]\nid = \"a\"\n\n[[thema.resultaat]]\nomschrijving = \"x\"\nnulmeting = 15.0\n")
        try editor.setNumber(15, at: AgendaPath.result(0, 0, "nulmeting"))
        #expect(editor.text.contains("nulmeting = 15.0\n"))
        try editor.setNumber(Decimal(string: "15.5", locale: Locale(identifier: "en_US_POSIX")), at: AgendaPath.result(0, 0, "nulmeting"))
        #expect(editor.text.contains("nulmeting = 15.5\n"))
        try editor.setNumber(nil, at: AgendaPath.result(0, 0, "nulmeting"))
        #expect(!editor.text.contains("nulmeting"))
    }
}
