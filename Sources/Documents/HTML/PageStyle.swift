import FoundationEssentials

/// The style sheet embedded in every ``HTMLPage``: readable on screen and on a projector
/// (large type, strong contrast, limited line length), on a phone (wide tables scroll inside
/// their own box, the page never sideways), and printable on A4 (see ``PrintStyle``).
///
/// The text is set in Liberation Sans, the font the PDFs embed, named rather than embedded (as
/// `@font-face` it would add some 300 KB of base64 to every self-contained page); where it is not
/// installed, Arial or Helvetica take its place with the same widths.
enum PageStyle {
    /// The style sheet with the hint above a scrolling table in `words`.
    static func css(for words: DocumentWords) -> String {
        let hint = RunningHeads.string(words.scrollHint)
        return aroundHint.before + String(hint.dropLast()) + " \\2192\"" + aroundHint.after
    }

    /// `css` cut once at its one `scrollHintMark`: Foundation's `replacingOccurrences` on the whole
    /// sheet for every page cost 0.15 billion instructions of a national build.
    private static let aroundHint: (before: String, after: String) = {
        let parts = css.components(separatedBy: scrollHintMark)
        precondition(parts.count == 2, "the style sheet holds the scroll hint's mark exactly once")
        return (parts[0], parts[1])
    }()

    /// The style sheet with `scrollHintMark` where the hint above a scrolling table goes.
    static let css = base + "\n" + FigureStyle.css + "\n" + PrintStyle.css

    /// Where the scroll hint goes in `css`: a CSS string, in the caller's words.
    static let scrollHintMark = "\"{scroll-hint}\""

    private static let base = """
    :root { --text: #1a1a1a; --muted: #555; --line: #c8c8c8; --accent: #154273; --band: #f3f5f8; }
    * { box-sizing: border-box; }
    html { font-size: 112.5%; }
    body { margin: 0 auto; max-width: 52rem; padding: 2rem 1.5rem 4rem; color: var(--text); background: #fff;
      font-family: "Liberation Sans", Arial, Helvetica, sans-serif; line-height: 1.55; overflow-wrap: break-word; }
    h1, h2, h3, h4, h5, h6 { color: var(--accent); line-height: 1.25; margin: 1.6em 0 0.5em; break-after: avoid; }
    h1 { font-size: 2rem; margin-top: 0; }
    h2 { font-size: 1.5rem; border-bottom: 2px solid var(--accent); padding-bottom: 0.2em; }
    h3 { font-size: 1.2rem; }
    p, ul, ol, table, pre, blockquote, figure { margin: 0 0 1em; }
    a { color: var(--accent); }
    code { font-family: "Liberation Mono", "Courier New", monospace; font-size: 0.9em;
      background: var(--band); padding: 0.05em 0.25em; border-radius: 3px; }
    pre { background: var(--band); padding: 0.8em 1em; overflow-x: auto; }
    pre code { background: none; padding: 0; }
    blockquote { margin-left: 0; padding: 0.2em 1em; border-left: 4px solid var(--line); color: var(--muted); }
    hr { border: 0; border-top: 1px solid var(--line); margin: 2em 0; }
    .tabel-scroll { max-width: 100%; overflow-x: auto; margin: 0 0 1em; }
    .tabel-scroll > table { margin: 0; }
    .tabel-scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
    .tabel-scroll::before { display: none; }
    table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
    caption { text-align: left; font-weight: bold; padding: 0 0 0.3em; }
    th, td { border: 1px solid var(--line); padding: 0.35em 0.6em; vertical-align: top; text-align: left; }
    thead th { background: var(--accent); color: #fff; }
    tbody tr:nth-child(even) { background: var(--band); }
    td.aandacht { background: #\(Table.CellShade.caution.rgb); } td.tekort { background: #\(Table.CellShade.shortfall.rgb); }
    img, svg { max-width: 100%; height: auto; }
    nav.toc { border: 1px solid var(--line); padding: 0.8em 1.2em; margin: 0 0 2em; background: var(--band); }
    nav.toc .toc-title { font-weight: bold; margin: 0 0 0.4em; }
    nav.toc ol { margin: 0; padding-left: 1.4em; }
    nav.toc a { text-decoration: none; }
    @media (max-width: 30rem) { html { font-size: 100%; } body { padding: 1rem 0.9rem 3rem; } h1 { font-size: 1.6rem; } }
    @media (max-width: 40rem) {
      /* On a small screen a wide table scrolls in its box: say so, pinned to the box's left edge.
         (No alternative text after a slash: the Nu checker's CSS grammar does not know it yet.) */
      .tabel-scroll::before { display: block; position: sticky; left: 0; content: "{scroll-hint}";
        font-size: 0.85rem; color: var(--muted); padding: 0 0 0.2em; }
    }
    """
}
