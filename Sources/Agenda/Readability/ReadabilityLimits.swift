import Diagnostics
import FoundationEssentials
import FoundationGaps

/// The readability limits a template names for the document it makes, in a Mustache comment on a
/// line of its own, so the limit lives where the text is written:
///
///     {{! leesbaarheid: zinslengte 15, lange woorden 20% }}
///
/// `zinslengte` is the highest average sentence length in words, `lange woorden` the highest share
/// of words of four syllables or more. A line that names them in another way is a located warning
/// (MJA362), never a limit guessed at.
public struct ReadabilityLimits: Sendable, Equatable {
    /// The highest average sentence length, in words.
    public var sentenceLength: Int
    /// The highest share of long words, in percent.
    public var longWordPercent: Int

    /// Makes limits.
    public init(sentenceLength: Int, longWordPercent: Int) {
        self.sentenceLength = sentenceLength
        self.longWordPercent = longWordPercent
    }

    /// The word that starts the comment: `{{! leesbaarheid: ... }}`.
    static let keyword = "leesbaarheid:"

    /// The limits named in `text`, the template file `file`: nil with a note (MJA364) when it names
    /// none, nil with a warning (MJA362) at the place when the line cannot be read.
    public static func parse(_ text: String, file: String, language: Language = .dutch) -> (limits: ReadabilityLimits?, diagnostics: [Diagnostic]) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            guard let open = line.rangeOfText("{{!"), let key = line[open.upperBound...].rangeOfText(keyword) else { continue }
            guard line[open.upperBound..<key.lowerBound].allSatisfy(\.isWhitespace) else { continue }
            let column = line.distance(from: line.startIndex, to: key.upperBound) + 1
            var body = line[key.upperBound...]
            if let close = body.rangeOfText("}}") { body = body[..<close.lowerBound] }
            return read(body, line: index + 1, column: column, file: file, language: language)
        }
        return (nil, [Diagnostic(
            severity: .note, code: "MJA364",
            message: language.pick(
                "het sjabloon noemt geen grenzen voor de leesbaarheid: mja meet de zinslengte en de lange woorden, maar waarschuwt niet",
                "the template names no readability limits: mja measures sentence length and long words but does not warn"),
            file: file, range: SourceRange(at: SourcePosition(line: 1, column: 1)),
            hint: language.pick(
                "zet bovenaan het sjabloon een regel {{! leesbaarheid: zinslengte 15, lange woorden 20% }}",
                "put a line {{! leesbaarheid: zinslengte 15, lange woorden 20% }} at the top of the template"))])
    }

    /// Reads `zinslengte N, lange woorden N%` from the comment's body, which starts at `column`.
    private static func read(_ body: Substring, line: Int, column: Int, file: String, language: Language) -> (ReadabilityLimits?, [Diagnostic]) {
        var sentenceLength: Int?
        var longWords: Int?
        var problems: [Diagnostic] = []
        var offset = column
        for item in body.split(separator: ",", omittingEmptySubsequences: false) {
            defer { offset += item.count + 1 }
            let leading = item.prefix { $0.isWhitespace }.count
            let words = item.split(whereSeparator: \.isWhitespace).map(String.init)
            let at = SourceRange(at: SourcePosition(line: line, column: offset + leading))
            func problem(_ dutch: String, _ english: String) {
                problems.append(Diagnostic(
                    severity: .warning, code: "MJA362", message: language.pick(dutch, english), file: file, range: at,
                    hint: language.pick(
                        "schrijf de regel zo: {{! leesbaarheid: zinslengte 15, lange woorden 20% }} (hele getallen)",
                        "write the line as: {{! leesbaarheid: zinslengte 15, lange woorden 20% }} (whole numbers)")))
            }
            if words.count == 2, words[0] == "zinslengte" {
                guard let value = Int(words[1]), (1...100).contains(value) else {
                    problem("'\(words[1])' is geen zinslengte in hele woorden van 1 tot 100", "'\(words[1])' is not a sentence length in whole words from 1 to 100")
                    continue
                }
                sentenceLength = value
            } else if words.count == 3, words[0] == "lange", words[1] == "woorden" {
                guard words[2].hasSuffix("%"), let value = Int(words[2].dropLast()), (0...100).contains(value) else {
                    problem("'\(words[2])' is geen percentage van 0% tot 100%", "'\(words[2])' is not a percentage from 0% to 100%")
                    continue
                }
                longWords = value
            } else {
                let shown = item.trimming(.spaces)
                problem("'\(shown)' is geen grens voor de leesbaarheid: verwacht 'zinslengte N' of 'lange woorden N%'",
                        "'\(shown)' is not a readability limit: expected 'zinslengte N' or 'lange woorden N%'")
            }
        }
        if problems.isEmpty, sentenceLength == nil || longWords == nil {
            let missing = sentenceLength == nil ? "zinslengte" : "lange woorden"
            problems.append(Diagnostic(
                severity: .warning, code: "MJA362",
                message: language.pick("de regel voor de leesbaarheid noemt geen '\(missing)'", "the readability line names no '\(missing)'"),
                file: file, range: SourceRange(at: SourcePosition(line: line, column: column)),
                hint: language.pick(
                    "schrijf de regel zo: {{! leesbaarheid: zinslengte 15, lange woorden 20% }}",
                    "write the line as: {{! leesbaarheid: zinslengte 15, lange woorden 20% }}")))
        }
        guard problems.isEmpty, let sentenceLength, let longWords else { return (nil, problems) }
        return (ReadabilityLimits(sentenceLength: sentenceLength, longWordPercent: longWords), [])
    }
}
