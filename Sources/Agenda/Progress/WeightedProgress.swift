/// Progress of a group of actions (a theme, a task, an agenda, a national theme), weighted by
/// planned budget, held exactly: the sum of progress × budget in percent-cents and the sum of the
/// budgets in cents, so rolling up never rounds before the end.
///
/// The rule, as the report states it: each action counts with its planned budget (all its budget
/// lines) as weight. An action without budget has weight 0 and does not count; when no action of
/// the group has a budget, every action counts equally (the plain mean). A stopped action does not
/// count at all. An action without `voortgang` counts as 0, or 100 when it is finished.
public struct WeightedProgress: Sendable, Hashable {
    /// Σ progress × planned cents over the actions with a budget.
    public private(set) var weightedSum: Int64 = 0
    /// Σ planned cents over the actions with a budget.
    public private(set) var weight: Int64 = 0
    /// Σ progress and the count over all counted actions, for a group without budget.
    public private(set) var plainSum: Int64 = 0
    public private(set) var count = 0
    /// How many counted actions have no budget (left out of the weighted mean).
    public private(set) var withoutBudget = 0

    public init() {}

    /// Adds an action's progress (0-100) with its planned budget.
    public mutating func add(progress: Int, budget: Euro) {
        let progress = Int64(min(100, max(0, progress)))
        count += 1
        plainSum += progress
        if budget > .zero {
            weightedSum += progress * budget.cents
            weight += budget.cents
        } else {
            withoutBudget += 1
        }
    }

    /// Adds every action of `other`.
    public mutating func add(_ other: WeightedProgress) {
        weightedSum += other.weightedSum
        weight += other.weight
        plainSum += other.plainSum
        count += other.count
        withoutBudget += other.withoutBudget
    }

    /// Whether the mean is weighted by budget (false: plain mean, or nothing counted).
    public var isWeighted: Bool { weight > 0 }

    /// The progress as an exact fraction of 100 (numerator, denominator), or nil when nothing counts.
    public var fraction: (numerator: Int64, denominator: Int64)? {
        if weight > 0 { return (weightedSum, weight) }
        if count > 0 { return (plainSum, Int64(count)) }
        return nil
    }

    /// The progress in whole percent, rounded half up; nil when no action counts.
    public var percent: Int? {
        guard let (numerator, denominator) = fraction else { return nil }
        return Int((2 * numerator + denominator) / (2 * denominator))
    }
}
