import Foundation
import Mustache
import TestSupport
import Testing

@Suite(.timed) struct TemplateLibraryFileSystemTests {
    /// Writes `files` (relative path -> text) into a fresh temporary folder and passes it to `body`.
    func withFolder(_ files: [String: String], _ body: (URL) throws -> Void) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mustache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        try body(folder)
    }

    @Test func loadsTemplatesByRelativePathWithoutExtension() throws {
        try withFolder([
            "document.md": "{{> delen/kop}}{{tekst}}\n", "delen/kop.mustache": "# {{titel}}\n", "notities.txt": "{{",
        ]) { folder in
            let library = try TemplateLibrary(directory: folder)
            #expect(library.names == ["delen/kop", "document"])
            let output = try library.render("document", with: ["titel": "Agenda", "tekst": "1. punt"], escaping: .markdown)
            #expect(output == "# Agenda\n1\\. punt\n")
        }
    }

    @Test func aReadmeDocumentsTheFolderAndIsNoTemplate() throws {
        try withFolder(["README.md": "Zet `{{#themas}}` op een eigen regel.", "delen/readme.md": "{{", "document.md": "ok"]) { folder in
            let library = try TemplateLibrary(directory: folder)
            #expect(library.names == ["document"])
        }
    }

    @Test func gathersEveryProblemWithItsFile() throws {
        try withFolder(["a.md": "{{#x}}", "b.md": "ok", "b.mustache": "dubbel", "c.mustache": "{{y"]) { folder in
            var problems: [MustacheError] = []
            let library = TemplateLibrary.load(directory: folder, problems: &problems)
            #expect(library.names == ["b"])
            #expect(problems.map(\.reason) == [
                .unclosedSection(name: "x"), .duplicateTemplate(name: "b", otherFile: folder.relativePath + "/b.md"),
                .unclosedTag(opening: "{{", closing: "}}"),
            ])
            #expect(problems.map(\.file) == ["a.md", "b.mustache", "c.mustache"].map { folder.relativePath + "/" + $0 })
            #expect(problems[0].range?.start.line == 1)
            #expect(throws: MustacheError.self) { try TemplateLibrary(directory: folder) }
        }
    }

    @Test func aMissingFolderIsReported() {
        var problems: [MustacheError] = []
        let library = TemplateLibrary.load(directory: URL(fileURLWithPath: "/bestaat/niet"), problems: &problems)
        #expect(library.names.isEmpty)
        #expect(problems.map(\.file) == ["/bestaat/niet"])
        #expect(problems.first?.reason == .notAFolder)
    }
}
