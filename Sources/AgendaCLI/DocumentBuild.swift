import Agenda
import Diagnostics
import Documents
import Foundation
import Markdown
import Mustache

/// One run of `mja build`: which agendas can be built, their documents in each format, the index.
struct DocumentBuild {
    let workspace: Workspace
    let diagnostics: [Diagnostic]
    let templates: TemplateLibrary
    let formats: [OutputFormat]
    let output: String

    struct Result {
        var built = 0
        /// The document files written, one per part and format.
        var files = 0
        var refused: [String] = []
    }

    func run() throws -> Result {
        var result = Result()
        let builder = AgendaDocumentBuilder(templates: templates, workspace: workspace)
        var entries: [IndexPage.Entry] = []
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for file in workspace.requestedFiles {
            guard let agenda = workspace.agenda(inFile: file) else {
                if !file.contains("/\(WorkspaceLoader.registryFolder)/") { result.refused.append(file) }
                continue
            }
            let own = diagnostics.filter { $0.file == file }
            let errorCount = own.filter { $0.severity == .error }.count
            let folder = Self.folderName(for: file)
            var entry = IndexPage.Entry(
                title: agenda.title, folder: folder, errors: errorCount,
                warnings: own.filter { $0.severity == .warning }.count, documents: [], isNational: agenda.scope == .national)
            if errorCount > 0 {
                result.refused.append(file)
                entries.append(entry)
                continue
            }
            try FileManager.default.createDirectory(atPath: "\(output)/\(folder)", withIntermediateDirectories: true)
            for part in AgendaDocumentBuilder.Part.allCases {
                let document: MarkdownDocument
                do {
                    document = try builder.document(part, of: agenda)
                } catch {
                    throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)))
                }
                for format in formats {
                    let name = "\(part.rawValue).\(format.rawValue)"
                    try FileOutput.write(Data(render(document, as: format, title: "\(agenda.title): \(part.rawValue)").utf8),
                                         to: "\(output)/\(folder)/\(name)")
                    entry.documents.append((part.title + " (\(format.rawValue.uppercased()))", "\(folder)/\(name)"))
                    result.files += 1
                }
            }
            result.built += 1
            entries.append(entry)
        }
        try FileOutput.write(Data(IndexPage(entries: entries).html().utf8), to: "\(output)/index.html")
        return result
    }

    private func render(_ document: MarkdownDocument, as format: OutputFormat, title: String) -> String {
        switch format {
        case .markdown: MarkdownWriter().render(document)
        case .html: HTMLPage(title: title, extraCSS: ChartStyle.css).render(document)
        }
    }

    /// `regions/am05-twente.toml` -> `am05-twente`.
    static func folderName(for file: String) -> String {
        ((file as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
