import Documents
import Mustache

/// Turns a signal analysis into the Landelijk Beraad's signal report: the template `signalen.md`
/// (Markdown with Mustache) is filled with `SignalReportContext` and made into a document tree, with
/// the figures it uses (the map, the region-by-theme matrix, the trend) put in. The same tree gives every format, and joins `mja build`.
public struct SignalReportBuilder: Sendable {
    /// The template's name in the library: `signalen` (the file `templates/signalen.md`).
    public static let templateName = "signalen"

    /// The templates, `signalen` among them.
    public var templates: TemplateLibrary

    /// A builder that renders with `templates`.
    public init(templates: TemplateLibrary) {
        self.templates = templates
    }

    /// The report's document, with the reference date of its follow-up in the metadata.
    public func document(for analysis: SignalAnalysis) throws(MustacheError) -> Document {
        var document = try Self.filled(Self.templateName, templates: templates, analysis: analysis, keyword: "arbeidsmarktregio's")
        document.tableOfContentsDepth = 2
        return document
    }

    /// `template` filled with the signal report's context, with its figures and abbreviations: the
    /// report and its meeting deck are made the same way.
    static func filled(
        _ template: String, templates: TemplateLibrary, analysis: SignalAnalysis, keyword: String
    ) throws(MustacheError) -> Document {
        let context = SignalReportContext(analysis: analysis).value()
        let charts = SignalCharts(analysis: analysis, names: analysis.names)
        let metadata = DocumentMetadata(
            title: title, kind: "Signalenrapport", region: "Landelijk Beraad",
            date: analysis.followUp.referenceDate.dutchText, keywords: ["Signalenrapport", "Landelijk Beraad", keyword], words: .dutch)
        let filled = try FilledTemplate(
            template, from: templates, with: context, embeddings: TemplateEmbeddings(), figureNames: SignalCharts.figureNames,
            abbreviations: analysis.collection.workspace.registry.abbreviations)
        return filled.document(metadata: metadata) { charts.chart(named: $0) }
    }

    /// The report's title: "Signalen uit de regio's".
    public static let title = "Signalen uit de regio's"
}
