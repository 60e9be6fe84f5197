import TestSupport
import Testing
@testable import Documents

/// Cutting a document into slides: where slides start, and that no slide holds more than its
/// budget while everything continues, in order, on the next slides.
@Suite(.timed) struct SlideDeckTests {
    let budget = SlideBudget.standard

    func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    func list(_ count: Int, start: Int? = nil) -> Block {
        .list(ListBlock(
            kind: start.map { .ordered(start: $0) } ?? .bullet, isTight: true,
            items: (1...count).map { [.paragraph([.text("Punt \($0)")])] }))
    }

    func table(_ count: Int) -> Block {
        .table(Table(header: ["Regio", "Signalen"], rows: (1...count).map { ["Regio \($0)", "\($0)"] } + [["Totaal", "99"]],
                     numericFrom: 1, hasTotalRow: true))
    }

    func deck(_ blocks: [Block]) -> SlideDeck {
        SlideDeck(document: Document(metadata: DocumentMetadata(title: "Dia's", words: .dutch), splittingCoverFrom: blocks), budget: budget)
    }

    func titles(_ deck: SlideDeck) -> [String] { deck.slides.map(\.title.plainText) }

    @Test func theCoverIsTheTitleSlideAndHeadingsAndBreaksStartSlides() {
        let deck = deck([
            .heading(level: 1, content: [.text("Agenda")]), paragraph("Versie 1"),
            .heading(level: 2, content: [.text("Ambitie")]), paragraph("Werk voor iedereen."),
            .thematicBreak, .heading(level: 2, content: [.text("Opgaven")]),
            .heading(level: 3, content: [.text("Sociaal")]), paragraph("Tekst."),
            .thematicBreak, paragraph("Een dia zonder titel."),
        ])
        #expect(titles(deck) == ["Agenda", "Ambitie", "Opgaven", ""])
        #expect(deck.slides[0].isTitleSlide && deck.slides[0].blocks == [paragraph("Versie 1")])
        #expect(deck.slides[2].blocks.count == 2)
        #expect(deck.slides.allSatisfy { !$0.isContinuation })
    }

    @Test(arguments: [1, 6, 7, 13, 40])
    func aLongListContinuesOnNextSlides(items: Int) {
        let deck = deck([.heading(level: 2, content: [.text("Resultaten")]), list(items, start: 1)])
        let lists = deck.slides.map { slide in slide.blocks.compactMap { if case .list(let list) = $0 { list } else { nil } } }
        #expect(lists.allSatisfy { $0.count == 1 && $0[0].items.count <= budget.listItems })
        #expect(deck.slides.count == (items + budget.listItems - 1) / budget.listItems)
        // Every item once, in order, and the numbering goes on.
        let texts = lists.flatMap { $0[0].items.map { [Block]($0) } }
        #expect(texts == (1...items).map { [.paragraph([.text("Punt \($0)")])] })
        for (index, slideLists) in lists.enumerated() {
            #expect(slideLists[0].kind == .ordered(start: 1 + index * budget.listItems))
        }
        #expect(titles(deck) == deck.slides.indices.map { $0 == 0 ? "Resultaten" : $0 == 1 ? "Resultaten (vervolg)" : "Resultaten (vervolg \($0))" })
        #expect(deck.slides.dropFirst().filter { !$0.isContinuation }.isEmpty)
    }

    @Test func aLongTableContinuesWithItsHeaderAndTheTotalOnlyAtTheEnd() {
        let deck = deck([.heading(level: 2, content: [.text("Signalen")]), table(20)])
        let tables = deck.slides.flatMap { slide in slide.blocks.compactMap { if case .table(let table) = $0 { table } else { nil } } }
        #expect(tables.count == deck.slides.count && tables.count == 3)
        #expect(tables.allSatisfy { $0.rows.count <= budget.tableRows && $0.header == [[.text("Regio")], [.text("Signalen")]] })
        #expect(tables.flatMap(\.rows).count == 21)
        #expect(tables.map(\.hasTotalRow) == [false, false, true])
    }

    func rowCounts(_ blocks: [Block], budget: SlideBudget) -> [Int] {
        SlideDeck(document: Document(metadata: DocumentMetadata(title: "Dia's", words: .dutch), splittingCoverFrom: blocks), budget: budget)
            .slides.map { slide in slide.blocks.reduce(0) { if case .table(let table) = $1 { $0 + table.rows.count } else { $0 } } }
    }

    /// Issue 29: a continuation slide held one or two rows while the slide before had room. Seven
    /// rows of 1.3 lines under a header need 10.4 lines: over the budget of 10, within the room of 12.
    @Test func theLastRowsStayWhenTheSlideHasRoom() {
        let heading = Block.heading(level: 2, content: [.text("Signalen")])
        let roomy = SlideBudget(lines: 10, listItems: 6, tableRows: 7, charactersPerLine: 50, widowLines: 12, widowCharactersPerLine: 50)
        #expect(rowCounts([heading, table(6)], budget: roomy) == [7])
        // Without that room the rows are shared out rather than leaving one alone: 4 and 3, not 6 and 1.
        let tight = SlideBudget(lines: 10, listItems: 6, tableRows: 7, charactersPerLine: 50)
        #expect(rowCounts([heading, table(6)], budget: tight) == [4, 3])
        // A long table still fills its slides; only its end is shared out.
        #expect(rowCounts([heading, table(20)], budget: budget) == [7, 7, 7])
    }

    @Test func aBlockThatDoesNotFitGoesToTheNextSlideAndTextIsCutBetweenSentences() {
        let sentence = "Werkgevers en regio's werken samen aan een betere aansluiting van onderwijs en arbeidsmarkt. "
        let long = String(String(repeating: sentence, count: 40).dropLast())
        let deck = deck([.heading(level: 2, content: [.text("Analyse")]), paragraph(long), list(3)])
        #expect(deck.slides.count > 2)
        let text = deck.slides.flatMap(\.blocks).compactMap { if case .paragraph(let content) = $0 { content.plainText } else { nil } }
        #expect(text.joined(separator: " ") == long)
        for slide in deck.slides {
            let characters = slide.blocks.reduce(0) { $0 + (($1 == list(3)) ? 0 : Block.plainCount($1)) }
            #expect(characters <= Int(budget.lines) * budget.charactersPerLine)
            #expect(text.allSatisfy { $0.hasSuffix(".") })
        }
        #expect(deck.slides.last?.blocks.last == list(3))
    }

    @Test func aFigureHasASlideOfItsOwn() {
        let chart = BarChart(id: "g", title: "Begroting per jaar", description: "Staven", categories: ["2026"],
                             series: [BarChart.Series(name: "a", values: [1])], format: .count)
        let figure = Figure(content: .bars(chart), data: Table(header: ["Jaar"], rows: [["2026"]]))
        let deck = deck([.heading(level: 2, content: [.text("Begroting")]), paragraph("Inleiding."), .figure(figure), paragraph("Daarna.")])
        #expect(deck.slides.map(\.blocks.count) == [1, 1, 1])
        #expect(deck.slides[1].blocks == [.figure(figure)])
    }
}

extension Block {
    /// The characters of a paragraph's text, 0 for other blocks.
    static func plainCount(_ block: Block) -> Int {
        if case .paragraph(let content) = block { content.plainText.count } else { 0 }
    }
}
