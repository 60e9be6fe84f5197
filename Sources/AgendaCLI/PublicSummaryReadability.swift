import Agenda
import BuiltInFiles
import Diagnostics
import FoundationEssentials
import Mustache

/// The readability of each checked agenda's public summary, for `mja check`: the summary is made
/// from the template `publieksversie` as `mja build` makes it, and measured against the limits the
/// template names (``ReadabilityLimits``, MJA360-MJA364). An agenda with errors is not measured: it
/// is not built either.
struct PublicSummaryReadability {
    let workspace: Workspace
    let templates: TemplateLibrary
    let assessor: CriteriaAssessor
    let language: Language

    /// The template's name.
    static let templateName = AgendaDocumentBuilder.Part.publicSummary.rawValue

    /// The note with the figures per agenda, the warnings above the limits, and the template's own
    /// problems with its limits; nothing when the template is missing.
    func diagnostics(excluding checked: [Diagnostic]) -> [Diagnostic] {
        guard let template = templates[Self.templateName] else { return [] }
        let file = template.file ?? Self.templateName + ".md"
        let (limits, problems) = ReadabilityLimits.parse(Self.sourceText(of: template) ?? "", file: file, language: language)
        let failed = Set(checked.filter { $0.severity == .error }.compactMap(\.file))
        let builder = AgendaDocumentBuilder(templates: templates, assessor: assessor)
        let check = ReadabilityCheck(limits: limits, language: language)
        var result = problems
        for path in workspace.requestedFiles where !failed.contains(path) {
            guard let agenda = workspace.agenda(inFile: path) else { continue }
            do {
                result += check.diagnostics(for: try builder.document(.publicSummary, of: agenda), at: agenda.origin)
            } catch {
                // A problem in the template is the same for every agenda: said once.
                let diagnostic = error.diagnostic(in: language)
                if !result.contains(where: { $0.code == diagnostic.code && $0.message == diagnostic.message }) { result.append(diagnostic) }
            }
        }
        return result
    }

    /// The text of a template as it was read: the built-in file, or the file of the workspace.
    static func sourceText(of template: Template) -> String? {
        guard let file = template.file else { return nil }
        if file.hasPrefix(TemplateFolder.builtInFolder + "/") {
            return BuiltInFiles.text("templates/" + file.dropFirst(TemplateFolder.builtInFolder.count + 1))
        }
        return try? String(contentsOfFile: file, encoding: .utf8)
    }
}
