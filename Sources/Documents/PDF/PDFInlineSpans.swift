/// Inline content as spans for the line breaker: emphasis in the oblique font, strong in bold,
/// the marks ✓ ✗ ⚠ in the symbol font (see ``PDFFont``), code in the monospaced font, links with their target (refused schemes, see ``LinkPolicy``, become plain
/// text), images as their description, soft breaks as spaces.
enum PDFInlineSpans {
    static func spans(_ inlines: Inlines, font: PDFFont) -> [PDFSpan] {
        var spans: [PDFSpan] = []
        append(inlines, font: font, link: nil, to: &spans)
        return spans
    }

    /// The spans of plain `text`.
    static func spans(_ text: String, font: PDFFont) -> [PDFSpan] {
        var spans: [PDFSpan] = []
        appendText(text, font: font, link: nil, to: &spans)
        return spans
    }

    private static func append(_ inlines: Inlines, font: PDFFont, link: PDFLinkTarget?, to spans: inout [PDFSpan]) {
        for inline in inlines {
            switch inline {
            case .text(let text):
                text.withUTF8 { appendText(utf8: $0, font: font, link: link, to: &spans) }
            case .code(let text):
                spans.append(PDFSpan(bytes: PDFText.winAnsi(text), font: .mono, link: link))
            case .emphasis(let content):
                append(content, font: font.with(italic: true), link: link, to: &spans)
            case .strong(let content):
                append(content, font: font.with(bold: true), link: link, to: &spans)
            case .link(let destination, _, let content):
                append(content, font: font, link: target(destination) ?? link, to: &spans)
            case .image(_, _, let description):
                append(description, font: font, link: link, to: &spans)
            case .softBreak:
                spans.append(PDFSpan(bytes: [0x20], font: font, link: link))
            case .hardBreak:
                spans.append(PDFSpan(bytes: [], font: font, link: nil, isBreak: true))
            }
        }
    }

    /// Text in `font`, with the marks of the scorecard (✓ ✗ ⚠) in the symbol font.
    static func appendText(_ text: String, font: PDFFont, link: PDFLinkTarget?, to spans: inout [PDFSpan]) {
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { appendText(utf8: $0, font: font, link: link, to: &spans) }
        if done == nil {
            var bytes: [UInt8] = []
            for scalar in text.unicodeScalars { appendScalar(scalar, font: font, link: link, bytes: &bytes, to: &spans) }
            if !bytes.isEmpty || spans.isEmpty { spans.append(PDFSpan(bytes: bytes, font: font, link: link)) }
        }
    }

    /// Text in `font` from its valid UTF-8 `utf8`, as ``appendText(_:font:link:to:)``.
    static func appendText(utf8: UnsafeBufferPointer<UInt8>, font: PDFFont, link: PDFLinkTarget?, to spans: inout [PDFSpan]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(utf8.count)
        // Runs of printable ASCII, most of the text, go straight through; the rest scalar by scalar.
        let count = utf8.count
        var index = 0
        while index < count {
            let start = index
            while index < count && utf8[index] >= 0x20 && utf8[index] < 0x7F { index += 1 }
            if index > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index])) }
            guard index < count else { break }
            // One scalar from its UTF-8 (a String's UTF-8 is always valid).
            let lead = utf8[index]
            var value: UInt32, length: Int
            if lead < 0x80 {
                (value, length) = (UInt32(lead), 1)
            } else if lead >= 0xF0 {
                (value, length) = (UInt32(lead & 0x07), 4)
            } else if lead >= 0xE0 {
                (value, length) = (UInt32(lead & 0x0F), 3)
            } else {
                (value, length) = (UInt32(lead & 0x1F), 2)
            }
            var next = index + 1
            while next < index + length && next < count {
                value = value << 6 | UInt32(utf8[next] & 0x3F)
                next += 1
            }
            index += length
            appendScalar(Unicode.Scalar(value) ?? "\u{FFFD}", font: font, link: link, bytes: &bytes, to: &spans)
        }
        if !bytes.isEmpty || spans.isEmpty { spans.append(PDFSpan(bytes: bytes, font: font, link: link)) }
    }

    /// Appends `scalar` to `bytes`, or, for a mark, ends the run and adds it in the symbol font.
    @inline(__always)
    private static func appendScalar(_ scalar: Unicode.Scalar, font: PDFFont, link: PDFLinkTarget?, bytes: inout [UInt8], to spans: inout [PDFSpan]) {
        if scalar.value >= 0x2713 && scalar.value <= 0x2718 || scalar.value == 0x26A0, let code = PDFFont.symbolCodes[scalar.value] {
            if !bytes.isEmpty { spans.append(PDFSpan(bytes: bytes, font: font, link: link)) }
            bytes = []
            spans.append(PDFSpan(bytes: [code], font: .dingbats, link: link))
        } else {
            PDFText.appendWinAnsi(scalar, to: &bytes)
        }
    }

    /// The target of a link destination: `#id` a heading, `document:name` the PDF of that name,
    /// anything else a URI when ``LinkPolicy`` allows it.
    static func target(_ destination: String) -> PDFLinkTarget? {
        if destination.hasPrefix("#") { return destination.count > 1 ? .heading(String(destination.dropFirst())) : nil }
        if destination.hasPrefix(DocumentLink.scheme) {
            let path = DocumentLink.resolve(destination, fileExtension: OutputFormat.pdf.fileExtension)
            return path.isEmpty ? nil : .file(path)
        }
        guard !destination.isEmpty, LinkPolicy.allows(destination, image: false) else { return nil }
        return .uri(destination)
    }
}
