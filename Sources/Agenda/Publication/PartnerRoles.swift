import Mustache

/// The organisations of an agenda with their role, for the partners table: the agenda's own
/// organisations first, then every other organisation that leads or joins a theme or an action, in
/// the order the agenda names them; per organisation which themes it leads and where it is a
/// partner.
struct PartnerRoles {
    let agenda: Agenda
    let names: NameLookup

    func value() -> MustacheValue {
        var order: [String] = agenda.organisations.map(\.id)
        var ordered = Set(order)
        var leads: [String: [String]] = [:]
        var joins: [String: [String]] = [:]
        // Membership in sets beside the lists: one organisation leading 10,000 themes made the
        // search of its list per theme quadratic.
        var leadSets: [String: Set<String>] = [:]
        var joinSets: [String: Set<String>] = [:]
        func note(_ reference: Reference?, in list: inout [String: [String]], _ seen: inout [String: Set<String>], _ title: String) {
            guard let id = reference?.id else { return }
            if ordered.insert(id).inserted { order.append(id) }
            if seen[id, default: []].insert(title).inserted { list[id, default: []].append(title) }
        }
        for theme in agenda.themes {
            note(theme.owner, in: &leads, &leadSets, theme.title)
            for partner in theme.partners { note(partner, in: &joins, &joinSets, theme.title) }
            for action in theme.actions {
                note(action.owner, in: &joins, &joinSets, theme.title)
                for partner in action.partners { note(partner, in: &joins, &joinSets, theme.title) }
            }
        }
        return .array(order.map { id in
            let led = leads[id] ?? []
            let ledSet = leadSets[id] ?? []
            let joined = (joins[id] ?? []).filter { !ledSet.contains($0) }
            var role: [String] = []
            if !led.isEmpty { role.append("trekker van " + DutchList.joined(led.map { "‘\($0)’" })) }
            if !joined.isEmpty { role.append("partner in " + DutchList.joined(joined.map { "‘\($0)’" })) }
            return [
                "naam": .string(names.organisation(id)), "soort": .string(names.organisationKind(of: id)),
                "rol": .string(role.isEmpty ? "—" : role.joined(separator: "; ")),
            ]
        })
    }
}
