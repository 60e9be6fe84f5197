import Diagnostics

/// A multi-year labour-market agenda: the national one of the Landelijk Beraad (LMJA) or the
/// regional one of an arbeidsmarktregio (RMJA). It has a five-year policy part and a two-year
/// execution part (the themes with their actions, budgets and results), and the signals it raises.
public struct Agenda: Sendable, Hashable, Codable {
    /// Whose agenda it is.
    public enum Scope: Sendable, Hashable, Codable {
        case national
        /// A region, by its CBS code (`AM05`).
        case regional(String)

        /// The region code, or nil for the national agenda.
        public var regionCode: String? {
            if case .regional(let code) = self { code } else { nil }
        }
    }

    /// Whether the agenda is a draft or has been adopted.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case draft = "concept"
        case adopted = "vastgesteld"
    }

    /// The licence the agenda's open data (`mja build --formaat data`) are published under: the
    /// SPDX identifier, as `licentie` in `[agenda]` names it.
    public enum Licence: String, Sendable, Hashable, Codable, CaseIterable {
        /// Public domain dedication, the default of Dutch government open data.
        case cc0 = "CC0-1.0"
        /// Free reuse with attribution.
        case ccBy = "CC-BY-4.0"
    }

    /// The file it was read from, as the user named it.
    public var file: String
    public var scope: Scope
    /// Where the `[agenda]` table and its values (region, periods) are written.
    public var origin: Origin
    public var title: String
    public var version: String
    public var status: Status
    public var adoptedBy: String?
    public var adoptedOn: CalendarDate?
    /// Five calendar years.
    public var policyPeriod: YearRange
    /// Two calendar years inside the policy period.
    public var executionPeriod: YearRange
    /// Whether the content is illustrative example content rather than a region's real plans.
    public var isExample: Bool
    /// Where `voorbeeld` is written, for the warning when an edited agenda still says it (MJA024).
    public var exampleFlagRange: SourceRange?
    /// The date the progress data stand at (peildatum in `[agenda]`), if the agenda records progress.
    public var referenceDate: CalendarDate?
    /// The licence of its open data (`licentie`); CC0 when the agenda names none.
    public var licence: Licence = .cc0
    public var policy: PolicyPart
    /// Organisations defined in this agenda (the national ones come from the registry).
    public var organisations: [Organisation]
    /// Funding sources defined in this agenda, in addition to the registry's.
    public var fundingSources: [FundingSource]
    public var themes: [Theme]
    public var signals: [Signal]
    /// The text values of the file that the checks on text as written report (a template leftover or
    /// empty prose, see `PlaceholderScanner`), in the order written; empty for an agenda read only
    /// for what other agendas refer to. Only those are kept: every text value of a workspace at 100
    /// times the national content was 45 MB held for the whole run, for a few findings.
    public var writtenTexts: [WrittenText] = []

    public init(
        file: String, scope: Scope, origin: Origin, title: String, version: String, status: Status, adoptedBy: String?,
        adoptedOn: CalendarDate?, policyPeriod: YearRange, executionPeriod: YearRange, isExample: Bool,
        policy: PolicyPart, organisations: [Organisation], fundingSources: [FundingSource], themes: [Theme],
        signals: [Signal], referenceDate: CalendarDate? = nil
    ) {
        self.file = file
        self.scope = scope
        self.origin = origin
        self.title = title
        self.version = version
        self.status = status
        self.adoptedBy = adoptedBy
        self.adoptedOn = adoptedOn
        self.policyPeriod = policyPeriod
        self.executionPeriod = executionPeriod
        self.isExample = isExample
        self.policy = policy
        self.organisations = organisations
        self.fundingSources = fundingSources
        self.themes = themes
        self.signals = signals
        self.referenceDate = referenceDate
    }

    /// Every action of every theme.
    public var actions: [Action] { themes.flatMap(\.actions) }
}

/// The five-year policy part (beleidsdeel). Prose is Markdown.
public struct PolicyPart: Sendable, Hashable, Codable {
    public var ambition: String
    public var analysis: String
    /// What the agenda says per task; a task missing here is not addressed.
    public var tasks: [AgendaTask: TaskPolicy]
    /// How the tasks reinforce each other.
    public var synergy: String
    /// Partners and governance: who decides, how the Regionaal Beraad works.
    public var governance: String

    public init(
        ambition: String, analysis: String, tasks: [AgendaTask: TaskPolicy], synergy: String, governance: String
    ) {
        self.ambition = ambition
        self.analysis = analysis
        self.tasks = tasks
        self.synergy = synergy
        self.governance = governance
    }
}

/// What the policy part says about one task.
public struct TaskPolicy: Sendable, Hashable, Codable {
    /// Markdown.
    public var description: String
    public var goals: [String]
    public var sectors: [Reference]
    public var targetGroups: [Reference]
    public var origin: Origin

    public init(description: String, goals: [String], sectors: [Reference], targetGroups: [Reference], origin: Origin) {
        self.description = description
        self.goals = goals
        self.sectors = sectors
        self.targetGroups = targetGroups
        self.origin = origin
    }
}
