import Documents
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Every command that writes documents, in every format `--formaat` can name: it writes exactly
/// the files of that format, or refuses it with exit 2 before writing anything. Without
/// `--formaat` each writes the default formats, Markdown and HTML.
@Suite(.timed) struct DocumentFormatsTests {
    static let templates = AgendaCommandsTests.repository.appendingPathComponent("templates").path

    /// One command in one format (nil: no `--formaat`), and the files it must write below the
    /// output folder; nil when it must refuse.
    struct Case: Sendable, CustomTestStringConvertible {
        var command: String
        var format: String?
        var files: Set<String>?

        var testDescription: String { "\(command) --formaat \(format ?? "(standaard)")" }
    }

    /// The two agendas every command runs on: with more than one, `build` writes the signal report
    /// and `voortgang` the national overview too.
    static let agendas = ["am01-groningen", "am05-twente"]

    /// The files each command writes in one format (nil: no `--formaat`); nil when it must refuse it.
    static func expected(_ command: String, _ format: String?) -> Set<String>? {
        let formats = format.map { [$0] } ?? ["md", "html"]
        switch command {
        case "build":
            var files: Set<String> = ["index.html"]
            for format in formats {
                if format == "dia" {
                    for agenda in agendas { files.formUnion(["\(agenda)/dia.html", "\(agenda)/dia.pptx"]) }
                    files.formUnion(["signalen-dia.html", "signalen-dia.pptx"])
                } else {
                    for agenda in agendas { files.formUnion(["\(agenda)/beleidsdeel.\(format)", "\(agenda)/uitvoeringsdeel.\(format)", "\(agenda)/publieksversie.\(format)"]) }
                    files.insert("signalen.\(format)")
                }
            }
            return files
        case "signalen":
            return Set(formats.flatMap { $0 == "dia" ? ["signalen-dia.html", "signalen-dia.pptx"] : ["signalen.\($0)"] })
        case "voortgang":
            if formats.contains("dia") { return nil }
            return Set(formats.flatMap { format in agendas.map { "\($0)/voortgang.\(format)" } + ["voortgang.\(format)"] })
        case "verschil":
            if formats.contains("dia") { return nil }
            return Set(formats.map { "am05-twente-1.0/wijzigingen.\($0)" })
        default:
            return nil
        }
    }

    static let cases: [Case] = ["build", "signalen", "voortgang", "verschil"].flatMap { command in
        ([nil] + ["md", "html", "docx", "pdf", "dia"]).map { Case(command: command, format: $0, files: expected(command, $0)) }
    }

    @Test(arguments: cases) func writesEachFormatOrRefusesIt(_ example: Case) throws {
        let root = NSTemporaryDirectory() + "mja-formaten-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/uit"
        var arguments = [example.command]
        if example.command == "verschil" {
            let (folder, old, new) = try DiffCommandTests().versions()
            try FileManager.default.moveItem(atPath: folder, toPath: root)
            arguments += [old.replacingOccurrences(of: folder, with: root), new.replacingOccurrences(of: folder, with: root)]
        } else {
            try FileManager.default.createDirectory(atPath: root + "/regions", withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/registers", toPath: root + "/regions/registers")
            for agenda in Self.agendas {
                try FileManager.default.copyItem(atPath: "\(AgendaCommandsTests.regions)/\(agenda).toml", toPath: "\(root)/regions/\(agenda).toml")
            }
            arguments.append(root + "/regions")
        }
        arguments += ["--uit", output, "--sjablonen", Self.templates]
        if let format = example.format { arguments += ["--formaat", format] }
        let result = mja(arguments)

        guard let files = example.files else {
            #expect(result.code == .usageError, "\(result.output)\(result.error)")
            #expect(result.error.contains("ongeldige waarde '\(example.format ?? "")' voor '--formaat'. Kies uit: "), "\(result.error)")
            #expect(result.error.contains("md, html, docx, pdf.\n"), "the formats it makes, without dia: \(result.error)")
            #expect(!FileManager.default.fileExists(atPath: output), "nothing is written")
            return
        }
        #expect(result.code == .success, "\(result.error)")
        #expect(Self.files(in: output) == files)
    }

    /// The regular files below `folder`, by path relative to it.
    static func files(in folder: String) -> Set<String> {
        let paths = FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? []
        return Set(paths.filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder) && !isFolder.boolValue
        })
    }

    /// With `dia` a build writes both decks, never one in silence: a template folder without the
    /// signal report's deck template gets the built-in one (templates override file by file).
    @Test func aBuildWithDecksWritesBothDecksWhenAFolderLacksADeckTemplate() throws {
        let root = NSTemporaryDirectory() + "mja-formaten-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.templates, toPath: root + "/sjablonen")
        try FileManager.default.removeItem(atPath: root + "/sjablonen/dia/signalen.md")
        let result = mja("build", AgendaCommandsTests.regions + "/am05-twente.toml", "--uit", root + "/uit", "--sjablonen", root + "/sjablonen", "--formaat", "dia")
        #expect(result.code == .success, "\(result.error)")
        for deck in ["am05-twente/dia.html", "am05-twente/dia.pptx", "signalen-dia.html", "signalen-dia.pptx"] {
            #expect(FileManager.default.fileExists(atPath: root + "/uit/" + deck), "\(deck)")
        }
    }

    /// The help of each command offers exactly the formats it makes.
    /// Only `build` makes the open data (`data`).
    @Test(arguments: [("build", ", dia, data)"), ("signalen", ", dia)"), ("voortgang", ")"), ("verschil", ")")])
    func theHelpListsWhatTheCommandMakes(_ command: String, after: String) {
        let help = mja("help", command).output.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        #expect(help.contains("md, html, docx, pdf" + after), "\(help)")
    }

    /// The default formats are set in one place, and every command uses them (the table above
    /// checks the files of a run without `--formaat`).
    @Test func theDefaultsAreMarkdownAndHTML() {
        #expect(DocumentFormat.defaults == [.page(.markdown), .page(.html)])
        #expect(Option.outputFormats(for: BuildCommand.documents).summary.dutch.contains("standaard md,html"))
    }
}
