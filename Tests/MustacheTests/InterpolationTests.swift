import Mustache
import TestSupport
import Testing

@Suite(.timed) struct InterpolationTests {
    static let cases: [RenderCase] = [
        RenderCase("text without tags passes through", "Hallo wereld\n", "Hallo wereld\n"),
        RenderCase("a name is replaced by its value", "Hallo {{naam}}!", ["naam": "Twente"], "Hallo Twente!"),
        RenderCase("double braces escape HTML", "{{x}}", ["x": "<b>&\"'</b>"], "&lt;b&gt;&amp;&quot;&#39;&lt;/b&gt;"),
        RenderCase("triple braces do not escape", "{{{x}}}", ["x": "<b>&</b>"], "<b>&</b>"),
        RenderCase("ampersand does not escape", "{{&x}}", ["x": "<b>&</b>"], "<b>&</b>"),
        RenderCase("whole numbers have no fraction", "{{n}}|{{d}}", ["n": 85, "d": 3.0], "85|3"),
        RenderCase("decimals are written shortest", "{{d}}", ["d": 1.21], "1.21"),
        RenderCase("a sum that is not exact in binary", "{{d}}", ["d": .double(0.1 + 0.2)], "0.30000000000000004"),
        RenderCase("booleans are written as words", "{{a}} {{b}}", ["a": true, "b": false], "true false"),
        RenderCase("null is empty", "[{{x}}]", ["x": nil], "[]"),
        RenderCase("a missing name is empty", "[{{x}}] [{{{x}}}] [{{&x}}]", "[] [] []"),
        RenderCase("space inside tags is ignored", "{{ x }}{{{ x }}}{{& x }}", ["x": "-"], "---"),
        RenderCase("dotted names descend into dictionaries", "{{a.b.c}}", ["a": ["b": ["c": "diep"]]], "diep"),
        RenderCase("a dotted name broken midway is empty", "[{{a.b.c}}]", ["a": ["b": [:]]], "[]"),
        RenderCase(
            "only the first part of a dotted name uses the context stack", "{{#a}}[{{b.c}}]{{/a}}",
            ["a": ["b": [:]], "b": ["c": "FOUT"]], "[]"),
        RenderCase("a dotted name may start anywhere up the stack", "{{#a}}{{b.c}}{{/a}}", ["a": [:], "b": ["c": "ok"]], "ok"),
        RenderCase("the implicit iterator is the current value", "{{#l}}({{.}}){{/l}}", ["l": [1, "b", 2.5]], "(1)(b)(2.5)"),
        RenderCase("the implicit iterator escapes", "{{#l}}{{.}}|{{{.}}}{{/l}}", ["l": ["<"]], "&lt;|<"),
        RenderCase("a top-level implicit iterator is the context", "{{.}}", "alleen", "alleen"),
        RenderCase("lists are joined with a comma", "{{l}}", ["l": ["a", "b"]], "a, b"),
        RenderCase("values are not parsed as templates", "{{x}}", ["x": "{{y}}"], "{{y}}"),
        RenderCase("lines keep their whitespace around tags", "  {{x}}  \n", ["x": "a"], "  a  \n"),
        RenderCase("a standalone-looking interpolation is not standalone", "  {{x}}\n", "  \n"),
        RenderCase("unicode passes through", "{{x}} – één", ["x": "café ✓"], "café ✓ – één"),
    ]

    @Test(arguments: cases)
    func renders(_ row: RenderCase) throws {
        try row.check()
    }

    @Test func inner_contexts_shadow_outer_ones() throws {
        let template = try Template(parsing: "{{naam}}{{#regio}}/{{naam}}{{#thema}}/{{naam}}{{/thema}}{{/regio}}", name: "t")
        let data: MustacheValue = ["naam": "NL", "regio": ["naam": "Twente", "thema": ["x": 1]]]
        #expect(template.render(data, escaping: .none) == "NL/Twente/Twente")
    }

    @Test func a_present_null_stops_the_lookup() throws {
        let template = try Template(parsing: "{{#binnen}}[{{x}}]{{/binnen}}", name: "t")
        #expect(template.render(["x": "buiten", "binnen": ["x": nil]], escaping: .none) == "[]")
    }
}
