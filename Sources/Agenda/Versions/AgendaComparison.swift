/// What changed between two versions of one agenda, in the agenda's own terms: the agenda's
/// period, version and status; the policy part's prose by sentence; themes, actions, results and
/// signals added, removed or changed, field by field; the money per year and funding source; the
/// verdicts on the six criteria. Made by ``AgendaComparer``; `mja verschil` prints it and writes it
/// as the document "Wijzigingen ten opzichte van versie X".
public struct AgendaComparison: Sendable, Hashable, Codable {
    /// One of the two versions.
    public struct Version: Sendable, Hashable, Codable {
        /// The file's name, with the revision for a version read from git (`am05-twente.toml (HEAD~1)`).
        public var file: String
        public var title: String
        public var version: String
        public var status: String
    }

    public var old: Version
    public var new: Version
    /// The agenda's own fields: title, version, status, adoption, the two periods.
    public var agenda: [FieldChange]
    /// Where the new version's `[agenda]` table is.
    public var agendaLocation: ChangeLocation
    /// The policy part: ambition, analysis, synergy, governance, and per task its description,
    /// goals, sectors and target groups.
    public var policy: [FieldChange]
    /// Themes added, removed or changed (with their actions, results and verdicts): those of the
    /// new version in its order, then the removed ones in the old order.
    public var themes: [ItemChange]
    /// Signals added, removed or changed, in the same order.
    public var signals: [ItemChange]
    /// The money per year and funding source.
    public var budget: BudgetComparison
    /// What the new version's check says that the old one's did not (and what it no longer says):
    /// errors and warnings, the verdicts left to ``themes``.
    public var checks: [CheckChange]

    /// Whether the two versions say the same and check the same: nothing to report.
    public var isEmpty: Bool {
        agenda.isEmpty && policy.isEmpty && themes.isEmpty && signals.isEmpty && budget.isEmpty && checks.isEmpty
    }

    /// The findings of the check that are new or say something else now.
    public var newFindings: [CheckChange] { checks.filter { $0.kind != .resolved } }
    /// The findings the new version no longer has.
    public var resolvedFindings: [CheckChange] { checks.filter { $0.kind == .resolved } }

    /// How many items were added, removed and changed, themes' actions and results included.
    public var counts: [ItemChange.Item: [ItemChange.Kind: Int]] {
        var counts: [ItemChange.Item: [ItemChange.Kind: Int]] = [:]
        for change in themes + signals + themes.flatMap(\.children) {
            counts[change.item, default: [:]][change.kind, default: 0] += 1
        }
        return counts
    }

    /// Every verdict that changed, with the theme it is about.
    public var verdictChanges: [(theme: ItemChange, change: VerdictChange)] {
        themes.flatMap { theme in theme.verdicts.map { (theme, $0) } }
    }
}
