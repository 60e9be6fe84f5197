/// A run of text in one font, in WinAnsi bytes, perhaps a link; a hard line break is a span with
/// `isBreak`.
struct PDFSpan {
    var bytes: [UInt8]
    var font: PDFFont
    var link: PDFLinkTarget?
    var isBreak = false
}

/// A line of text: its runs from left to right and its width.
struct PDFLine {
    var spans: [PDFSpan] = []
    var width: Double = 0
}

/// Breaks spans into lines no wider than a width, with the fonts' real widths: between words
/// where it can, greedily (first fit), and inside a word only when the word alone is wider than
/// the line, so nothing ever runs past the margin. Spaces at the start of a line are dropped; the
/// space a line breaks at ends the line's text but not its width. Linear in the length of the text.
struct PDFLineBreaker {
    let width: Double
    let size: Double

    /// The lines of `spans`; at least one line (empty for no text).
    func lines(_ spans: [PDFSpan]) -> [PDFLine] {
        // The one line holds the caller's array of one span, shared rather than a new array made
        // for it: a table cell is mostly this, and an allocation was most of what it cost.
        if spans.count == 1, let width = oneLineWidth(spans[0]) {
            return [spans[0].bytes.isEmpty ? PDFLine() : PDFLine(spans: spans, width: width)]
        }
        return brokenLines(spans)
    }

    /// The lines of `spans`, word by word (see ``PDFLineBreaking``).
    func brokenLines(_ spans: [PDFSpan]) -> [PDFLine] {
        var state = PDFLineBreaking(spans: spans, width: width, size: size)
        state.run()
        return state.lines
    }

    /// `span` as the one line it makes when it fits the width and its words are one space apart,
    /// with nothing to drop at either end (most table cells, headings and short paragraphs); nil
    /// for any other. The line is the span itself, its width summed word by word and space by
    /// space in the order ``PDFLineBreaking`` sums it, so the numbers in the file are the same.
    func oneLine(_ span: PDFSpan) -> PDFLine? {
        guard let width = oneLineWidth(span) else { return nil }
        return span.bytes.isEmpty ? PDFLine() : PDFLine(spans: [span], width: width)
    }

    /// The width of ``oneLine(_:)``'s line, nil when `span` does not make one line.
    func oneLineWidth(_ span: PDFSpan) -> Double? {
        guard !span.isBreak else { return nil }
        if span.bytes.isEmpty { return 0 }
        let row = span.font.rawValue &* 256
        let space = Double(span.font.units(0x20)) * size / 1000
        let total: Double? = span.bytes.withUnsafeBufferPointer { bytes in
            PDFFont.widthTable.withUnsafeBufferPointer { widths in
                let count = bytes.count
                guard bytes[0] != 0x20, bytes[count - 1] != 0x20 else { return nil }
                var total = 0.0, units = 0, previous: UInt8 = 0
                for byte in bytes {
                    if byte == 0x20 {
                        if previous == 0x20 { return nil }  // two spaces: the breaker keeps one
                        total += Double(units) * size / 1000
                        total += space
                        units = 0
                    } else {
                        units &+= Int(widths[row &+ Int(byte)])
                    }
                    previous = byte
                }
                total += Double(units) * size / 1000
                return total
            }
        }
        guard let total, total <= width + 0.001 else { return nil }
        return total
    }
}

/// The state of ``PDFLineBreaker/lines(_:)``: a struct with mutating methods rather than nested
/// functions over captured variables, which the compiler would box and check at run time.
///
/// Words are pieces of the input spans (indices, no copies) until they are placed; each line's
/// runs grow in place. Widths are summed in the same order as a span-by-span measurement would,
/// so the same text always gives the same lines and the same numbers in the file.
private struct PDFLineBreaking {
    /// A piece of the word being measured: bytes `start..<end` of span `span`, and their width.
    struct Piece {
        var span: Int
        var start: Int
        var end: Int
        var width: Double
    }

    let spans: [PDFSpan]
    let width: Double
    let size: Double
    /// ``PDFFont/widthTable``, read once rather than through the global's accessor per character.
    let widths = PDFFont.widthTable
    var lines: [PDFLine] = []
    var line = PDFLine()
    var word: [Piece] = []
    var wordWidth = 0.0
    /// The font of the space before the pending word.
    var spaceBefore: PDFFont?

    /// The bytes a line of text mostly holds, two characters an em: the room a line's run is made with.
    let lineBytes: Int

    init(spans: [PDFSpan], width: Double, size: Double) {
        self.spans = spans
        self.width = width
        self.size = size
        let estimate = width / size * 2
        lineBytes = estimate.isFinite ? Int(min(max(estimate, 0), 4096)) + 16 : 256
    }

    mutating func run() {
        for spanIndex in spans.indices {
            let span = spans[spanIndex]
            if span.isBreak {
                place()
                lines.append(line)
                line = PDFLine()
                continue
            }
            let row = span.font.rawValue &* 256
            // The bytes and widths through buffers: every character of a broken paragraph passes
            // here, and an array's bounds were checked twice for each.
            span.bytes.withUnsafeBufferPointer { bytes in
                widths.withUnsafeBufferPointer { widths in
                    let count = bytes.count
                    var start = 0
                    var units = 0
                    var index = 0
                    while index <= count {
                        let atSpace = index < count && bytes[index] == 0x20
                        if index == count || atSpace {
                            if index > start {
                                let partWidth = Double(units) * size / 1000
                                wordWidth += partWidth
                                word.append(Piece(span: spanIndex, start: start, end: index, width: partWidth))
                            }
                            if atSpace {
                                place()
                                if !line.spans.isEmpty { spaceBefore = span.font }
                            }
                            start = index + 1
                            units = 0
                        } else {
                            units &+= Int(widths[row &+ Int(bytes[index])])
                        }
                        index += 1
                    }
                }
            }
        }
        place()
        lines.append(line)
    }

    mutating func place() {
        guard !word.isEmpty else { return }
        let space = spaceBefore.map { Double($0.units(0x20)) * size / 1000 } ?? 0
        let firstLink = spans[word[0].span].link
        if line.spans.isEmpty || line.width + space + wordWidth <= width + 0.001 {
            if !line.spans.isEmpty, let font = spaceBefore {
                // A space inside a link belongs to it, so the link stays one area.
                let link = line.spans[line.spans.count - 1].link == firstLink ? firstLink : nil
                appendSpace(font: font, link: link, width: space)
            }
        } else {
            // The space the line breaks at stays in the text, outside the line's width, so
            // copied and read-aloud text keeps the words apart.
            if let font = spaceBefore, !line.spans.isEmpty {
                let last = line.spans.count - 1
                if line.spans[last].font == font {
                    line.spans[last].bytes.append(0x20)
                } else {
                    line.spans.append(PDFSpan(bytes: [0x20], font: font, link: line.spans[last].link))
                }
            }
            lines.append(line)
            line = PDFLine()
        }
        if wordWidth > width + 0.001 {
            forceBreak()
        } else {
            for piece in word { append(piece.span, piece.start, piece.end, piece.width) }
        }
        // One piece after another rather than `removeAll(keepingCapacity:)`, which replaces a
        // subrange: a word is mostly one piece, and this runs for every word.
        while !word.isEmpty { word.removeLast() }
        wordWidth = 0
        spaceBefore = nil
    }

    /// A word wider than the line: as many characters per line as fit.
    mutating func forceBreak() {
        for piece in word {
            let span = spans[piece.span]
            var pieceStart = piece.start
            var pieceWidth = 0.0
            for index in piece.start..<piece.end {
                let advance = Double(span.font.units(span.bytes[index])) * size / 1000
                if line.width + pieceWidth + advance > width + 0.001 && (line.width + pieceWidth) > 0 {
                    append(piece.span, pieceStart, index, pieceWidth)
                    lines.append(line)
                    line = PDFLine()
                    pieceStart = index
                    pieceWidth = 0
                }
                pieceWidth += advance
            }
            append(piece.span, pieceStart, piece.end, pieceWidth)
        }
    }

    /// Appends bytes `start..<end` of span `index` to the line, to its last run when that has the
    /// same font and link. The span is read where it is, not copied, and its bytes are appended
    /// as a buffer (copied at once, where a slice went through the generic path).
    mutating func append(_ index: Int, _ start: Int, _ end: Int, _ spanWidth: Double) {
        guard start < end else { return }
        let last = line.spans.count - 1
        if last >= 0, line.spans[last].font == spans[index].font, line.spans[last].link == spans[index].link {
            spans[index].bytes.withUnsafeBufferPointer { bytes in
                line.spans[last].bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
            }
        } else {
            // Room for what of the span a line mostly holds (two characters an em), so the words
            // after this one are appended without growing the run's bytes again and again.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(min(spans[index].bytes.count - start, lineBytes))
            spans[index].bytes.withUnsafeBufferPointer { source in
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[start..<end]))
            }
            line.spans.append(PDFSpan(bytes: bytes, font: spans[index].font, link: spans[index].link))
        }
        line.width += spanWidth
    }

    mutating func appendSpace(font: PDFFont, link: PDFLinkTarget?, width spaceWidth: Double) {
        let last = line.spans.count - 1
        if last >= 0, line.spans[last].font == font, line.spans[last].link == link {
            line.spans[last].bytes.append(0x20)
        } else {
            line.spans.append(PDFSpan(bytes: [0x20], font: font, link: link))
        }
        line.width += spaceWidth
    }
}
