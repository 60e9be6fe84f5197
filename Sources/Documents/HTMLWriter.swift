import Markdown

/// Writes a ``MarkdownDocument`` as an HTML fragment, following the HTML conventions of the
/// CommonMark reference implementation (so its examples can be compared), with these additions:
///
/// - every text and attribute value is escaped (`&`, `<`, `>`, `"`), and since the parser does not
///   support raw HTML, no input can add markup;
/// - link destinations are percent-encoded, and `javascript:`, `vbscript:`, `file:` and (except
///   for raster images) `data:` destinations are written as an empty `href`/`src`;
/// - headings get stable ids (see ``HeadingIDs``) unless ``Options/headingIDs`` is off;
/// - table header cells get `scope="col"`, aligned columns `style="text-align: ..."`;
/// - ``EmbeddedBlock``s are written verbatim: their HTML is trusted.
public struct HTMLWriter: Sendable {
    /// Choices for the output.
    public struct Options: Sendable, Equatable {
        /// Whether headings get `id` attributes.
        public var headingIDs: Bool

        /// Makes options; by default headings get ids.
        public init(headingIDs: Bool = true) {
            self.headingIDs = headingIDs
        }
    }

    /// The choices this writer uses.
    public var options: Options

    /// Makes a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The HTML fragment for `document`: one element per top-level block, each on its own lines.
    public func render(_ document: MarkdownDocument) -> String {
        let storage = document.storage
        return storage.withView { view in
            // HTML is about one and a half times the size of its Markdown.
            var renderer = HTMLRenderer(document: view, headingIDs: options.headingIDs, capacity: view.text.count * 2 + 256)
            defer { renderer.output.deallocate() }
            renderer.blocks(from: storage.firstBlock, tight: false)
            return renderer.output.string()
        }
    }
}
