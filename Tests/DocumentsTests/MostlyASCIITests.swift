import TestSupport
import Testing
@testable import Documents

/// The HTML string is put together from ASCII and non-ASCII runs; it must equal what decoding the
/// bytes at once gives, however many runs there are.
@Suite(.timed) struct MostlyASCIITests {
    static let texts = [
        "",
        "alleen ASCII <p>tekst</p>\n",
        "één",
        "coördinatie van financiële middelen voor cliënten – " + String(repeating: "en verder ", count: 40) + "€ 12",
        String(repeating: "Привет, мир! ", count: 50),
        String(repeating: "a", count: 200) + "é" + String(repeating: "b", count: 7) + "😀",
        "ends in ASCII after ü" + String(repeating: "x", count: 100),
        // Runs joined across short ASCII gaps (shorter than `shortGap`), and gaps just too long.
        "é" + String(repeating: "a", count: MostlyASCII.shortGap - 1) + "ë" + String(repeating: "b", count: MostlyASCII.shortGap)
            + "ö" + String(repeating: "c", count: MostlyASCII.shortGap + 1) + "–€" + String(repeating: "d", count: 300) + "ü",
        String(repeating: "x", count: 100) + String(repeating: "ĳ en é ", count: 30) + String(repeating: "y", count: 100),
    ]

    @Test(arguments: texts)
    func equalsDecodingAtOnce(_ text: String) {
        let bytes = Array(text.utf8)
        let made = bytes.withUnsafeBufferPointer { MostlyASCII.string($0) }
        #expect(made == text)
        #expect(Array(made.utf8) == bytes)
    }
}
