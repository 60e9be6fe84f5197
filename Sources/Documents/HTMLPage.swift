import Markdown

/// A complete, self-contained HTML5 page for a document: doctype, language, character set,
/// viewport, title, embedded CSS for screen, projector and A4 print, a table of contents built
/// from the headings, and the document. The page holds no script and loads nothing.
///
/// When the document starts with a level-1 heading, that heading and what follows it up to the
/// first level-2 heading (a cover) are the page's header, and the table of contents follows it;
/// the other headings (down to ``tableOfContentsDepth``) are listed.
public struct HTMLPage: Sendable {
    /// The text of `<title>`.
    public var title: String
    /// The `lang` of the page; Dutch by default.
    public var language: String
    /// CSS added after the built-in style sheet, so it can override it.
    public var extraCSS: String
    /// The deepest heading level in the table of contents; 0 leaves the table out.
    public var tableOfContentsDepth: Int
    /// The title above the table of contents, also its accessible name.
    public var tableOfContentsTitle: String

    /// Makes a page description.
    public init(title: String, language: String = "nl", extraCSS: String = "",
                tableOfContentsDepth: Int = 3, tableOfContentsTitle: String = "Inhoudsopgave") {
        self.title = title
        self.language = language
        self.extraCSS = extraCSS
        self.tableOfContentsDepth = tableOfContentsDepth
        self.tableOfContentsTitle = tableOfContentsTitle
    }

    /// The page for `document`.
    public func render(_ document: MarkdownDocument) -> String {
        var hasHeader = false
        let first = document.storage.firstBlock
        if first >= 0, document.storage.blocks[Int(first)].kind == .heading, document.storage.blocks[Int(first)].number == 1 {
            hasHeader = true
        }
        let entries = HeadingEntry.all(in: document)
        let fragment = HTMLWriter().render(document)
        // The writer numbers ids over the whole document; split its output after the header.
        var headerHTML = ""
        var mainHTML = fragment
        if hasHeader, let end = fragment.firstRange(of: "</h1>\n") {
            // What stands between the title and the first chapter (a cover: region, period, version)
            // belongs with the title, before the table of contents.
            let firstChapter = fragment[end.upperBound...].firstRange(of: "<h2")?.lowerBound ?? end.upperBound
            headerHTML = String(fragment[..<firstChapter])
            mainHTML = String(fragment[firstChapter...])
        }
        var page = "<!DOCTYPE html>\n"
        page += "<html lang=\"\(escaped(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<title>\(escaped(title))</title>\n<style>\n\(PageStyle.css)\n"
        if !extraCSS.isEmpty { page += "\n" + extraCSS.replacing("</", with: "<\\/") + "\n" }
        page += "</style>\n</head>\n<body>\n"
        if !headerHTML.isEmpty { page += "<header>\n\(headerHTML)</header>\n" }
        let listed = entries.dropFirst(hasHeader ? 1 : 0).filter { $0.level <= tableOfContentsDepth }
        if !listed.isEmpty { page += tableOfContents(listed) }
        page += "<main>\n\(mainHTML)</main>\n</body>\n</html>\n"
        return page
    }

    /// Nested ordered lists; a level deeper than one below its parent is shown one below it.
    private func tableOfContents(_ entries: [HeadingEntry]) -> String {
        var html = "<nav class=\"toc\" aria-label=\"\(escaped(tableOfContentsTitle))\">\n"
        html += "<p class=\"toc-title\">\(escaped(tableOfContentsTitle))</p>\n<ol>\n"
        var levels: [Int] = []  // the heading level at each open nesting depth
        for (index, entry) in entries.enumerated() {
            if index > 0 {
                if entry.level > levels[levels.count - 1] {
                    html += "\n<ol>\n"
                    levels.append(entry.level)
                } else {
                    html += "</li>\n"
                    while levels.count > 1, entry.level < levels[levels.count - 1], entry.level <= levels[levels.count - 2] {
                        levels.removeLast()
                        html += "</ol>\n</li>\n"
                    }
                }
            } else {
                levels.append(entry.level)
            }
            html += "<li><a href=\"#\(escaped(entry.id))\">\(escaped(entry.text))</a>"
        }
        html += "</li>\n"
        for _ in 1..<max(levels.count, 1) { html += "</ol>\n</li>\n" }
        html += "</ol>\n</nav>\n"
        return html
    }

    private func escaped(_ text: String) -> String {
        var output = HTMLOutput(capacity: text.utf8.count + 16)
        defer { output.deallocate() }
        HTMLEscaping.appendEscaped(text, to: &output)
        return output.string()
    }
}
