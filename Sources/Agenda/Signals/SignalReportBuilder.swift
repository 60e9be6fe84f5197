import Documents
import Markdown
import Mustache

/// Turns a signal analysis into the Landelijk Beraad's signal report: the template `signalen.md`
/// (Markdown with Mustache) is filled with `SignalReportContext`, escaped for Markdown, parsed into a
/// document tree, and the figures it asks for (the map, the region-by-theme matrix, the trend) are
/// put in. The same tree gives Markdown and HTML, and can join `mja build`.
public struct SignalReportBuilder: Sendable {
    /// The template's name in the library: `signalen` (the file `templates/signalen.md`).
    public static let templateName = "signalen"

    /// The templates, `signalen` among them.
    public var templates: TemplateLibrary

    /// A builder that renders with `templates`.
    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The report's document tree.
    public func document(for analysis: SignalAnalysis) throws(MustacheError) -> MarkdownDocument {
        let context = SignalReportContext(analysis: analysis).value()
        let markdown = try templates.render(Self.templateName, with: context, escaping: .markdown, strict: .missingPartials)
        let charts = SignalCharts(analysis: analysis, names: analysis.names)
        return AgendaDocumentBuilder.insertingCharts(into: MarkdownDocument(parsing: markdown)) { charts.chart(named: $0) }
    }

    /// The report as Markdown text.
    public static func markdown(_ document: MarkdownDocument) -> String {
        MarkdownWriter().render(document)
    }

    /// The report as a self-contained HTML page.
    public static func html(_ document: MarkdownDocument, title: String = "Signalen uit de regio's") -> String {
        HTMLPage(title: title, extraCSS: ChartStyle.css + "\n" + css, tableOfContentsDepth: 2).render(document)
    }

    /// The CSS of the map and the matrix: shading kept in print, numbers right-aligned, the map's
    /// source line small.
    public static let css = """
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
        """
}
