extension AgendaFormat {
    /// Whether leaving a key out is a way to get rid of a placeholder in it.
    enum Omission {
        /// The key is required, or the checks warn when it is missing (the six criteria, an
        /// action's deliverable and owner), in every table that has it.
        case needed
        /// The key is optional everywhere, without a warning when it is missing.
        case optional
        /// Required in one table, optional in another (`beschrijving`).
        case depends
    }

    /// How a key may be left out, over every table of the format that has it.
    static func omission(of key: String) -> Omission { omissions[key] ?? .depends }

    private static let omissions: [String: Omission] = {
        var result: [String: Omission] = [:]
        var pending = [file]
        while let schema = pending.popLast() {
            for field in schema.fields {
                let needed = field.isRequired || schema.name == criteria.name || ["oplevering", "trekker"].contains(field.name)
                let this: Omission = needed ? .needed : .optional
                if let earlier = result[field.name], earlier != this { result[field.name] = .depends } else { result[field.name] = this }
                switch field.type {
                case .table(let nested), .tableList(let nested): pending.append(nested)
                default: break
                }
            }
        }
        return result
    }()
}
