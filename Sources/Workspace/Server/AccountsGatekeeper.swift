import Accounts
import Diagnostics
import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// The gatekeeper of the accounts file (`--gebruikers`): signs in with its password hashes, grants
/// what `isAllowed` grants each role, and slows guessing with a `SignInThrottle`. The file is read
/// again when it changes (`mja gebruiker` while the server runs); a change that makes it unreadable
/// keeps the accounts read before, so a typo never locks everyone out or lets anyone in.
public final class AccountsGatekeeper: AccountAdministration, @unchecked Sendable {
    private let path: String
    private let load: @Sendable (String) throws(AccountFileError) -> AccountFile
    private let lock = Lock()
    private var file: AccountFile
    private var stamp: String
    private let throttle: SignInThrottle

    /// Reads the accounts at `path` with `load` (the real loader checks that only the owner can read it).
    public init(path: String, throttle: SignInThrottle = SignInThrottle(),
                load: @escaping @Sendable (String) throws(AccountFileError) -> AccountFile = { path throws(AccountFileError) in try AccountFile.load(path: path) }) throws(AccountFileError) {
        self.path = path
        self.load = load
        self.throttle = throttle
        stamp = Self.stamp(of: path)
        file = try load(path)
    }

    /// The accounts, read again when the file's size, time or inode changed.
    private var current: AccountFile {
        lock.withLock {
            let now = Self.stamp(of: path)
            if now != stamp, let reloaded = try? load(path) {
                file = reloaded
                stamp = now
            }
            return file
        }
    }

    private static func stamp(of path: String) -> String {
        var info = stat()
        guard stat(path, &info) == 0 else { return "" }
        return "\(info.st_size)-\(info.st_mtim.tv_sec)-\(info.st_mtim.tv_nsec)-\(info.st_ino)"
    }

    private static func person(_ account: Account) -> Person {
        Person(name: account.name, displayName: account.displayName, role: account.role.text)
    }

    public func signIn(name: String, password: String) -> Person? {
        current.signIn(name: name, password: password).map(Self.person)
    }

    public func person(named name: String) -> Person? {
        current.account(named: name.lowercased()).map(Self.person)
    }

    public func allows(_ person: Person, _ permission: Permission) -> Bool {
        // The role is looked up again: an account removed or changed since signing in loses its rights at once.
        guard let account = current.account(named: person.name) else { return false }
        switch permission {
        case .read: return isAllowed(account.role, .read)
        case .edit(let agenda): return isAllowed(account.role, .editAgenda(agenda))
        case .manageAccounts: return isAllowed(account.role, .manageAccounts)
        case .answerSignals: return isAllowed(account.role, .answerSignals)
        }
    }

    public func signInDelay(name: String, address: String) -> Duration {
        throttle.delay(name: name.lowercased(), address: address, now: .now)
    }

    public func recordFailure(name: String, address: String) {
        throttle.recordFailure(name: name.lowercased(), address: address, now: .now)
    }

    public func recordSuccess(name: String, address: String) {
        throttle.recordSuccess(name: name.lowercased(), address: address, now: .now)
    }

    public func everyone() -> [Person] {
        current.accounts.map(Self.person)
    }

    /// Changes the accounts file under its lock (`AccountFile.change`), so a `mja gebruiker` run or
    /// another request at the same moment is never lost; the rules are those of `mja gebruiker`.
    public func apply(_ change: AccountChange, knownRegions: Set<String>) -> String? {
        func role(_ text: String) throws -> Role {
            guard let role = Role(parsing: text) else { throw AccountError.invalidRole(text) }
            try AccountRules.check(role: role, knownRegions: knownRegions)
            return role
        }
        do {
            try AccountFile.change(at: path, load: { path in try load(path) }) { file in
                switch change {
                case .add(let name, let displayName, let roleText, let password):
                    try file.add(Account(name: name, displayName: displayName, role: role(roleText)), password: password)
                case .changeRole(let name, let roleText):
                    try file.update(name: name, role: role(roleText))
                case .setPassword(let name, let password):
                    try file.update(name: name, password: password)
                case .remove(let name):
                    try file.remove(name: name)
                }
            }
        } catch let error as AccountError {
            return error.message(in: .dutch)
        } catch let error as AccountFileError {
            return error.message(in: .dutch)
        } catch {
            return "\(error)"
        }
        _ = current  // Read the new file now, so the next page shows it.
        return nil
    }
}
