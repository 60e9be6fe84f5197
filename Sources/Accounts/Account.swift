/// A person who may sign in to the workspace: what the server knows of them besides the password.
public struct Account: Hashable, Sendable {
    /// The name to sign in with, such as `anna`: lower-case letters, digits, `.`, `-` and `_`
    /// (see `AccountName`). It is also the author of the commits the person makes.
    public var name: String
    /// The name shown on pages and in the history, such as `Anna de Vries (Twente)`.
    public var displayName: String
    /// What the person may do.
    public var role: Role

    /// Creates an account.
    public init(name: String, displayName: String, role: Role) {
        self.name = name
        self.displayName = displayName
        self.role = role
    }
}

/// The rules for names, display names and new passwords, in one place for the command, the file and
/// the server's accounts page.
public enum AccountRules {
    /// The shortest new password, in characters. Long passphrases beat clever short ones (NIST SP
    /// 800-63B asks at least 8; 12 is what we ask of people whose account can change an agenda).
    public static let minimumPasswordLength = 12
    /// The longest name, in characters.
    public static let maximumNameLength = 64
    /// The longest display name, in characters.
    public static let maximumDisplayNameLength = 100

    /// Whether `name` may name an account: 1 to 64 of `a-z 0-9 . - _`, starting with a letter or
    /// digit. Only these, because the name ends up in commit authors, log lines and URLs.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= maximumNameLength else { return false }
        func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        return isLetterOrDigit(first) && name.unicodeScalars.allSatisfy { isLetterOrDigit($0) || ".-_".unicodeScalars.contains($0) }
    }

    /// Whether `displayName` may be shown: not empty nor only spaces, at most 100 characters, no
    /// control characters (a line break would break the accounts file's lines and commit authors).
    public static func isValidDisplayName(_ displayName: String) -> Bool {
        !displayName.trimmingSpaces.isEmpty && displayName.count <= maximumDisplayNameLength
            && !displayName.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }

    /// Throws what is wrong with the account's name, display name or region code, if anything.
    public static func check(_ account: Account) throws(AccountError) {
        guard isValidName(account.name) else { throw .invalidName(account.name) }
        guard isValidDisplayName(account.displayName) else { throw .invalidDisplayName(account.displayName) }
        if case .region(let code) = account.role, Role(parsing: "regio:\(code)") != .region(code) {
            throw .invalidRole(account.role.text)
        }
    }

    /// Throws when `password` is too short for a new password.
    public static func check(password: String) throws(AccountError) {
        guard password.count >= minimumPasswordLength else { throw .passwordTooShort(minimum: minimumPasswordLength) }
    }
}

extension String {
    /// The text without spaces and tabs at either end.
    var trimmingSpaces: Substring {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let start = firstIndex(where: { !isSpace($0) }), let end = lastIndex(where: { !isSpace($0) }) else { return "" }
        return self[start...end]
    }
}
