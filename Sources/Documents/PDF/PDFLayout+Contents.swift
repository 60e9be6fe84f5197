extension PDFLayout {
    /// The cover: on a page of its own (`ownPage`, when the table of contents follows it) 55 mm
    /// down, the title in 24 pt with a line below it, then the lines under it; else at the top of
    /// the first page.
    func cover(_ blocks: [Block], ownPage: Bool, frame: PDFFrame) {
        if ownPage {
            canvas.markCover()
            y += 55 * PDFPageStyle.millimetre
        }
        var titled = false
        for (index, block) in blocks.enumerated() {
            if case .heading(1, let content) = block, !titled {
                titled = true
                _ = headingIDs.next(for: content)  // ids as every writer gives them
                let style = PDFPageStyle.TextStyle(size: 24, lineHeight: 30, font: .bold, color: PDFPageStyle.accent)
                let element = canvas.begin(.heading1)
                drawLines(lines(PDFInlineSpans.spans(content, font: .bold), style: style, width: frame.width), style: style, frame: frame)
                canvas.end(element)
                y += 7
                canvas.artifact { canvas.line(x1: frame.x, y1: y, x2: frame.x + frame.width, y2: y, width: 2.25, color: PDFPageStyle.accent) }
                y += 2.25 + 24
            } else if case .heading(let level, let content) = block {
                // Headings on the cover are not chapters: not listed, not bookmarked.
                _ = headingIDs.next(for: content)
                let style = PDFPageStyle.heading(level).style
                let element = canvas.begin(.heading(level))
                drawLines(lines(PDFInlineSpans.spans(content, font: .bold), style: style, width: frame.width), style: style, frame: frame)
                canvas.end(element)
                y += 6
            } else {
                self.blocks([block], frame: frame, tight: false)
            }
            _ = index
        }
        if ownPage { newPage() }
    }

    /// The table of contents: its title, then one entry per heading, indented by level, linking
    /// to the heading, with its page number at the right (filled in when all pages are known).
    func tableOfContents(_ entries: [HeadingEntry], title: String, frame: PDFFrame) {
        guard !entries.isEmpty else { return }
        let element = canvas.begin(.tableOfContents)
        let titleStyle = PDFPageStyle.TextStyle(size: 12, lineHeight: 16, font: .bold, color: PDFPageStyle.accent)
        ensure(titleStyle.lineHeight * 3)
        let titleElement = canvas.begin(.paragraph)
        drawLines(lines(PDFInlineSpans.spans(title, font: .bold), style: titleStyle, width: frame.width), style: titleStyle, frame: frame)
        canvas.end(titleElement)
        y += 4
        let top = entries.map(\.level).min() ?? 1
        let numberWidth = 36.0
        for entry in entries {
            let depth = Double(min(entry.level - top, 4))
            let style = entry.level == top ? PDFPageStyle.TextStyle(size: 10, lineHeight: 14, font: .bold, color: PDFPageStyle.text) : PDFPageStyle.body
            var entryFrame = frame.indented(by: depth * 14)
            entryFrame.width -= numberWidth
            let spans = PDFInlineSpans.spans(entry.text, font: style.font).map { span -> PDFSpan in
                var span = span
                span.link = .heading(entry.id)
                return span
            }
            let entryLines = lines(spans, style: style, width: entryFrame.width)
            if entry.level == top { gap(3) }
            ensure(Double(entryLines.count) * style.lineHeight)
            let item = canvas.begin(.tableOfContentsItem)
            for (index, line) in entryLines.enumerated() {
                drawLine(line, style: style, frame: PDFFrame(x: entryFrame.x, width: entryFrame.width, color: style.color))
                if index == entryLines.count - 1 {
                    // The page number is a link of its own after the entry's text, its place
                    // kept here so it is painted in the order it is read.
                    let number = canvas.begin(.link)
                    pendingPageNumbers.append((canvas.reserve(for: number), number, entry.id, frame.x + frame.width, Self.baseline(top: y, style: style)))
                    canvas.end(number)
                }
                y += style.lineHeight
            }
            canvas.end(item)
        }
        canvas.end(element)
        y += 14
    }

    /// Fills in the page numbers of the table of contents, as part of its entries, in the places
    /// kept for them after each entry's text.
    func fillPageNumbers() {
        for pending in pendingPageNumbers { fillPageNumber(pending, positions: headingPositions) }
        pendingPageNumbers = []
    }

    /// Fills in the page numbers of the table of contents kept on page `index`, with the headings'
    /// places `positions` (known from an earlier layout of the same document when the page is
    /// finished as soon as it is closed).
    func fillPageNumbers(onPage index: Int, positions: [String: (page: Int, y: Double)]) {
        for pending in pendingPageNumbers where pending.place.page == index { fillPageNumber(pending, positions: positions) }
        pendingPageNumbers.removeAll { $0.place.page == index }
    }

    private func fillPageNumber(_ pending: PendingPageNumber, positions: [String: (page: Int, y: Double)]) {
        guard let target = positions[pending.id] else { return }
        let bytes = Array(String(target.page + 1).utf8)
        let width = PDFFont.regular.width(bytes, size: 10)
        canvas.fill(pending.place) { output in
            output += canvas.textOperators([PDFSpan(bytes: bytes, font: .regular)], x: pending.right - width, baseline: pending.baseline, size: 10, color: PDFPageStyle.text)
        }
        canvas.addLink(page: pending.place.page, rect: [pending.right - width - 2, PDFCanvas.pdfY(pending.baseline + 3), pending.right, PDFCanvas.pdfY(pending.baseline - 10)], target: .heading(pending.id), element: pending.element)
    }

    /// The running header (title left, part right) and footer (version, status and date left,
    /// "page X of Y" right, in the document's words) in 8 pt grey on every page but the cover, as artifacts.
    func runningHeads(metadata: DocumentMetadata) {
        let heads = PDFRunningHeads(metadata: metadata)
        let count = canvas.pages.count
        for index in 0..<count { runningHeads(heads, onPage: index, of: count) }
    }

    /// The running heads `heads` on page `index` of `count`, unless it is the cover.
    func runningHeads(_ heads: PDFRunningHeads, onPage index: Int, of count: Int) {
        guard canvas.pages[index].hasRunningHeads else { return }
        let size = PDFRunningHeads.size
        let font = PDFRunningHeads.font
        let number = PDFText.winAnsi("\(heads.words.page) \(index + 1) \(heads.words.of) \(count)")
        let numberWidth = font.width(number, size: size)
        let footerText = Self.fitted(heads.footer, width: PDFPageStyle.contentWidth - numberWidth - 18, size: size)
        let texts = [
            (heads.title, PDFPageStyle.left, PDFRunningHeads.headBaseline),
            (heads.part, PDFPageStyle.right - heads.partWidth, PDFRunningHeads.headBaseline),
            (footerText, PDFPageStyle.left, PDFRunningHeads.footBaseline),
            (number, PDFPageStyle.right - numberWidth, PDFRunningHeads.footBaseline),
        ]
        canvas.appendLater(toPage: index, element: nil) { output in
            for (bytes, x, baseline) in texts where !bytes.isEmpty {
                canvas.textOperators([PDFSpan(bytes: bytes, font: font)], x: x, baseline: baseline, size: size, color: PDFPageStyle.muted, to: &output)
            }
        }
    }

    /// `bytes` cut to `width` with "…" when longer.
    static func fitted(_ bytes: [UInt8], width: Double, size: Double) -> [UInt8] {
        guard PDFFont.regular.width(bytes, size: size) > width else { return bytes }
        var result: [UInt8] = []
        var used = PDFFont.regular.width([133], size: size)
        for byte in bytes {
            let advance = Double(PDFFont.regular.units(byte)) * size / 1000
            if used + advance > width { break }
            result.append(byte)
            used += advance
        }
        return result + [133]
    }
}

/// What the running heads of a document's pages share: the title and part above, the version,
/// status and date below, in the words of the document (see ``PDFLayout/runningHeads(metadata:)``).
struct PDFRunningHeads {
    static let size = 8.0
    static let font = PDFFont.regular
    static let headBaseline = PDFPageStyle.top / 2 + 3
    static let footBaseline = PDFPageStyle.bottom + (PDFPageStyle.pageHeight - PDFPageStyle.bottom) / 2 + 3

    let words: DocumentWords
    let title: [UInt8]
    let part: [UInt8]
    let partWidth: Double
    let footer: [UInt8]

    init(metadata: DocumentMetadata) {
        words = metadata.words
        part = PDFText.winAnsi(metadata.part.isEmpty ? metadata.kind : metadata.part)
        footer = PDFText.winAnsi([metadata.version.isEmpty ? "" : "\(words.version) \(metadata.version)", metadata.status, metadata.date]
            .filter { !$0.isEmpty }.joined(separator: " · "))
        partWidth = Self.font.width(part, size: Self.size)
        title = PDFLayout.fitted(PDFText.winAnsi(metadata.title), width: PDFPageStyle.contentWidth - partWidth - 18, size: Self.size)
    }
}
