/// The CSS that lays out a chart figure: the SVG and its data table side by side on a wide
/// screen, one above the other on paper or a narrow screen; the chart never splits over pages.
public enum ChartStyle {
    public static let css = """
        .grafiek-figuur { margin: 1.5rem 0; break-inside: avoid; }
        .grafiek-figuur figcaption { font-weight: bold; margin-bottom: .5rem; }
        .grafiek-inhoud { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
        .grafiek-inhoud svg { max-width: 100%; height: auto; flex: 1 1 28rem; }
        .grafiek-inhoud svg text { font-family: system-ui, sans-serif; fill: #000; }
        .grafiek-tabel { flex: 1 1 18rem; }
        @media print { .grafiek-inhoud { display: block; } .grafiek-inhoud svg { width: 100%; } }
        """
}
