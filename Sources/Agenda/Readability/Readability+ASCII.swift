extension Readability {
    /// The sentences of a paragraph that is all ASCII, as most are, counted over its bytes: the same
    /// sentences, words and long words as `characterSentences(in:)` (in ASCII every `Character` is
    /// one byte, except CR LF, which is whitespace either way), without a `Character` or a `String`
    /// per sentence and word. Nil for any other paragraph.
    static func asciiSentences(in paragraph: String) -> [CountedSentence]? {
        var paragraph = paragraph
        return paragraph.withUTF8 { bytes -> [CountedSentence]? in
            var counted: [CountedSentence] = []
            var start = 0
            for index in bytes.indices {
                let byte = bytes[index]
                guard byte < 0x80 else { return nil }
                let ends = byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
                if ends, index + 1 == bytes.count || isSpace(bytes[index + 1]) {
                    if let sentence = sentence(bytes[start...index]) { counted.append(sentence) }
                    start = index + 1
                }
            }
            if start < bytes.count, let sentence = sentence(bytes[start...]) { counted.append(sentence) }
            return counted
        }
    }

    /// The sentence in `bytes`, trimmed, if it has a word: a run between whitespace with a letter or
    /// a digit in it.
    private static func sentence(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> CountedSentence? {
        var words = 0, longWords = 0
        var wordStart: Int?
        var hasLetterOrDigit = false
        func endWord(at end: Int) {
            guard let start = wordStart else { return }
            if hasLetterOrDigit {
                words += 1
                if (asciiSyllables(bytes[start..<end]) ?? 0) >= longWordSyllables { longWords += 1 }
            }
            wordStart = nil
            hasLetterOrDigit = false
        }
        for index in bytes.indices {
            let byte = bytes[index]
            if isSpace(byte) {
                endWord(at: index)
            } else {
                if wordStart == nil { wordStart = index }
                let lower = byte | 0x20
                if (lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
                    hasLetterOrDigit = true
                }
            }
        }
        endWord(at: bytes.endIndex)
        guard words > 0 else { return nil }
        var first = bytes.startIndex, last = bytes.endIndex
        while first < last, isSpace(bytes[first]) { first += 1 }
        while last > first, isSpace(bytes[last - 1]) { last -= 1 }
        return CountedSentence(text: String(decoding: bytes[first..<last], as: UTF8.self), words: words, longWords: longWords)
    }

    /// Whether an ASCII byte is whitespace as `Character.isWhitespace` has it: tab, line feed,
    /// vertical tab, form feed, carriage return and space.
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
