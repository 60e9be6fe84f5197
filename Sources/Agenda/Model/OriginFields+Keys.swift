import Hashing

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
        // A key's number is two bytes, `UInt16.max` marking an empty slot; the formats have some 150 keys.
        precondition(sorted.count < Int(UInt16.max))
        return sorted
    }()

    /// The number of `key` in `knownKeys`, or nil: what a dictionary of the keys' numbers gives, in fewer
    /// instructions. Every value of every table read is looked up, and each value a check points
    /// at: the standard dictionary's seeded hash of a short key cost more than the rest of making
    /// an origin (national build: 2.7 of 7.5 million instructions).
    static func code(of key: String) -> UInt16? {
        var slot = Int(hash(key) & UInt32(slots.count - 1))
        while true {
            let code = slots[slot]
            if code == UInt16.max { return nil }
            if knownKeys[Int(code)] == key { return code }
            slot = (slot + 1) & (slots.count - 1)
        }
    }

    /// FNV-1a of the UTF-8 bytes: a few instructions a byte, and the keys are short.
    private static func hash(_ key: String) -> UInt32 {
        FNV1a.hash32(key.utf8)
    }

    /// An open-addressed table of key numbers by `hash`, `UInt16.max` where empty: at most a
    /// quarter full, so a look-up seldom goes past its first slot.
    private static let slots: [UInt16] = {
        var size = 16
        while size < knownKeys.count * 4 { size *= 2 }
        var slots = [UInt16](repeating: UInt16.max, count: size)
        for (code, key) in knownKeys.enumerated() {
            var slot = Int(hash(key) & UInt32(size - 1))
            while slots[slot] != UInt16.max { slot = (slot + 1) & (size - 1) }
            slots[slot] = UInt16(code)
        }
        return slots
    }()
}
