import Documents
import Markdown
import Mustache

/// What a document's context hands a template besides text: the agenda's own prose, figures, the
/// signs of verdicts and the mark of a total row. Each is a ``MustacheValue/embedded(_:)`` in the
/// context, and ``FilledTemplate`` puts it in the document tree where its tag stands, as the typed
/// value it is; nothing is found back by reading text. One instance serves one document.
final class TemplateEmbeddings {
    /// One embedded value.
    enum Content {
        /// The agenda's own Markdown (ambition, analysis, a description), parsed on its own so
        /// nothing in it (an unclosed ```` ``` ````, a `# heading`, a table) can change the
        /// structure around it. Alone on a line: its blocks, headings placed below the heading the
        /// tag stands under; inside a line (a table cell, a list item): its text as one line.
        case prose([Block])
        /// The figure with this name, made when the document is (only when a template uses it).
        case figure(name: String)
        /// A verdict's sign (✓ ⚠ ✗), with its word when `withWord`; a table cell that holds the
        /// sign of a verdict that falls short is shaded.
        case verdict(Verdict, withWord: Bool)
        /// Marks the row of the table it stands in as the total row; shows nothing.
        case totalRow
    }

    private(set) var contents: [Content] = []
    /// The blocks each prose text was parsed into, by text: a text shown in several places (a
    /// theme's description in its chapter and, by its first sentence, in the public summary) is
    /// parsed once for all the documents of the agenda.
    private var parsedProse: [String: [Block]] = [:]

    /// The content with `number`, if there is one.
    subscript(number: Int) -> Content? { contents.indices.contains(number) ? contents[number] : nil }

    private func embed(_ content: Content) -> MustacheValue {
        contents.append(content)
        return .embedded(contents.count - 1)
    }

    /// The template value for the Markdown `text`; the empty string for an empty text, so
    /// `{{#field}}` sections still test whether there is any.
    func prose(_ text: String) -> MustacheValue {
        guard !text.allSatisfy(\.isWhitespace) else { return .string("") }
        return embed(.prose(blocks(ofProse: text)))
    }

    /// The blocks of the Markdown `text`, parsed the first time they are asked for.
    func blocks(ofProse text: String) -> [Block] {
        if let parsed = parsedProse[text] { return parsed }
        let parsed = MarkdownParser.blocks(from: text)
        parsedProse[text] = parsed
        return parsed
    }

    /// The template value for the figure called `name`.
    func figure(named name: String) -> MustacheValue { embed(.figure(name: name)) }

    /// The template values of the figures called `names`, by name: `{{grafieken.tijdlijn}}`.
    func figures(named names: [String]) -> MustacheValue {
        .dictionary(Dictionary(uniqueKeysWithValues: names.map { ($0, figure(named: $0)) }))
    }

    /// The sign of `verdict`: "⚠".
    func mark(_ verdict: Verdict) -> MustacheValue { embed(.verdict(verdict, withWord: false)) }

    /// The sign and word of `verdict`: "⚠ onvoldoende onderbouwd".
    func markedText(_ verdict: Verdict) -> MustacheValue { embed(.verdict(verdict, withWord: true)) }

    /// The mark of a total row: `{{totaalrij}}`.
    func totalRow() -> MustacheValue { embed(.totalRow) }
}

extension Verdict {
    /// The shade of a table cell that shows this verdict: none for a verdict that meets.
    var shade: Table.CellShade? {
        switch self {
        case .meets: nil
        case .unsubstantiated: .caution
        case .fails: .shortfall
        }
    }
}
