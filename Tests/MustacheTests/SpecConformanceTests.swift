import Foundation
import TestSupport
import Testing
import Mustache

/// Runs every case of the official Mustache specification, kept as JSON in `spec/` beside this file
/// (see the README there): the six required modules and the optional ones this implementation
/// supports (inheritance, dynamic names; not lambdas). Every case must pass.
@Suite(.timed) struct SpecConformanceTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("spec")

    /// The required modules of the specification.
    static let required = ["comments", "delimiters", "interpolation", "inverted", "partials", "sections"]

    /// The optional modules (`~`) this implementation supports.
    static let optional = ["~inheritance", "~dynamic-names"]

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

    @Test func specification() throws {
        let required = try Self.required.map(run).reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
        let optional = try Self.optional.map(run).reduce((0, 0)) { ($0.0 + $1.0, $0.1 + $1.1) }
        print("Mustache spec: \(required.0)/\(required.1) required, \(optional.0)/\(optional.1) optional (inheritance, dynamic names)")
        // The counts of the copy in the repository, so a module lost or cut short shows.
        #expect(required.1 == 136)
        #expect(optional.1 == 48)
    }

    /// Runs the cases of `module`, recording an issue for each that fails: (passed, total).
    func run(_ module: String) throws -> (Int, Int) {
        let url = Self.folder.appendingPathComponent(module + ".json")
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
        return (passed, file.tests.count)
    }
}
