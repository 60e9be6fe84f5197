import Agenda
import Documents

/// The files of a slide deck, named alike: the HTML deck for the projector and the PowerPoint
/// file to edit (`dia.html` and `dia.pptx`), both cut from one ``SlideDeck``.
enum DeckFiles {
    /// The deck's formats: file extension and the name a reader knows it by.
    static let formats: [(fileExtension: String, displayName: String)] = [
        (OutputFormat.html.fileExtension, OutputFormat.html.displayName), ("pptx", "PowerPoint"),
    ]

    /// Each file's name and link text: `dia.html`, "Dia's (HTML)"; `dia.pptx`, "Dia's (PowerPoint)".
    static func names(_ baseName: String) -> [(name: String, label: String)] {
        formats.map { ("\(baseName).\($0.fileExtension)", "\(AgendaDeckBuilder.title) (\($0.displayName))") }
    }

    /// The files of `document`'s deck; every link text starts with `prefix` when one is given.
    static func files(_ baseName: String, document: Document, prefix: String = "") -> [DocumentBuild.GeneratedFile] {
        let deck = SlideDeck(document: document)
        let contents = [Array(SlideDeckPage().render(deck).utf8), PptxWriter().render(deck)]
        return zip(names(baseName), contents).map { name, bytes in
            DocumentBuild.GeneratedFile(name: name.name, label: prefix.isEmpty ? name.label : "\(prefix): \(name.label)", bytes: bytes)
        }
    }
}
