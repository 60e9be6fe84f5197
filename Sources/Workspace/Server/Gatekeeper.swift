/// A signed-in person as the workspace sees them.
public struct Person: Sendable, Equatable {
    /// The account name (`anna`).
    public var name: String
    /// The name shown and written as a commit's author (`Anna de Vries`).
    public var displayName: String
    /// The role as written in the accounts file (`regio:AM05`, `beraad`, `lezer`, `beheer`).
    public var role: String

    /// A person.
    public init(name: String, displayName: String, role: String) {
        self.name = name
        self.displayName = displayName
        self.role = role
    }
}

/// What a person may want to do in the workspace.
public enum Permission: Sendable, Hashable {
    /// Read every page and document.
    case read
    /// Save (or restore) the agenda with this id (`am05`, `lmja`).
    case edit(agenda: String)
    /// Record the national answer and handling status of any region's signal (`beraad`).
    case answerSignals
    /// Manage the accounts.
    case manageAccounts
}

/// Who may come in and what they may do: the accounts and their roles. The server asks only this,
/// so the accounts file and its rules stay in one place (the `Accounts` module), and tests can see
/// every route tried against every role.
public protocol Gatekeeper: Sendable {
    /// The person whose name and password these are; nil otherwise (no difference is shown
    /// between an unknown name and a wrong password).
    func signIn(name: String, password: String) -> Person?
    /// The person with this account name, for a name a trusted proxy vouches for; nil when unknown.
    func person(named name: String) -> Person?
    /// Whether `person` may do `permission`.
    func allows(_ person: Person, _ permission: Permission) -> Bool
    /// How long a sign-in for `name` from `address` must wait after earlier failures.
    func signInDelay(name: String, address: String) -> Duration
    /// Notes a failed sign-in, so the next ones wait longer.
    func recordFailure(name: String, address: String)
    /// Notes a good sign-in: the waiting for this name and address starts over.
    func recordSuccess(name: String, address: String)
    /// Every account, for the accounts page.
    func everyone() -> [Person]
}

/// A change to the accounts, asked for in the browser by someone with the role `beheer`.
public enum AccountChange: Sendable, Equatable {
    /// A new account; `role` as written (`regio:AM05`, `beraad`, `lezer`, `beheer`).
    case add(name: String, displayName: String, role: String, password: String)
    /// Another role for the account.
    case changeRole(name: String, role: String)
    /// A new password for the account.
    case setPassword(name: String, password: String)
    /// The account removed.
    case remove(name: String)
}

/// A gatekeeper whose accounts can be changed in the browser.
public protocol AccountAdministration: Gatekeeper {
    /// Makes `change`, with region roles checked against `knownRegions`; nil when it is done,
    /// otherwise what is wrong and how to put it right, in Dutch (nothing is then changed).
    func apply(_ change: AccountChange, knownRegions: Set<String>) -> String?
}
