import Documents

/// A format `--formaat` names: one of the page formats a document is written in (one file each:
/// `beleidsdeel.html`), or `dia`, the slide deck for a meeting (two files cut from one deck: the
/// HTML deck for the projector and the PowerPoint file to edit). A new ``OutputFormat`` is a new
/// page format here without a line changed; every `switch` over this type is exhaustive.
enum DocumentFormat: Hashable, Sendable {
    /// A page format: Markdown, HTML, Word or PDF.
    case page(OutputFormat)
    /// The slide deck, `dia`: `NAME.html` and `NAME.pptx`.
    case deck
    /// The open data, `data`: per agenda `data/agenda.json`, the CSV tables and `datapackage.json`
    /// (`OpenDataFiles`); made from the agenda, not from a document.
    case data

    /// The formats written when `--formaat` is not given, for every command that writes documents.
    /// The one place this default is set.
    static let defaults: [DocumentFormat] = [.page(.markdown), .page(.html)]

    /// Every format, in the order the help lists them: the page formats, then `dia` and `data`.
    static let allCases: [DocumentFormat] = OutputFormat.allCases.map(DocumentFormat.page) + [.deck, .data]

    /// The name on the command line: `md`, `html`, `docx`, `pdf`, `dia`.
    var name: String {
        switch self {
        case .page(let format): format.rawValue
        case .deck: "dia"
        case .data: "data"
        }
    }

    /// The format `name` names (as on the command line); nil for any other word.
    init?(name: String) {
        guard let format = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = format
    }

    /// The files one document makes in this format: extension and the name a reader knows it by
    /// ("HTML", "PowerPoint"), in the order they are written.
    var files: [(fileExtension: String, displayName: String)] {
        switch self {
        case .page(let format): [(format.fileExtension, format.displayName)]
        case .deck: [(OutputFormat.html.fileExtension, OutputFormat.html.displayName), ("pptx", "PowerPoint")]
        case .data: []
        }
    }

    /// The contents of those files for the document in `document`, which is let go (set to nil)
    /// as soon as they no longer need it, for the last format a document is made in: a PDF needs
    /// the document only until it is laid out, not while its file is put together (the signal
    /// report at 100 times the national content: its tree, some 25 MB, beside its PDF's pages and
    /// structure tree, the build's peak). A PDF comes laid out, its file not yet made: it is
    /// written into its file as it is made (``FileContents``).
    func contents(releasing document: inout Document?) -> [FileContents] {
        guard case .page(.pdf) = self else {
            defer { document = nil }
            return (document.map(contents(of:)) ?? []).map(FileContents.bytes)
        }
        guard let laidOut = document.map({ PDFWriter().laidOut($0) }) else { return [] }
        document = nil
        return [.pdf(laidOut)]
    }

    /// The contents of those files for `document`, in the same order.
    func contents(of document: Document) -> [[UInt8]] {
        switch self {
        case .page(let format):
            return [format.writer.write(document)]
        case .deck:
            let deck = SlideDeck(document: document)
            return [SlideDeckPage().bytes(deck), PptxWriter().render(deck)]
        case .data:
            // The open data are made from the agenda itself (`OpenDataFiles`), never from a document.
            return []
        }
    }
}
