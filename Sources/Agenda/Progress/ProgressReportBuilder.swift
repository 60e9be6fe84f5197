import Documents
import Mustache

/// Turns agendas into their progress reports (voortgangsrapportage): the template `voortgang.md`
/// for one agenda and `voortgang-landelijk.md` for all of them, filled with ``ProgressContext`` and
/// ``NationalProgressContext``, with a line chart per measured indicator. The same tree gives every
/// format. The reference date comes from the option, the agenda's peildatum, or the latest date in
/// its data; never from the clock.
public struct ProgressReportBuilder: Sendable {
    /// `voortgang`: the file `templates/voortgang.md`.
    public static let templateName = "voortgang"
    /// `voortgang-landelijk`: the file `templates/voortgang-landelijk.md`.
    public static let nationalTemplateName = "voortgang-landelijk"
    /// The report's title.
    public static let title = "Voortgangsrapportage"

    public var templates: TemplateLibrary
    public let workspace: Workspace
    /// The date given with `--peildatum`, or nil to take it from the data.
    public var referenceDate: CalendarDate?

    public init(templates: TemplateLibrary, workspace: Workspace, referenceDate: CalendarDate? = nil) {
        self.templates = templates
        self.workspace = workspace
        self.referenceDate = referenceDate
    }

    /// The reference date of `agenda` and where it comes from, in words for the report.
    public func referenceDate(of agenda: Agenda) -> (date: CalendarDate?, origin: String) {
        if let referenceDate { return (referenceDate, "opgegeven bij het maken van de rapportage") }
        if let date = agenda.referenceDate { return (date, "de peildatum van de agenda") }
        if let date = Self.latestDate(in: agenda) { return (date, "de laatste datum in de voortgangsgegevens") }
        return (nil, "geen: de agenda heeft geen voortgangsgegevens")
    }

    /// The latest peildatum of an action or date of a measurement.
    static func latestDate(in agenda: Agenda) -> CalendarDate? {
        (agenda.actions.compactMap(\.statusDate) + agenda.themes.flatMap(\.results).flatMap(\.measurements).map(\.date)).max()
    }

    /// The progress report of one agenda.
    public func document(for agenda: Agenda) throws(MustacheError) -> Document {
        let (date, origin) = referenceDate(of: agenda)
        let names = NameLookup(workspace: workspace, agenda: agenda)
        var context = ProgressContext(rollUp: ProgressRollUp(agenda: agenda, referenceDate: date), names: names, dateOrigin: origin)
        let value = context.value()
        let filled = try FilledTemplate(
            Self.templateName, from: templates, with: value, embeddings: context.embeddings, abbreviations: workspace.registry.abbreviations)
        let region = agenda.scope.regionCode.flatMap { names.region($0)?.name } ?? "Landelijk Beraad"
        let metadata = DocumentMetadata(
            title: "\(Self.title) \(agenda.title)", kind: Self.title, part: "Uitvoeringsdeel \(agenda.executionPeriod)",
            region: region, version: agenda.version, status: agenda.status.rawValue, date: date?.dutchText ?? "",
            keywords: [Self.title, region, "Uitvoeringsdeel \(agenda.executionPeriod)"], words: .dutch)
        let figures = context.figures
        return filled.document(metadata: metadata) { figures[$0] }
    }

    /// The national progress report over `agendas` (the workspace's agendas when empty).
    public func nationalDocument(for agendas: [Agenda] = []) throws(MustacheError) -> Document {
        let agendas = agendas.isEmpty ? workspace.agendas : agendas
        let rollUps = agendas.map { ProgressRollUp(agenda: $0, referenceDate: referenceDate ?? referenceDate(of: $0).date) }
        let date = referenceDate ?? agendas.compactMap { referenceDate(of: $0).date }.max()
        let origin = referenceDate != nil ? "opgegeven bij het maken van de rapportage" : "de laatste peildatum van de agenda's"
        var context = NationalProgressContext(rollUps: rollUps, workspace: workspace, referenceDate: date, dateOrigin: origin)
        let value = context.value()
        let filled = try FilledTemplate(
            Self.nationalTemplateName, from: templates, with: value, embeddings: context.embeddings,
            abbreviations: workspace.registry.abbreviations)
        let metadata = DocumentMetadata(
            title: "\(Self.title) van de meerjarenagenda's", kind: Self.title, part: "Landelijk overzicht",
            region: "Landelijk Beraad", date: date?.dutchText ?? "", keywords: [Self.title, "Landelijk Beraad", "arbeidsmarktregio's"], words: .dutch)
        let figures = context.figures
        return filled.document(metadata: metadata) { figures[$0] }
    }
}
