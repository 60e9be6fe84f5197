import Diagnostics
import Foundation

/// Checks what no single table can: ids that are defined twice, and references that point at
/// nothing (an organisation, a funding source, a sector, a national theme, a signal of another
/// region). Each problem points at the place where the id or reference is written.
struct ReferenceResolver {
    let registry: Registry
    let agendas: [Agenda]
    var session: LoadSession
    /// Per region with an agenda in the workspace: whether all its agendas are examples.
    private var regionIsExample: [String: Bool] = [:]

    init(registry: Registry, agendas: [Agenda], session: LoadSession) {
        self.registry = registry
        self.agendas = agendas
        self.session = session
    }

    mutating func resolve() {
        checkRegistryIDs()
        for organisation in registry.organisations {
            check(organisation.kind, .organisationKind, registry.organisationKinds.map(\.id), in: organisation.origin.file)
        }
        let nationalThemes = agendas.first { $0.scope == .national }?.themes.map(\.id)
        var signalsByQualifiedID: Set<String> = []
        for agenda in agendas {
            for signal in agenda.signals { signalsByQualifiedID.insert(signal.qualifiedID) }
        }
        for agenda in agendas {
            if case .regional(let code) = agenda.scope { regionIsExample[code] = (regionIsExample[code] ?? true) && agenda.isExample }
        }
        for agenda in agendas {
            checkScope(agenda)
            checkIDs(agenda)
            resolveReferences(agenda, nationalThemes: nationalThemes, signals: signalsByQualifiedID)
        }
        let known = agendas.filter { agenda in
            guard let code = agenda.scope.regionCode else { return false }
            return registry.regions.isEmpty || registry.region(code) != nil
        }
        for conflict in RegionConflict.find(in: known) { session.append(conflict.diagnostic(in: language)) }
    }

    // MARK: Duplicate ids

    private mutating func checkRegistryIDs() {
        unique(registry.regions.map { ($0.code, $0.origin) }, kind: language.pick("regio", "region"))
        unique(registry.sectors.map { ($0.id, $0.origin) }, kind: "sector")
        unique(registry.targetGroups.map { ($0.id, $0.origin) }, kind: language.pick("doelgroep", "target group"))
        unique(registry.organisationKinds.map { ($0.id, $0.origin) }, kind: language.pick("organisatiesoort", "organisation kind"))
        unique(registry.fundingSources.map { ($0.id, $0.origin) }, kind: language.pick("financieringsbron", "funding source"))
        unique(registry.organisations.map { ($0.id, $0.origin) }, kind: language.pick("organisatie", "organisation"))
    }

    private mutating func checkIDs(_ agenda: Agenda) {
        unique((registry.organisations + agenda.organisations).map { ($0.id, $0.origin) },
               kind: language.pick("organisatie", "organisation"), reportOnlyIn: agenda.file)
        unique((registry.fundingSources + agenda.fundingSources).map { ($0.id, $0.origin) },
               kind: language.pick("financieringsbron", "funding source"), reportOnlyIn: agenda.file)
        unique(agenda.themes.map { ($0.id, $0.origin) }, kind: language.pick("thema", "theme"))
        unique(agenda.actions.map { ($0.id, $0.origin) }, kind: language.pick("actie", "action"))
        unique(agenda.signals.map { ($0.id, $0.origin) }, kind: language.pick("signaal", "signal"))
    }

    /// Reports every id after its first use, with a note pointing at the first.
    private mutating func unique(_ items: [(id: String, origin: Origin)], kind: String, reportOnlyIn file: String? = nil) {
        var first: [String: Origin] = [:]
        for item in items where !item.id.isEmpty {
            if let earlier = first[item.id] {
                guard file == nil || item.origin.file == file else { continue }
                let note = Diagnostic.Note(message: language.pick("eerste keer hier", "first used here"),
                                           file: earlier.file, range: earlier.range)
                session.report(.duplicateID(id: item.id, kind: kind), file: item.origin.file, range: item.origin.range, notes: [note])
            } else {
                first[item.id] = item.origin
            }
        }
    }

    // MARK: Region

    private mutating func checkScope(_ agenda: Agenda) {
        guard case .regional(let code) = agenda.scope, !code.isEmpty else { return }
        let range: SourceRange? = agenda.origin.range(of: "regio")
        if registry.region(code) == nil, !registry.regions.isEmpty {
            let suggestion = Suggestion.closest(to: code, among: registry.regions.map(\.code))
            session.report(.unknownRegion(code: code, suggestion: suggestion), file: agenda.file, range: range)
            return
        }
        let name = ((agenda.file as NSString).lastPathComponent as NSString).deletingPathExtension.lowercased()
        if name != code.lowercased() && !name.hasPrefix(code.lowercased() + "-") {
            session.report(.regionDoesNotMatchFile(code: code, file: (agenda.file as NSString).lastPathComponent),
                           file: agenda.file, range: range)
        }
    }

    // MARK: References

    private mutating func resolveReferences(_ agenda: Agenda, nationalThemes: [String]?, signals: Set<String>) {
        // Without the registry an id may well exist there: an empty list of ids skips the check
        // (MJA019 has said the registries are missing).
        let organisations = registry.organisations.isEmpty ? [] : registry.organisations.map(\.id) + agenda.organisations.map(\.id)
        let funding = registry.fundingSources.isEmpty ? [] : registry.fundingSources.map(\.id) + agenda.fundingSources.map(\.id)
        let sectors = registry.sectors.map(\.id)
        let groups = registry.targetGroups.map(\.id)
        let scaling = registry.regions.isEmpty ? [] : registry.regions.map(\.code) + ["landelijk"]
        let ownRegion = agenda.scope.regionCode ?? "LMJA"
        let localSignals = Set(agenda.signals.map(\.id))

        checkAll(agenda.organisations.map(\.kind), .organisationKind, registry.organisationKinds.map(\.id), in: agenda.file)
        for policy in agenda.policy.tasks.values {
            checkAll(policy.sectors, .sector, sectors, in: agenda.file)
            checkAll(policy.targetGroups, .targetGroup, groups, in: agenda.file)
        }
        for theme in agenda.themes {
            if let national = theme.nationalTheme, let nationalThemes { check(national, .nationalTheme, nationalThemes, in: agenda.file) }
            if let owner = theme.owner { check(owner, .organisation, organisations, in: agenda.file) }
            checkAll(theme.partners, .organisation, organisations, in: agenda.file)
            checkAll(theme.sectors, .sector, sectors, in: agenda.file)
            checkAll(theme.targetGroups, .targetGroup, groups, in: agenda.file)
            checkAll(theme.criteria.scalesTo, .scalingTarget, scaling, in: agenda.file)
            for reference in theme.signals {
                let qualified = reference.id.contains("/") ? reference.id : "\(ownRegion)/\(reference.id)"
                if !signals.contains(qualified) && !localSignals.contains(reference.id) {
                    if agenda.isExample, let region = replacedExampleRegion(of: qualified, from: ownRegion) {
                        session.report(.signalOfReplacedExample(id: reference.id, region: region.code, regionName: region.name,
                                                                absent: regionIsExample[region.code] == nil),
                                       file: agenda.file, range: reference.range)
                        continue
                    }
                    let candidates = reference.id.contains("/") ? Array(signals) : Array(localSignals)
                    report(reference, .signal, candidates: candidates.sorted(), in: agenda.file)
                }
            }
            for action in theme.actions {
                if let owner = action.owner { check(owner, .organisation, organisations, in: agenda.file) }
                checkAll(action.partners, .organisation, organisations, in: agenda.file)
                for line in action.budget { check(line.source, .fundingSource, funding, in: agenda.file) }
                for line in action.realisation { check(line.source, .fundingSource, funding, in: agenda.file) }
            }
        }
        for signal in agenda.signals {
            checkAll(signal.sectors, .sector, sectors, in: agenda.file)
            checkAll(signal.targetGroups, .targetGroup, groups, in: agenda.file)
            if let nationalThemes { checkAll(signal.nationalThemes, .nationalTheme, nationalThemes, in: agenda.file) }
        }
    }

    /// The region of a signal of another region whose example agenda is gone: the region has no
    /// agenda in the workspace, or only a real one (no `voorbeeld = true`). An example agenda's
    /// references to such signals illustrate what an example agenda held; they no longer can.
    private func replacedExampleRegion(of qualified: String, from ownRegion: String) -> Region? {
        guard let slash = qualified.firstIndex(of: "/") else { return nil }
        let code = String(qualified[..<slash])
        guard code != ownRegion, let region = registry.region(code), regionIsExample[code] != true else { return nil }
        return region
    }

    private mutating func checkAll(_ references: [Reference], _ kind: ReferenceKind, _ ids: [String], in file: String) {
        for reference in references { check(reference, kind, ids, in: file) }
    }

    private mutating func check(_ reference: Reference, _ kind: ReferenceKind, _ ids: [String], in file: String) {
        // A registry that was not found cannot be checked against; an empty id was reported already.
        guard !ids.isEmpty, !reference.id.isEmpty, !ids.contains(reference.id) else { return }
        report(reference, kind, candidates: ids, in: file)
    }

    private mutating func report(_ reference: Reference, _ kind: ReferenceKind, candidates: [String], in file: String) {
        let entries: [Registry.Entry] = switch kind {
        case .sector: registry.sectors
        case .targetGroup: registry.targetGroups
        case .organisationKind: registry.organisationKinds
        default: []
        }
        // A word people use for it (registry key `ook`), else the closest id.
        let words = entries.flatMap { entry in ([entry.name.lowercased()] + entry.otherNames).map { ($0, entry.id) } }
        let byWord = Dictionary(words, uniquingKeysWith: { first, _ in first })
        let suggestion = byWord[reference.id.lowercased()]
            ?? Suggestion.closest(to: reference.id, among: candidates)
            ?? Suggestion.closest(to: reference.id.lowercased(), among: words.map(\.0)).flatMap { byWord[$0] }
        // The short registries are listed in full, so the choice is in the message.
        session.report(.unresolvedReference(id: reference.id, kind: kind, suggestion: suggestion, choices: entries.map(\.id)),
                       file: file, range: reference.range)
    }

    private var language: Language { session.language }
}
