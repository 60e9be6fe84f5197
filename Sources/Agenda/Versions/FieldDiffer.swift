/// Collects the fields that differ between the old and the new version of one item. Empty text
/// counts as not set; lists are compared as sets, so a new order is no change; prose is compared by
/// sentence.
struct FieldDiffer {
    private(set) var changes: [FieldChange] = []

    /// A single value.
    mutating func value(_ field: String, _ old: String?, _ new: String?) {
        let a = Self.set(old), b = Self.set(new)
        if a != b { changes.append(FieldChange(field: field, old: a, new: b)) }
    }

    /// A list whose order means nothing (partners, sectors): sorted, then joined.
    mutating func list(_ field: String, _ old: [String], _ new: [String]) {
        let a = Array(Set(old)).sorted(), b = Array(Set(new)).sorted()
        if a != b { value(field, a.joined(separator: ", "), b.joined(separator: ", ")) }
    }

    /// References (organisations, national themes) compared by id and shown by name: renaming an
    /// organisation changes the organisation, not every theme it works on.
    mutating func references(_ field: String, _ old: [Reference], _ new: [Reference],
                             oldName: (String) -> String, newName: (String) -> String) {
        let a = Set(old.map(\.id)), b = Set(new.map(\.id))
        guard a != b else { return }
        let before = a.map(oldName).sorted().joined(separator: ", "), after = b.map(newName).sorted().joined(separator: ", ")
        changes.append(FieldChange(field: field, old: Self.set(before), new: Self.set(after)))
    }

    /// Markdown prose: the sentences that changed. Spacing and line breaks alone are no change.
    mutating func prose(_ field: String, _ old: String?, _ new: String?) {
        let sentences = SentenceDiff.changes(from: old ?? "", to: new ?? "")
        guard !sentences.isEmpty else { return }
        changes.append(FieldChange(field: field, old: Self.set(old), new: Self.set(new), sentences: sentences))
    }

    /// An amount, with the difference; a missing amount counts as zero.
    mutating func amount(_ field: String, _ old: Euro?, _ new: Euro?) {
        guard (old ?? .zero) != (new ?? .zero) else { return }
        changes.append(FieldChange(field: field, old: old?.dutchNotation, new: new?.dutchNotation,
                                   difference: (new ?? .zero) - (old ?? .zero)))
    }

    private static func set(_ text: String?) -> String? {
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        return text
    }
}
