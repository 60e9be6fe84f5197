import Documents
import TestSupport
import Testing

/// The generic CSV writer of the open data: RFC 4180, and text that a spreadsheet would run as a
/// formula is shown as text.
@Suite(.timed) struct CSVWriterTests {
    @Test func recordsEndInCRLFAndFieldsAreQuotedWhereNeeded() {
        let csv = CSVWriter().write(header: ["a", "b"], rows: [
            [.text("een, twee"), .text("zei \"ja\"")],
            [.text("regel\nregel"), .empty],
            [.text(" spatie"), .value("12.5")],
        ])
        #expect(String(decoding: csv, as: UTF8.self)
            == "a,b\r\n\"een, twee\",\"zei \"\"ja\"\"\"\r\n\"regel\nregel\",\r\n\" spatie\",12.5\r\n")
    }

    @Test(arguments: ["=1+1", "+31 6", "-- lijst", "@SUM(A1)", "\tx", "\rx"])
    func textThatStartsAFormulaGetsAnApostrophe(text: String) {
        let field = CSVWriter().field(.text(text))
        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(field)")
    }

    @Test func valuesAreWrittenAsTheyAre() {
        #expect(CSVWriter().field(.value("-1250.50")) == "-1250.50")
        #expect(CSVWriter().field(.text("Twente")) == "Twente")
        #expect(CSVWriter().field(.text("é ü")) == "é ü")
    }
}
