import Diagnostics
import Mustache
import TestSupport
import Testing

/// Rendering into segments: an embedded value is handed back by its number, never as text, so a
/// program puts typed content in place without recognising it in the output (issue 32, point 1).
@Suite(.timed) struct SegmentTests {
    @Test func anEmbeddedValueBecomesItsOwnSegment() throws {
        let template = try Template(parsing: "# {{titel}}\n\n{{tekst}}\n| {{cel}} |\n", name: "t")
        let segments = try template.segments(
            ["titel": "A*B", "tekst": .embedded(0), "cel": .embedded(7)], escaping: .markdown, strict: .all)
        #expect(segments == [.text("# A\\*B\n\n"), .embedded(0), .text("\n| "), .embedded(7), .text(" |\n")])
    }

    @Test func anEmbeddedValueIsTruthyAndWritesNoText() throws {
        let template = try Template(parsing: "{{#x}}[{{x}}]{{/x}}{{^x}}leeg{{/x}}", name: "t")
        #expect(template.render(["x": .embedded(3)], escaping: .markdown) == "[]")
        #expect(try template.segments(["x": .embedded(3)], escaping: .none) == [.text("["), .embedded(3), .text("]")])
    }

    @Test func aStandaloneBlockEndsItsLineAfterAnEmbeddedValue() throws {
        let library = try TemplateLibrary(sources: ["ouder": "{{$inhoud}}\nstandaard\n{{/inhoud}}\nna\n"])
        let template = try Template(parsing: "{{<ouder}}{{$inhoud}}{{x}}{{/inhoud}}{{/ouder}}", name: "kind")
        #expect(try template.segments(["x": .embedded(1)], escaping: .none, library: library) == [.embedded(1), .text("\nna\n")])
    }

    @Test func markdownEscapingKeepsEveryCharacter() {
        // The escaping no longer knows of any program's marks: U+FFFC is text like any other.
        #expect(Escaping.markdown.escape("a\u{FFFC}b") == "a\u{FFFC}b")
    }

    @Test func referencesListTheNamesWithTheirPlaces() throws {
        let template = try Template(parsing: "{{a.b}}\n{{#lijst}}\n  {{> kop}}{{c}}\n{{/lijst}}", name: "t")
        #expect(template.references.map(\.name) == ["a.b", "lijst", "kop", "c"])
        #expect(template.references.map(\.kind) == [.value, .section, .template, .value])
        #expect(template.references[3].sections == ["lijst"])
        #expect(template.references[2].range.start == SourcePosition(line: 3, column: 3))
    }

    @Test func missingPartialsAreFoundWithoutRendering() throws {
        let library = try TemplateLibrary(sources: [
            "doc": "{{#nooit}}\n{{> delen/voorbld}}\n{{/nooit}}\n{{> delen/voorblad}}\n", "delen/voorblad": "x",
        ])
        let problems = library.missingPartials()
        #expect(problems.map(\.reason) == [.missingPartial(name: "delen/voorbld")])
        #expect(problems.first?.templateName == "doc")
        #expect(problems.first?.range?.start == SourcePosition(line: 2, column: 1))
        #expect(problems.first?.suggestion == "delen/voorblad")
    }
}
