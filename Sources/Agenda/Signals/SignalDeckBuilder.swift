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
        try SignalReportBuilder.filled(Self.templateName, templates: templates, analysis: analysis, keyword: "dia's")
    }
}
