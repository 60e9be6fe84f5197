import Mustache
import TestSupport
import Testing

/// The specification's standalone-line rules: a line holding only whitespace and tags other than
/// interpolations disappears from the output.
@Suite(.timed) struct WhitespaceTests {
    static let cases: [RenderCase] = [
        RenderCase("a standalone section line disappears", "|\n{{#a}}\nx\n{{/a}}\n|", ["a": true], "|\nx\n|"),
        RenderCase("indented standalone lines disappear", "|\n  {{#a}}\n x\n\t{{/a}}\n|", ["a": true], "|\n x\n|"),
        RenderCase("CRLF ends a standalone line", "|\r\n{{#a}}\r\n{{/a}}\r\n|", ["a": true], "|\r\n|"),
        RenderCase("no line is needed before", "  {{#a}}\n#{{/a}}\n/", ["a": true], "#\n/"),
        RenderCase("no line end is needed after", "#{{#a}}\n/\n  {{/a}}", ["a": true], "#\n/\n"),
        RenderCase("inline sections keep their spaces", " {{#a}}ja{{/a}}\n", ["a": true], " ja\n"),
        RenderCase("text on the line prevents standalone", "x {{#a}}\n{{/a}}", ["a": true], "x \n"),
        RenderCase("an inverted standalone line disappears", "|\n{{^a}}\nx\n{{/a}}\n|", ["a": false], "|\nx\n|"),
        RenderCase("a standalone comment line disappears", "a\n  {{! c }}\nb", "a\nb"),
        RenderCase("a standalone multi-line comment disappears", "a\n{{!\nc\n}}\nb", "a\nb"),
        RenderCase("a standalone delimiter line disappears", "a\n  {{=| |=}}\n|x|", ["x": 1], "a\n1"),
        RenderCase("two standalone tags on one line", "a\n{{#a}}{{/a}}\nb", ["a": true], "a\nb"),
        RenderCase("an interpolation on the line prevents standalone", "{{#a}}{{x}}\n{{/a}}", ["a": true, "x": 1], "1\n"),
        RenderCase("a lone CR is not a line end", "a\r{{#a}}\rb{{/a}}", ["a": true], "a\r\rb"),
        RenderCase("a false section's standalone lines all go", "a\n{{#a}}\nx\n{{/a}}\nb\n", ["a": false], "a\nb\n"),
    ]

    @Test(arguments: cases)
    func standaloneLines(_ row: RenderCase) throws {
        try row.check()
    }
}
