import Diagnostics
import Mustache
import TestSupport
import Testing

@Suite(.timed) struct ErrorTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let template: String
        let reason: MustacheError.Reason
        /// Start and end as (line, column), columns in Unicode scalars.
        let start: (Int, Int)
        let end: (Int, Int)
        var testDescription: String { id }
    }

    static let syntax: [Row] = [
        Row(id: "unclosed tag", template: "Hallo\n  {{naam", reason: .unclosedTag(opening: "{{", closing: "}}"), start: (2, 3), end: (2, 5)),
        Row(
            id: "tag running into the next tag", template: "{{a {{b}}", reason: .unclosedTag(opening: "{{", closing: "}}"),
            start: (1, 1), end: (1, 3)),
        Row(
            id: "unclosed triple", template: "é {{{a}}", reason: .unclosedTag(opening: "{{{", closing: "}}}"), start: (1, 3),
            end: (1, 6)),
        Row(id: "unclosed section", template: "a\n{{#lijst}}\nx\n", reason: .unclosedSection(name: "lijst"), start: (2, 1), end: (2, 11)),
        Row(id: "close without open", template: "x {{/a}}", reason: .unexpectedClose(name: "a"), start: (1, 3), end: (1, 9)),
        Row(
            id: "mismatched close", template: "{{#a}}\n  {{#b}}\n  {{/a}}", reason: .mismatchedClose(found: "a", open: "b", openLine: 2),
            start: (3, 3), end: (3, 9)),
        Row(id: "empty tag", template: "x{{ }}", reason: .emptyTagName, start: (1, 2), end: (1, 7)),
        Row(id: "empty section name", template: "{{#}}{{/}}", reason: .emptyTagName, start: (1, 1), end: (1, 6)),
        Row(id: "space in name", template: "{{a b}}", reason: .invalidName("a b"), start: (1, 1), end: (1, 8)),
        Row(id: "empty name part", template: "{{a..b}}", reason: .invalidName("a..b"), start: (1, 1), end: (1, 9)),
        Row(id: "one delimiter", template: "{{=<%=}}", reason: .invalidDelimiters("<%"), start: (1, 1), end: (1, 9)),
        Row(id: "three delimiters", template: "{{=< % >=}}", reason: .invalidDelimiters("< % >"), start: (1, 1), end: (1, 12)),
        Row(
            id: "columns count Unicode scalars after CRLF", template: "ë\r\nëë {{#x}}", reason: .unclosedSection(name: "x"),
            start: (2, 4), end: (2, 10)),
    ]

    @Test(arguments: syntax)
    func syntaxErrorsAreLocated(_ row: Row) {
        #expect {
            _ = try Template(parsing: row.template, name: "test")
        } throws: { error in
            guard let error = error as? MustacheError else { return false }
            return error.reason == row.reason && error.templateName == "test"
                && error.range == SourceRange(start: .init(line: row.start.0, column: row.start.1), end: .init(line: row.end.0, column: row.end.1))
        }
    }

    @Test func theDescriptionIsLocatedAndHoldsNoApplicationWords() {
        let error = MustacheError(
            .mismatchedClose(found: "b", open: "a", openLine: 3), templateName: "agenda", file: "templates/agenda.md",
            range: SourceRange(start: .init(line: 7, column: 5), end: .init(line: 7, column: 10)))
        #expect(error.description == #"templates/agenda.md:7:5: mismatchedClose(found: "b", open: "a", openLine: 3)"#)
    }

    @Test func strictModeReportsAMissingValueAtItsTag() throws {
        let template = try Template(parsing: "Regio:\n  {{regio.nam}}", name: "kop")
        #expect(template.render(["regio": ["naam": "Twente"]], escaping: .none) == "Regio:\n  ")
        #expect {
            _ = try template.render(["regio": ["naam": "Twente"]], escaping: .none, strict: .all)
        } throws: { error in
            let error = error as? MustacheError
            return error?.reason == .missingValue(name: "regio.nam") && error?.range?.start == SourcePosition(line: 2, column: 3)
        }
    }

    @Test func strictModeAllowsNullAndEmptyValuesInSections() throws {
        let template = try Template(parsing: "{{a}}{{#b}}x{{/b}}{{^c}}y{{/c}}", name: "t")
        #expect(try template.render(["a": nil, "b": false, "c": ""], escaping: .none, strict: .all) == "y")
    }

    @Test func strictModeReportsASectionWhoseNameIsMissing() throws {
        let template = try Template(parsing: "a\n{{#themas}}x{{/themas}}{{^temas}}y{{/temas}}", name: "t")
        #expect {
            _ = try template.render(["themas": []], escaping: .none, strict: .all)
        } throws: { error in
            let error = error as? MustacheError
            return error?.reason == .missingValue(name: "temas") && error?.range?.start == SourcePosition(line: 2, column: 24)
        }
    }

    @Test func strictModeReportsAMissingPartialInThePartialThatNamesIt() throws {
        let library = try TemplateLibrary(sources: ["midden": "a\n{{> onderr}}"])
        let template = try Template(parsing: "{{> midden}}", name: "doc")
        #expect(template.render([:], escaping: .none, library: library) == "a\n")
        #expect(throws: MustacheError(
            .missingPartial(name: "onderr"), templateName: "midden",
            range: SourceRange(start: .init(line: 2, column: 1), end: .init(line: 2, column: 13)))
        ) {
            _ = try template.render([:], escaping: .none, library: library, strict: .missingPartials)
        }
        // Only missing values were asked for, so the missing partial passes.
        #expect(try template.render([:], escaping: .none, library: library, strict: .missingValues) == "a\n")
    }

    @Test func collectingGathersEveryProblemAndStillRenders() throws {
        let template = try Template(parsing: "{{a}}-{{b}}-{{> c}}-{{d}}", name: "t")
        var problems: [MustacheError] = []
        let output = template.render(["b": 1], escaping: .none, strict: .all, problems: &problems)
        #expect(output == "-1--")
        #expect(problems.map(\.reason) == [.missingValue(name: "a"), .missingPartial(name: "c"), .missingValue(name: "d")])
    }

    @Test func endlessRecursionStopsAndIsReported() throws {
        let library = try TemplateLibrary(sources: ["lus": "x{{> lus}}"])
        let template = try Template(parsing: "{{> lus}}", name: "t")
        #expect(template.render([:], escaping: .none, library: library).count == 200)
        var problems: [MustacheError] = []
        _ = template.render([:], escaping: .none, library: library, strict: [], problems: &problems)
        #expect(problems.map(\.reason) == [.recursionTooDeep(name: "lus", limit: 200)])
    }
}
