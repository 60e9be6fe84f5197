import Testing
@testable import Agenda

/// The Dutch normalisation behind theme overlap and signal clustering.
@Suite struct DutchTextTests {
    @Test(arguments: [
        ("werkgevers", "werkgever"), ("plaatsen", "plaats"), ("scholingen", "scholing"), ("mogelijkheden", "mogelijk"),
        ("bedden", "bed"),
    ])
    func lightStemmerBringsFormsTogether(word: String, stem: String) {
        #expect(DutchText.stem(word) == stem)
    }

    @Test func termsFoldAccentsAndDropStopWords() {
        #expect(DutchText.terms("Eén loket voor de Werkgevers, in Café-regio's") == ["loket", "werkgever", "caf", "regio"])
        #expect(DutchText.similarity("Scholing van werkenden", "werkenden en hun scholing") == 1)
        #expect(DutchText.similarity("", "iets") == 0)
    }
}
