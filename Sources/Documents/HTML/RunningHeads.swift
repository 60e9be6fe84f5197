/// The running header and footer of a printed ``HTMLPage``, as CSS `@page` margin boxes made from
/// the document's ``DocumentMetadata``: the title at the top left, the part (or the kind) at the
/// top right, version, status and date at the bottom left, and "page 3 of 12" at the bottom right,
/// in the document's words (``DocumentWords``). The cover page, the first, shows none of them.
///
/// Margin boxes are in Chromium since version 131; the page does not rely on the browser's own
/// header and footer (which show the file's path and are switched off when printing).
enum RunningHeads {
    /// The print rules for `metadata`, in its words; `hasCover` leaves the heads off the first page.
    static func css(for metadata: DocumentMetadata, hasCover: Bool) -> String {
        let words = metadata.words
        let (pageWord, ofWord, versionWord) = (words.page, words.of, words.version)
        let topRight = metadata.part.isEmpty ? metadata.kind : metadata.part
        let footer = [metadata.version.isEmpty ? "" : "\(versionWord) \(metadata.version)", metadata.status, metadata.date]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        let box = "font-family: \"Liberation Sans\", Arial, sans-serif; font-size: 8pt; color: #555;"
        var css = "@media print {\n  @page {\n"
        css += "    @top-left { content: \(string(metadata.title)); \(box) text-align: left; vertical-align: middle; }\n"
        if !topRight.isEmpty {
            css += "    @top-right { content: \(string(topRight)); \(box) text-align: right; vertical-align: middle; }\n"
        }
        if !footer.isEmpty {
            css += "    @bottom-left { content: \(string(footer)); \(box) text-align: left; vertical-align: middle; }\n"
        }
        css += "    @bottom-right { content: \(string(pageWord + " ")) counter(page) \(string(" " + ofWord + " ")) counter(pages); \(box) text-align: right; vertical-align: middle; }\n"
        css += "  }\n"
        if hasCover {
            css += "  @page :first { @top-left { content: none; } @top-right { content: none; } @bottom-left { content: none; } @bottom-right { content: none; } }\n"
        }
        css += "}\n"
        return css
    }

    /// `text` as a CSS string in double quotes: `"` and `\` escaped, `<` written as an escape so
    /// the text can never close the style element, line breaks as `\A`, other control characters
    /// left out.
    static func string(_ text: String) -> String {
        // Most titles need nothing escaped or left out: those bytes are all ASCII, so a test of
        // the bytes is the test of the scalars (appending them one by one was most of the page's head).
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") }) {
            return "\"" + text + "\""
        }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "<": result += "\\3C "
            case "\n": result += "\\A "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
