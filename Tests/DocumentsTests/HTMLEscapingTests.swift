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
    /// Issue 38, `markdown7` and `markdown8`: the escaper reads a text sixteen bytes at a time,
    /// its last bytes (and a text under sixteen bytes) as a chunk filled up. Every length to 40
    /// (two chunks and a tail) with a byte to escape,
    /// drop or keep at every place, each text cut out of a buffer whose bytes around it would be
    /// escaped: a read past either end of the text would show in the output.
    @Test func everyLengthAndPlaceReadsOnlyTheText() {
        let specials: [[UInt8]] = [[0x26], [0x3C], [0x3E], [0x22], [0x01], [0x09], [0x0A], [0x0D], [0x1F], [0x7F],
                                   [0xC2, 0x85], [0xC2, 0xA0], [0xE2, 0x80, 0xAE], [0xE2, 0x82, 0xAC], [0xC3, 0xA9], [0x20]]
        for length in 0...40 {
            for place in 0...length {
                for special in specials {
                    var text = Array(repeating: UInt8(ascii: "a"), count: length)
                    text.insert(contentsOf: special, at: place)
                    // And a second one near the end, so the scan goes on after the first.
                    if length > 2 { text.insert(contentsOf: special, at: text.count - 1) }
                    let around: [UInt8] = Array("&<\"".utf8)
                    for margin in 0..<3 {
                        let buffer = around + Array(repeating: 0x61, count: margin) + text + around
                        var output = HTMLOutput(capacity: 1)
                        buffer.withUnsafeBufferPointer {
                            HTMLEscaping.appendEscaped(UnsafeBufferPointer(rebasing: $0[(3 + margin)..<(3 + margin + text.count)]), to: &output)
                        }
                        #expect(output.bytes() == Self.byteByByte(text), "\(text)")
                    }
                }
            }
        }
    }

    /// A destination percent-encoded a byte at a time, from the characters kept (as it was).
    static func hrefByteByByte(_ bytes: [UInt8]) -> [UInt8] {
        let kept = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-.+!*(),%#?=;:/$_@~".utf8)
        var result: [UInt8] = []
        for byte in bytes {
            if kept.contains(byte) {
                result.append(byte)
            } else if byte == UInt8(ascii: "&") {
                result += Array("&amp;".utf8)
            } else if byte == UInt8(ascii: "'") {
                result += Array("&#x27;".utf8)
            } else {
                let hex = Array("0123456789ABCDEF".utf8)
                result += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            }
        }
        return result
    }

    /// The constant sets of the characters a destination keeps are those characters, and
    /// destinations of every kind of byte are encoded as the byte-at-a-time way does.
    @Test func hrefKeepsTheSameCharacters() {
        for byte in UInt8(0)...UInt8(255) {
            let bytes = [UInt8(ascii: "a"), byte, UInt8(ascii: "/")]
            var output = HTMLOutput(capacity: 1)
            bytes.withUnsafeBufferPointer { HTMLEscaping.appendHref($0, to: &output) }
            #expect(output.bytes() == Self.hrefByteByByte(bytes), "\(byte)")
        }
        let pieces = ["https://www.example.nl/", "beleid", "?thema=", "&", "'", " ", "é", "[x]", "\\", "%20", "\"", "<>", "#a"]
        var generator = SplitMix64(seed: 38)
        for text in generator.texts(500, of: pieces, maximumLength: 12) {
            var output = HTMLOutput(capacity: 1)
            HTMLEscaping.appendHref(text, to: &output)
            #expect(output.bytes() == Self.hrefByteByByte(Array(text.utf8)), "\(text)")
        }
    }
}
