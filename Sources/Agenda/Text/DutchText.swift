/// Normalises Dutch text for comparing what two texts are about: lower case, accents folded, stop
/// words out, a light stemmer. Used to find themes that overlap and signals that say the same thing
/// in different words.
public enum DutchText {
    /// The content words of `text`, normalised and stemmed, in order.
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        forEachTerm(in: text) { term, _ in terms.append(term) }
        return terms
    }

    /// Calls `body` with each content word of `text`: its stemmed term and the folded word it came
    /// from. Words of one letter, stop words and words in `alsoSkipping` are left out.
    ///
    /// The word is gathered as UTF-8 bytes and most words are plain ASCII, stemmed as bytes: the
    /// signals of every region and the themes a check compares all pass through here, and a
    /// `String` built a scalar at a time cost some 700 instructions a letter.
    static func forEachTerm(in text: String, alsoSkipping skipped: Set<String> = [], _ body: (String, String) -> Void) {
        var word: [UInt8] = []
        word.reserveCapacity(32)
        var isASCII = true
        func flush() {
            defer {
                word.removeAll(keepingCapacity: true)
                isASCII = true
            }
            guard word.count >= 2 else { return }
            let folded = String(decoding: word, as: UTF8.self)
            // A non-ASCII word may hold fewer characters than bytes (or than scalars): count those.
            guard isASCII || folded.count >= 2, !stopWords.contains(folded), !skipped.contains(folded) else { return }
            let stemmed = isASCII ? String(decoding: stemASCII(word), as: UTF8.self) : stem(folded)
            if (isASCII ? stemmed.utf8.count : stemmed.count) >= 2 { body(stemmed, folded) }
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): word.append(byte + 32)
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): word.append(byte)
                default: flush()
                }
            } else if let folded = fold(scalar) {
                if !folded.isASCII { isASCII = false }
                word.append(contentsOf: UTF8.encode(folded)!)
            } else {
                flush()
            }
        }
        flush()
    }

    /// The Jaccard similarity of the term sets of two texts, from 0 (nothing shared) to 1.
    public static func similarity(_ a: String, _ b: String) -> Double {
        jaccard(Set(terms(a)), Set(terms(b)))
    }

    /// The Jaccard similarity of two sorted arrays of distinct values (term numbers or hashes), by
    /// merging them: far cheaper than intersecting sets of strings when many pairs are compared.
    public static func jaccard<Value: Comparable>(sorted a: [Value], _ b: [Value]) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                shared += 1
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// The Jaccard similarity of two sets.
    public static func jaccard(_ a: Set<String>, _ b: Set<String>) -> Double {
        if a.isEmpty || b.isEmpty { return 0 }
        let shared = a.intersection(b).count
        return Double(shared) / Double(a.count + b.count - shared)
    }

    /// Lower-cases a letter or digit and folds its accent; nil for anything else (a separator).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 32)
        case 0x61...0x7A, 0x30...0x39: return scalar
        case 0xC0...0xFF:
            let mapped: Character? = switch scalar {
            case "à", "á", "â", "ã", "ä", "å", "À", "Á", "Â", "Ã", "Ä", "Å": "a"
            case "è", "é", "ê", "ë", "È", "É", "Ê", "Ë": "e"
            case "ì", "í", "î", "ï", "Ì", "Í", "Î", "Ï": "i"
            case "ò", "ó", "ô", "õ", "ö", "Ò", "Ó", "Ô", "Õ", "Ö", "ø", "Ø": "o"
            case "ù", "ú", "û", "ü", "Ù", "Ú", "Û", "Ü": "u"
            case "ç", "Ç": "c"
            case "ñ", "Ñ": "n"
            case "ý", "ÿ", "Ý": "y"
            default: nil
            }
            return mapped?.unicodeScalars.first
        default:
            return scalar.properties.isAlphabetic ? scalar.properties.lowercaseMapping.unicodeScalars.first : nil
        }
    }

    /// A light Dutch stemmer: strips common inflection (plural `-en`/`-s`, diminutive `-je(s)`,
    /// `-heid`/`-heden`, adjective `-e`) and undoubles a final consonant, so `werkgevers` and
    /// `werkgever`, `plaatsen` and `plaats`, `scholingen` and `scholing` meet.
    public static func stem(_ word: String) -> String {
        var w = word
        for suffix in suffixes {
            if w.hasSuffix(suffix), w.count - suffix.count >= 3 {
                w.removeLast(suffix.count)
                if suffix == "ingen" { w += "ing" }
                break
            }
        }
        // plaatsen -> plaats ok; "bedden" -> "bedd" -> "bed"
        if w.count >= 4, let last = w.last, let beforeLast = w.dropLast().last, last == beforeLast,
            !"aeiou".contains(last) {
            w.removeLast()
        }
        return w
    }

    /// `stem` for a word of ASCII letters and digits, on its bytes: the same suffixes in the same
    /// order, the same undoubling.
    static func stemASCII(_ word: [UInt8]) -> [UInt8] {
        var w = word
        for suffix in asciiSuffixes where w.count - suffix.count >= 3 && w.suffix(suffix.count).elementsEqual(suffix) {
            w.removeLast(suffix.count)
            if suffix == ingen { w += ing }
            break
        }
        if w.count >= 4, w[w.count - 1] == w[w.count - 2], !vowels.contains(w[w.count - 1]) {
            w.removeLast()
        }
        return w
    }

    /// The endings the stemmer strips, in the order it tries them.
    private static let suffixes = ["heden", "heid", "tjes", "tje", "jes", "je", "ingen", "en", "es", "s", "e"]
    private static let asciiSuffixes = suffixes.map { Array($0.utf8) }
    private static let ingen = Array("ingen".utf8), ing = Array("ing".utf8), vowels = Array("aeiou".utf8)

    /// Common Dutch words that say nothing about a topic.
    public static let stopWords: Set<String> = [
        "aan", "al", "alle", "als", "bij", "daar", "dan", "dat", "de", "deze", "die", "dit", "door", "dus", "een",
        "en", "er", "geen", "het", "hier", "hoe", "hun", "ik", "in", "is", "je", "kan", "kunnen", "maar", "meer",
        "met", "mij", "na", "naar", "niet", "nog", "nu", "of", "om", "onder", "ons", "onze", "ook", "op", "over",
        "te", "tot", "uit", "van", "veel", "voor", "want", "was", "wat", "we", "wel", "werd", "wij", "wil", "worden",
        "wordt", "zal", "ze", "zich", "zijn", "zo", "zoals", "zonder", "zou", "zullen", "tegen", "tussen", "binnen",
        "omdat", "waar", "waardoor", "wie", "heeft", "hebben", "had", "moet", "moeten", "gaat", "gaan", "via",
        "elk", "elke", "iedere", "ieder", "andere", "ander", "eigen", "steeds", "vaak", "weinig", "minder", "goed",
    ]
}
