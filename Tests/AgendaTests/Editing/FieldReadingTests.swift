import TestSupport
import Testing
import TOML
@testable import Agenda

/// What people type into the forms' fields, read as they mean it, or refused with a message.
@Suite(.timed) struct FieldReadingTests {
    @Test(arguments: [
        ("1.500.000", Int64(150_000_000)), ("1.500.000,50", 150_000_050), ("250000", 25_000_000), ("€ 12.000,-", 1_200_000),
        ("1250,5", 125_050), ("1.500", 150_000), ("700.000", 70_000_000), ("0", 0), ("1.250.000,05", 125_000_005),
    ])
    func amountsReadTheDutchWay(typed: String, cents: Int64) throws {
        #expect(try FieldReading.amount(typed) == Euro(cents: cents))
    }

    @Test(arguments: ["1,500", "12,000", "€ 250,000"])
    func anAmountThatReadsTwoWaysIsRefused(typed: String) {
        #expect(throws: FieldProblem.self) { try FieldReading.amount(typed) }
        do {
            _ = try FieldReading.amount(typed)
        } catch {
            #expect(error.code == "MJA321")
            #expect(error.message.contains("mja gokt niet"))
        }
    }

    @Test func theAmbiguousMessageGivesBothReadings() {
        do {
            _ = try FieldReading.amount("1,500")
            Issue.record("1,500 was read")
        } catch {
            #expect(error.message == "'1,500' kan 1.500 euro betekenen (met een komma tussen de duizendtallen, zoals in het Engels) of 1,5 euro (met een decimaalkomma); mja gokt niet. Schrijf 1.500 of 1,5.")
        }
    }

    @Test(arguments: ["twee ton", "1.50.000", "", "1.2.3"])
    func notAnAmount(typed: String) {
        #expect(throws: FieldProblem.self) { try FieldReading.amount(typed) }
    }

    @Test func amountsAreWrittenAsTheFormatAsks() {
        #expect(FieldReading.written(Euro(euros: 1_500_000)) == .integer(1_500_000))
        #expect(FieldReading.written(Euro(cents: 150_000_050)) == .string("1500000,50"))
        #expect(FieldReading.written(Euro(cents: 7)) == .string("0,07"))
    }

    @Test func datesFromTheDateFieldAndTyped() throws {
        #expect(try FieldReading.date("2027-12-31") == LocalDate(year: 2027, month: 12, day: 31))
        #expect(try FieldReading.date("1-3-2026") == LocalDate(year: 2026, month: 3, day: 1))
        #expect(try FieldReading.date("29/02/2028") == LocalDate(year: 2028, month: 2, day: 29))
        #expect(try FieldReading.date(" ") == nil)
        for wrong in ["31-2-2027", "2027-13-01", "1 maart", "29-2-2027", "1-3-26"] {
            #expect(throws: FieldProblem.self, "\(wrong)") { try FieldReading.date(wrong) }
        }
        #expect(FieldReading.dutch(LocalDate(year: 2026, month: 3, day: 1)) == "1-3-2026")
    }

    @Test func yearsAndIdentifiers() throws {
        #expect(try FieldReading.year("2026") == 2026)
        #expect(throws: FieldProblem.self) { try FieldReading.year("26") }
        #expect(throws: FieldProblem.self) { try FieldReading.year("2026.0") }
        #expect(try FieldReading.identifier("zorg-instroom") == "zorg-instroom")
        for wrong in ["Zorg", "zorg instroom", "-zorg", "zorg/instroom", ""] {
            #expect(throws: FieldProblem.self, "\(wrong)") { try FieldReading.identifier(wrong) }
        }
    }

    @Test func textFields() {
        #expect(FieldReading.text("  Titel ") == .string("Titel"))
        #expect(FieldReading.text("Een\r\nTwee\r\n") == .multilineString("Een\nTwee\n"))
        #expect(FieldReading.text(" \r\n") == nil)
    }
}
