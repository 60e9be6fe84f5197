/// Every rule the toolkit checks, by code. `mja explain CODE` prints one; regions/README.md and
/// the README list them.
public enum RuleCatalogue {
    /// All rules, in code order.
    public static let all: [Rule] = (loadingRules + templateRules + criteriaRules + structureRules + progressRules + signalRules + readabilityRules + importRules + formRules
        + progressWorkbookRules + elsewhereRules)
        .sorted { $0.code < $1.code }

    /// The rule with `code` (case-insensitive), or nil.
    public static func rule(_ code: String) -> Rule? {
        let wanted = code.uppercased()
        return all.first { $0.code == wanted }
    }
}
