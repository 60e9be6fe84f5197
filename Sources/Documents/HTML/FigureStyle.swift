/// The CSS of figures, part of every ``HTMLPage``: the SVG and its data table side by side on a
/// wide screen, one above the other on paper or a narrow screen; on paper a figure's title stays
/// with its drawing and the drawing is never split, but its data table may start on the next page;
/// the map's and the matrix's shading kept in print.
enum FigureStyle {
    static let css = """
        .grafiek-figuur { margin: 1.5rem 0; break-inside: avoid; }
        .grafiek-figuur figcaption { font-weight: bold; margin-bottom: .5rem; }
        .grafiek-inhoud { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .grafiek-inhoud svg { max-width: 100%; height: auto; flex: 1 1 28rem; }
        .grafiek-inhoud svg text { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; fill: #000; }
        .grafiek-tabel { flex: 1 1 18rem; min-width: 0; max-width: 100%; }
        @media print {
          .grafiek-figuur { break-inside: auto; }
          .grafiek-figuur figcaption { break-after: avoid; }
          .grafiek-inhoud { display: block; }
          .grafiek-inhoud svg { display: block; width: auto; max-width: 100%; max-height: 90mm; margin: 0 auto .5rem; }
          .grafiek-inhoud svg.kaart { max-height: 150mm; }
          .matrix-figuur { break-inside: avoid; }
          table.matrix { font-size: 7.5pt; line-height: 1.2; }
          table.matrix th, table.matrix td { padding: .05rem .3rem; }
          .matrix-legenda { break-before: avoid; }
        }
        .kaart { max-width: 100%; height: auto; flex: 1 1 24rem; }
        .kaart text { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; }
        .bron { font-size: .85em; color: #333; }
        table.matrix { border-collapse: collapse; font-size: .9em; width: auto; }
        table.matrix th.gedraaid { vertical-align: bottom; text-align: left; padding: .4rem .2rem; }
        table.matrix th.gedraaid span { display: inline-block; writing-mode: vertical-rl; transform: rotate(180deg);
          max-height: 13em; line-height: 1.15; font-weight: normal; white-space: normal; }
        table.matrix tbody th { font-weight: normal; white-space: nowrap; }
        table.matrix th, table.matrix td { border: 1px solid #666; padding: .2rem .4rem; }
        table.matrix td.getal { text-align: right; min-width: 2.2rem; }
        table.matrix caption { font-weight: bold; text-align: left; margin-bottom: .4rem; }
        .matrix-legenda span { padding: 0 .5rem; border: 1px solid #666; }
        table.matrix td, .matrix-legenda span, .kaart { -webkit-print-color-adjust: exact; }
        tr.totaal td { font-weight: bold; border-top: 2px solid #1a1a1a; }
        """
}
