import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The Dutch normalisation behind theme overlap and signal clustering.
@Suite(.timed) struct DutchTextTests {
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

/// The byte-wise `forEachTerm` gives exactly the terms of the first, scalar-by-scalar version
/// (kept here as the reference), on every text of the shipped agendas and on the hard cases.
@Suite(.timed) struct DutchTermsReferenceTests {
    private static func reference(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var word = ""
        func flush() {
            if word.count >= 2, !DutchText.stopWords.contains(word) {
                let stemmed = DutchText.stem(word)
                if stemmed.count >= 2 { result.append((stemmed, word)) }
            }
            word = ""
        }
        for scalar in text.unicodeScalars {
            if let folded = DutchText.fold(scalar) { word.unicodeScalars.append(folded) } else { flush() }
        }
        flush()
        return result
    }

    private static func terms(_ text: String) -> [(String, String)] {
        var result: [(String, String)] = []
        DutchText.forEachTerm(in: text) { result.append(($0, $1)) }
        return result
    }

    @Test func hardCasesGiveTheReferenceTerms() {
        let texts = [
            "", "a", "ab", "Eén loket", "ideeën financiële Café-regio's", "Straße Ærø þorn", "ΑΘΗΝΑ werkgevers", "e\u{301}e\u{301}",
            "x\u{345}", "bedden plaatsen scholingen mogelijkheden tjes", "2026-2030 bbl'ers", "İstanbul", "ﬁnanciering", "ÉÉN",
        ]
        for text in texts {
            #expect(Self.terms(text).map { "\($0)|\($1)" } == Self.reference(text).map { "\($0)|\($1)" }, "\(text)")
        }
    }

    @Test func everyShippedTextGivesTheReferenceTerms() throws {
        let folder = AgendaFixture.repositoryRegions
        var count = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) where name.hasSuffix(".toml") {
            let text = try String(contentsOfFile: folder + "/" + name, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let line = String(line)
                #expect(Self.terms(line).map { "\($0)|\($1)" } == Self.reference(line).map { "\($0)|\($1)" }, "\(line)")
                count += 1
            }
        }
        #expect(count > 5000)
    }
}
