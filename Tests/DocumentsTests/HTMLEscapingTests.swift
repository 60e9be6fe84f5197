import TestSupport
import Testing
@testable import Documents

/// The word-at-a-time HTML escaper against one that goes byte by byte, on texts where the bytes to
/// escape or drop fall at every place of the eight-byte words, several in one text.
@Suite(.timed) struct HTMLEscapingTests {
    /// Escaping done one byte at a time, with the removal rule of ``TextCleaning``.
    static func byteByByte(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let removed = bytes.withUnsafeBufferPointer { TextCleaning.removedLength($0, at: index) }
            if removed > 0 {
                index += removed
                continue
            }
            switch bytes[index] {
            case UInt8(ascii: "&"): result += Array("&amp;".utf8)
            case UInt8(ascii: "<"): result += Array("&lt;".utf8)
            case UInt8(ascii: ">"): result += Array("&gt;".utf8)
            case UInt8(ascii: "\""): result += Array("&quot;".utf8)
            default: result.append(bytes[index])
            }
            index += 1
        }
        return result
    }

    /// Pieces to build texts from: plain text, what is escaped, what is dropped, and what only
    /// looks like it at the word test (the lead bytes of `é`, `–`, `€`, U+00A0).
    static let pieces: [[UInt8]] = [
        Array("werk".utf8), Array("a".utf8), Array("regionale aanpak ".utf8), Array("&".utf8), Array("<".utf8),
        Array(">".utf8), Array("\"".utf8), Array("é".utf8), Array("–".utf8), Array("€".utf8), Array("\u{A0}".utf8),
        Array("\u{202E}".utf8), Array("\u{2067}".utf8), Array("\u{85}".utf8), [0x01], [0x7F], [0x09], [0x0A],
    ]

    @Test func escapesAsByteByByteDoes() {
        var state: UInt64 = 38
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for round in 0..<4000 {
            var bytes: [UInt8] = []
            // Short texts, and long ones with several bytes to escape or drop across many words.
            for _ in 0..<next(round % 4 == 0 ? 48 : 12) { bytes += Self.pieces[next(Self.pieces.count)] }
            var output = HTMLOutput(capacity: 16)
            bytes.withUnsafeBufferPointer { HTMLEscaping.appendEscaped($0, to: &output) }
            let escaped = output.bytes()
            #expect(escaped == Self.byteByByte(bytes), "\(bytes)")
            if escaped != Self.byteByByte(bytes) { return }
        }
    }
}
