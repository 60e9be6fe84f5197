import Testing
@testable import Agenda

@Suite struct DutchCountTests {
    @Test(arguments: [(0, "geen signalen"), (1, "1 signaal"), (7, "7 signalen")])
    func countsTakeTheRightForm(count: Int, expected: String) {
        #expect(DutchCount.of(count, "signaal", "signalen") == expected)
    }

    @Test(arguments: [(0, "Geen signaal staat"), (1, "1 signaal staat"), (3, "3 signalen staan")])
    func theVerbAgrees(count: Int, expected: String) {
        #expect(DutchCount.subject(count, "signaal", "signalen", verb: ("staat", "staan")) == expected)
    }

    @Test(arguments: [
        (1, 4, "1 van de 4 signalen heeft een"), (0, 4, "Geen van de 4 signalen heeft een"),
        (4, 4, "Alle 4 signalen hebben een"), (1, 1, "Het signaal heeft een"), (0, 1, "Het signaal heeft nog geen"),
    ])
    func partsOfAWhole(part: Int, whole: Int, expected: String) {
        #expect(DutchCount.part(part, of: whole, "signaal", "signalen", verb: ("heeft", "hebben")) == expected)
    }

    @Test(arguments: [([String](), ""), (["a"], "a"), (["a", "b"], "a en b"), (["a", "b", "c"], "a, b en c")])
    func listsEndWithEn(items: [String], expected: String) {
        #expect(DutchList.joined(items) == expected)
    }
}
