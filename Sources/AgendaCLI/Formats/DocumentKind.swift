import Documents

/// A document a command writes, such as the policy part or the signal report: its file name, its
/// title in the index, and the formats it is made in. Writing a document in a list of formats is
/// ``files(in:of:)``, for every command alike.
struct DocumentKind: Sendable {
    /// The file name without extension: `beleidsdeel`, `dia`, `signalen-dia`.
    let fileName: String
    /// The title in a link, before the format: "Beleidsdeel" in "Beleidsdeel (HTML)".
    let title: String
    /// The formats this document is made in.
    let formats: [DocumentFormat]

    /// A document in every page format (Markdown, HTML, Word, PDF).
    static func pages(_ fileName: String, title: String) -> DocumentKind {
        DocumentKind(fileName: fileName, title: title, formats: OutputFormat.allCases.map(DocumentFormat.page))
    }

    /// A slide deck: made in `dia` only.
    static func deck(_ fileName: String, title: String) -> DocumentKind {
        DocumentKind(fileName: fileName, title: title, formats: [.deck])
    }

    /// Whether any of `formats` makes this document.
    func isMade(in formats: [DocumentFormat]) -> Bool {
        formats.contains { self.formats.contains($0) }
    }

    /// The names and link texts of its files in `format`: `beleidsdeel.html`, "Beleidsdeel (HTML)";
    /// none in a format it is not made in.
    func names(in format: DocumentFormat) -> [(name: String, label: String)] {
        guard formats.contains(format) else { return [] }
        return format.files.map { ("\(fileName).\($0.fileExtension)", "\(title) (\($0.displayName))") }
    }

    /// The names and link texts of its files in every format it is made in.
    var allNames: [(name: String, label: String)] { formats.flatMap(names(in:)) }

    /// The files of the document `make` gives, in those of `formats` it is made in, in that order;
    /// `make` is not called when none is.
    func files<Failure: Error>(
        in formats: [DocumentFormat], of make: () throws(Failure) -> Document
    ) throws(Failure) -> [DocumentBuild.GeneratedFile] {
        let made = formats.filter { self.formats.contains($0) }
        guard !made.isEmpty else { return [] }
        let document = try make()
        return made.flatMap { files(of: document, in: $0) }
    }

    /// The same files as ``files(in:of:)``, in the same order, each handed to `deliver` as soon as
    /// its format is written: only one format's bytes are held at a time, not every format's (a
    /// build at 100 times the national content makes PDFs and Word files of tens of megabytes).
    /// Throws what `make` or `deliver` throws.
    /// The last format's PDF comes laid out, its file not yet made (``FileContents``).
    func forEachFile(
        in formats: [DocumentFormat], of make: () throws -> Document, _ deliver: (DocumentBuild.DeliveredFile) throws -> Void
    ) throws {
        let made = formats.filter { self.formats.contains($0) }
        guard !made.isEmpty else { return }
        // Let go in the last format as soon as it is no longer needed (see
        // ``DocumentFormat/contents(releasing:)``), before that format's files are delivered.
        var document: Document? = try make()
        for (position, format) in made.enumerated() {
            let contents = position == made.count - 1
                ? format.contents(releasing: &document) : format.contents(of: document!).map(FileContents.bytes)
            for (name, contents) in zip(names(in: format), contents) {
                try deliver(DocumentBuild.DeliveredFile(name: name.name, label: name.label, contents: contents))
            }
        }
    }

    /// The files of `document` in `format`, with their names and link texts.
    private func files(of document: Document, in format: DocumentFormat) -> [DocumentBuild.GeneratedFile] {
        files(format, format.contents(of: document))
    }

    /// The files of `contents` made in `format`, with their names and link texts.
    private func files(_ format: DocumentFormat, _ contents: [[UInt8]]) -> [DocumentBuild.GeneratedFile] {
        zip(names(in: format), contents).map { name, bytes in
            DocumentBuild.GeneratedFile(name: name.name, label: name.label, bytes: bytes)
        }
    }
}
