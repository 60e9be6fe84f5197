import Diagnostics

/// A character that a word processor puts where the reader typed a plain one, and that looks the same
/// on screen: an en dash for a hyphen, a non-breaking hyphen, a non-breaking space, curly quotes. A
/// hint that only shows the right text would look identical to what was typed; naming the character
/// and its position shows what to change.
struct LookAlikeCharacter: Sendable, Equatable {
    /// The character found.
    var scalar: Unicode.Scalar
    /// The plain character it stands for.
    var plain: Character
    /// Its position in the text, counting characters from 1.
    var position: Int

    /// The first look-alike in `text`, or nil.
    static func first(in text: String) -> LookAlikeCharacter? {
        for (index, scalar) in text.unicodeScalars.enumerated() {
            if let entry = table[scalar] { return LookAlikeCharacter(scalar: scalar, plain: entry.plain, position: index + 1) }
        }
        return nil
    }

    /// `text` with every look-alike replaced by its plain character.
    static func plain(_ text: String) -> String {
        String(text.unicodeScalars.map { table[$0].map { String($0.plain) } ?? String($0) }.joined())
    }

    /// "op positie 5 staat een gedachtestreepje (–, U+2013) in plaats van een gewoon streepje (-)".
    func sentence(in l: Language) -> String {
        let entry = Self.table[scalar]!
        let hex = String(scalar.value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        let shown = entry.visible ? "\(Character(scalar)), \(code)" : code
        return l.pick("op positie \(position) staat \(entry.dutch) (\(shown)), zoals een tekstverwerker die zet, in plaats van \(entry.dutchPlain) (\(plain))",
                      "at position \(position) there is \(entry.english) (\(shown)), as a word processor types it, instead of \(entry.englishPlain) (\(plain))")
    }

    private struct Entry {
        var plain: Character
        var dutch: String
        var english: String
        var dutchPlain: String
        var englishPlain: String
        var visible = true
    }

    private static let hyphen = ("een gewoon streepje", "a plain hyphen")
    private static let space = ("een gewone spatie", "a plain space")
    private static let quote = ("een recht aanhalingsteken", "a straight quote")
    private static let table: [Unicode.Scalar: Entry] = [
        "\u{2013}": Entry(plain: "-", dutch: "een gedachtestreepje", english: "an en dash", dutchPlain: hyphen.0, englishPlain: hyphen.1),
        "\u{2014}": Entry(plain: "-", dutch: "een lang gedachtestreepje", english: "an em dash", dutchPlain: hyphen.0, englishPlain: hyphen.1),
        "\u{2010}": Entry(plain: "-", dutch: "een typografisch streepje", english: "a typographic hyphen", dutchPlain: hyphen.0, englishPlain: hyphen.1),
        "\u{2011}": Entry(plain: "-", dutch: "een vast afbreekstreepje", english: "a non-breaking hyphen", dutchPlain: hyphen.0,
                          englishPlain: hyphen.1, visible: false),
        "\u{2212}": Entry(plain: "-", dutch: "een minteken", english: "a minus sign", dutchPlain: hyphen.0, englishPlain: hyphen.1),
        "\u{00AD}": Entry(plain: "-", dutch: "een onzichtbaar afbreekstreepje", english: "a soft hyphen", dutchPlain: hyphen.0,
                          englishPlain: hyphen.1, visible: false),
        "\u{00A0}": Entry(plain: " ", dutch: "een vaste spatie", english: "a non-breaking space", dutchPlain: space.0, englishPlain: space.1,
                          visible: false),
        "\u{2018}": Entry(plain: "'", dutch: "een gekruld aanhalingsteken", english: "a curly quote", dutchPlain: quote.0, englishPlain: quote.1),
        "\u{2019}": Entry(plain: "'", dutch: "een gekruld aanhalingsteken", english: "a curly quote", dutchPlain: quote.0, englishPlain: quote.1),
        "\u{201C}": Entry(plain: "\"", dutch: "een gekruld aanhalingsteken", english: "a curly quote", dutchPlain: quote.0, englishPlain: quote.1),
        "\u{201D}": Entry(plain: "\"", dutch: "een gekruld aanhalingsteken", english: "a curly quote", dutchPlain: quote.0, englishPlain: quote.1),
    ]
}
