/// A self-contained HTML page that shows a ``SlideDeck`` on a projector: one 16:9 slide per screen,
/// moved through with PageDown, Space and the arrow keys by scroll snapping (no script), and one
/// slide per 16:9 page in print. Text is escaped as in ``HTMLWriter``; figures are the same SVG as
/// in the documents, without their data table (the SVG carries a title and a description).
public struct SlideDeckPage: Sendable {
    /// How much a slide may hold before it continues on the next.
    public var budget: SlideBudget

    /// Makes a deck writer.
    public init(budget: SlideBudget = .standard) {
        self.budget = budget
    }

    /// The page for `document`, cut into slides.
    public func render(_ document: Document) -> String {
        render(SlideDeck(document: document, budget: budget))
    }

    /// The page for `deck`.
    public func render(_ deck: SlideDeck) -> String {
        var renderer = HTMLRenderer(headingIDs: HeadingIDs(), capacity: 16384)
        write(deck, with: &renderer)
        return renderer.output.string()
    }

    /// The page for `deck` in UTF-8, the bytes written (no `String` made of them and taken apart
    /// again, as ``HTMLPage/bytes(_:)``).
    public func bytes(_ deck: SlideDeck) -> [UInt8] {
        var renderer = HTMLRenderer(headingIDs: HeadingIDs(), capacity: 16384)
        write(deck, with: &renderer)
        return renderer.output.bytes()
    }

    private func write(_ deck: SlideDeck, with renderer: inout HTMLRenderer) {
        renderer.words = deck.metadata.words
        renderer.write("<!DOCTYPE html>\n<html lang=\"")
        renderer.escaped(deck.metadata.language)
        renderer.write("\">\n<head>\n<meta charset=\"utf-8\">\n")
        renderer.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        renderer.escaped(deck.metadata.title)
        renderer.write("</title>\n<style>\n"); renderer.write(string: SlideStyle.css); renderer.write("\n</style>\n</head>\n<body>\n<main>\n")
        let count = String(deck.slides.count)
        for (index, slide) in deck.slides.enumerated() {
            let number = String(index + 1)
            renderer.write("<section class=\"dia")
            if slide.isTitleSlide { renderer.write(" titeldia") }
            if slide.blocks.count == 1, case .figure = slide.blocks[0] { renderer.write(" figuurdia") }
            renderer.write("\" id=\"dia-"); renderer.write(string: number)
            renderer.write("\" aria-label=\""); renderer.escaped(deck.metadata.words.slide); renderer.write(" "); renderer.write(string: number)
            renderer.write(" "); renderer.escaped(deck.metadata.words.of); renderer.write(" "); renderer.write(string: count)
            renderer.write("\">\n<div class=\"vel\">\n")
            if !slide.title.isEmpty {
                renderer.write(slide.isTitleSlide ? "<h1 id=\"" : "<h2 id=\"")
                let id = renderer.headingIDs!.next(for: slide.title)
                renderer.escaped(id)
                renderer.write("\">"); renderer.inlines(slide.title); renderer.write(slide.isTitleSlide ? "</h1>\n" : "</h2>\n")
            }
            renderer.write("<div class=\"inhoud\">\n")
            for block in slide.blocks {
                if case .figure(let figure) = block { self.figure(figure, to: &renderer) } else { renderer.blocks([block], tight: false) }
            }
            renderer.newline()
            renderer.write("</div>\n<p class=\"voet\"><span>"); renderer.escaped(deck.metadata.title)
            renderer.write("</span><span>"); renderer.write(string: number); renderer.write(" / "); renderer.write(string: count)
            renderer.write("</span></p>\n</div>\n</section>\n")
        }
        renderer.write("</main>\n</body>\n</html>\n")
    }

    /// A figure as its title, its SVG drawing and its source.
    private func figure(_ figure: Figure, to renderer: inout HTMLRenderer) {
        renderer.newline()
        renderer.write("<figure class=\"dia-figuur\">\n<figcaption>"); renderer.escaped(figure.title); renderer.write("</figcaption>\n")
        switch figure.content {
        case .bars(let chart): renderer.write(string: chart.svg())
        case .horizontalBars(let chart): renderer.write(string: chart.svg())
        case .timeline(let chart): renderer.write(string: chart.svg())
        case .line(let chart): renderer.write(string: chart.svg())
        case .regionMap(let map): renderer.write(string: Self.mapWithLegend(map))
        case .matrix: renderer.table(figure.data)  // the splitter turns a matrix into a table first
        }
        renderer.newline()
        if !figure.source.isEmpty { renderer.write("<p class=\"bron\">"); renderer.escaped(figure.source); renderer.write("</p>\n") }
        renderer.write("</figure>\n")
    }
}

extension SlideDeckPage {
    /// The map with its legend beside it in the slide's own type, as the PowerPoint deck has it:
    /// drawn inside the scaled map the legend was a few pixels high on a projector.
    static func mapWithLegend(_ map: RegionMap) -> String {
        let pattern = "\(map.id)-legenda-nul"
        var html = "<div class=\"kaart-dia\">" + map.svg(legend: false) + "<div class=\"kaart-legenda\"><p><strong>"
        html += XMLText.escape(map.legendTitle) + "</strong></p><ul>"
        for entry in map.legendEntries(patternID: pattern) {
            html += "<li><svg class=\"staal\" viewBox=\"0 0 90 60\" aria-hidden=\"true\">"
            if entry.fill.hasPrefix("url(") { html += "<defs>\(ShadeScale.zeroPattern(id: pattern, size: 18))</defs>" }
            html += "<rect x=\"2\" y=\"2\" width=\"86\" height=\"56\" fill=\"\(entry.fill)\" stroke=\"#000\" stroke-width=\"4\"/></svg>"
            html += XMLText.escape(entry.label) + "</li>"
        }
        return html + "</ul></div></div>"
    }
}

extension SlideDeckPage: DocumentWriter {
    /// The deck as an HTML page in UTF-8.
    public func write(_ document: Document) -> [UInt8] { bytes(SlideDeck(document: document, budget: budget)) }
}
