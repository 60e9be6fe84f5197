/// The print part of the style sheet of every ``HTMLPage``, for A4 from a browser.
///
/// - A page break only before a big part: a level-1 heading inside the content, and after the
///   cover when a table of contents follows it (`header.omslag`); chapters follow each other.
/// - Headings stay with what follows, and so does a paragraph between a heading and a table or
///   figure (its introduction, `p.inleiding`); rows, list items, drawings and short tables are
///   not split;
///   a paragraph leaves no single line alone at the top or bottom of a page.
/// - Tables use smaller type and break long words, so a wide table stays inside the page; a
///   table's box does not scroll on paper.
/// - Page numbers and the running header and footer are ``RunningHeads``, made per document.
enum PrintStyle {
    static let css = """
    @media print {
      @page { size: A4; margin: 18mm 16mm 20mm; }
      html { font-size: 10pt; }
      body { max-width: none; padding: 0; line-height: 1.4; }
      a { color: inherit; text-decoration: none; }
      h1, h2, h3, h4, h5, h6 { break-after: avoid; break-inside: avoid; }
      p.inleiding { break-after: avoid; break-inside: avoid; }
      h2 { margin-top: 1.2em; }
      h3 { margin-top: 1.1em; }
      p, ul, ol, .tabel-scroll, pre, blockquote, figure { margin-bottom: 0.75em; }
      main h1 { break-before: page; }
      header.omslag { break-after: page; padding-top: 55mm; }
      header.omslag h1 { font-size: 24pt; border-bottom: 3px solid var(--accent); padding-bottom: 0.3em; margin-bottom: 1em; }
      nav.toc { background: none; }
      p, li, dd, blockquote { orphans: 2; widows: 2; }
      li, tr, img, svg, figure, pre, blockquote, caption { break-inside: avoid; }
      table.kort { break-inside: avoid; }
      caption { break-after: avoid; }
      .tabel-scroll { overflow: visible; }
      .tabel-scroll::before { display: none; }
      thead { display: table-header-group; }
      table { font-size: 8.5pt; }
      th, td { padding: 0.25em 0.4em; overflow-wrap: break-word; hyphens: auto; }
      thead th { background: #e6e6e6; color: #000; -webkit-print-color-adjust: exact; }
      td.aandacht, td.tekort { -webkit-print-color-adjust: exact; }
    }
    """
}
