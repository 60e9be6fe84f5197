import Agenda
@testable import Documents
import Foundation
import Mustache
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 38's tenth round: `mja signalen`, `mja voortgang` and `mja verschil` write their files as
/// `mja build` does, each into a temporary file as it is made (a PDF never whole in memory), named
/// together once all are written. The files are the ones made in memory before, byte for byte; a
/// write that fails says so in Dutch, naming the file, and leaves nothing.
@Suite(.timed) struct StreamedCommandsTests {
    static let formats = "md,html,docx,pdf"
    static let documentFormats = formats.split(separator: ",").compactMap { DocumentFormat(name: String($0)) }

    /// The repository's templates, as `--sjablonen` loads them.
    static func templates() throws -> TemplateLibrary {
        var problems: [MustacheError] = []
        let library = TemplateLibrary.load(directory: URL(fileURLWithPath: BuildCommandTests.templates), problems: &problems)
        try #require(problems.isEmpty)
        return library
    }

    /// Every file in `folder` and below, hidden ones (temporary files) included; no folders.
    static func names(in folder: String) -> [String] {
        StreamedFileTests.names(in: folder).filter { name in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isFolder) && !isFolder.boolValue
        }
    }

    /// A cover, a table of contents and `chapters` chapters of a long paragraph, a list and a table:
    /// a PDF of many pieces of 128 KiB.
    static func longDocument(chapters: Int) -> Document {
        let text = DocumentLetGoTests.text
        var blocks: [Block] = [.heading(level: 1, content: text("Een document")), .paragraph(text("Versie 1")), .tableOfContents]
        for chapter in 1...chapters {
            blocks += [
                .heading(level: 2, content: text("\(chapter). Hoofdstuk")),
                .paragraph(text(String(repeating: "Werkgevers en werkzoekenden in de regio \(chapter). ", count: 30))),
                .list(ListBlock(kind: .bullet, isTight: true, items: [[.paragraph(text("een punt"))], [.paragraph(text("nog een"))]])),
                .table(Table(header: ["Maatregel", "Budget"], rows: (1...20).map { ["maatregel \(chapter).\($0)", "\($0).000"] }, numericFrom: 1)),
            ]
        }
        return Document(metadata: DocumentMetadata(title: "Een document", kind: "Regionale Meerjarenagenda", words: .dutch), splittingCoverFrom: blocks)
    }

    /// Expects each of `files` in `folder` with its bytes, and nothing else there.
    static func expect(_ files: [DocumentBuild.GeneratedFile], in folder: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(files.count >= 4, sourceLocation: sourceLocation)
        for file in files {
            #expect(FileManager.default.contents(atPath: "\(folder)/\(file.name)") == Data(file.bytes), "\(file.name)",
                    sourceLocation: sourceLocation)
        }
    }

    @Test func theSignalReportIsTheOneMadeInMemory() throws {
        let output = try FileBatchTests.folder()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let result = mja("signalen", AgendaCommandsTests.regions, "--uit", output, "--formaat", Self.formats + ",dia",
                         "--sjablonen", BuildCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        let analysis = SignalAnalysis(collection: SignalCollection(workspace: WorkspaceLoader().load(directory: AgendaCommandsTests.regions)))
        let files = try DocumentBuild.signalReportFiles(analysis, templates: try Self.templates(), formats: Self.documentFormats + [.deck])
        Self.expect(files, in: output)
        #expect(Self.names(in: output) == files.map(\.name).sorted())
    }

    @Test func theProgressReportsAreTheOnesMadeInMemory() throws {
        let root = try ProgressCommandTests().folder(["am05-twente.toml", "am01-groningen.toml", "lmja.toml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let result = mja("voortgang", root + "/regions", "--uit", root + "/out", "--formaat", Self.formats, "--sjablonen", BuildCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        let workspace = WorkspaceLoader().load(directory: root + "/regions")
        let builder = ProgressReportBuilder(templates: try Self.templates(), workspace: workspace)
        let agendas = workspace.requestedFiles.compactMap { workspace.agenda(inFile: $0) }
        #expect(agendas.count == 3)
        for agenda in agendas {
            let files = try DocumentKind.progressReport.files(in: Self.documentFormats) { () throws(MustacheError) in try builder.document(for: agenda) }
            Self.expect(files, in: "\(root)/out/\(DocumentBuild.folderName(for: agenda.file))")
        }
        let national = try DocumentKind.nationalProgressReport.files(in: Self.documentFormats) { () throws(MustacheError) in
            try builder.nationalDocument(for: agendas)
        }
        Self.expect(national, in: root + "/out")
        #expect(Self.names(in: root + "/out").allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test func theChangesDocumentIsTheOneMadeInMemory() throws {
        let (folder, old, new) = try DiffCommandTests().versions()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("verschil", old, new, "--uit", folder + "/uit", "--formaat", Self.formats, "--sjablonen", BuildCommandTests.templates)
        #expect(result.code == .success, "\(result.error)")
        let versions = try ComparedVersions.files(old: old, new: new, context: CommandContext(language: .dutch, console: CapturingConsole()))
        let comparison = AgendaComparer(old: versions.old, new: versions.new, language: .dutch).comparison()
        let templates = try Self.templates()
        let files = try DocumentKind.changes.files(in: Self.documentFormats) { () throws(MustacheError) in
            try ChangesDocumentBuilder(templates: templates).document(for: comparison, new: versions.new)
        }
        let written = "\(folder)/uit/\(DocumentBuild.folderName(for: versions.new.agenda.file))"
        Self.expect(files, in: written)
        #expect(Self.names(in: written) == files.map(\.name).sorted())
    }

    /// A folder where a command's first file goes: the commit cannot name it, the message says
    /// which file and why in Dutch, and none of the run's files takes its place, no temporary stays.
    @Test(arguments: ["signalen", "voortgang", "verschil"]) func aFileThatCannotTakeItsPlaceIsNamedAndNothingStays(_ command: String) throws {
        let root = try ProgressCommandTests().folder(["am05-twente.toml"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/uit"
        let arguments: [String]
        let blocked: String
        switch command {
        case "signalen":
            blocked = output + "/signalen.md"
            arguments = ["signalen", root + "/regions"]
        case "voortgang":
            blocked = output + "/am05-twente/voortgang.md"
            arguments = ["voortgang", root + "/regions"]
        default:
            let (folder, _, _) = try DiffCommandTests().versions()
            try FileManager.default.moveItem(atPath: folder, toPath: root + "/versies")
            blocked = output + "/am05-twente-1.0/wijzigingen.md"
            arguments = ["verschil", root + "/versies/am05-twente.toml", root + "/versies/am05-twente-1.0.toml"]
        }
        try FileManager.default.createDirectory(atPath: blocked + "/iets", withIntermediateDirectories: true)
        let result = mja(arguments + ["--uit", output, "--formaat", Self.formats, "--sjablonen", BuildCommandTests.templates])
        #expect(result.code != .success)
        #expect(result.error.contains("'\(blocked)' kan niet worden gelezen of geschreven: er staat een map waar een bestand moet staan"),
                "\(result.error)")
        #expect(Self.names(in: output) == [], "\(Self.names(in: output))")
    }

    /// A disk that fills up halfway through a command's PDF (the file's descriptor made to point at
    /// `/dev/full`): the batch names the file in Dutch and keeps nothing of it.
    @Test func aFullDiskHalfwayThroughAPDFNamesItAndLeavesNothing() throws {
        let folder = try FileBatchTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let full = open("/dev/full", O_WRONLY | O_CLOEXEC)
        try #require(full >= 0)
        defer { close(full) }
        var filling: FillingSink?
        let batch = FileBatch(durable: false)
        try batch.add(FileContents.bytes(Array("# eerder\n".utf8)), for: "\(folder)/signalen.md")
        let document = Self.longDocument(chapters: 120)
        let error = #expect(throws: (any Error).self) {
            try batch.add(.pdf(PDFWriter().laidOut(document)), for: "\(folder)/signalen.pdf") { sink in
                let wrapped = FillingSink(sink, full: full)
                filling = wrapped
                return wrapped
            }
        }
        #expect((filling?.pieces ?? 0) > 2, "the disk filled halfway, not at the start")
        let message = try #require(error.flatMap(FileSystemMessage.text(for:)))
        #expect(message.dutch == "'\(folder)/signalen.pdf' kan niet worden gelezen of geschreven: de schijf is vol")
        batch.abandon()
        #expect(Self.names(in: folder) == [])
    }

    /// The PDF a batch writes as it is made is the PDF made in memory, and the same bytes again
    /// leave the file alone.
    @Test func aPDFAddedToABatchIsTheOneMadeInMemory() throws {
        let folder = try FileBatchTests.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let documents = StreamedFileTests.documents(seed: 10)
        let batch = FileBatch(durable: false)
        for (index, document) in documents.enumerated() {
            try batch.add(.pdf(PDFWriter().laidOut(document)), for: "\(folder)/\(index).pdf")
        }
        try batch.commit()
        for (index, document) in documents.enumerated() {
            #expect(FileManager.default.contents(atPath: "\(folder)/\(index).pdf") == Data(PDFWriter().render(document)), "document \(index)")
        }
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: "\(folder)/0.pdf")[.systemFileNumber] as? Int)
        let again = FileBatch(durable: false)
        try again.add(.pdf(PDFWriter().laidOut(documents[0])), for: "\(folder)/0.pdf")
        try again.commit()
        #expect(try FileManager.default.attributesOfItem(atPath: "\(folder)/0.pdf")[.systemFileNumber] as? Int == inode)
        #expect(Self.names(in: folder) == documents.indices.map { "\($0).pdf" }.sorted())
    }
}
