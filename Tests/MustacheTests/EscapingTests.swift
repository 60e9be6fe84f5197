import Mustache
import TestSupport
import Testing

@Suite(.timed) struct EscapingTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let id: String
        let value: String
        let expected: String
        var testDescription: String { id }
    }

    static let markdown: [Row] = [
        Row(id: "plain Dutch text is untouched", value: "Regio's werken samen, 14:00 uur; 50% klaar?", expected: "Regio's werken samen, 14:00 uur; 50% klaar?"),
        Row(id: "raw HTML", value: "<script>alert(1)</script>", expected: #"\<script\>alert\(1\)\</script\>"#),
        Row(id: "emphasis", value: "*bold* en _schuin_", expected: #"\*bold\* en \_schuin\_"#),
        Row(id: "heading", value: "# heading", expected: ##"\# heading"##),
        Row(id: "ordered list", value: "1. list", expected: #"1\. list"#),
        Row(id: "bullet lists", value: "- a + b", expected: #"\- a \+ b"#),
        Row(id: "link with script URL", value: "[link](javascript:alert(1))", expected: #"\[link\]\(javascript:alert\(1\)\)"#),
        Row(id: "image", value: "![x](y)", expected: #"\!\[x\]\(y\)"#),
        Row(id: "table cell pipe", value: "a | b", expected: #"a \| b"#),
        Row(id: "entity", value: "&amp; &#39;", expected: ##"\&amp; \&\#39;"##),
        Row(id: "code span and backslash", value: #"`x` \n"#, expected: #"\`x\` \\n"#),
        Row(id: "block quote", value: "> citaat", expected: #"\> citaat"#),
        Row(id: "strikethrough, braces, quotes, setext", value: #"~~x~~ {y} "z" ==="#, expected: #"\~\~x\~\~ \{y\} \"z\" \=\=\="#),
        Row(id: "newlines become one space", value: "regel 1\nregel 2\r\nregel 3\rregel 4", expected: "regel 1 regel 2 regel 3 regel 4"),
        Row(id: "a blank line cannot start a new block", value: "a  \n\n  # b", expected: ##"a \# b"##),
        Row(id: "spaces without line breaks stay", value: "a  b\tc", expected: "a  b\tc"),
        Row(id: "non-ASCII is untouched", value: "café – € 1.250,00", expected: #"café – € 1\.250,00"#),
    ]

    @Test(arguments: markdown)
    func markdownMakesTextLiteral(_ row: Row) {
        #expect(Escaping.markdown.escape(row.value) == row.expected)
    }

    /// The rule of ``Escaping/markdown`` written out character by character, to hold the escaping
    /// (which works on runs of bytes) to it.
    static func markdownByTheRule(_ text: String) -> String {
        var output = ""
        var blanks = ""
        var hasBreak = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" { blanks.unicodeScalars.append(scalar); continue }
            if scalar == "\n" || scalar == "\r" { hasBreak = true; continue }
            output += hasBreak ? " " : blanks
            blanks = ""
            hasBreak = false
            if #"\`*_{}[]()<>#+-.!|&~"="#.unicodeScalars.contains(scalar) { output += "\\" }
            output.unicodeScalars.append(scalar)
        }
        return output + (hasBreak ? " " : blanks)
    }

    @Test(arguments: [
        "", " ", "\n", "\r\n", "  \t ", " a", "a ", "  *", "*  ", " \n ", "a \n", "\n a", "a  \r\n\t b  ",
        "tekst zonder iets", "café – €", "x*y", "\\\\", "a\tb\n\nc.", " - lijst", "1.250,00 ", "é\n.é", "\u{301}*\u{301}",
        String(repeating: "woord ", count: 40) + "*" + String(repeating: " \n", count: 3) + "einde",
    ])
    func markdownEscapingKeepsToItsRule(text: String) {
        #expect(Escaping.markdown.escape(text) == Self.markdownByTheRule(text))
        var appended = "voor "
        Escaping.markdown.append(text, to: &appended)
        #expect(appended == "voor " + Self.markdownByTheRule(text))
    }

    @Test func markdownEscapingInATemplate() throws {
        let template = try Template(parsing: "| {{a}} | {{{a}}} |\n", name: "t")
        #expect(template.render(["a": "x|*y*"], escaping: .markdown) == #"| x\|\*y\* | x|*y* |"# + "\n")
    }

    @Test(arguments: [
        ("<a href=\"x\">'&'</a>", "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;"),
        ("gewoon", "gewoon"),
        ("&amp;", "&amp;amp;"),
    ])
    func html(_ value: String, _ expected: String) {
        #expect(Escaping.html.escape(value) == expected)
    }

    @Test func noneLeavesTextAlone() {
        #expect(Escaping.none.escape("<*&*>\n") == "<*&*>\n")
    }

    @Test(arguments: Escaping.allCases)
    func tripleAndAmpersandNeverEscape(_ escaping: Escaping) throws {
        let template = try Template(parsing: "{{{v}}}{{&v}}", name: "t")
        #expect(template.render(["v": "<*&\n>"], escaping: escaping) == "<*&\n><*&\n>")
    }

    @Test func escapingAppliesInsidePartials() throws {
        let library = try TemplateLibrary(sources: ["p": "{{v}}"])
        let template = try Template(parsing: "{{>p}}", name: "t")
        #expect(template.render(["v": "<#>"], escaping: .markdown, library: library) == ##"\<\#\>"##)
        #expect(template.render(["v": "<#>"], escaping: .html, library: library) == "&lt;#&gt;")
    }
}
