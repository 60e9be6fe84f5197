/// The formats a document can be written in. Adding a format is one case here and one
/// ``DocumentWriter``; every `switch` over the formats then shows where else it must be handled.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Normalised CommonMark with tables: for version control and for pasting elsewhere.
    case markdown = "md"
    /// A self-contained HTML page, readable on screen, projector and A4 paper.
    case html
    /// A Word file (Office Open XML), for partners who comment and track changes in Word.
    case docx
    /// An A4 PDF with the print design of the HTML page, tagged for screen readers: the document
    /// a board adopts and a region publishes.
    case pdf

    /// The file name extension, without the dot.
    public var fileExtension: String { rawValue }

    /// The name a reader knows the format by, as in "Beleidsdeel (HTML)".
    public var displayName: String {
        switch self {
        case .markdown: "Markdown"
        case .html: "HTML"
        case .docx: "Word"
        case .pdf: "PDF"
        }
    }

    /// The writer for this format.
    public var writer: any DocumentWriter {
        switch self {
        case .markdown: MarkdownWriter()
        case .html: HTMLPage()
        case .docx: DocxWriter()
        case .pdf: PDFWriter()
        }
    }
}

/// Turns a ``Document`` into the bytes of one file format.
public protocol DocumentWriter: Sendable {
    /// The file's content for `document`. Writers never fail: every tree can be written.
    func write(_ document: Document) -> [UInt8]
}

extension MarkdownWriter: DocumentWriter {
    /// The document as Markdown text in UTF-8.
    public func write(_ document: Document) -> [UInt8] { bytes(document.cover + document.blocks) }
}

extension HTMLPage: DocumentWriter {
    /// The document as an HTML page in UTF-8.
    public func write(_ document: Document) -> [UInt8] { bytes(document) }
}

extension DocxWriter: DocumentWriter {
    /// The document as a `.docx` file.
    public func write(_ document: Document) -> [UInt8] { render(document) }
}

extension PDFWriter: DocumentWriter {
    /// The document as an A4 PDF file.
    public func write(_ document: Document) -> [UInt8] { render(document) }
}
