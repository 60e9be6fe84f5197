/// How easy a Dutch text is to read, in the two figures plain-language guides use: the average
/// sentence length in words, and the share of long words (four syllables or more). Syllables are
/// counted as vowel groups (`ij`, `oe`, `ui`, ... count once; a diaeresis starts a new one), which is
/// close enough for a warning and gives the same figure on every run.
public struct Readability: Sendable, Equatable {
    /// The sentences counted.
    public var sentences: Int
    /// The words counted (tokens with at least one letter or digit).
    public var words: Int
    /// The words of four syllables or more.
    public var longWords: Int
    /// The longest sentence, as it stands, so a warning can point at the text to shorten.
    public var longestSentence: String
    /// The words of the longest sentence.
    public var longestSentenceWords: Int

    /// A word of this many syllables or more counts as long.
    public static let longWordSyllables = 4

    /// The figures of `sentences`: each element is a paragraph or a list item; it is split into
    /// sentences at `.`, `!` or `?` followed by a space (so `1.500` and `€ 1.065.000` stay whole).
    public init(paragraphs: [String]) {
        var counted: [CountedSentence] = []
        for paragraph in paragraphs {
            counted += Self.asciiSentences(in: paragraph) ?? Self.characterSentences(in: paragraph)
        }
        self.sentences = counted.count
        self.words = counted.reduce(0) { $0 + $1.words }
        self.longWords = counted.reduce(0) { $0 + $1.longWords }
        // The first of the longest sentences.
        let longest = counted.indices.max { counted[$0].words < counted[$1].words || (counted[$0].words == counted[$1].words && $0 > $1) }
        self.longestSentence = longest.map { counted[$0].text } ?? ""
        self.longestSentenceWords = longest.map { counted[$0].words } ?? 0
    }

    /// A sentence with at least one word, as it stands, with its words and long words counted.
    struct CountedSentence: Equatable {
        var text: String
        var words: Int
        var longWords: Int
    }

    /// The sentences of one paragraph with words, counted by `Character`.
    static func characterSentences(in paragraph: String) -> [CountedSentence] {
        var counted: [CountedSentence] = []
        for sentence in Self.sentences(in: paragraph) {
            let words = sentence.split(whereSeparator: \.isWhitespace).filter { $0.contains { $0.isLetter || $0.isNumber } }
            guard !words.isEmpty else { continue }
            counted.append(CountedSentence(
                text: sentence, words: words.count, longWords: words.filter { Self.syllables(in: $0) >= Self.longWordSyllables }.count))
        }
        return counted
    }

    /// The average sentence length in tenths of a word, rounded: 124 is 12,4 words.
    public var averageSentenceLengthTenths: Int {
        sentences == 0 ? 0 : (words * 20 + sentences) / (sentences * 2)
    }

    /// The share of long words in whole percents, rounded.
    public var longWordPercent: Int {
        words == 0 ? 0 : (longWords * 200 + words) / (words * 2)
    }

    /// "12,4": the average sentence length in Dutch notation.
    public var averageSentenceLengthText: String {
        let tenths = averageSentenceLengthTenths
        return "\(tenths / 10),\(tenths % 10)"
    }

    /// The sentences of one paragraph, trimmed.
    static func sentences(in paragraph: String) -> [String] {
        var result: [String] = []
        var current = ""
        let characters = Array(paragraph)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let ends = character == "." || character == "!" || character == "?"
            if ends, index + 1 == characters.count || characters[index + 1].isWhitespace {
                result.append(current.trimmingWhitespace)
                current = ""
            }
        }
        if !current.trimmingWhitespace.isEmpty { result.append(current.trimmingWhitespace) }
        return result
    }

    /// `sentences(in: paragraph).first`, read only as far as the first sentence ends: the public
    /// summary takes each theme's first sentence, and cutting the whole paragraph into sentences
    /// for it was most of that summary's values.
    static func firstSentence(in paragraph: String) -> String? {
        var index = paragraph.startIndex
        while index < paragraph.endIndex {
            let character = paragraph[index]
            let next = paragraph.index(after: index)
            if character == "." || character == "!" || character == "?", next == paragraph.endIndex || paragraph[next].isWhitespace {
                return String(paragraph[..<next]).trimmingWhitespace
            }
            index = next
        }
        let rest = paragraph.trimmingWhitespace
        return rest.isEmpty ? nil : rest
    }

    /// The syllables of a word, counted as groups of vowels; a vowel with a diaeresis (`ë`, `ï`)
    /// starts a group of its own, as in `financiële`.
    static func syllables(in word: Substring) -> Int {
        asciiSyllables(word.utf8) ?? characterSyllables(in: word)
    }

    /// The same count over the bytes of a word that is all ASCII, as almost every Dutch word is: no
    /// `Character` made, lowercased and searched for in a string (that was two thirds of `mja check`
    /// on the national agendas). Nil for any other word. `| 0x20` lowers the ASCII capitals, and no
    /// other byte becomes a vowel by it.
    static func asciiSyllables<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Int? {
        var count = 0
        var inGroup = false
        for byte in bytes {
            guard byte < 0x80 else { return nil }
            switch byte | 0x20 {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"):
                if !inGroup { count += 1 }
                inGroup = true
            default:
                inGroup = false
            }
        }
        return count
    }

    /// The count by `Character`, for words with any character outside ASCII.
    static func characterSyllables(in word: Substring) -> Int {
        var count = 0
        var inGroup = false
        for character in word.lowercased() {
            if "ëïöü".contains(character) {
                count += 1
                inGroup = true
            } else if "aeiouyáéíóúàèâêîôûy".contains(character) {
                if !inGroup { count += 1 }
                inGroup = true
            } else {
                inGroup = false
            }
        }
        return count
    }
}

extension String {
    fileprivate var trimmingWhitespace: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
