/// An organisation that owns or joins themes and actions: a gemeente, UWV, a school, a sector fund.
public struct Organisation: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// An organisation kind in the registry (`gemeente`, `uwv`, `mbo-instelling`, ...).
    public var kind: Reference
    /// Whether the organisation sits in the Landelijk Beraad.
    public var inNationalCouncil: Bool
    public var origin: Origin

    public init(id: String, name: String, kind: Reference, inNationalCouncil: Bool = false, origin: Origin) {
        self.id = id
        self.name = name
        self.kind = kind
        self.inNationalCouncil = inNationalCouncil
        self.origin = origin
    }
}

/// Where money comes from (Rijk, gemeente, UWV, an O&O-fonds, ESF+, ...), optionally with a ceiling
/// per year that the plans drawing on it must not exceed.
public struct FundingSource: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// The most that may be planned on this source per year; years without an entry have no ceiling.
    public var envelope: [Int: Euro]
    public var origin: Origin

    public init(id: String, name: String, envelope: [Int: Euro] = [:], origin: Origin) {
        self.id = id
        self.name = name
        self.envelope = envelope
        self.origin = origin
    }
}
