import Mustache
import TestSupport
import Testing

@Suite(.timed) struct PartialTests {
    static let partials: [RenderCase] = [
        RenderCase("a partial renders in place", "[{{>p}}]", partials: ["p": "uit p"], "[uit p]"),
        RenderCase("a missing partial renders nothing", "[{{>p}}]", "[]"),
        RenderCase("a partial sees the current context", "{{#r}}{{>p}}{{/r}}", ["r": ["x": 1]], partials: ["p": "<{{x}}>"], "<1>"),
        RenderCase(
            "partials recurse over data", "{{>node}}", ["c": "X", "kids": [["c": "Y", "kids": []]]],
            partials: ["node": "{{c}}({{#kids}}{{>node}}{{/kids}})"], "X(Y())"),
        RenderCase(
            "partials nest", "{{>a}}", ["x": 1, "y": 2], partials: ["a": "{{x}}{{>b}}", "b": "-{{y}}"], "1-2"),
        RenderCase("inline partials are not indented", "  x {{>p}}\n", partials: ["p": "1\n2"], "  x 1\n2\n"),
        RenderCase(
            "a standalone partial indents every line of the partial", "a\n  {{>p}}\nb", partials: ["p": "1\n2\n"],
            "a\n  1\n  2\nb"),
        RenderCase(
            "indentation applies to template lines, not to values", " {{>p}}\n", ["v": "x\ny"],
            partials: ["p": "|\n{{{v}}}\n|\n"], " |\n x\ny\n |\n"),
        RenderCase(
            "nested standalone partials add their indentation", "  {{>a}}\n", partials: ["a": "a\n  {{>b}}\n", "b": "b1\nb2\n"],
            "  a\n    b1\n    b2\n"),
        RenderCase(
            "standalone lines inside an indented partial disappear", "  {{>p}}\n", ["l": [1, 2]],
            partials: ["p": "{{#l}}\n- {{.}}\n{{/l}}\n"], "  - 1\n  - 2\n"),
        RenderCase("space inside partial tags is ignored", "[{{> p }}]", partials: ["p": "x"], "[x]"),
        RenderCase(
            "delimiters do not leak into partials", "{{=<% %>=}}<%> p%>", ["x": 1], partials: ["p": "{{x}}"], "1"),
        RenderCase("a dynamic name picks the partial", "{{>*soort}}", ["soort": "tekst"], partials: ["tekst": "T"], "T"),
    ]

    static let delimiters: [RenderCase] = [
        RenderCase("new delimiters", "{{=<% %>=}}(<%x%>)", ["x": 1], "(1)"),
        RenderCase("old delimiters are plain text after a change", "{{=| |=}}{{x}}|x|", ["x": 1], "{{x}}1"),
        RenderCase("delimiters can change back", "{{=[ ]=}}[x][={{ }}=]{{x}}", ["x": 1], "11"),
        RenderCase("sections with new delimiters", "{{=| |=}}|#a|ja|/a|", ["a": true], "ja"),
        RenderCase("triple braces with new delimiters", "{{=| |=}}|{x}|", ["x": "<"], "<"),
        RenderCase("ampersand with new delimiters", "{{=| |=}}|& x|", ["x": "<"], "<"),
    ]

    static let inheritance: [RenderCase] = [
        RenderCase("a block renders its default", "{{$titel}}Standaard{{/titel}}", "Standaard"),
        RenderCase(
            "a child replaces a parent's block", "{{<basis}}{{$titel}}Eigen{{/titel}}{{/basis}}",
            partials: ["basis": "# {{$titel}}Titel{{/titel}}\n{{$tekst}}tekst{{/tekst}}"], "# Eigen\ntekst"),
        RenderCase(
            "text inside a parent tag is ignored", "{{<b}} negeer {{$x}}ja{{/x}} {{/b}}", partials: ["b": "{{$x}}nee{{/x}}"],
            "ja"),
        RenderCase(
            "replacing content uses the parent's context", "{{<b}}{{$x}}{{v}}{{/x}}{{/b}}", ["v": "buiten", "n": ["v": "binnen"]],
            partials: ["b": "{{#n}}{{$x}}{{/x}}{{/n}}"], "binnen"),
        RenderCase(
            "the outermost replacement wins", "{{<a}}{{$x}}kind{{/x}}{{/a}}",
            partials: ["a": "{{<b}}{{$x}}ouder{{/x}}{{/b}}", "b": "{{$x}}grootouder{{/x}}"], "kind"),
        RenderCase(
            "a standalone parent indents its lines", "Hoi\n  {{<b}}{{/b}}\n", partials: ["b": "1\n2\n"], "Hoi\n  1\n  2\n"),
        RenderCase(
            "a standalone block takes the indentation of its place", "{{<b}}{{$x}}\n    een\n    twee\n{{/x}}{{/b}}\n",
            partials: ["b": "Lijst:\n  {{$x}}\n  {{/x}}\n"], "Lijst:\n  een\n  twee\n"),
    ]

    @Test(arguments: partials) func partial(_ row: RenderCase) throws { try row.check() }
    @Test(arguments: delimiters) func delimiter(_ row: RenderCase) throws { try row.check() }
    @Test(arguments: inheritance) func inherits(_ row: RenderCase) throws { try row.check() }

    @Test func a_partial_is_parsed_once_and_rendered_with_any_indentation() throws {
        let library = try TemplateLibrary(sources: ["p": "x\ny\n"])
        let template = try Template(parsing: "{{>p}}\n  {{>p}}\n    {{>p}}\n", name: "t")
        #expect(template.render([:], escaping: .none, library: library) == "x\ny\n  x\n  y\n    x\n    y\n")
    }

    @Test func library_renders_by_name() throws {
        let library = try TemplateLibrary(sources: ["doc": "{{>kop}}tekst", "kop": "# {{titel}}\n"])
        #expect(try library.render("doc", with: ["titel": "A"], escaping: .markdown) == "# A\ntekst")
        #expect(library.names == ["doc", "kop"])
        #expect(throws: MustacheError.self) { try library.render("geen", with: [:], escaping: .none) }
    }
}
