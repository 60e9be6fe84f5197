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
        var lines: [PDFLine] = []
        var line = PDFLine()
        var word: [PDFSpan] = []
        var wordWidth = 0.0
        var spaceBefore: PDFFont?  // the font of the space before the pending word

        func place() {
            guard !word.isEmpty else { return }
            let space = spaceBefore.map { Double($0.units(0x20)) * size / 1000 } ?? 0
            if line.spans.isEmpty || line.width + space + wordWidth <= width + 0.001 {
                if !line.spans.isEmpty, let font = spaceBefore {
                    // A space inside a link belongs to it, so the link stays one area.
                    let link = line.spans.last?.link == word.first?.link ? word.first?.link : nil
                    append(PDFSpan(bytes: [0x20], font: font, link: link), space)
                }
            } else {
                // The space the line breaks at stays in the text, outside the line's width, so
                // copied and read-aloud text keeps the words apart.
                if let font = spaceBefore, !line.spans.isEmpty {
                    if line.spans[line.spans.count - 1].font == font {
                        line.spans[line.spans.count - 1].bytes.append(0x20)
                    } else {
                        line.spans.append(PDFSpan(bytes: [0x20], font: font, link: line.spans.last?.link))
                    }
                }
                lines.append(line)
                line = PDFLine()
            }
            if wordWidth > width + 0.001 {
                forceBreak()
            } else {
                for span in word { append(span, span.font.width(span.bytes, size: size)) }
            }
            word.removeAll(keepingCapacity: true)
            wordWidth = 0
            spaceBefore = nil
        }

        /// A word wider than the line: as many characters per line as fit.
        func forceBreak() {
            for span in word {
                var piece: [UInt8] = []
                var pieceWidth = 0.0
                for byte in span.bytes {
                    let advance = Double(span.font.units(byte)) * size / 1000
                    if line.width + pieceWidth + advance > width + 0.001 && (line.width + pieceWidth) > 0 {
                        append(PDFSpan(bytes: piece, font: span.font, link: span.link), pieceWidth)
                        lines.append(line)
                        line = PDFLine()
                        piece.removeAll(keepingCapacity: true)
                        pieceWidth = 0
                    }
                    piece.append(byte)
                    pieceWidth += advance
                }
                append(PDFSpan(bytes: piece, font: span.font, link: span.link), pieceWidth)
            }
        }

        func append(_ span: PDFSpan, _ spanWidth: Double) {
            guard !span.bytes.isEmpty else { return }
            if var last = line.spans.last, last.font == span.font, last.link == span.link {
                last.bytes += span.bytes
                line.spans[line.spans.count - 1] = last
            } else {
                line.spans.append(span)
            }
            line.width += spanWidth
        }

        for span in spans {
            if span.isBreak {
                place()
                lines.append(line)
                line = PDFLine()
                continue
            }
            var start = 0
            let bytes = span.bytes
            for index in 0...bytes.count {
                let atSpace = index < bytes.count && bytes[index] == 0x20
                if index == bytes.count || atSpace {
                    if index > start {
                        let part = PDFSpan(bytes: Array(bytes[start..<index]), font: span.font, link: span.link)
                        wordWidth += span.font.width(part.bytes, size: size)
                        word.append(part)
                    }
                    if atSpace {
                        place()
                        if !line.spans.isEmpty { spaceBefore = span.font }
                    }
                    start = index + 1
                }
            }
        }
        place()
        lines.append(line)
        return lines
    }
}
