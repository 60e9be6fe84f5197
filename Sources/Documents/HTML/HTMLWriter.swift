/// Writes blocks of a ``Document`` as an HTML fragment, following the HTML conventions of the
/// CommonMark reference implementation (so its examples can be compared), with these additions:
///
/// - every text and attribute value is escaped (`&`, `<`, `>`, `"`) and control characters are
///   left out; the tree holds no raw HTML, so no input can add markup;
/// - link destinations are percent-encoded, and those ``LinkPolicy`` refuses are written as an
///   empty `href` (`#` for an image's `src`);
/// - headings get stable ids (see ``HeadingIDs``) unless ``Options/headingIDs`` is off;
/// - table header cells get `scope="col"`, aligned columns `style="text-align: ..."`, a caption
///   becomes `<caption>`, a total row `class="totaal"`;
/// - figures are drawn as inline SVG (a matrix as a shaded table) beside their data table.
public struct HTMLWriter: Sendable {
    /// Choices for the output.
    public struct Options: Sendable, Equatable {
        /// Whether headings get `id` attributes.
        public var headingIDs: Bool
        /// The words the writer adds (the names of a figure's scroll box), English by default.
        public var words: DocumentWords

        /// Makes options; by default headings get ids.
        public init(headingIDs: Bool = true, words: DocumentWords = DocumentWords()) {
            self.headingIDs = headingIDs
            self.words = words
        }
    }

    /// The choices this writer uses.
    public var options: Options

    /// Makes a writer.
    public init(options: Options = Options()) {
        self.options = options
    }

    /// The HTML fragment for `blocks`: one element per block, each on its own lines.
    public func render(_ blocks: [Block]) -> String {
        var renderer = HTMLRenderer(headingIDs: options.headingIDs ? HeadingIDs() : nil, capacity: 4096)
        renderer.words = options.words
        renderer.blocks(blocks, tight: false)
        return renderer.output.string()
    }

    /// The HTML fragment for `blocks` in UTF-8, as ``render(_:)`` gives it: the bytes written,
    /// without making a `String` of them (which validates every byte: a third of the fragment's
    /// cost for Dutch text). For callers that write the fragment to a file or a socket.
    public func bytes(_ blocks: [Block]) -> [UInt8] {
        var renderer = HTMLRenderer(headingIDs: options.headingIDs ? HeadingIDs() : nil, capacity: 4096)
        renderer.words = options.words
        renderer.blocks(blocks, tight: false)
        return renderer.output.bytes()
    }
}
