import Mustache
import TestSupport
import Testing

@Suite(.timed) struct SectionTests {
    static let sections: [RenderCase] = [
        RenderCase("true renders once", "[{{#a}}ja{{/a}}]", ["a": true], "[ja]"),
        RenderCase("false renders nothing", "[{{#a}}ja{{/a}}]", ["a": false], "[]"),
        RenderCase("null renders nothing", "[{{#a}}ja{{/a}}]", ["a": nil], "[]"),
        RenderCase("a missing name renders nothing", "[{{#a}}ja{{/a}}]", "[]"),
        RenderCase("an empty list renders nothing", "[{{#a}}ja{{/a}}]", ["a": []], "[]"),
        RenderCase("an empty string renders nothing", "[{{#a}}ja{{/a}}]", ["a": ""], "[]"),
        RenderCase("zero is not falsey", "[{{#a}}{{.}}{{/a}}]", ["a": 0], "[0]"),
        RenderCase("an empty dictionary is not falsey", "[{{#a}}ja{{/a}}]", ["a": [:]], "[ja]"),
        RenderCase("a list renders once per item", "{{#l}}<{{n}}>{{/l}}", ["l": [["n": 1], ["n": 2]]], "<1><2>"),
        RenderCase("a dictionary becomes the context", "{{#r}}{{naam}}{{/r}}", ["r": ["naam": "Twente"]], "Twente"),
        RenderCase("a string becomes the context", "{{#s}}({{.}}){{/s}}", ["s": "x"], "(x)"),
        RenderCase("outer names stay visible", "{{#r}}{{land}}{{/r}}", ["land": "NL", "r": ["a": 1]], "NL"),
        RenderCase(
            "nested sections see every level", "{{#a}}{{one}}{{#b}}{{one}}{{two}}{{#c}}{{one}}{{two}}{{three}}{{/c}}{{/b}}{{/a}}",
            ["a": ["one": 1], "b": ["two": 2], "c": ["three": 3]], "112123"),
        RenderCase("lists of lists", "{{#l}}[{{#.}}{{.}}{{/.}}]{{/l}}", ["l": [[1, 2], [3]]], "[12][3]"),
        RenderCase("dotted section names", "{{#a.b}}ja{{/a.b}}", ["a": ["b": true]], "ja"),
        RenderCase("the same section twice", "{{#a}}1{{/a}}{{#a}}2{{/a}}", ["a": true], "12"),
    ]

    static let inverted: [RenderCase] = [
        RenderCase("false renders the content", "[{{^a}}nee{{/a}}]", ["a": false], "[nee]"),
        RenderCase("a missing name renders the content", "[{{^a}}nee{{/a}}]", "[nee]"),
        RenderCase("an empty list renders the content once", "[{{^a}}nee{{/a}}]", ["a": []], "[nee]"),
        RenderCase("true renders nothing", "[{{^a}}nee{{/a}}]", ["a": true], "[]"),
        RenderCase("a full list renders nothing", "[{{^a}}nee{{/a}}]", ["a": [1, 2]], "[]"),
        RenderCase("a dictionary renders nothing", "[{{^a}}nee{{/a}}]", ["a": ["x": 1]], "[]"),
        RenderCase("the context does not change", "{{^a}}{{b}}{{/a}}", ["a": false, "b": "x"], "x"),
        RenderCase("section and inverse side by side", "{{#a}}ja{{/a}}{{^a}}nee{{/a}}", ["a": false], "nee"),
    ]

    static let comments: [RenderCase] = [
        RenderCase("a comment renders nothing", "a{{! niets }}b", "ab"),
        RenderCase("a comment may span lines", "a{{!\nniets\n}}b", "ab"),
        RenderCase("a comment may hold braces", "a{{! {x} }}b", "ab"),
        RenderCase("a comment's name is not looked up", "{{!x}}", ["x": "NEE"], ""),
    ]

    @Test(arguments: sections) func section(_ row: RenderCase) throws { try row.check() }
    @Test(arguments: inverted) func invertedSection(_ row: RenderCase) throws { try row.check() }
    @Test(arguments: comments) func comment(_ row: RenderCase) throws { try row.check() }
}
