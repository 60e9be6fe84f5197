/// The running header and footer of a printed ``HTMLPage``, as CSS `@page` margin boxes made from
/// the document's ``DocumentMetadata``: the title at the top left, the part (or the kind) at the
/// top right, version, status and date at the bottom left, and "pagina 3 van 12" at the bottom
/// right. The cover page, the first, shows none of them.
///
/// Margin boxes are in Chromium since version 131; the page does not rely on the browser's own
/// header and footer (which show the file's path and are switched off when printing).
public struct RunningHeads: Sendable, Equatable {
    /// The word before the page number: "pagina".
    public var pageWord: String
    /// The word between the page number and the page count: "van".
    public var ofWord: String
    /// The word before the version: "versie".
    public var versionWord: String

    /// Makes the labels of the running heads; Dutch by default.
    public init(pageWord: String = "pagina", ofWord: String = "van", versionWord: String = "versie") {
        self.pageWord = pageWord
        self.ofWord = ofWord
        self.versionWord = versionWord
    }

    /// The print rules for `metadata`; `hasCover` leaves the heads off the first page.
    func css(for metadata: DocumentMetadata, hasCover: Bool) -> String {
        let topRight = metadata.part.isEmpty ? metadata.kind : metadata.part
        let footer = [metadata.version.isEmpty ? "" : "\(versionWord) \(metadata.version)", metadata.status, metadata.date]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        let box = "font-family: \"Liberation Sans\", Arial, sans-serif; font-size: 8pt; color: #555;"
        var css = "@media print {\n  @page {\n"
        css += "    @top-left { content: \(Self.string(metadata.title)); \(box) text-align: left; vertical-align: middle; }\n"
        if !topRight.isEmpty {
            css += "    @top-right { content: \(Self.string(topRight)); \(box) text-align: right; vertical-align: middle; }\n"
        }
        if !footer.isEmpty {
            css += "    @bottom-left { content: \(Self.string(footer)); \(box) text-align: left; vertical-align: middle; }\n"
        }
        css += "    @bottom-right { content: \(Self.string(pageWord + " ")) counter(page) \(Self.string(" " + ofWord + " ")) counter(pages); \(box) text-align: right; vertical-align: middle; }\n"
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
