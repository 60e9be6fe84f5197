/// Where blocks are laid out: a column of the page (narrower inside lists and notes), with the
/// left bars of the notes it stands in and its text colour.
struct PDFFrame {
    var x: Double
    var width: Double
    var bars: [Double] = []
    var color = PDFPageStyle.text

    func indented(by amount: Double) -> PDFFrame {
        var frame = self
        frame.x += amount
        frame.width = max(40, frame.width - amount)
        return frame
    }
}

/// A table of contents entry's page number, its place kept until the heading's page is known.
typealias PendingPageNumber = (place: PDFReservedContent, element: Int, id: String, right: Double, baseline: Double)

/// How the lines of a block are aligned.
enum PDFAlignment {
    case left, right, center
}

/// Lays the blocks of a document out on A4 pages, as the print style of the HTML page does: page
/// breaks only before a level-1 heading (and after the cover), headings kept with what follows,
/// no single line of a paragraph alone at the top or bottom of a page, table rows never split (a
/// row taller than a page excepted), the table header repeated on every page. One pass, in
/// document order; page numbers of the table of contents are filled in when all pages are known.
final class PDFLayout {
    let canvas = PDFCanvas()
    /// The top of the free space on the current page.
    var y = PDFPageStyle.top
    /// Where each heading stands: page and top, by id.
    var headingPositions: [String: (page: Int, y: Double)] = [:]
    /// The headings in order, for the bookmarks.
    var headings: [(level: Int, text: String, id: String)] = []
    var headingIDs = HeadingIDs()
    /// A list item's label, drawn with the first line of the item's body.
    var pendingMarker: (spans: [PDFSpan], x: Double, element: Int)?
    /// Table of contents entries waiting for their page number.
    var pendingPageNumbers: [PendingPageNumber] = []
    /// Whether a level-1 heading starts a new page (in the content, not on the cover).
    var breakBeforeLevelOne = false
    /// The words the layout adds (the descriptions of links), in the document's language.
    var words = DocumentWords()
    /// The last table laid out (see ``tableLayout(_:width:rotatedColumns:size:)``).
    var lastTableLayout: (table: Table, width: Double, rotated: Range<Int>, size: Double, layout: PDFTableLayout)?
    /// The last inline content broken into lines (see ``lines(_:style:width:)-(Inlines,_,_)``).
    var lastLines: (content: Inlines, font: PDFFont, size: Double, width: Double, lines: [PDFLine])?

    /// The characters each font shows, noted as they are drawn (see ``PDFCanvas/fonts``).
    var embedding: PDFFontEmbedding { canvas.fonts }

    var isAtPageTop: Bool { y <= PDFPageStyle.top + 0.01 }

    func newPage() {
        canvas.newPage()
        y = PDFPageStyle.top
    }

    /// Space above a block; none at the top of a page.
    func gap(_ height: Double) {
        if !isAtPageTop { y = min(y + height, PDFPageStyle.bottom) }
    }

    /// A new page unless `height` fits below `y` (or the page is still empty).
    func ensure(_ height: Double) {
        if y + height > PDFPageStyle.bottom + 0.01 && !isAtPageTop { newPage() }
    }

    // MARK: Lines

    func lines(_ spans: [PDFSpan], style: PDFPageStyle.TextStyle, width: Double) -> [PDFLine] {
        PDFLineBreaker(width: width, size: style.size).lines(spans)
    }

    /// The lines of inline `content` in `style`, remembered for the next call: a heading measures
    /// the paragraph it is kept with, and the paragraph is then drawn with the same lines.
    func lines(_ content: Inlines, style: PDFPageStyle.TextStyle, width: Double) -> [PDFLine] {
        if let cached = lastLines, cached.width == width, cached.size == style.size, cached.font == style.font, cached.content == content {
            return cached.lines
        }
        let lines = lines(PDFInlineSpans.spans(content, font: style.font), style: style, width: width)
        lastLines = (content, style.font, style.size, width, lines)
        return lines
    }

    /// The baseline of a line whose box starts at `top`.
    static func baseline(top: Double, style: PDFPageStyle.TextStyle) -> Double {
        top + style.lineHeight / 2 + style.size * 0.35
    }

    /// Draws one line with its box at `y`, with the list label waiting for it, the bars of the
    /// notes around it, and its link areas.
    func drawLine(_ line: PDFLine, style: PDFPageStyle.TextStyle, frame: PDFFrame, alignment: PDFAlignment = .left) {
        let baseline = Self.baseline(top: y, style: style)
        if let marker = pendingMarker {
            pendingMarker = nil
            canvas.within(marker.element) {
                canvas.text(marker.spans, x: marker.x, baseline: baseline, size: style.size, color: frame.color)
            }
        }
        for bar in frame.bars {
            canvas.artifact { canvas.line(x1: bar, y1: y, x2: bar, y2: y + style.lineHeight, width: 3, color: PDFPageStyle.line) }
        }
        let x: Double
        switch alignment {
        case .left: x = frame.x
        case .right: x = frame.x + frame.width - line.width
        case .center: x = frame.x + (frame.width - line.width) / 2
        }
        guard !line.spans.isEmpty else { return }
        // A heading's own colour, else the frame's (grey in a note, white on a dark cell).
        let color = style.color == PDFPageStyle.text ? frame.color : style.color
        guard line.spans.contains(where: { $0.link != nil }) else {
            canvas.text(line.spans, x: x, baseline: baseline, size: style.size, color: color)
            return
        }
        // A line with links: the text in pieces, each link a `Link` element at its place in the
        // reading order, holding its text and its annotation.
        var offset = x
        var start = 0
        while start < line.spans.count {
            let target = line.spans[start].link
            var end = start + 1
            while end < line.spans.count && line.spans[end].link == target { end += 1 }
            let piece = Array(line.spans[start..<end])
            let width = piece.reduce(0) { $0 + $1.font.width($1.bytes, size: style.size) }
            if let target {
                let element = canvas.begin(.link)
                canvas.text(piece, x: offset, baseline: baseline, size: style.size, color: color)
                canvas.link(x: offset, y: y, width: width, height: style.lineHeight, target: target)
                canvas.end(element)
            } else {
                canvas.text(piece, x: offset, baseline: baseline, size: style.size, color: color)
            }
            offset += width
            start = end
        }
    }

    /// Draws lines from `y` on, across pages: never one line of several alone at the bottom of a
    /// page or at the top of the next.
    func drawLines(_ lines: [PDFLine], style: PDFPageStyle.TextStyle, frame: PDFFrame, alignment: PDFAlignment = .left) {
        var index = 0
        while index < lines.count {
            let fit = Int((PDFPageStyle.bottom - y + 0.01) / style.lineHeight)
            let remaining = lines.count - index
            if fit < remaining {
                if fit <= 0 || (fit == 1 && remaining > 1 && !isAtPageTop) {
                    if isAtPageTop {  // a line taller than a page: draw it anyway
                        drawLine(lines[index], style: style, frame: frame, alignment: alignment)
                        y += style.lineHeight
                        index += 1
                    }
                    newPage()
                    continue
                }
                var take = fit
                if remaining - take == 1 && take >= 3 { take -= 1 }  // no widow
                for line in lines[index..<(index + take)] {
                    drawLine(line, style: style, frame: frame, alignment: alignment)
                    y += style.lineHeight
                }
                index += take
                newPage()
                continue
            }
            for line in lines[index...] {
                drawLine(line, style: style, frame: frame, alignment: alignment)
                y += style.lineHeight
            }
            index = lines.count
        }
    }

    // MARK: Blocks

    func blocks(_ blocks: [Block], frame: PDFFrame, tight: Bool) {
        for (index, block) in blocks.enumerated() {
            let following = blocks[(index + 1)...]
            switch block {
            case .heading(let level, let content):
                heading(level: level, content, frame: frame, following: following)
            case .paragraph(let content):
                if isIntroduction(at: index, in: blocks) {
                    ensure(paragraphHeight(content, frame: frame) + minimumHeight(of: following, frame: frame))
                }
                paragraph(content, frame: frame, tight: tight)
            case .blockQuote(let inner):
                let element = canvas.begin(.blockQuote)
                var note = frame.indented(by: 14)
                note.bars.append(frame.x + 1.5)
                note.color = PDFPageStyle.muted
                self.blocks(inner, frame: note, tight: false)
                canvas.end(element)
            case .list(let list):
                self.list(list, frame: frame)
            case .codeBlock(_, let text):
                codeBlock(text, frame: frame)
            case .thematicBreak:
                gap(10)
                ensure(12)
                canvas.artifact { canvas.line(x1: frame.x, y1: y, x2: frame.x + frame.width, y2: y, width: 0.75, color: PDFPageStyle.line) }
                y += 12
            case .table(let table):
                self.table(table, frame: frame)
            case .figure(let figure):
                self.figure(figure, frame: frame)
            case .tableOfContents:
                break  // placed by the writer, see PDFLayout+Contents
            }
        }
    }

    /// Whether the paragraph at `index` stands between a heading and a table or figure: it is
    /// kept with them.
    func isIntroduction(at index: Int, in blocks: [Block]) -> Bool {
        guard index > 0, index + 1 < blocks.count, case .heading = blocks[index - 1] else { return false }
        return blocks[index + 1].isTableOrFigure
    }

    func paragraph(_ content: Inlines, frame: PDFFrame, tight: Bool, style: PDFPageStyle.TextStyle = PDFPageStyle.body) {
        let element = canvas.begin(.paragraph)
        drawLines(lines(content, style: style, width: frame.width), style: style, frame: frame)
        canvas.end(element)
        if !tight { y += PDFPageStyle.blockSpace }
    }

    func paragraphHeight(_ content: Inlines, frame: PDFFrame) -> Double {
        let style = PDFPageStyle.body
        return Double(lines(content, style: style, width: frame.width).count) * style.lineHeight
            + PDFPageStyle.blockSpace
    }

    func heading(level: Int, _ content: Inlines, frame: PDFFrame, following: ArraySlice<Block>) {
        let (style, above, below) = PDFPageStyle.heading(level)
        if level == 1 && breakBeforeLevelOne && !isAtPageTop { newPage() }
        let headingLines = lines(content, style: style, width: frame.width)
        let height = Double(headingLines.count) * style.lineHeight + below + (level == 2 ? 4.5 : 0)
        gap(above)
        ensure(height + minimumHeight(of: following, frame: frame))
        let id = headingIDs.next(for: content)
        headingPositions[id] = (canvas.pageIndex, y)
        headings.append((level, content.plainText, id))
        let element = canvas.begin(.heading(level))
        for line in headingLines {
            drawLine(line, style: style, frame: frame)
            y += style.lineHeight
        }
        canvas.end(element)
        if level == 2 {
            y += 3
            canvas.artifact { canvas.line(x1: frame.x, y1: y, x2: frame.x + frame.width, y2: y, width: 1.5, color: PDFPageStyle.accent) }
            y += 1.5
        }
        y += below
    }

    /// The least height the first of `blocks` needs on a page: what a heading before it is kept with.
    func minimumHeight(of blocks: ArraySlice<Block>, frame: PDFFrame) -> Double {
        guard let block = blocks.first else { return 0 }
        let body = PDFPageStyle.body
        switch block {
        case .heading(let level, let content):
            let style = PDFPageStyle.heading(level).style
            return Double(lines(content, style: style, width: frame.width).count)
                * style.lineHeight + PDFPageStyle.heading(level).above + 2 * body.lineHeight
        case .paragraph(let content):
            // A paragraph that introduces a table or figure goes to the next page with it (see
            // ``blocks(_:frame:tight:)``), so a heading before it must be kept with both.
            let rest = blocks.dropFirst()
            if rest.first?.isTableOrFigure == true {
                return paragraphHeight(content, frame: frame) + minimumHeight(of: rest, frame: frame)
            }
            let count = lines(content, style: body, width: frame.width).count
            return Double(min(count, 2)) * body.lineHeight
        case .table(let table):
            return tableMinimumHeight(table, frame: frame)
        case .figure(let figure):
            return figureMinimumHeight(figure, frame: frame)
        case .blockQuote(let inner):
            return minimumHeight(of: inner[...], frame: frame.indented(by: 14))
        case .list, .codeBlock, .thematicBreak, .tableOfContents:
            return 2 * body.lineHeight
        }
    }

    func list(_ list: ListBlock, frame: PDFFrame) {
        let element = canvas.begin(.list, attributes: {
            if case .bullet = list.kind { return "/A <</O /List /ListNumbering /Disc>>" }
            return "/A <</O /List /ListNumbering /Decimal>>"
        }())
        let indent = 16.0
        let body = PDFPageStyle.body
        for (index, item) in list.items.enumerated() {
            let itemElement = canvas.begin(.listItem)
            let label = canvas.begin(.label)
            canvas.end(label)
            let marker: [UInt8]
            switch list.kind {
            case .bullet: marker = [149]  // •
            case .ordered(let start): marker = Array("\(start + index).".utf8)
            }
            let markerWidth = body.font.width(marker, size: body.size)
            pendingMarker = ([PDFSpan(bytes: marker, font: body.font, link: nil)], frame.x + indent - 5 - markerWidth, label)
            let bodyElement = canvas.begin(.listBody)
            ensure(body.lineHeight * 2)
            blocks(item, frame: frame.indented(by: indent), tight: list.isTight)
            canvas.end(bodyElement)
            if let marker = pendingMarker {  // an empty item: the label on a line of its own
                pendingMarker = nil
                canvas.within(marker.element) {
                    canvas.text(marker.spans, x: marker.x, baseline: Self.baseline(top: y, style: body), size: body.size, color: frame.color)
                }
                y += body.lineHeight
            }
            canvas.end(itemElement)
        }
        canvas.end(element)
        y += PDFPageStyle.blockSpace
    }

    func codeBlock(_ text: String, frame: PDFFrame) {
        let style = PDFPageStyle.code
        let element = canvas.begin(.code)
        var sourceLines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if sourceLines.last == "" { sourceLines.removeLast() }
        var lines: [PDFLine] = []
        for source in sourceLines {
            // Spaces as no-break spaces: the indentation stays and the line breaks only where it must.
            let bytes = PDFText.winAnsi(String(source)).map { $0 == 0x20 ? 0xA0 : $0 }
            lines += self.lines([PDFSpan(bytes: bytes, font: .mono, link: nil)], style: style, width: frame.width - 12)
        }
        var inner = frame.indented(by: 6)
        inner.width = frame.width - 12
        for line in lines {
            ensure(style.lineHeight)
            canvas.artifact { canvas.fill(x: frame.x, y: y, width: frame.width, height: style.lineHeight, color: PDFPageStyle.band) }
            drawLine(line, style: style, frame: inner)
            y += style.lineHeight
        }
        canvas.end(element)
        y += PDFPageStyle.blockSpace
    }
}
