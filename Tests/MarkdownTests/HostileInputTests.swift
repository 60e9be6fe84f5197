import TestSupport
import Testing
@testable import Markdown
import Documents

/// Inputs built to exhaust the stack or time: they must parse, with nesting capped.
@Suite(.timed) struct HostileInputTests {
    static let inputs: [(String, String)] = [
        ("deep block quotes", String(repeating: ">", count: 100_000) + " a\n"),
        ("deep lists", String(repeating: "- ", count: 50_000) + "a\n"),
        ("deep ordered lists", (0..<2_000).map { String(repeating: "  ", count: $0) + "1. a" }.joined(separator: "\n")),
        ("deep emphasis", String(repeating: "*a ", count: 20_000) + String(repeating: " a*", count: 20_000)),
        ("deep strong", String(repeating: "**", count: 20_000) + "a" + String(repeating: "**", count: 20_000)),
        ("deep links", String(repeating: "[", count: 20_000) + "a" + String(repeating: "](b)", count: 20_000)),
        ("deep images", String(repeating: "![", count: 20_000) + "a" + String(repeating: "](b)", count: 20_000)),
        ("unmatched backticks", (1...2_000).map { String(repeating: "`", count: $0 % 40 + 1) }.joined(separator: " x ")),
        ("many brackets", String(repeating: "[a", count: 30_000)),
        ("many delimiters", String(repeating: "a_ ", count: 30_000)),
        ("control characters", String((0..<2_000).map { Character(Unicode.Scalar(UInt8($0 % 32))) })),
        ("long table", "| a | b |\n|---|---|\n" + String(repeating: "| 1 | 2 |\n", count: 5_000)),
    ]

    @Test(arguments: inputs.map(\.0))
    func parsesWithoutCrashing(_ name: String) {
        let text = Self.inputs.first { $0.0 == name }!.1
        let document = MarkdownParser.blocks(from: text)
        #expect(depth(of: document) <= MarkdownParser.maximumBlockNesting * 2 + 2)
        #expect(inlineDepth(of: document) <= MarkdownParser.maximumInlineNesting + 1)
    }

    @Test func deepQuotesKeepTheRestAsText() {
        let document = MarkdownParser.blocks(from: String(repeating: ">", count: 100) + " a\n")
        var blocks = document
        var quotes = 0
        while case .blockQuote(let inner)? = blocks.first { quotes += 1; blocks = inner }
        #expect(quotes == MarkdownParser.maximumBlockNesting)
        #expect(blocks.first == .paragraph([.text(String(repeating: ">", count: 100 - quotes) + " a")]))
    }

    private func depth(of blocks: [Block]) -> Int {
        blocks.map { block -> Int in
            switch block {
            case .blockQuote(let inner): return 1 + depth(of: inner)
            case .list(let list): return 2 + (list.items.map { depth(of: $0) }.max() ?? 0)
            default: return 0
            }
        }.max() ?? 0
    }

    private func inlineDepth(of blocks: [Block]) -> Int {
        func depth(_ inlines: Inlines) -> Int {
            inlines.map { inline -> Int in
                switch inline {
                case .emphasis(let c), .strong(let c), .link(_, _, let c), .image(_, _, let c): return 1 + depth(c)
                default: return 0
                }
            }.max() ?? 0
        }
        return blocks.map { block -> Int in
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines): return depth(inlines)
            case .blockQuote(let inner): return inlineDepth(of: inner)
            case .list(let list): return list.items.map { inlineDepth(of: $0) }.max() ?? 0
            default: return 0
            }
        }.max() ?? 0
    }
}
