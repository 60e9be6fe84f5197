/// The CSS of figures, part of every ``HTMLPage``: the SVG and its data table side by side on a
/// wide screen, one above the other on paper or a narrow screen; a figure never splits over pages;
/// the map's and the matrix's shading kept in print.
enum FigureStyle {
    static let css = """
        .grafiek-figuur { margin: 1.5rem 0; break-inside: avoid; }
        .grafiek-figuur figcaption { font-weight: bold; margin-bottom: .5rem; }
        .grafiek-inhoud { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .grafiek-inhoud svg { max-width: 100%; height: auto; flex: 1 1 28rem; }
        .grafiek-inhoud svg text { font-family: system-ui, sans-serif; fill: #000; }
        .grafiek-tabel { flex: 1 1 18rem; }
        @media print { .grafiek-inhoud { display: block; } .grafiek-inhoud svg { width: 100%; } }
        .kaart { max-width: 100%; height: auto; flex: 1 1 24rem; }
        .kaart text { font-family: system-ui, sans-serif; }
        .bron { font-size: .85em; color: #333; }
        .matrix-scroll { overflow-x: auto; }
        table.matrix { border-collapse: collapse; font-size: .9em; }
        table.matrix th, table.matrix td { border: 1px solid #666; padding: .2rem .4rem; }
        table.matrix td.getal { text-align: right; min-width: 2.2rem; }
        table.matrix caption { font-weight: bold; text-align: left; margin-bottom: .4rem; }
        .matrix-legenda span { padding: 0 .5rem; border: 1px solid #666; }
        table.matrix td, .matrix-legenda span, .kaart { -webkit-print-color-adjust: exact; }
        tr.totaal td { font-weight: bold; border-top: 2px solid #1a1a1a; }
        """
}
