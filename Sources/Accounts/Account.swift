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

    /// Throws when a new password typed twice differs, or is too short (in that order: a typo is
    /// the likelier mistake).
    public static func check(password: String, again: String) throws(AccountError) {
        guard password == again else { throw .passwordsDiffer }
        try check(password: password)
    }

    /// Throws when `role` names a region whose code is not among `knownRegions` (the codes of
    /// `registers/regios.toml`; there is no AM04).
    public static func check(role: Role, knownRegions: Set<String>) throws(AccountError) {
        if case .region(let code) = role, !knownRegions.contains(code) { throw .unknownRegion(code) }
    }

    /// The letters of a one-time password: no `0 O 1 l I`, which are mistaken for each other when
    /// read aloud or copied from a screen.
    static let oneTimeAlphabet = Array("abcdefghijkmnpqrstuvwxyz23456789".unicodeScalars)

    /// A password made for someone, shown once to the administrator who passes it on: four groups
    /// of five from a 32-letter alphabet (100 bits), such as `k7fq2-mx9ab-...`.
    /// `bytes` gives bytes from the system's random source; 32 letters divide 256, so every letter
    /// is as likely.
    public static func oneTimePassword(bytes: (Int) -> [UInt8]) -> String {
        let drawn = bytes(20)
        var groups: [String] = []
        for group in 0..<4 {
            groups.append(String(String.UnicodeScalarView(drawn[group * 5..<group * 5 + 5].map { oneTimeAlphabet[Int($0) % 32] })))
        }
        return groups.joined(separator: "-")
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
