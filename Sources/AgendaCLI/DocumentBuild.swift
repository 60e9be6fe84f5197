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
        /// Whether the signal report was written too.
        var signalReport = false
        var refused: [String] = []
    }

    func run() throws -> Result {
        var result = Result()
        var entries: [IndexPage.Entry] = []
        var jobs: [Job] = []
        for file in workspace.requestedFiles {
            guard let agenda = workspace.agenda(inFile: file) else {
                if !file.contains("/\(WorkspaceLoader.registryFolder)/") { result.refused.append(file) }
                continue
            }
            let own = diagnostics.filter { $0.file == file }
            let errorCount = own.filter { $0.severity == .error }.count
            let entry = IndexPage.Entry(
                title: agenda.title, folder: Self.folderName(for: file), errors: errorCount,
                warnings: own.filter { $0.severity == .warning }.count, documents: [], isNational: agenda.scope == .national)
            if errorCount > 0 {
                result.refused.append(file)
            } else {
                jobs.append(Job(agenda: agenda, folder: entry.folder, entryIndex: entries.count))
            }
            entries.append(entry)
        }

        // The documents of each agenda are independent: make them on all cores, write them in order.
        let builder = AgendaDocumentBuilder(templates: templates, workspace: workspace)
        let formats = formats
        let documents = try jobs.concurrentMap { job in try Self.documents(of: job, builder: builder, formats: formats) }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        for (job, files) in zip(jobs, documents) {
            try FileManager.default.createDirectory(atPath: "\(output)/\(job.folder)", withIntermediateDirectories: true)
            for file in files {
                try FileOutput.write(Data(file.text.utf8), to: "\(output)/\(job.folder)/\(file.name)")
                entries[job.entryIndex].documents.append((file.label, "\(job.folder)/\(file.name)"))
                result.files += 1
            }
            result.built += 1
        }
        let reports = try writeSignalReport()
        result.files += reports.count
        result.signalReport = !reports.isEmpty
        try FileOutput.write(Data(IndexPage(entries: entries, reports: reports).html().utf8), to: "\(output)/index.html")
        return result
    }

    /// The signal report for the Landelijk Beraad, when the build covers more than one agenda and
    /// the templates have one; returns its link texts and file names for the index.
    private func writeSignalReport() throws -> [(String, String)] {
        let agendas = workspace.requestedFiles.filter { workspace.agenda(inFile: $0) != nil }
        guard agendas.count > 1, templates[SignalReportBuilder.templateName] != nil else { return [] }
        let analysis = SignalAnalysis(collection: SignalCollection(workspace: workspace))
        let document: MarkdownDocument
        do {
            document = try SignalReportBuilder(templates: templates).document(for: analysis)
        } catch {
            throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)))
        }
        var links: [(String, String)] = []
        for format in formats {
            let name = "signalen.\(format.rawValue)"
            let text = format == .markdown ? SignalReportBuilder.markdown(document) : SignalReportBuilder.html(document)
            try FileOutput.write(Data(text.utf8), to: "\(output)/\(name)")
            links.append(("Signalen uit de regio's (\(format.rawValue.uppercased()))", name))
        }
        return links
    }

    /// An agenda to build, with its folder and its row in the index.
    struct Job: Sendable {
        var agenda: Agenda
        var folder: String
        var entryIndex: Int
    }

    /// A generated file: its name in the agenda's folder, its link text in the index, its text.
    struct GeneratedFile: Sendable {
        var name: String
        var label: String
        var text: String
    }

    /// Both parts of one agenda in every format.
    static func documents(of job: Job, builder: AgendaDocumentBuilder, formats: [OutputFormat]) throws -> [GeneratedFile] {
        var files: [GeneratedFile] = []
        for part in AgendaDocumentBuilder.Part.allCases {
            let document: MarkdownDocument
            do {
                document = try builder.document(part, of: job.agenda)
            } catch {
                throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)))
            }
            for format in formats {
                files.append(GeneratedFile(
                    name: "\(part.rawValue).\(format.rawValue)", label: part.title + " (\(format.rawValue.uppercased()))",
                    text: render(document, as: format, title: "\(job.agenda.title): \(part.rawValue)")))
            }
        }
        return files
    }

    private static func render(_ document: MarkdownDocument, as format: OutputFormat, title: String) -> String {
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
