/// Turns the ids an agenda refers to into the names a reader understands: organisations, sectors,
/// target groups, funding sources, national themes, regions.
///
/// The registries' names are indexed once per workspace (`RegistryNames`, held by the assessor the
/// documents share); an agenda adds only its own organisations and funding sources, looked up first.
struct NameLookup {
    private let shared: RegistryNames
    private let ownOrganisations: [String: Organisation]
    private let ownSources: [String: FundingSource]

    init(names: RegistryNames, agenda: Agenda) {
        shared = names
        ownOrganisations = RegistryNames.index(agenda.organisations, by: \.id)
        ownSources = RegistryNames.index(agenda.fundingSources, by: \.id)
    }

    init(workspace: Workspace, agenda: Agenda) {
        self.init(names: RegistryNames(workspace: workspace), agenda: agenda)
    }

    private func organisationEntry(_ id: String) -> Organisation? { ownOrganisations[id] ?? shared.organisations[id] }

    func organisation(_ id: String) -> String { organisationEntry(id)?.name ?? id }
    func organisationKind(of id: String) -> String {
        organisationEntry(id).map { shared.organisationKinds[$0.kind.id] ?? $0.kind.id } ?? ""
    }
    func kind(_ id: String) -> String { shared.organisationKinds[id] ?? id }
    func sector(_ id: String) -> String { shared.sectors[id] ?? id }
    func targetGroup(_ id: String) -> String { shared.targetGroups[id] ?? id }
    func source(_ id: String) -> FundingSource? { ownSources[id] ?? shared.sources[id] }
    func sourceName(_ id: String) -> String { source(id)?.name ?? id }
    func nationalTheme(_ id: String) -> Theme? { shared.nationalThemes[id] }
    func region(_ code: String) -> Region? { shared.regions[code] }

    /// A scaling target: a region's name with its code, or "landelijk".
    func scalingTarget(_ id: String) -> String {
        shared.regions[id].map { "\($0.name) (\($0.code))" } ?? id
    }
}

/// The names of the registries and the national themes of a workspace by id, made once.
public struct RegistryNames: Sendable {
    let organisations: [String: Organisation]
    let sectors: [String: String]
    let targetGroups: [String: String]
    let organisationKinds: [String: String]
    let sources: [String: FundingSource]
    let nationalThemes: [String: Theme]
    let regions: [String: Region]

    init(workspace: Workspace) {
        let registry = workspace.registry
        organisations = Self.index(registry.organisations, by: \.id)
        sectors = Self.index(registry.sectors, by: \.id).mapValues(\.name)
        targetGroups = Self.index(registry.targetGroups, by: \.id).mapValues(\.name)
        organisationKinds = Self.index(registry.organisationKinds, by: \.id).mapValues(\.name)
        sources = Self.index(registry.fundingSources, by: \.id)
        nationalThemes = Self.index(workspace.nationalAgenda?.themes ?? [], by: \.id)
        regions = Self.index(registry.regions, by: \.code)
    }

    /// The items by key; of items with the same key, the last.
    static func index<T, Key: Hashable>(_ items: [T], by key: KeyPath<T, Key>) -> [Key: T] {
        Dictionary(items.map { ($0[keyPath: key], $0) }, uniquingKeysWith: { _, later in later })
    }
}
