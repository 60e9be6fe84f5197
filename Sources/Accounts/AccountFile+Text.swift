import Diagnostics
import TOML

extension AccountFile {
    /// The keys of a `[[gebruiker]]`, in the order they are written.
    static let accountKeys = ["naam", "weergavenaam", "rol", "wachtwoord"]

    /// Reads the text of an accounts file (see README.md); `file` names it in the problems.
    /// Throws every problem found, with its line and column.
    public static func parse(_ text: String, file: String) throws(AccountFileError) -> AccountFile {
        try parse(bytes: Array(text.utf8), file: file, iterations: PasswordHash.recommendedIterations)
    }

    /// Reads the bytes of an accounts file (invalid UTF-8 is a problem with its place); new passwords
    /// get `iterations`.
    static func parse(bytes: [UInt8], file: String, iterations: Int) throws(AccountFileError) -> AccountFile {
        let table: TOMLTable
        do {
            table = try TOML.parse(bytes: bytes)
        } catch {
            throw AccountFileError(file: file, problems: [.init(range: error.range, reason: .syntax(error))])
        }
        var problems: [AccountFileError.Problem] = []
        var entries: [String: Entry] = [:]
        var lines: [String: Int] = [:]
        for entry in table.entries {
            switch entry.key {
            case "versie":
                if case .integer(1) = entry.value.kind { continue }
                let written = if case .integer(let number) = entry.value.kind { String(number) } else { "?" }
                problems.append(.init(range: entry.value.range, reason: .unsupportedVersion(written)))
            case "gebruiker":
                guard case .array(let elements) = entry.value.kind else {
                    problems.append(.init(range: entry.keyRange, reason: .unknownKey("gebruiker", suggestion: "[[gebruiker]]")))
                    continue
                }
                for element in elements {
                    guard case .table(let account) = element.kind else {
                        problems.append(.init(range: element.range, reason: .unknownKey("gebruiker", suggestion: "[[gebruiker]]")))
                        continue
                    }
                    guard let read = readEntry(account, at: element.range, problems: &problems) else { continue }
                    if let firstLine = lines[read.account.name] {
                        problems.append(.init(range: account.entry("naam")?.value.range, reason: .duplicateName(read.account.name, firstLine: firstLine)))
                    } else {
                        lines[read.account.name] = account.entry("naam")?.value.range.start.line ?? element.range.start.line
                        entries[read.account.name] = read
                    }
                }
            default:
                let suggestion = Suggestion.closest(to: entry.key, among: ["versie", "gebruiker"])
                problems.append(.init(range: entry.keyRange, reason: .unknownKey(entry.key, suggestion: suggestion)))
            }
        }
        guard problems.isEmpty else {
            throw AccountFileError(file: file, problems: problems.sorted { ($0.range?.start ?? .init(line: 0, column: 0)) < ($1.range?.start ?? .init(line: 0, column: 0)) })
        }
        return AccountFile(entries: entries, iterations: iterations)
    }

    /// One `[[gebruiker]]`, or nil with its problems added.
    private static func readEntry(
        _ table: TOMLTable, at range: SourceRange, problems: inout [AccountFileError.Problem]
    ) -> Entry? {
        var texts: [String: (text: String, range: SourceRange)] = [:]
        for entry in table.entries {
            guard accountKeys.contains(entry.key) else {
                let suggestion = Suggestion.closest(to: entry.key, among: accountKeys)
                problems.append(.init(range: entry.keyRange, reason: .unknownKey(entry.key, suggestion: suggestion)))
                continue
            }
            guard case .string(let text) = entry.value.kind else {
                problems.append(.init(range: entry.value.range, reason: .notText(entry.key)))
                continue
            }
            texts[entry.key] = (text, entry.value.range)
        }
        let missingBefore = problems.count
        for key in accountKeys where table[key] == nil {
            problems.append(.init(range: range, reason: .missingKey(key)))
        }
        guard let name = texts["naam"], let displayName = texts["weergavenaam"], let role = texts["rol"],
              let password = texts["wachtwoord"], problems.count == missingBefore
        else { return nil }
        // Each value is checked on its own, so that all of an account's problems are said at once.
        let before = problems.count
        if !AccountRules.isValidName(name.text) {
            problems.append(.init(range: name.range, reason: .account(.invalidName(name.text))))
        }
        if !AccountRules.isValidDisplayName(displayName.text) {
            problems.append(.init(range: displayName.range, reason: .account(.invalidDisplayName(displayName.text))))
        }
        let parsedRole = Role(parsing: role.text)
        if parsedRole == nil {
            problems.append(.init(range: role.range, reason: .account(.invalidRole(role.text))))
        }
        var hash: PasswordHash?
        switch PasswordHash.parse(password.text) {
        case .failure(let problem): problems.append(.init(range: password.range, reason: .passwordHash(problem)))
        case .success(let parsed): hash = parsed
        }
        guard problems.count == before, let parsedRole, let hash else { return nil }
        return Entry(account: Account(name: name.text, displayName: displayName.text, role: parsedRole), password: hash)
    }

    /// The text of the file: a comment saying what it is, `versie = 1`, and one `[[gebruiker]]` per
    /// account, sorted by name, so that the same accounts always give the same bytes.
    public var text: String {
        var lines = [
            "# Gebruikers van 'mja server'. Beheer ze met 'mja gebruiker toevoegen|wijzigen|verwijderen|lijst'.",
            "# Alleen de eigenaar mag dit bestand lezen (chmod 600): het bevat de hashes van de wachtwoorden.",
            "versie = 1",
        ]
        for name in entries.keys.sorted() {
            guard let entry = entries[name] else { continue }
            lines += [
                "",
                "[[gebruiker]]",
                "naam = \(Self.quoted(entry.account.name))",
                "weergavenaam = \(Self.quoted(entry.account.displayName))",
                "rol = \(Self.quoted(entry.account.role.text))",
                "wachtwoord = \(Self.quoted(entry.password.text))",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `text` as a TOML basic string: quotes, backslashes and control characters escaped.
    static func quoted(_ text: String) -> String { TOMLStringLiteral.basic(text) }
}
