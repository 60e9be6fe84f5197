import Documents
import TestSupport
import Testing
@testable import Markdown

/// The character references matched without the whole list stand for what the list has.
@Suite(.timed) struct EntitiesTests {
    @Test func commonNamesDecodeAsTheListDoes() {
        #expect(!Entities.commonNames.isEmpty)
        for entry in Entities.commonNames {
            let name = String(decoding: UnsafeBufferPointer(start: entry.name.utf8Start, count: entry.name.utf8CodeUnitCount), as: UTF8.self)
            #expect(name.utf8.count <= Entities.longestCommonName)
            #expect(CharacterReference.named(name) == entry.text, "\(name)")
            let bytes = Array("x&\(name);y".utf8)
            let decoded = Entities.decode(bytes, at: 1, end: bytes.count)
            #expect(decoded?.0 == bytes.count - 1 && decoded?.1 == entry.text, "\(name)")
        }
    }

    /// Names that only start like a common one, differ in case, or lack the `;` go to the list.
    @Test(arguments: [("&amps;", nil), ("&AMP;", "&"), ("&Euml;", "\u{CB}"), ("&euro", nil), ("&eurox;", nil),
                      ("&hellipx;", nil), ("&lt", nil), ("&;", nil), ("&#233;", "é"), ("&ampamp;", nil)] as [(String, String?)])
    func otherReferencesGoToTheList(_ reference: String, _ text: String?) {
        let bytes = Array(reference.utf8)
        #expect(Entities.decode(bytes, at: 0, end: bytes.count)?.1 == text)
        #expect(Entities.decode(bytes, at: 0, end: bytes.count)?.1 == CharacterReference.decode(bytes, at: 0, end: bytes.count)?.text)
    }
}
