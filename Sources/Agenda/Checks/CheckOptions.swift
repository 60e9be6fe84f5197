/// Settings of the checks.
public struct CheckOptions: Sendable {
    /// For a national theme: how many distinct regions must have raised its signals.
    public var minimumRegionsForNationalTheme: Int
    /// The previous version of an agenda, to flag themes repeated without a reason.
    public var previousVersion: Agenda?
    /// How alike (0-1, shared content words) two themes must be to count as overlapping.
    public var overlapThreshold: Double

    public init(minimumRegionsForNationalTheme: Int = 3, previousVersion: Agenda? = nil, overlapThreshold: Double = 0.4) {
        self.minimumRegionsForNationalTheme = minimumRegionsForNationalTheme
        self.previousVersion = previousVersion
        self.overlapThreshold = overlapThreshold
    }
}
