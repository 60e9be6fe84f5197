@testable import Documents
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

    /// Issue 38, `markdown8`: the parser reads numeric references and the common names on the
    /// bytes into a packed word; every name of the list, and numeric references of every length
    /// and value (none, surrogates, past U+10FFFF, at each UTF-8 length's bounds), read as the
    /// whole list (``CharacterReference``) reads them, which made a `String` of each.
    @Test func everyNameOfTheListDecodesAsTheListDoes() {
        #expect(CharacterReference.names.count > 2000)
        for (name, text) in CharacterReference.names {
            #expect(text.utf8.count <= 8, "\(name)")
            let bytes = Array("&\(name);x".utf8)
            let found = Entities.reference(bytes, at: 0, end: bytes.count)
            #expect(found?.end == bytes.count - 1 && found?.text == text, "\(name)")
        }
    }

    @Test(arguments: ["&#0;", "&#x0;", "&#1;", "&#x7F;", "&#128;", "&#x7FF;", "&#x800;", "&#xD7FF;", "&#xD800;", "&#xDFFF;",
                      "&#xE000;", "&#xFFFF;", "&#x10000;", "&#x10FFFF;", "&#x110000;", "&#9999999;", "&#99999999;", "&#1234567;",
                      "&#X41;", "&#xaBc;", "&#x;", "&#;", "&#", "&#x", "&#x1234567;", "&#12", "&#233", "&#233x;", "&#-1;"])
    func numericReferencesDecodeAsTheListDoes(_ reference: String) {
        let bytes = Array(reference.utf8)
        let found = Entities.reference(bytes, at: 0, end: bytes.count)
        let listed = CharacterReference.decode(bytes, at: 0, end: bytes.count)
        #expect(found?.end == listed?.end && found?.text == listed?.text, "\(reference)")
    }

    /// Random references and near misses, cut off at every end: the same as the whole list reads.
    @Test func randomReferencesDecodeAsTheListDoes() {
        var generator = SplitMix64(seed: 388)
        let pieces = ["&", "#", "x", "X", "0", "1", "9", "a", "F", "g", ";", "amp", "euro", "eacute", "uuml", "hellip",
                      "nbsp", "Euml", "AMP", "2", "3", "D", "8", "e", "l", "t", "q", "u", "o", "amp;", "#233;", "#x20AC;", "euml;",
                      "NotSubset;", "#0;", "#xD800;"]
        var decoded = 0
        for text in generator.texts(4000, of: pieces, maximumLength: 9) {
            let bytes = Array(("&" + text).utf8)
            for end in 1...bytes.count {
                let found = Entities.reference(bytes, at: 0, end: end)
                let listed = CharacterReference.decode(bytes, at: 0, end: end)
                #expect(found?.end == listed?.end && found?.text == listed?.text, "\(text.debugDescription) to \(end)")
                if found != nil { decoded += 1 }
            }
        }
        #expect(decoded > 500)
    }

    /// The packed UTF-8 of a scalar is the scalar's UTF-8, at each length's bounds.
    @Test(arguments: [0x00, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x20AC, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x1D504, 0x10FFFF] as [UInt32])
    func packedUTF8IsTheScalarsUTF8(_ value: UInt32) {
        let scalar = Unicode.Scalar(value)!
        let (packed, count) = Entities.packedUTF8(scalar)
        let reference = Entities.Reference(end: 0, utf8: packed, count: count)
        #expect(reference.text == String(scalar))
        #expect(count == String(scalar).utf8.count)
    }
}
