import Diagnostics
import Documents

/// The readability of an agenda's public summary (publieksversie), as `mja check` reports it: a note
/// with the figures (MJA363), and a warning when the average sentence length (MJA360) or the share
/// of long words (MJA361) is above the limit the template names (``ReadabilityLimits``). Every
/// message stands at the agenda's `[agenda]` table: the texts come from its own fields.
public struct ReadabilityCheck: Sendable {
    /// The limits of the template; nil: only the figures are reported.
    public var limits: ReadabilityLimits?
    public var language: Language

    /// Makes a check against `limits`.
    public init(limits: ReadabilityLimits?, language: Language = .dutch) {
        self.limits = limits
        self.language = language
    }

    /// The figures of `document`'s running text: its paragraphs and list items after the cover
    /// (headings, tables and figures are not sentences).
    public static func readability(of document: Document) -> Readability {
        Readability(paragraphs: runningText(of: document))
    }

    /// The paragraphs after the cover, and the list items that are sentences (end in `.`, `!` or
    /// `?`), as plain text: a list of names ("mensen in de bijstand") is not a sentence and would
    /// make the average look shorter than the text reads.
    static func runningText(of document: Document) -> [String] {
        var paragraphs: [String] = []
        func collect(_ blocks: [Block], inList: Bool = false) {
            for block in blocks {
                switch block {
                case .paragraph(let content):
                    let text = content.plainText
                    if !inList || text.last.map({ ".!?".contains($0) }) == true { paragraphs.append(text) }
                case .blockQuote(let inner): collect(inner, inList: inList)
                case .list(let list): for item in list.items { collect(item, inList: true) }
                case .heading, .codeBlock, .thematicBreak, .table, .figure, .tableOfContents: break
                }
            }
        }
        collect(document.blocks)
        return paragraphs
    }

    /// The note with the figures and the warnings above the limits, for the public summary
    /// `document` of the agenda at `origin`.
    public func diagnostics(for document: Document, at origin: Origin) -> [Diagnostic] {
        let figures = Self.readability(of: document)
        let range = origin.range
        let average = figures.averageSentenceLengthText
        let limitText = limits.map { language.pick(" (grens: \($0.sentenceLength) woorden en \($0.longWordPercent)%)", " (limit: \($0.sentenceLength) words and \($0.longWordPercent)%)") } ?? ""
        var result = [Diagnostic(
            severity: .note, code: "MJA363",
            message: language.pick(
                "leesbaarheid van de publieksversie: gemiddeld \(average) woorden per zin, \(figures.longWordPercent)% lange woorden\(limitText)",
                "readability of the public summary: on average \(average) words a sentence, \(figures.longWordPercent)% long words\(limitText)"),
            file: origin.file, range: range)]
        guard let limits else { return result }
        if figures.averageSentenceLengthTenths > limits.sentenceLength * 10 {
            result.append(Diagnostic(
                severity: .warning, code: "MJA360",
                message: language.pick(
                    "de zinnen van de publieksversie zijn te lang: gemiddeld \(average) woorden, de grens is \(limits.sentenceLength)",
                    "the sentences of the public summary are too long: on average \(average) words, the limit is \(limits.sentenceLength)"),
                file: origin.file, range: range,
                hint: language.pick(
                    "knip lange zinnen in de ambitie, de eerste zin van elk thema en de resultaten in tweeën; de langste zin (\(figures.longestSentenceWords) woorden): \"\(figures.longestSentence)\"",
                    "split long sentences of the ambition, the first sentence of each theme and the results; the longest (\(figures.longestSentenceWords) words): \"\(figures.longestSentence)\"")))
        }
        if figures.longWordPercent > limits.longWordPercent {
            let examples = Self.longWords(in: document).prefix(5).map { "'\($0)'" }.joined(separator: ", ")
            result.append(Diagnostic(
                severity: .warning, code: "MJA361",
                message: language.pick(
                    "de publieksversie heeft te veel lange woorden: \(figures.longWordPercent)%, de grens is \(limits.longWordPercent)%",
                    "the public summary has too many long words: \(figures.longWordPercent)%, the limit is \(limits.longWordPercent)%"),
                file: origin.file, range: range,
                hint: language.pick(
                    "kies gewone, kortere woorden in de ambitie, de thema's en de resultaten (lang zijn woorden van vier of meer lettergrepen), zoals \(examples)",
                    "choose plain, shorter words in the ambition, themes and results (long words have four syllables or more), such as \(examples)")))
        }
        return result
    }

    /// The long words of the document's running text, most frequent first (then alphabetical).
    static func longWords(in document: Document) -> [String] {
        var counts: [String: Int] = [:]
        for paragraph in runningText(of: document) {
            for token in paragraph.split(whereSeparator: \.isWhitespace) {
                let word = token.filter { $0.isLetter || $0 == "-" }
                guard Readability.syllables(in: Substring(word)) >= Readability.longWordSyllables else { continue }
                counts[word.lowercased(), default: 0] += 1
            }
        }
        return counts.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map(\.key)
    }
}
