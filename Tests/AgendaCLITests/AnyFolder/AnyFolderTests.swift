import BuiltInFiles
import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// Issue 33: one program, any folder. Runs the built `mja` program in a temporary home folder with
/// no project around it, with and without a workspace folder.
@Suite(.timed) struct AnyFolderTests {
    /// Runs `mja` in `folder` with `HOME` set to `home`.
    func run(_ arguments: [String], in folder: String, home: String, program: URL? = nil) throws -> (status: Int32, output: String, error: String) {
        let mja = try #require(program ?? EndToEndTests.executable, "the mja program was not found next to the tests")
        let process = Process()
        process.executableURL = mja
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "LANG": "nl_NL.UTF-8", "HOME": home]
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), String(decoding: errorData, as: UTF8.self))
    }

    /// A fresh temporary home folder; removed by the caller.
    func temporaryHome() throws -> String {
        let home = URL(fileURLWithPath: NSTemporaryDirectory() + "mja-anyfolder-" + UUID().uuidString).standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        return home
    }

    static let repository = AgendaCommandsTests.repository.path

    // MARK: Point 1: the program carries its defaults

    @Test func builtInFilesAreTheRepositorysFiles() throws {
        var expected: [String: Data] = [:]
        for (folder, key) in [("templates", "templates"), ("regions/registers", "registers")] {
            let root = Self.repository + "/" + folder
            for path in FileManager.default.subpaths(atPath: root) ?? [] {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory),
                      !isDirectory.boolValue, !path.uppercased().hasSuffix("README.MD") else { continue }
                expected[key + "/" + path] = FileManager.default.contents(atPath: root + "/" + path)
            }
        }
        #expect(expected.count >= 18)
        #expect(Set(BuiltInFiles.files.keys) == Set(expected.keys),
                "a file was added or removed since the plugin ran: touch Package.swift and build again")
        for (key, data) in expected { #expect(BuiltInFiles.files[key] == [UInt8](data), "\(key)") }
        let agendas = try FileManager.default.contentsOfDirectory(atPath: Self.repository + "/regions").filter { $0.hasSuffix(".toml") }
        #expect(Set(BuiltInFiles.exampleDigests.keys) == Set(agendas))
        for name in agendas {
            let bytes = try #require(FileManager.default.contents(atPath: Self.repository + "/regions/" + name))
            #expect(BuiltInFiles.exampleDigests[name] == BuiltInFiles.digest(bytes), "\(name)")
        }
    }

    @Test func theRevisionIsTheCheckoutsCommit() throws {
        let revision = try #require(BuiltInFiles.revision, "built outside a git checkout")
        #expect(revision.count == 12 && revision.allSatisfy(\.isHexDigit))
        #expect(MJA.versionLine(in: .dutch) == "mja \(MJA.version) (revisie \(revision))")
    }

    @Test func anAgendaAloneInAHomeFolderIsMadeCheckedAndBuilt() throws {
        let home = try temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let initialised = try run(["init", "--regio", "AM29", "--uit", home + "/agenda/"], in: home, home: home)
        #expect(initialised.status == 0, "\(initialised.error)")
        let file = home + "/agenda/am29-noord-limburg.toml"
        #expect(FileManager.default.fileExists(atPath: file))
        #expect(FileManager.default.fileExists(atPath: home + "/agenda/mja-agenda.schema.json"))
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains("#:schema ./mja-agenda.schema.json"))

        let check = try run(["check", "agenda/am29-noord-limburg.toml"], in: home, home: home)
        #expect(check.status == 0, "\(check.output)\(check.error)")
        #expect(!check.output.contains("MJA019") && !check.output.contains("fout["))
        #expect(check.output.contains("waarschuwing[MJA130]"))

        let build = try run(["build", "agenda/am29-noord-limburg.toml", "--uit", "uit"], in: home, home: home)
        #expect(build.status == 0, "\(build.error)")
        #expect(FileManager.default.fileExists(atPath: home + "/uit/am29-noord-limburg/beleidsdeel.html"))
    }

    // MARK: Point 4: builds that leave out/ true

    @Test func aOneAgendaBuildWritesTheReportItLinksAndRemovesOutdatedDocuments() throws {
        let home = try temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/agenda", withIntermediateDirectories: true)
        let file = home + "/agenda/am05-twente.toml"
        try FileManager.default.copyItem(atPath: Self.repository + "/regions/am05-twente.toml", toPath: file)
        let build = try run(["build", "agenda/am05-twente.toml", "--uit", "uit"], in: home, home: home)
        #expect(build.status == 0, "\(build.error)")
        let policy = try String(contentsOfFile: home + "/uit/am05-twente/beleidsdeel.html", encoding: .utf8)
        #expect(policy.contains("href=\"../signalen.html\""))
        #expect(FileManager.default.fileExists(atPath: home + "/uit/signalen.html"))

        var text = try String(contentsOfFile: file, encoding: .utf8)
        text = text.replacingOccurrences(of: "\ntitel = ", with: "\ntitell = ")
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        let broken = try run(["build", "agenda/am05-twente.toml", "--uit", "uit"], in: home, home: home)
        #expect(broken.status == 1)
        #expect(!FileManager.default.fileExists(atPath: home + "/uit/am05-twente/beleidsdeel.html"))
        let line = broken.error.split(separator: "\n").first { $0.hasPrefix("Verouderde documenten verwijderd (hun agenda heeft nu fouten): ") }
        #expect(line?.contains("uit/am05-twente/beleidsdeel.html") == true && line?.contains("uit/am05-twente/uitvoeringsdeel.md") == true,
                "\(broken.error)")
    }

    /// The same shipped agenda, copied into a home folder alone, gives the same check and the same
    /// documents as in the project: the built-in registries and templates are the project's.
    @Test func aCopiedAgendaGivesTheProjectsResults() throws {
        let home = try temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let project = home + "/project"
        try FileManager.default.createDirectory(atPath: project, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.repository + "/regions", toPath: project + "/regions")
        try FileManager.default.copyItem(atPath: Self.repository + "/templates", toPath: project + "/templates")
        try FileManager.default.createDirectory(atPath: home + "/agenda", withIntermediateDirectories: true)
        let name = "am05-twente.toml"
        try FileManager.default.copyItem(atPath: project + "/regions/" + name, toPath: home + "/agenda/" + name)

        for command in [["check"], ["voortgang", "--uit", "uit", "--formaat", "md"], ["build", "--uit", "uit", "--formaat", "md"]] {
            let alone = try run(command + ["agenda/" + name], in: home, home: home)
            let inProject = try run(command + ["regions/" + name], in: project, home: home)
            #expect(alone.status == inProject.status, "\(command): \(alone.error)")
            #expect(alone.output.replacingOccurrences(of: "agenda/", with: "regions/") == inProject.output, "\(command)")
        }
        // The documents name the national agenda's themes: alone they differ from the project's;
        // with the project as the workspace they are the same.
        for command in [["voortgang", "--uit", "uit", "--formaat", "md"], ["build", "--uit", "uit", "--formaat", "md"]] {
            let alone = try run(command + ["--werkruimte", project, "agenda/" + name], in: home, home: home)
            #expect(alone.status == 0, "\(command): \(alone.error)")
        }
        for document in ["beleidsdeel.md", "uitvoeringsdeel.md", "voortgang.md"] {
            let alone = FileManager.default.contents(atPath: home + "/uit/am05-twente/" + document)
            #expect(alone != nil)
            #expect(alone == FileManager.default.contents(atPath: project + "/uit/am05-twente/" + document), "\(document)")
        }
        var edited = try String(contentsOfFile: home + "/agenda/" + name, encoding: .utf8)
        edited = edited.replacingOccurrences(of: "versie = \"", with: "versie = \"2-")
        try edited.write(toFile: home + "/agenda/am05-twente-2.toml", atomically: true, encoding: .utf8)
        let difference = try run(["verschil", "agenda/" + name, "agenda/am05-twente-2.toml"], in: home, home: home)
        #expect(difference.status == 0, "\(difference.error)")
        #expect(difference.output.contains("versie"))
    }

    @Test func aWorkspaceTemplateChangesOnlyItsDocument() throws {
        let home = try temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let workspace = home + "/werk"
        try FileManager.default.createDirectory(atPath: workspace + "/templates", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.repository + "/regions/am05-twente.toml", toPath: workspace + "/am05-twente.toml")
        let plain = try run(["build", "werk/am05-twente.toml", "--uit", "gewoon", "--formaat", "md"], in: home, home: home)
        #expect(plain.status == 0, "\(plain.error)")
        var template = try String(contentsOfFile: Self.repository + "/templates/beleidsdeel.md", encoding: .utf8)
        template += "\nEigen slotzin van de regio.\n"
        try template.write(toFile: workspace + "/templates/beleidsdeel.md", atomically: true, encoding: .utf8)
        let own = try run(["build", "werk/am05-twente.toml", "--uit", "eigen", "--formaat", "md"], in: home, home: home)
        #expect(own.status == 0, "\(own.error)")
        let changed = try String(contentsOfFile: home + "/eigen/am05-twente/beleidsdeel.md", encoding: .utf8)
        #expect(changed.contains("Eigen slotzin van de regio."))
        #expect(FileManager.default.contents(atPath: home + "/gewoon/am05-twente/uitvoeringsdeel.md")
            == FileManager.default.contents(atPath: home + "/eigen/am05-twente/uitvoeringsdeel.md"))

        let verbose = try run(["check", "-v", "werk/am05-twente.toml"], in: home, home: home)
        #expect(verbose.output.hasPrefix("Registers: alle ingebouwd\nSjablonen: \(workspace)/templates/ (beleidsdeel); de rest ingebouwd\n"),
                "\(verbose.output)")
        let index = try String(contentsOfFile: home + "/eigen/index.html", encoding: .utf8)
        #expect(index.contains("Sjablonen: \(workspace)/templates/ (beleidsdeel); de rest ingebouwd"), "\(index)")
        #expect(index.contains("<em>(voorbeeld)</em>"))
    }

    // MARK: Point 2: a reference into an agenda that is not there

    @Test func aSignalOfARegionOutsideTheWorkspaceIsANoteNotAFalseError() throws {
        let home = try temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.createDirectory(atPath: home + "/agenda", withIntermediateDirectories: true)
        var text = try String(contentsOfFile: Self.repository + "/regions/am29-noord-limburg.toml", encoding: .utf8)
        text = text.replacingOccurrences(of: "voorbeeld = true\n", with: "")
        let first = try #require(text.range(of: "signalen = ["))
        text.replaceSubrange(first, with: "signalen = [\"AM30/diploma-euregio\", ")
        try text.write(toFile: home + "/agenda/am29-noord-limburg.toml", atomically: true, encoding: .utf8)

        let alone = try run(["check", home + "/agenda/am29-noord-limburg.toml"], in: home, home: home)
        #expect(!alone.output.contains("MJA016"), "\(alone.output)")
        #expect(alone.output.contains("opmerking[MJA023]: signaal 'AM30/diploma-euregio' is niet gecontroleerd: de agenda van Zuid-Limburg (AM30) staat niet in de werkruimte"))
        #expect(alone.status == 0)

        let withWorkspace = try run(
            ["check", "--werkruimte", Self.repository + "/regions", home + "/agenda/am29-noord-limburg.toml"], in: home, home: home)
        #expect(!withWorkspace.output.contains("MJA016") && !withWorkspace.output.contains("MJA023"), "\(withWorkspace.output)")

        text = text.replacingOccurrences(of: "AM30/diploma-euregio", with: "AM30/bestaat-niet")
        try text.write(toFile: home + "/agenda/am29-noord-limburg.toml", atomically: true, encoding: .utf8)
        let wrong = try run(
            ["check", "--werkruimte", Self.repository + "/regions", home + "/agenda/am29-noord-limburg.toml"], in: home, home: home)
        #expect(wrong.output.contains("fout[MJA016]: signaal 'AM30/bestaat-niet' bestaat niet"), "\(wrong.output)")
    }

    // MARK: Point 3: voorbeeld = true where it bites

    @Test func anEditedExampleIsWarnedAtItsFlagAndNoLongerAnExample() throws {
        let home = try temporaryHome()
        defer { try? FileManager.default.removeItem(atPath: home) }
        try FileManager.default.copyItem(atPath: Self.repository + "/regions", toPath: home + "/regions")
        let unchanged = try run(["check", "regions/am30-zuid-limburg.toml"], in: home, home: home)
        #expect(!unchanged.output.contains("MJA024"))

        // Opened and saved again in Notepad: every line ends in CR LF, and it says the same.
        let original = try String(contentsOfFile: home + "/regions/am30-zuid-limburg.toml", encoding: .utf8)
        try original.replacingOccurrences(of: "\n", with: "\r\n")
            .write(toFile: home + "/regions/am30-zuid-limburg.toml", atomically: true, encoding: .utf8)
        let resaved = try run(["check", "regions/am30-zuid-limburg.toml"], in: home, home: home)
        #expect(!resaved.output.contains("MJA024"), "\(resaved.output)")
        try original.write(toFile: home + "/regions/am30-zuid-limburg.toml", atomically: true, encoding: .utf8)

        var text = try String(contentsOfFile: home + "/regions/am30-zuid-limburg.toml", encoding: .utf8)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("voorbeeld = true") }
        // The signal the national agenda refers to goes: a real agenda may drop a signal.
        text = text.replacingOccurrences(of: "id = \"diploma-euregio\"", with: "id = \"diploma-euregio-2\"")
            .replacingOccurrences(of: "signalen = [\"diploma-euregio\", ", with: "signalen = [\"diploma-euregio-2\", ")
        try text.write(toFile: home + "/regions/am30-zuid-limburg.toml", atomically: true, encoding: .utf8)
        let edited = try run(["check", "regions/am30-zuid-limburg.toml"], in: home, home: home)
        #expect(edited.output.contains(
            "regions/am30-zuid-limburg.toml:\((line ?? -2) + 1):13: waarschuwing[MJA024]: deze agenda zegt 'voorbeeld = true', maar is niet meer het meegeleverde voorbeeld"),
            "\(edited.output)")

        let national = try run(["check", "regions/lmja.toml"], in: home, home: home)
        #expect(!national.output.contains("MJA016"), "\(national.output)")
        #expect(national.output.contains("waarschuwing[MJA020]: signaal 'AM30/diploma-euregio'"), "\(national.output)")
        #expect(national.status == 0)
    }
}

/// Issue 33, point 5: the install puts the program, its manual page and the completion scripts
/// under a prefix; the bash completion loads and offers the region codes and the formats.
@Suite(.timed) struct InstallTests {
    @Test func installWritesTheProgramThePageAndCompletionThatLoadsInBash() throws {
        let home = URL(fileURLWithPath: NSTemporaryDirectory() + "mja-install-" + UUID().uuidString).standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let installed = try AnyFolderTests().run(["installeer", "--prefix", home + "/prefix"], in: home, home: home)
        #expect(installed.status == 0, "\(installed.error)")
        let program = home + "/prefix/bin/mja"
        #expect(FileManager.default.isExecutableFile(atPath: program))
        let version = try AnyFolderTests().run(["--version"], in: home, home: home, program: URL(fileURLWithPath: program))
        #expect(version.output == MJA.versionLine(in: .dutch) + "\n")
        let page = try String(contentsOfFile: home + "/prefix/share/man/man1/mja.1", encoding: .utf8)
        #expect(page.hasPrefix(".TH MJA 1"))
        #expect(page.contains(".B mja init"))
        for place in [InstallCommand.places.zsh, InstallCommand.places.fish] {
            #expect(FileManager.default.fileExists(atPath: home + "/prefix/" + place))
        }

        let script = home + "/prefix/" + InstallCommand.places.bash
        let bash = try #require(ExternalProgram.find("bash"), "bash is needed")
        let probe = """
            source '\(script)'
            complete -p mja
            COMP_WORDS=(mja init --regio ""); COMP_CWORD=3; _mja; echo "regio: ${COMPREPLY[*]}"
            COMP_WORDS=(mja build --formaat md,h); COMP_CWORD=3; _mja; echo "formaat: ${COMPREPLY[*]}"
            COMP_WORDS=(mja in); COMP_CWORD=1; _mja; echo "commando: ${COMPREPLY[*]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: bash)
        process.arguments = ["--norc", "-c", probe]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.contains("complete -o default -F _mja mja\n"), "\(text)")
        #expect(text.contains("regio: AM01 AM02 AM03 AM05 "), "\(text)")
        #expect(text.contains(" AM38\n"))
        #expect(text.contains("formaat: md,html\n"), "\(text)")
        #expect(text.contains("commando: init installeer install\n"), "\(text)")
    }

    /// zsh and fish accept their scripts, and fish offers the region codes. (Installed by `.ci/run`;
    /// on a developer's machine without them the test is skipped, under `CI=true` it fails.)
    @Test(.enabled(if: ExternalTool.zsh.shouldRun && ExternalTool.fish.shouldRun, ExternalTool.fish.skipReason))
    func theZshAndFishScriptsLoad() throws {
        let (zsh, fish) = (try ExternalTool.zsh.require(), try ExternalTool.fish.require())
        let home = URL(fileURLWithPath: NSTemporaryDirectory() + "mja-install-" + UUID().uuidString).standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: home) }
        let installed = try AnyFolderTests().run(["installeer", "--prefix", home + "/prefix"], in: home, home: home)
        #expect(installed.status == 0, "\(installed.error)")
        #expect(try ExternalProgram.run(zsh, ["-n", home + "/prefix/" + InstallCommand.places.zsh]).status == 0)
        let fishScript = home + "/prefix/" + InstallCommand.places.fish
        #expect(try ExternalProgram.run(fish, ["-n", fishScript]).status == 0)
        let offered = try ExternalProgram.run(fish, ["-c", "source '\(fishScript)'; complete -C 'mja init --regio AM2'"])
        #expect(offered.output.contains("AM29\t"), "\(offered.output)")
    }
}

/// Finds a program on the usual paths.
enum ExternalProgram {
    /// Runs `program` with `arguments`; its exit status and standard output.
    static func run(_ program: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    static func find(_ name: String) -> String? {
        ["/usr/bin/", "/bin/", "/usr/local/bin/"].map { $0 + name }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
