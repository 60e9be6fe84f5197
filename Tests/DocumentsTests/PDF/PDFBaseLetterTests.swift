import Foundation
@testable import Documents
import TestSupport
import Testing

/// The base letters the PDF writer falls back to for Latin letters its fonts lack, a table since the
/// program left `Foundation`, held against the canonical decomposition it was read from before.
@Suite(.timed) struct PDFBaseLetterTests {
    @Test func tableIsTheDecompositionsFirstLetter() {
        #expect(PDFText.baseLetters.count == 0x250 - 0x80)
        for value in 0x80..<0x250 {
            let scalar = Unicode.Scalar(value)!
            var expected: UInt8?
            if scalar.properties.isAlphabetic,
               let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first,
               first.value < 0x80, first.properties.isAlphabetic {
                expected = UInt8(first.value)
            }
            let base = PDFText.baseLetters[value - 0x80]
            #expect((base == UInt8(ascii: ".") ? nil : base) == expected, "U+\(String(value, radix: 16))")
        }
    }
}
