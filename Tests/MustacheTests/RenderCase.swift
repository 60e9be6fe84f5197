import Mustache
import Testing

/// One row of a rendering table: a template, its data and partials, and the exact expected output.
struct RenderCase: Sendable, CustomTestStringConvertible {
    let id: String
    let template: String
    let data: MustacheValue
    let partials: [String: String]
    let expected: String

    init(_ id: String, _ template: String, _ data: MustacheValue, partials: [String: String] = [:], _ expected: String) {
        self.id = id
        self.template = template
        self.data = data
        self.partials = partials
        self.expected = expected
    }

    /// A case without data.
    init(_ id: String, _ template: String, partials: [String: String] = [:], _ expected: String) {
        self.init(id, template, [:], partials: partials, expected)
    }

    var testDescription: String { id }

    /// Renders the case and expects exactly the expected output.
    func check(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let output = try render()
        #expect(output == expected, sourceLocation: sourceLocation)
    }

    /// Renders the case with HTML escaping, as the specification does.
    func render(escaping: Escaping = .html) throws -> String {
        let library = try TemplateLibrary(sources: partials)
        return try Template(parsing: template, name: "test").render(data, escaping: escaping, library: library)
    }
}
