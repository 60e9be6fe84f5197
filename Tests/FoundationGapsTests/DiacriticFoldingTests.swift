import Foundation
import FoundationGaps
import TestSupport
import Testing

/// `DiacriticFolding` held against `folding(options: [.diacriticInsensitive, .caseInsensitive],
/// locale:)` and `lowercased()` as far as ASCII letters and digits go: the two give the same letters and
/// digits with the same breaks between them (every other scalar, or run of them, one break).
@Suite(.timed) struct DiacriticFoldingTests {
    static func foundation(_ text: String) -> [Unicode.Scalar] {
        Array(text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "nl_NL")).lowercased().unicodeScalars)
    }

    /// The ASCII letters and digits of `scalars`, each run of other scalars one `-`.
    static func shape(_ scalars: [Unicode.Scalar]) -> String {
        var result = ""
        for scalar in scalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.hasSuffix("-") {
                result += "-"
            }
        }
        return result
    }

    @Test(arguments: [
        ("Zorg Instroom", "zorg-instroom"), ("é", "e"), ("e\u{301}", "e"), ("ß", "ss"), ("ﬁ", "fi"), ("İ", "i"), ("\u{212A}", "k"),
        ("Ǆ", "-"), ("\u{301}a", "-a"), ("a\u{20DD}b", "ab"), ("a\u{93F}b", "a-b"), ("a\u{9BE}b", "ab"), ("ŉ", "-n"), ("ẚ", "a-"),
        ("Ĳssel", "-ssel"), ("Øresund", "-resund"), ("", ""),
    ])
    func edgeCases(text: String, shape: String) {
        #expect(Self.shape(DiacriticFolding.foldedScalars(of: text)) == shape)
        #expect(Self.shape(Self.foundation(text)) == shape)
    }

    /// Every assigned scalar alone and after a letter (where a mark is dropped).
    @Test func everyScalarFoldsAsFoundationFoldsIt() {
        var mismatches: [String] = []
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            switch scalar.properties.generalCategory {
            case .unassigned, .privateUse, .surrogate: continue
            default: break
            }
            for text in [String(scalar), "a" + String(scalar)] where Self.shape(DiacriticFolding.foldedScalars(of: text)) != Self.shape(Self.foundation(text)) {
                mismatches.append(String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test func randomTextsFoldAsFoundationFoldsThem() {
        var generator = SystemRandomNumberGenerator()
        var pieces: [Unicode.Scalar] = Array("aZé É-ß\u{301}ﬁ 1ø\u{212A}\u{344}가Ǆǅ\u{1E9B}ŉẚ\u{958}\u{3099}\u{9BE}\u{897}Ĳ\u{20DD}".unicodeScalars)
        pieces += (0..<60).compactMap { _ in Unicode.Scalar(UInt32.random(in: 0x80...0x2FFF, using: &generator)) }
        var mismatches: [String] = []
        for _ in 0..<5_000 {
            let text = String(String.UnicodeScalarView((0..<Int.random(in: 0...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }))
            if Self.shape(DiacriticFolding.foldedScalars(of: text)) != Self.shape(Self.foundation(text)) {
                mismatches.append(text.unicodeScalars.map { String($0.value, radix: 16) }.joined(separator: " "))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}
