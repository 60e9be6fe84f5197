import Markdown
import TestSupport
import Testing
@testable import Documents

/// `Inlines`' own `append`, `append(contentsOf:)` and `+=` (issue 38: the collection's generic
/// ones went through `insert(_:at:)` and `replaceSubrange` for every inline), and the HTML
/// fragment as bytes.
@Suite(.timed) struct InlinesAppendTests {
    @Test func appendingGivesWhatAnArrayGivesAndLeavesSharedRunsAlone() {
        let blocks = MarkdownParser.blocks(from: "Een *twee* drie\n\nVier **vijf**")
        guard case .paragraph(let first) = blocks[0], case .paragraph(let second) = blocks[1] else {
            Issue.record("no paragraphs: \(blocks)")
            return
        }
        #expect(first.arrayAddress == second.arrayAddress)  // two ranges of one array
        var grown = first
        grown.append(.text("!"))
        grown.append(contentsOf: second)
        grown += [.softBreak]
        #expect(Array(grown) == Array(first) + [.text("!")] + Array(second) + [.softBreak])
        #expect(grown.count == first.count + 1 + second.count + 1)
        // The runs it was made from are as they were.
        #expect(first == [.text("Een "), .emphasis([.text("twee")]), .text(" drie")])
        #expect(second == [.text("Vier "), .strong([.text("vijf")])])
        var built: Inlines = []
        for inline in first { built.append(inline) }
        #expect(built == first)
    }

    @Test func theFragmentAsBytesIsTheFragmentsUTF8() {
        let blocks = MarkdownParser.blocks(from: "# Één & twee\n\n| a | b |\n| - | -: |\n| <x> | € 1 |\n\n- *nadruk* [link](https://example.nl/é \"titel\")\n")
        let writer = HTMLWriter()
        #expect(writer.bytes(blocks) == Array(writer.render(blocks).utf8))
        let plain = HTMLWriter(options: HTMLWriter.Options(headingIDs: false))
        #expect(plain.bytes(blocks) == Array(plain.render(blocks).utf8))
    }
}
