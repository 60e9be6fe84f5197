extension OriginFields {
    /// Every key of the file formats mja reads into origins (agendas and registries), sorted and
    /// each once: an origin keeps a key as its number here. Taken from the formats' descriptions
    /// (`AgendaFormat`, `RegistryFormat`), so a key added there is kept compactly without more ado.
    static let knownKeys: [String] = {
        var names = Set<String>()
        func collect(_ schema: TableSchema) {
            for field in schema.fields {
                names.insert(field.name)
                collect(field.type)
            }
        }
        func collect(_ type: FieldType) {
            switch type {
            case .list(let element): collect(element)
            case .table(let schema), .tableList(let schema): collect(schema)
            default: break
            }
        }
        for schema in [AgendaFormat.file, RegistryFormat.regions, RegistryFormat.sectors, RegistryFormat.targetGroups,
                       RegistryFormat.organisationKinds, RegistryFormat.fundingSources, RegistryFormat.organisations,
                       RegistryFormat.abbreviations] {
            collect(schema)
        }
        let sorted = names.sorted()
        // A key's number is two bytes; the formats have some 150 keys.
        precondition(sorted.count <= Int(UInt16.max))
        return sorted
    }()

    /// The number of each key in `knownKeys`.
    static let keyCodes: [String: UInt16] = Dictionary(
        uniqueKeysWithValues: knownKeys.enumerated().map { ($0.element, UInt16($0.offset)) })
}
