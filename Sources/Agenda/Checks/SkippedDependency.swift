import TOML

/// Which keys a structure check reads, so a finding can be trusted in a part where some statements
/// were left out after a syntax error: it is, when none of them was a header (a whole action or result
/// gone) or one of those keys. The checks not listed here read too much of a part to tell (the six
/// criteria, the dates and budgets): their findings in such a part wait for the next run, with MJA021.
enum SkippedDependency {
    /// The keys each check reads, by code.
    static let keys: [String: Set<String>] = [
        "MJA114": [],                   // a theme without actions: only the action headers count
        "MJA115": ["opgaven"],          // a theme without tasks
        "MJA117": ["trekker"],          // an action without an owner
        "MJA118": ["oplevering"],       // an action without a deliverable
        "MJA119": ["trekker"],          // a theme without an owner
    ]

    /// Whether the finding of check `code` stands whatever `skipped` held.
    static func isIndependent(_ code: String, of skipped: [SkippedStatement]) -> Bool {
        guard let keys = keys[code] else { return false }
        return skipped.allSatisfy { statement in
            guard !statement.isHeader, let key = statement.key else { return false }
            return !keys.contains(key)
        }
    }
}
