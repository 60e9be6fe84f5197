import Documents
import Mustache

/// Turns a signal analysis into the Landelijk Beraad's meeting deck: the template
/// `dia/signalen.md` filled with the same context as the signal report (``SignalReportContext``),
/// with the same figures.
public struct SignalDeckBuilder: Sendable {
    /// The template's name in the library: `dia/signalen` (the file `templates/dia/signalen.md`).
    public static let templateName = "dia/signalen"
    /// The deck's file name without its extension, next to the report: `signalen-dia`.
    public static let fileName = "signalen-dia"

    /// The templates, `dia/signalen` among them.
    public var templates: TemplateLibrary

    /// A builder that renders with `templates`.
    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The deck's document tree, ready for a deck writer.
    public func document(for analysis: SignalAnalysis) throws(MustacheError) -> Document {
        let context = SignalReportContext(analysis: analysis).value()
        let markdown = try templates.render(Self.templateName, with: context, escaping: .markdown, strict: .all)
        let charts = SignalCharts(analysis: analysis, names: analysis.names)
        let metadata = DocumentMetadata(
            title: SignalReportBuilder.title, kind: "Signalenrapport", region: "Landelijk Beraad",
            date: analysis.followUp.referenceDate.dutchText, keywords: ["Signalenrapport", "Landelijk Beraad", "dia's"])
        let filled = FilledTemplate(markdown: markdown, prose: ProseFields(), abbreviations: analysis.collection.workspace.registry.abbreviations)
        return filled.document(metadata: metadata) { charts.chart(named: $0) }
    }
}
