/// The accounts of a workspace, as read from and written to the accounts file (see README.md).
///
/// ```swift
/// var file = try AccountFile.load(path: "/etc/mja/gebruikers.toml")
/// if let account = file.signIn(name: "anna", password: typed) { ... }
/// try file.add(Account(name: "bert", displayName: "Bert", role: .reader), password: "lang genoeg wachtwoord")
/// try file.save(to: "/etc/mja/gebruikers.toml")
/// ```
public struct AccountFile: Sendable {
    /// One account with its stored password.
    struct Entry: Sendable, Hashable {
        var account: Account
        var password: PasswordHash
    }

    /// The entries by name.
    var entries: [String: Entry]
    /// The iterations of PBKDF2 for new and changed passwords; 600,000 except in tests.
    let iterations: Int
    /// What a sign-in with an unknown name is checked against: the iterations of a new password.
    let decoy: PasswordHash

    /// An empty accounts file whose new passwords get the recommended 600,000 iterations.
    public init() {
        self.init(entries: [:], iterations: PasswordHash.recommendedIterations)
    }

    /// An empty file whose new passwords get `iterations` (tests use a few thousand: a debug build
    /// would otherwise spend seconds per password).
    @_spi(Testing)
    public init(iterationsForTesting iterations: Int) {
        self.init(entries: [:], iterations: iterations)
    }

    init(entries: [String: Entry], iterations: Int) {
        self.entries = entries
        self.iterations = iterations
        self.decoy = PasswordHash.decoy(iterations: iterations)
    }

    /// The accounts, sorted by name.
    public var accounts: [Account] {
        entries.values.map(\.account).sorted { $0.name < $1.name }
    }

    /// The account named `name`, if there is one.
    public func account(named name: String) -> Account? {
        entries[name]?.account
    }

    /// The account when `password` is its password; nil for a wrong password or an unknown name.
    ///
    /// Both failures cost the same: an unknown name is checked against a decoy hash with the
    /// iterations of a new password, so the time does not tell whether a name exists; and the hashes
    /// are compared in constant time. A name is matched without regard to capitals (`Anna` is `anna`).
    public func signIn(name: String, password: String) -> Account? {
        let entry = entries[name.lowercased()]
        let matches = (entry?.password ?? decoy).matches(password)
        guard matches, let entry else { return nil }
        return entry.account
    }

    /// Adds `account` with `password`; throws when the name is taken or a rule is broken.
    public mutating func add(_ account: Account, password: String) throws(AccountError) {
        try AccountRules.check(account)
        guard entries[account.name] == nil else { throw .nameTaken(account.name) }
        try AccountRules.check(password: password)
        entries[account.name] = Entry(account: account, password: PasswordHash(password: password, iterations: iterations))
    }

    /// Changes what is given of the account named `name`: its display name, role or password.
    public mutating func update(
        name: String, displayName: String? = nil, role: Role? = nil, password: String? = nil
    ) throws(AccountError) {
        guard var entry = entries[name] else { throw .unknownName(name) }
        if let role, role != .administrator { try keepAnAdministrator(besides: name) }
        if let displayName { entry.account.displayName = displayName }
        if let role { entry.account.role = role }
        try AccountRules.check(entry.account)
        if let password {
            try AccountRules.check(password: password)
            entry.password = PasswordHash(password: password, iterations: iterations)
        }
        entries[name] = entry
    }

    /// Removes the account named `name`; throws when there is none, or when it is the last `beheer`.
    public mutating func remove(name: String) throws(AccountError) {
        guard entries[name] != nil else { throw .unknownName(name) }
        try keepAnAdministrator(besides: name)
        entries.removeValue(forKey: name)
    }

    /// Throws when `name` is the only account with the role `beheer`: removing or demoting it would
    /// leave the accounts unmanageable in the browser. A file without any `beheer` (made with
    /// `mja gebruiker` before anyone needed the browser) is not held to this.
    func keepAnAdministrator(besides name: String) throws(AccountError) {
        guard entries[name]?.account.role == .administrator else { return }
        guard entries.values.contains(where: { $0.account.name != name && $0.account.role == .administrator }) else {
            throw .lastAdministrator(name)
        }
    }

    /// Whether the stored password of `name` has fewer iterations than a new one would get (a file
    /// from before the advice rose, or written by a test): `mja gebruiker lijst` says so.
    public func hasWeakHash(_ name: String) -> Bool {
        (entries[name]?.password.iterations ?? iterations) < iterations
    }
}
