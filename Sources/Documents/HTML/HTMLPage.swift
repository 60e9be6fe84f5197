/// A complete, self-contained HTML5 page for a ``Document``: doctype, the document's language,
/// character set, viewport, title, embedded CSS for screen, projector and A4 print (figures
/// included), the cover as the page's header, a table of contents built from the headings where
/// the document places it, and the content. The page holds no script and loads nothing.
///
/// In print the cover stands on a page of its own when a table of contents follows it, and every
/// other page has the running heads of ``RunningHeads``: the title, the part, and page numbers.
public struct HTMLPage: Sendable {
    /// The title above the table of contents, also its accessible name; nil for the document's own
    /// (``DocumentWords/tableOfContents``).
    public var tableOfContentsTitle: String?

    /// Makes a page description.
    public init(tableOfContentsTitle: String? = nil) {
        self.tableOfContentsTitle = tableOfContentsTitle
    }

    /// The page for `document`.
    public func render(_ document: Document) -> String {
        var renderer = HTMLRenderer(headingIDs: HeadingIDs(), capacity: 8192)
        write(document, with: &renderer)
        return renderer.output.string()
    }

    /// The page for `document` in UTF-8, the bytes written (no `String` made of them and taken
    /// apart again, which cost a seventh of the page).
    public func bytes(_ document: Document) -> [UInt8] {
        var renderer = HTMLRenderer(headingIDs: HeadingIDs(), capacity: 8192)
        write(document, with: &renderer)
        return renderer.output.bytes()
    }

    private func write(_ document: Document, with renderer: inout HTMLRenderer) {
        renderer.pageTables = true
        renderer.words = document.metadata.words
        let listed = document.headings.filter { $0.level <= document.tableOfContentsDepth }
        let title = tableOfContentsTitle ?? document.metadata.words.tableOfContents
        if !listed.isEmpty { renderer.tableOfContents = { tableOfContents(listed, title: title) } }
        // The cover gets a page of its own only when the table of contents follows it.
        let coverPage = !document.cover.isEmpty && !listed.isEmpty && document.blocks.first == .tableOfContents
        renderer.write("<!DOCTYPE html>\n<html lang=\"")
        renderer.escaped(document.metadata.language)
        renderer.write("\">\n<head>\n<meta charset=\"utf-8\">\n")
        renderer.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        renderer.escaped(document.metadata.title)
        renderer.write("</title>\n")
        let keywords = document.metadata.keywords.filter { !$0.isEmpty }
        if !keywords.isEmpty {
            renderer.write("<meta name=\"keywords\" content=\""); renderer.escaped(keywords.joined(separator: ", ")); renderer.write("\">\n")
        }
        renderer.write("<style>\n"); renderer.write(string: PageStyle.css(for: document.metadata.words)); renderer.write("\n")
        renderer.write(string: RunningHeads.css(for: document.metadata, hasCover: coverPage)); renderer.write("</style>\n</head>\n<body>\n")
        if !document.cover.isEmpty {
            renderer.write(coverPage ? "<header class=\"omslag\">\n" : "<header>\n"); renderer.blocks(document.cover, tight: false); renderer.newline(); renderer.write("</header>\n")
        }
        // The table of contents stands between the cover and <main>, where it is a landmark of its own.
        var body = document.blocks
        if body.first == .tableOfContents {
            body.removeFirst()
            if let tableOfContents = renderer.tableOfContents { renderer.write(string: tableOfContents()) }
        }
        renderer.write("<main>\n"); renderer.blocks(body, tight: false); renderer.newline()
        renderer.write("</main>\n</body>\n</html>\n")
    }

    /// Nested ordered lists; a level deeper than one below its parent is shown one below it.
    private func tableOfContents(_ entries: [HeadingEntry], title: String) -> String {
        // Written as bytes, each text escaped into the buffer (a string and a buffer per entry
        // and appending to a string cost most of the contents).
        var html = HTMLOutput(capacity: 256 + 96 * entries.count)
        html.append("<nav class=\"toc\" aria-label=\"")
        HTMLEscaping.appendEscaped(title, to: &html)
        html.append("\">\n<p class=\"toc-title\">")
        HTMLEscaping.appendEscaped(title, to: &html)
        html.append("</p>\n<ol>\n")
        var levels: [Int] = []  // the heading level at each open nesting depth
        for (index, entry) in entries.enumerated() {
            if index > 0 {
                if entry.level > levels[levels.count - 1] {
                    html.append("\n<ol>\n")
                    levels.append(entry.level)
                } else {
                    html.append("</li>\n")
                    while levels.count > 1, entry.level < levels[levels.count - 1], entry.level <= levels[levels.count - 2] {
                        levels.removeLast()
                        html.append("</ol>\n</li>\n")
                    }
                }
            } else {
                levels.append(entry.level)
            }
            html.append("<li><a href=\"#")
            HTMLEscaping.appendEscaped(entry.id, to: &html)
            html.append("\">")
            HTMLEscaping.appendEscaped(entry.text, to: &html)
            html.append("</a>")
        }
        html.append("</li>\n")
        for _ in 1..<max(levels.count, 1) { html.append("</ol>\n</li>\n") }
        html.append("</ol>\n</nav>\n")
        return html.string()
    }
}
