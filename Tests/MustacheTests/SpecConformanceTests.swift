import Foundation
import Testing
import Mustache

/// The folder with the JSON spec files, when the environment names one.
private let specDirectory = ProcessInfo.processInfo.environment["MUSTACHE_SPEC_JSON_DIR"]

/// Runs every case of the official Mustache specification, converted to JSON, from the folder named
/// by `MUSTACHE_SPEC_JSON_DIR` (one `name.json` per `name.yml`). The specification is not part of
/// the repository; without the variable these tests are skipped, and say so.
@Suite(.enabled(if: specDirectory != nil, "set MUSTACHE_SPEC_JSON_DIR to the JSON spec folder"))
struct SpecConformanceTests {
    /// The modules this implementation supports; lambdas are not among them.
    static let modules = [
        "comments", "delimiters", "interpolation", "inverted", "partials", "sections", "~inheritance",
        "~dynamic-names",
    ]

    struct SpecFile: Decodable {
        let tests: [SpecCase]
    }

    struct SpecCase: Decodable {
        let name: String
        let desc: String
        let data: MustacheValue
        let template: String
        let expected: String
        let partials: [String: String]?
    }

    @Test(arguments: modules)
    func module(_ module: String) throws {
        let url = URL(fileURLWithPath: try #require(specDirectory)).appendingPathComponent(module + ".json")
        let file = try JSONDecoder().decode(SpecFile.self, from: Data(contentsOf: url))
        var passed = 0
        for spec in file.tests {
            do {
                let library = try TemplateLibrary(sources: spec.partials ?? [:])
                let template = try Template(parsing: spec.template, name: "template")
                let output = template.render(spec.data, escaping: .html, library: library)
                #expect(output == spec.expected, "\(module): \(spec.name): \(spec.desc)")
                if output == spec.expected { passed += 1 }
            } catch {
                Issue.record("\(module): \(spec.name): \(error)")
            }
        }
        print("Mustache spec \(module): \(passed)/\(file.tests.count) passed")
        #expect(file.tests.count > 0)
    }
}
