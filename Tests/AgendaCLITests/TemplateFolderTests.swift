import Foundation
import Mustache
import TestSupport
import Testing
@testable import AgendaCLI

/// The built-in templates are parsed only when a template folder leaves one of them out (issue 38):
/// what is used is the same as when the folder was laid over all of them.
@Suite(.timed) struct TemplateFolderTests {
    static let templates = AgendaCommandsTests.repository.appendingPathComponent("templates").path

    /// The names known without parsing are those of the parsed built-in templates, so a folder
    /// that has all of these has every template the built-in ones would have given.
    @Test func theBuiltInNamesAreThoseOfTheParsedTemplates() {
        #expect(TemplateFolder.builtInNames == Set(TemplateFolder.builtIn.names))
        #expect(TemplateFolder.builtInNames.contains("beleidsdeel") && TemplateFolder.builtInNames.contains("dia/agenda"))
    }

    /// A folder with every template gives its own; one without some gives the built-in ones for
    /// those, as laying it over the built-in ones did.
    @Test(arguments: [[], ["dia/signalen.md", "delen/voorblad.md"]])
    func aFolderIsLaidOverTheBuiltInTemplates(removed: [String]) throws {
        let root = NSTemporaryDirectory() + "mja-sjablonen-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.templates, toPath: root + "/sjablonen")
        for file in removed { try FileManager.default.removeItem(atPath: root + "/sjablonen/" + file) }
        let context = CommandContext(language: .dutch, console: CapturingConsole())
        let (library, use) = try TemplateFolder.resolve(root + "/sjablonen", requiring: ["beleidsdeel"], context: context)
        #expect(Set(library.names) == TemplateFolder.builtInNames)
        for name in library.names {
            let fromBuiltIn = removed.contains(name + ".md")
            #expect(library[name]?.file?.hasPrefix(TemplateFolder.builtInFolder) == fromBuiltIn, "\(name)")
            #expect(use.fromFolder.contains(name) == !fromBuiltIn, "\(name)")
        }
    }
}
