import Diagnostics
import Mustache

/// Checks the names a template folder uses before anything is rendered: a partial that does not
/// exist (`{{> delen/voorbld}}`, MJA071) and a figure the documents do not have
/// (`{{grafieken.begroting-per-jaarr}}`, MJA073), each located at its tag with the names there
/// are. Rendering would find them too, but only in the parts the data at hand renders: a figure in
/// a section over an empty budget would wait for the first agenda with a budget.
public enum TemplateNameCheck {
    /// The figures a template can use as `{{grafieken.NAAM}}`: those of the agenda documents and
    /// of the signal report, sorted.
    public static let figureNames: [String] = (AgendaCharts.figureNames + SignalCharts.figureNames).sorted()

    /// Every unknown partial and figure in `library`, as diagnostics in `language`, sorted by
    /// template and position.
    public static func diagnostics(for library: TemplateLibrary, in language: Language = .dutch) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for problem in library.missingPartials() {
            var diagnostic = problem.diagnostic(in: language)
            diagnostic.hint = [diagnostic.hint, names(library.names, language.pick("De sjablonen zijn", "The templates are"))]
                .compactMap { $0 }.joined(separator: " ")
            diagnostics.append(diagnostic)
        }
        for templateName in library.names {
            let template = library[templateName]!
            for reference in template.references {
                guard let figure = figureName(in: reference), !figureNames.contains(figure) else { continue }
                diagnostics.append(unknownFigure(figure, at: reference, in: template, language: language))
            }
        }
        return diagnostics.sorted(by: Diagnostic.printingOrder)
    }

    /// `NAAM` for a tag `{{grafieken.NAAM}}` or `{{#grafieken.NAAM}}`.
    private static func figureName(in reference: Template.Reference) -> String? {
        guard reference.kind != .template else { return nil }
        let parts = reference.name.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0] == FilledTemplate.figuresKey else { return nil }
        return String(parts[1])
    }

    private static func unknownFigure(
        _ name: String, at reference: Template.Reference, in template: Template, language: Language
    ) -> Diagnostic {
        let suggestion = Suggestion.closest(to: name, among: figureNames)
        let guess = suggestion.map { language.pick("bedoelde u '\($0)'?", "did you mean '\($0)'?") }
        let list = names(figureNames, language.pick("De grafieken zijn", "The figures are"))
        return Diagnostic(
            severity: .error, code: "MJA073",
            message: language.pick("er is geen grafiek '\(name)'", "there is no figure '\(name)'"),
            file: template.file ?? template.name, range: reference.range,
            hint: [guess, list].compactMap { $0 }.joined(separator: " "))
    }

    /// "De grafieken zijn: a, b, c."
    private static func names(_ names: [String], _ lead: String) -> String {
        "\(lead): \(names.joined(separator: ", "))."
    }
}
