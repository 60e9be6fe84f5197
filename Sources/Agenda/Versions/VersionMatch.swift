/// How two versions of one agenda are paired up: by id. A theme, action or signal keeps its id
/// from version to version, so an item with the same id is the same item, whatever else changed
/// (its title included); the order in the file does not matter. An item whose id changed cannot be
/// paired for certain: it is removed and added, and ``renameCandidate(for:among:)`` names the
/// removed item it may be, so a reader can tell a renamed id from real new work.
///
/// `mja verschil` pairs every part this way, and the *vernieuwend* criterion of `mja check --vorige`
/// asks ``earlierTheme(of:in:)`` which theme of the previous version a theme repeats.
public struct VersionMatch<Item> {
    /// Items in both versions: the old one and the new one, in the new version's order.
    public var pairs: [(old: Item, new: Item)]
    /// Items only in the old version, in its order.
    public var removed: [Item]
    /// Items only in the new version, in its order.
    public var added: [Item]

    /// Pairs `old` and `new` by `id`. When one version holds an id twice (an error the loader
    /// reports), the first of each is paired and the rest count as removed or added.
    public init(old: [Item], new: [Item], id: (Item) -> String) {
        var oldByID: [String: Int] = [:]
        for (index, item) in old.enumerated() where oldByID[id(item)] == nil { oldByID[id(item)] = index }
        var used = Set<Int>()
        var pairs: [(old: Item, new: Item)] = []
        var added: [Item] = []
        for item in new {
            if let index = oldByID[id(item)], used.insert(index).inserted {
                pairs.append((old[index], item))
            } else {
                added.append(item)
            }
        }
        self.pairs = pairs
        self.removed = old.indices.filter { !used.contains($0) }.map { old[$0] }
        self.added = added
    }
}

/// The rules for "probably the same item" shared by the comparison and the checks.
public enum VersionMatching {
    /// How alike (0-1, shared content words) two titles must be for two items to count as the same
    /// item under another id, or a theme as a repetition of an earlier one.
    public static let alikeTitles = 0.8

    /// Whether two titles say the same thing: equal after folding case and accents, or sharing
    /// enough content words.
    public static func titlesAlike(_ a: String, _ b: String) -> Bool {
        DutchText.similarity(a, b) >= alikeTitles
    }

    /// The theme of `previous` that `theme` continues: the one with its id, else the first whose
    /// title is alike. Nil for a new theme.
    public static func earlierTheme(of theme: Theme, in previous: Agenda) -> Theme? {
        previous.themes.first { $0.id == theme.id } ?? previous.themes.first { titlesAlike($0.title, theme.title) }
    }

    /// Why `added` may be `removed` under another id, or nil when nothing suggests it: an alike
    /// title, or the same description.
    public static func renameReason(title added: String, description addedText: String,
                                    title removed: String, description removedText: String) -> String? {
        if titlesAlike(added, removed) { return "de titels lijken op elkaar" }
        let a = addedText.split(whereSeparator: \.isWhitespace), b = removedText.split(whereSeparator: \.isWhitespace)
        if !a.isEmpty && a == b { return "de beschrijving is dezelfde" }
        return nil
    }
}
