import Agenda
import Diagnostics
import Documents
import FoundationEssentials
import FoundationGaps
import Mustache
import SystemCalls

/// One run of `mja build`: which agendas can be built, their documents in each format, the index.
struct DocumentBuild {
    let workspace: Workspace
    /// Each requested file's errors and the codes of its warnings (`checkStatus(of:)`), for the
    /// index: an agenda with errors is not built. Only this is kept of the diagnostics while the
    /// documents are made, not their messages (4 MB at 100 times the national content).
    let status: [String: (errors: Int, warnings: [String])]
    let templates: TemplateLibrary
    /// The options the checks ran with: the scorecards in the documents use the same.
    let options: CheckOptions
    /// The formats asked for; `dia` writes `dia.html` and `dia.pptx` beside each agenda's
    /// documents and `signalen-dia.html` and `signalen-dia.pptx` beside the signal report.
    let formats: [DocumentFormat]
    let output: String
    /// The check status of the workspace's agendas that were not asked for (a build of one file):
    /// they keep their row in the index, with the documents an earlier build left. Empty when the
    /// build covers every agenda: then documents of agendas that are gone are removed.
    var otherAgendas: [String: (errors: Int, warnings: [String])] = [:]
    /// The assessor the checks weighed the themes with, for the scorecards; nil: one is made.
    var assessor: CriteriaAssessor?
    /// Which templates were used (the workspace's or the built-in ones), for the index's footer.
    var templateUse: TemplateFolder.Use?
    /// The address the output folder is published at (`--publicatieadres`), ending in `/`: with it
    /// the build writes `sitemap.xml` for the Woo-index and absolute links in the catalogue records.
    var publicationAddress: String?
    /// With `data`: the open-data tables of each agenda built, by file, made once for its own
    /// `data/` folder and the national one.
    var openDataTables: [String: OpenDataTables] = [:]

    struct Result {
        var built = 0
        /// The document files written, one per part and format.
        var files = 0
        /// Whether the signal report was written too.
        var signalReport = false
        var refused: [String] = []
        /// The documents an earlier build left of an agenda that now has errors: removed, so `out/`
        /// holds nothing that looks current but is not. Paths below the output folder.
        var removedOutdated: [String] = []
    }

    /// What a build makes besides the documents' bytes: the counts, the index rows (with the links
    /// to the files made), the reports over all agendas, the paths in the order of the jobs.
    struct Generated {
        var result = Result()
        /// Every document made, by path relative to the output folder, in the order of the jobs;
        /// filled by ``generate()`` only (``generate(delivering:)`` hands the bytes on instead).
        var files: [(path: String, bytes: [UInt8])] = []
        /// The path of every document made, relative to the output folder, in the order of the jobs.
        var paths: [String] = []
        var entries: [IndexPage.Entry] = []
        var reports: [(String, String)] = []
    }

    /// Where a build's documents go as they are made: the path below the output folder and the
    /// contents (a PDF laid out, to be written as it is made). Called from several threads, one
    /// file at a time per thread, in no fixed order between agendas.
    typealias Delivery = @Sendable (_ path: String, _ contents: FileContents) throws -> Void

    /// The errors and the codes of the warnings of each file among `diagnostics`, in their order; a
    /// diagnostic without a file under "".
    static func checkStatus(of diagnostics: [Diagnostic]) -> [String: (errors: Int, warnings: [String])] {
        var status: [String: (errors: Int, warnings: [String])] = [:]
        for diagnostic in diagnostics {
            let file = diagnostic.file ?? ""
            if diagnostic.severity == .error { status[file, default: (0, [])].errors += 1 }
            if diagnostic.severity == .warning { status[file, default: (0, [])].warnings.append(diagnostic.code) }
        }
        return status
    }

    /// Makes every document in memory (on all cores); writes nothing. For the preview, which serves
    /// the documents from memory.
    func generate() throws -> Generated {
        let collected = CollectedFiles()
        var generated = try generate(delivering: collected.add)
        generated.files = collected.files(in: generated.paths)
        return generated
    }

    /// Makes every document on all cores and hands each file to `deliver` as soon as it is made, so
    /// that only the documents being made are in memory, not the whole build (a build at 100 times
    /// the national content in every format held 3.18 GiB before). Throws the first error by the
    /// order of the jobs (as if they ran one after another), after every job has run: which error a
    /// build reports does not depend on the scheduling.
    func generate(delivering deliver: Delivery) throws -> Generated {
        var generated = Generated()
        var jobs: [Job] = []
        // By file, once: a workspace may hold thousands of agendas and of diagnostics.
        let agendas = Dictionary(workspace.agendas.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        for file in workspace.requestedFiles {
            guard let agenda = agendas[file] else {
                if !file.contains("/\(WorkspaceLoader.registryFolder)/") { generated.result.refused.append(file) }
                continue
            }
            let own = status[file] ?? (0, [])
            let errorCount = own.errors
            var entry = IndexPage.Entry(
                title: agenda.title, file: file, folder: Self.folderName(for: file), status: agenda.status.rawValue,
                version: agenda.version, date: Self.adoptionDate(of: agenda), errors: errorCount,
                warnings: own.warnings, documents: [])
            entry.isExample = agenda.isExample
            if errorCount > 0 {
                generated.result.refused.append(file)
            } else {
                jobs.append(.agenda(agenda, folder: entry.folder, entryIndex: generated.entries.count))
            }
            generated.entries.append(entry)
        }
        // The signal report covers all agendas: made when the build covers more than one. It is the
        // largest single job, so it goes first.
        let agendaCount = workspace.requestedFiles.filter { agendas[$0] != nil }.count
        // Made for one agenda too: its documents link to it (`document:../signalen`).
        if agendaCount >= 1, templates[SignalReportBuilder.templateName] != nil { jobs.insert(.signalReport, at: 0) }

        // Every job is independent: make them on all cores; each file goes on as soon as it is
        // made, and only its name and link text stay, to list the files in order afterwards.
        let builder = assessor.map { AgendaDocumentBuilder(templates: templates, assessor: $0) }
            ?? AgendaDocumentBuilder(templates: templates, workspace: workspace, options: options)
        var prepared = self
        if formats.contains(.data) {
            prepared.openDataTables = Self.openDataTables(of: jobs, assessor: builder.assessor)
            // The national tables only from a build of every agenda: from some, they would be a
            // part that looks like the whole.
            if otherAgendas.isEmpty && !prepared.openDataTables.isEmpty { jobs.append(.nationalData) }
        }
        let build = prepared
        let signalCount = workspace.agendas.reduce(0) { $0 + $1.signals.count }
        // In a large workspace each job's freed memory goes back to the system as soon as the job is
        // done, so that the holes one agenda's documents leave in the heap do not add up under the
        // next (see ``stages(of:signalCount:aloneFrom:)`` for what counts as large).
        let releasesAfterEachJob = signalCount >= signalReportAloneFrom
        let make: @Sendable (Job) throws -> [(name: String, label: String)] = { job in
            var made: [(name: String, label: String)] = []
            try build.forEachFile(of: job, builder: builder, releasingMemory: releasesAfterEachJob) { file in
                try deliver(job.folder.map { "\($0)/\(file.name)" } ?? file.name, file.contents)
                made.append((file.name, file.label))
            }
            if releasesAfterEachJob { _ = mja_release_free_memory() }
            return made
        }
        // Stage by stage, the jobs of a stage on all cores; an error is thrown after every stage
        // has run, the first by the order of the jobs.
        var made: [[(name: String, label: String)]] = []
        var failure: (any Error)?
        for stage in Self.stages(of: jobs, signalCount: signalCount, aloneFrom: signalReportAloneFrom) {
            // What was freed before the stage (the files read and checked; the signal report made
            // alone) goes back to the system: a stage starts from what the run keeps, not from the
            // holes the one before left in the heap (issue 38, `Sources/Agenda/README.md`).
            _ = mja_release_free_memory()
            do {
                made += try Array(jobs[stage]).concurrentMap(make)
            } catch {
                if failure == nil { failure = error }
                made += Array(repeating: [], count: stage.count)
            }
        }
        if let failure { throw failure }
        for (job, files) in zip(jobs, made) {
            for file in files {
                let path = job.folder.map { "\($0)/\(file.name)" } ?? file.name
                generated.paths.append(path)
                generated.result.files += 1
                // A file without a label (a CSV table of the open data) is not linked from the index.
                guard !file.label.isEmpty else { continue }
                switch job {
                case .agenda(_, _, let entryIndex): generated.entries[entryIndex].documents.append((file.label, path))
                case .signalReport, .nationalData: generated.reports.append((file.label, file.name))
                }
            }
            switch job {
            case .agenda: generated.result.built += 1
            case .signalReport: generated.result.signalReport = true
            case .nationalData: break
            }
        }
        return generated
    }

    /// From how many signals in the workspace the signal report is made alone (see ``stages(of:signalCount:aloneFrom:)``).
    var signalReportAloneFrom = DocumentBuild.signalReportAloneFrom

    /// The signal count from which the signal report is made alone: 100 times the national
    /// signals (13 400) and more, not 10 times (1 340).
    static let signalReportAloneFrom = 5_000

    /// The jobs in the order they are made, as ranges of `jobs`: each range on all cores, one after
    /// the other. In a workspace of `aloneFrom` signals or more, the two largest jobs are each a
    /// stage of their own, so no other job's documents are held beside theirs: the signal report,
    /// which covers every signal (at 100 times the national content its PDF held 135 MB while it
    /// was made, an agenda's documents 24 MB beside it), and the national agenda (at 100 times, 2.6
    /// of the 25 MB of TOML; its execution part's PDF was the build's peak). Smaller, every job
    /// shares the cores, so the national build loses no time.
    static func stages(of jobs: [Job], signalCount: Int, aloneFrom: Int) -> [Range<Int>] {
        guard signalCount >= aloneFrom else { return jobs.isEmpty ? [] : [jobs.indices] }
        var stages: [Range<Int>] = []
        var start = 0
        for (index, job) in jobs.enumerated() where job.isMadeAloneWhenLarge {
            if start < index { stages.append(start..<index) }
            stages.append(index..<(index + 1))
            start = index + 1
        }
        if start < jobs.count { stages.append(start..<jobs.count) }
        return stages
    }

    /// The index page for `entries` and `reports`, ordered as the workspace orders the agendas.
    func indexPage(entries: [IndexPage.Entry], reports: [(String, String)]) -> [UInt8] {
        let order = Dictionary(workspace.agendas.enumerated().map { ($1.file, $0) }, uniquingKeysWith: { first, _ in first })
        let sorted = entries.sorted { (order[$0.file] ?? .max, $0.folder) < (order[$1.file] ?? .max, $1.folder) }
        var page = IndexPage(entries: sorted, reports: reports)
        page.workspaceLines = WorkspaceReport.lines(workspace: workspace, templates: templateUse, language: .dutch)
        // The CSV tables of `--formaat data` are linked only when they are there: no dead links.
        let dataFiles = NationalDashboard.dataTables.filter { FileManager.default.fileExists(atPath: "\(output)/\($0)") }
        page.dashboard = NationalDashboard(workspace: workspace, dataFiles: Set(dataFiles)).blocks()
        return HTMLPage().write(page.document())
    }

    /// Makes every document and writes it, then the index.
    ///
    /// All or nothing for the documents: each file is written to a temporary file as soon as it is
    /// made, and none takes its place until every document is made and written; when one cannot be
    /// made (a template error) or written (a full disk, something in the way), the build stops with
    /// every earlier document as it was, no temporary file and no folder it made left behind.
    func run() throws -> Result {
        // The folders this build makes; when writing fails (a full disk, a refused write), those it
        // left empty are removed again, so no agenda folder without documents stays behind.
        let writer = try BuildWriter(output: output)
        var generated: Generated
        do {
            generated = try generate(delivering: writer.add)
            // The documents are made durable together (one sync), then named; the index, which links
            // them, follows in a sync of its own once they are in place.
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
        generated.result.removedOutdated = try removeOutdatedDocuments(of: generated.result.refused)
        // The catalogue records beside the open data (where `--formaat data` wrote it) and the
        // sitemap for the Woo-index: after the documents, which they describe.
        let records = CatalogueFiles(output: output, workspace: workspace, baseAddress: publicationAddress).files(
            folders: generated.entries.filter { $0.errors == 0 }.map { ($0.file, $0.folder) },
            documents: generated.paths.filter { !$0.hasPrefix("data/") && !$0.contains("/data/") })
        if !records.isEmpty {
            let batch = FileBatch()
            for record in records { try batch.add(record.bytes, for: "\(output)/\(record.path)") }
            try batch.commit()
        }
        for agenda in workspace.agendas {
            guard let status = otherAgendas[agenda.file] else { continue }
            let folder = Self.folderName(for: agenda.file)
            generated.entries.append(IndexPage.Entry(
                title: agenda.title, file: agenda.file, folder: folder, status: agenda.status.rawValue, version: agenda.version,
                date: Self.adoptionDate(of: agenda), errors: status.errors, warnings: status.warnings,
                documents: existingDocuments(in: folder), isExample: agenda.isExample))
        }
        if generated.reports.isEmpty { generated.reports = existingSignalReports() }
        // Progress reports are written by `mja voortgang`, not by the build; those in the output
        // folder are linked from the index beside the documents.
        for index in generated.entries.indices {
            generated.entries[index].documents += existingProgressReports(in: generated.entries[index].folder)
        }
        generated.reports += existingProgressReports(in: nil)
        if otherAgendas.isEmpty { try removeDocuments(exceptIn: Set(generated.entries.map(\.folder))) }
        let index = FileBatch()
        try index.add(indexPage(entries: generated.entries, reports: generated.reports), for: "\(output)/index.html")
        try index.commit()
        return generated.result
    }

    /// Every name a document of an agenda can have, with its link text: `beleidsdeel.html`, ...
    private static let documentNames = (DocumentKind.parts + [DocumentKind.agendaDeck]).flatMap(\.allNames)

    /// The link text of a document by its path (`am05-twente/beleidsdeel.html`): "Beleidsdeel (HTML)".
    static func label(ofDocument path: String) -> String {
        let name = FilePath.lastComponent(of: path)
        return documentNames.first { $0.name == name }?.label ?? name
    }

    /// The documents of an agenda's folder that exist in the output folder, as index links (of the
    /// open data, the two files a reader starts from).
    private func existingDocuments(in folder: String) -> [(String, String)] {
        existing((Self.documentNames + Self.openDataNames.filter { !$0.label.isEmpty }).map { ($0.label, "\(folder)/\($0.name)") })
    }

    /// Every file a build writes into an agenda's folder: the documents, the open data and its
    /// catalogue record. What is removed when the agenda is gone or now has errors.
    private static let agendaFileNames = documentNames.map(\.name) + openDataNames.map(\.name)
        + ["\(OpenDataFiles.folderName)/\(CatalogueFiles.recordName)"]

    /// Removes the files of an earlier build from `folder` (below the output folder), then its
    /// `data/` folder and the folder itself when that leaves them empty; returns what was removed.
    @discardableResult
    private func removeBuiltFiles(in folder: String) throws -> [String] {
        var removed: [String] = []
        for name in Self.agendaFileNames where FileManager.default.fileExists(atPath: "\(output)/\(folder)/\(name)") {
            try FileManager.default.removeItem(atPath: "\(output)/\(folder)/\(name)")
            removed.append("\(folder)/\(name)")
        }
        for path in ["\(output)/\(folder)/\(OpenDataFiles.folderName)", "\(output)/\(folder)"]
        where (try? FileManager.default.contentsOfDirectory(atPath: path))?.isEmpty == true {
            try? FileManager.default.removeItem(atPath: path)
        }
        return removed
    }

    /// The signal reports an earlier build left, as index links.
    private func existingSignalReports() -> [(String, String)] {
        existing([DocumentKind.signalReport, .signalDeck].flatMap(\.allNames).map { ($0.label, $0.name) })
    }

    /// The progress reports `mja voortgang` left in an agenda's folder (nil: the national one at the
    /// top of the output folder), as index links.
    private func existingProgressReports(in folder: String?) -> [(String, String)] {
        let kind = folder == nil ? DocumentKind.nationalProgressReport : .progressReport
        return existing(kind.allNames.map { ($0.label, (folder.map { $0 + "/" } ?? "") + $0.name) })
    }

    /// The links (text, path relative to the output folder) whose file is there.
    private func existing(_ links: [(String, String)]) -> [(String, String)] {
        links.filter { FileManager.default.fileExists(atPath: "\(output)/\($0.1)") }
    }

    /// Removes the documents of agendas that are no longer built: in every folder of the output
    /// folder other than `kept`, the files with a document's name, and the folder when that leaves
    /// it empty. Nothing else is touched, so a file a user put there stays.
    /// Removes the documents an earlier build wrote for the agendas in `files` (which now have
    /// errors) and returns their paths below the output folder.
    private func removeOutdatedDocuments(of files: [String]) throws -> [String] {
        var removed: [String] = []
        for folder in Set(files.map(Self.folderName(for:))).sorted() {
            removed += try removeBuiltFiles(in: folder)
        }
        return removed
    }

    private func removeDocuments(exceptIn kept: Set<String>) throws {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        // The national `data/` folder is no agenda's: it is replaced by a build with `data`.
        for folder in folders where !kept.contains(folder) && folder != OpenDataFiles.folderName {
            var isDirectory = false
            guard FileManager.default.fileExists(atPath: "\(output)/\(folder)", isDirectory: &isDirectory), isDirectory else { continue }
            try removeBuiltFiles(in: folder)
        }
    }

    /// One piece of work of a build.
    enum Job: Sendable {
        /// Both parts of an agenda, into its folder, listed at a row of the index.
        case agenda(Agenda, folder: String, entryIndex: Int)
        /// The signal report over all agendas, at the top of the output folder.
        case signalReport
        /// The open-data tables of every agenda together, in `data/` at the top of the output folder.
        case nationalData

        /// Whether the job is made alone in a large workspace: the signal report and the national
        /// agenda (``DocumentBuild/stages(of:signalCount:aloneFrom:)``).
        var isMadeAloneWhenLarge: Bool {
            switch self {
            case .signalReport: true
            case .agenda(let agenda, _, _): agenda.scope == .national
            case .nationalData: false
            }
        }

        /// The folder below the output folder, or nil for the output folder itself.
        var folder: String? {
            if case .agenda(_, let folder, _) = self { folder } else { nil }
        }
    }

    /// A generated file: its name in its folder, its link text in the index, its content.
    struct GeneratedFile: Sendable {
        var name: String
        var label: String
        var bytes: [UInt8]
    }

    /// A file as a build hands it on: its name in its folder, its link text in the index, and its
    /// contents, a PDF's perhaps not yet made (see ``FileContents``).
    struct DeliveredFile {
        var name: String
        var label: String
        var contents: FileContents
    }

    /// The files of one job in every format (with `data`, an agenda's open data after its
    /// documents), each handed to `deliver` as soon as it is made. With `releasingMemory`, the
    /// memory an agenda's context held goes back to the system once its templates are filled.
    func forEachFile(
        of job: Job, builder: AgendaDocumentBuilder, releasingMemory: Bool = false, _ deliver: (DeliveredFile) throws -> Void
    ) throws {
        do {
            switch job {
            case .agenda(let agenda, _, _):
                // The parts and the deck share the agenda's context, made once for those the
                // formats make, and let go once their templates are filled.
                let prepared = builder.prepare(
                    agenda, parts: AgendaDocumentBuilder.Part.allCases.filter { DocumentKind.part($0).isMade(in: formats) },
                    deck: DocumentKind.agendaDeck.isMade(in: formats))
                // The context's dictionaries (25 MB for the national agenda at 100x) leave holes
                // in the heap that the layout's large blocks, mapped on their own, do not fill:
                // without this they stay resident beside the PDF being laid out (issue 38).
                if releasingMemory { prepared.afterFilling = { _ = mja_release_free_memory() } }
                for part in AgendaDocumentBuilder.Part.allCases {
                    try DocumentKind.part(part).forEachFile(in: formats, of: { try builder.document(part, of: prepared) }, deliver)
                }
                try DocumentKind.agendaDeck.forEachFile(
                    in: formats, of: { try AgendaDeckBuilder(documents: builder).document(of: prepared) }, deliver)
                if let tables = openDataTables[agenda.file] {
                    for file in try openDataFiles(of: agenda, tables: tables) { try deliver(DeliveredFile(file)) }
                }
            case .signalReport:
                let analysis = SignalAnalysis(collection: SignalCollection(workspace: workspace))
                try Self.forEachSignalReportFile(analysis, templates: templates, formats: formats, deliver)
            case .nationalData:
                for file in nationalDataFiles() { try deliver(DeliveredFile(file)) }
            }
        } catch let error as MustacheError {
            throw CommandError(error)
        }
    }

    /// The signal report over every agenda of the workspace (those read for context too), in the
    /// build's formats, with its deck when `dia` is one of them.
    func signalReport() throws(MustacheError) -> [GeneratedFile] {
        let analysis = SignalAnalysis(collection: SignalCollection(workspace: workspace))
        return try Self.signalReportFiles(analysis, templates: templates, formats: formats)
    }

    /// The signal report and its deck in those of `formats` they are made in, for `build` and
    /// `signalen` alike.
    static func signalReportFiles(
        _ analysis: SignalAnalysis, templates: TemplateLibrary, formats: [DocumentFormat]
    ) throws(MustacheError) -> [GeneratedFile] {
        try DocumentKind.signalReport.files(in: formats) { () throws(MustacheError) in
            try SignalReportBuilder(templates: templates).document(for: analysis)
        } + DocumentKind.signalDeck.files(in: formats) { () throws(MustacheError) in
            try SignalDeckBuilder(templates: templates).document(for: analysis)
        }
    }

    /// The same files as ``signalReportFiles(_:templates:formats:)``, in the same order, each handed
    /// to `deliver` as soon as its format is made, the last format's PDF laid out, not yet made
    /// (``DocumentKind/forEachFile(in:of:_:)``): for `build` and `signalen` alike.
    static func forEachSignalReportFile(
        _ analysis: SignalAnalysis, templates: TemplateLibrary, formats: [DocumentFormat], _ deliver: (DeliveredFile) throws -> Void
    ) throws {
        try DocumentKind.signalReport.forEachFile(
            in: formats, of: { try SignalReportBuilder(templates: templates).document(for: analysis) }, deliver)
        try DocumentKind.signalDeck.forEachFile(
            in: formats, of: { try SignalDeckBuilder(templates: templates).document(for: analysis) }, deliver)
    }

    /// The date of adoption for the index, in Dutch notation; empty for a concept.
    static func adoptionDate(of agenda: Agenda) -> String {
        agenda.status == .adopted ? agenda.adoptedOn?.dutchText ?? "" : ""
    }

    /// `regions/am05-twente.toml` -> `am05-twente`.
    static func folderName(for file: String) -> String {
        FilePath.deletingExtension(of: FilePath.lastComponent(of: file))
    }
}

// In an extension, so that `DeliveredFile` keeps its memberwise initialiser.
extension DocumentBuild.DeliveredFile {
    /// `file`, made.
    init(_ file: DocumentBuild.GeneratedFile) {
        self.init(name: file.name, label: file.label, contents: .bytes(file.bytes))
    }
}
