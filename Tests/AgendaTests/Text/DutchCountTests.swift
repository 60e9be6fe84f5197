import TestSupport
import Testing
@testable import Agenda

@Suite(.timed) struct DutchCountTests {
    @Test(arguments: [(0, "geen signalen"), (1, "1 signaal"), (7, "7 signalen")])
    func countsTakeTheRightForm(count: Int, expected: String) {
        #expect(DutchCount.of(count, "signaal", "signalen") == expected)
    }

    @Test(arguments: [(0, "Geen signaal staat"), (1, "1 signaal staat"), (3, "3 signalen staan")])
    func theVerbAgrees(count: Int, expected: String) {
        #expect(DutchCount.subject(count, "signaal", "signalen", verb: ("staat", "staan")) == expected)
    }

    /// The verb agrees with the part, not with the whole (issue 29: "2 van de 4 signalen heeft").
    @Test(arguments: [
        (1, 4, "1 van de 4 signalen heeft"), (2, 4, "2 van de 4 signalen hebben"), (3, 4, "3 van de 4 signalen hebben"),
        (0, 4, "Geen van de 4 signalen heeft"), (4, 4, "Alle 4 signalen hebben"),
        (1, 2, "1 van de 2 signalen heeft"), (2, 2, "Beide signalen hebben"), (0, 2, "Geen van beide signalen heeft"),
        (1, 1, "Het signaal heeft"), (0, 1, "Het signaal heeft"), (0, 0, "Geen signaal heeft"),
    ])
    func partsOfAWhole(part: Int, whole: Int, expected: String) {
        #expect(DutchCount.part(part, of: whole, "signaal", "signalen", verb: ("heeft", "hebben")) == expected)
    }

    @Test(arguments: [(0, "Geen thema voldoet"), (1, "Het thema voldoet"), (2, "Beide thema's voldoen"), (7, "Alle 7 thema's voldoen")])
    func allOfThem(count: Int, expected: String) {
        #expect(DutchCount.all(count, "thema", "thema's", verb: ("voldoet", "voldoen")) == expected)
    }

    @Test(arguments: [([String](), ""), (["a"], "a"), (["a", "b"], "a en b"), (["a", "b", "c"], "a, b en c")])
    func listsEndWithEn(items: [String], expected: String) {
        #expect(DutchList.joined(items) == expected)
    }
}
