@_spi(Testing) import Accounts
import Diagnostics
import FoundationEssentials
import FoundationGaps
import TOML

/// One run of `mja gebruiker toevoegen|wijzigen|verwijderen NAAM`: reads the file, asks what it needs,
/// changes the accounts and saves. Every check comes before the password is asked for and before
/// anything is written, so a refused run changes nothing.
struct UserCommandSession {
    let invocation: Invocation
    let context: CommandContext
    let path: String
    let name: String
    let input: any PasswordInput
    let iterations: Int?

    /// `toevoegen`: a new account; the file is made when it is not there yet.
    mutating func add() throws {
        guard let roleText = invocation.option("rol") else {
            throw UsageError.invalid(LocalizedText(
                "geef de rol met --rol: regio:AMxx (bijvoorbeeld regio:AM05), beraad, lezer of beheer",
                "give the role with --rol: regio:AMxx (for example regio:AM05), beraad, lezer or beheer"))
        }
        let account = Account(name: name, displayName: invocation.option("weergavenaam") ?? name, role: try role(roleText))
        // The rules first (name free, name and display name valid), then the password; checked
        // again under the lock, where the file may have changed meanwhile.
        let before = try loadOrEmpty(path)
        try rules { if before.account(named: name) != nil { throw AccountError.nameTaken(name) } }
        try rules { try AccountRules.check(account) }
        let password = try readPassword()
        try change(loadOrEmpty) { file in try rules { try file.add(account, password: password) } }
        context.console.writeLine(context.text(
            "Gebruiker '\(name)' (\(account.displayName), \(account.role.text)) toegevoegd aan \(path).",
            "User '\(name)' (\(account.displayName), \(account.role.text)) added to \(path)."))
    }

    /// The accounts at `path`, or none when there is no file yet.
    private func loadOrEmpty(_ path: String) throws -> AccountFile {
        FileManager.default.fileExists(atPath: path)
            ? try Self.load(path, context: context, iterations: iterations)
            : iterations.map { AccountFile(iterationsForTesting: $0) } ?? AccountFile()
    }

    /// Loads, changes and saves the file under its lock (`AccountFile.change`).
    private func change(_ load: (String) throws -> AccountFile, _ body: (inout AccountFile) throws -> Void) throws {
        do {
            try AccountFile.change(at: path, load: load, body)
        } catch let error as AccountFileError {
            throw Self.commandError(error)
        }
    }

    /// `wijzigen`: the display name, role and/or password of an existing account.
    mutating func change() throws {
        let before = try Self.load(path, context: context, iterations: iterations)
        let newRole = try invocation.option("rol").map(role)
        let newDisplayName = invocation.option("weergavenaam")
        let newPassword = invocation.flag("wachtwoord") || invocation.flag("wachtwoord-stdin")
        guard newRole != nil || newDisplayName != nil || newPassword else {
            throw UsageError.invalid(LocalizedText(
                "zeg wat er verandert: --rol ROL, --weergavenaam TEKST en/of --wachtwoord",
                "say what changes: --rol ROLE, --weergavenaam TEXT and/or --wachtwoord"))
        }
        var checked = before
        try rules { try checked.update(name: name, displayName: newDisplayName, role: newRole) }
        let password = newPassword ? try readPassword() : nil
        try change({ try Self.load($0, context: context, iterations: iterations) }) { file in
            try rules { try file.update(name: name, displayName: newDisplayName, role: newRole) }
            try rules { try file.update(name: name, password: password) }
        }
        var changes: [String] = []
        if let newDisplayName { changes.append(context.text("weergavenaam '\(newDisplayName)'", "display name '\(newDisplayName)'")) }
        if let newRole { changes.append(context.text("rol \(newRole.text)", "role \(newRole.text)")) }
        if password != nil { changes.append(context.text("nieuw wachtwoord", "new password")) }
        context.console.writeLine(context.text(
            "Gebruiker '\(name)' gewijzigd: \(changes.joined(separator: ", ")).",
            "User '\(name)' changed: \(changes.joined(separator: ", "))."))
    }

    /// `verwijderen`.
    mutating func remove() throws {
        try change({ try Self.load($0, context: context, iterations: iterations) }) { file in
            try rules { try file.remove(name: name) }
        }
        context.console.writeLine(context.text("Gebruiker '\(name)' verwijderd uit \(path).", "User '\(name)' removed from \(path)."))
    }

    /// The file at `path`, or a `CommandError` listing every problem with its place.
    static func load(_ path: String, context: CommandContext, iterations: Int?) throws -> AccountFile {
        do {
            if let iterations { return try AccountFile.load(path: path, iterationsForTesting: iterations) }
            return try AccountFile.load(path: path)
        } catch {
            throw Self.commandError(error)
        }
    }

    /// The problems of the file as one error: the first after `mja: fout: `, the others on their own lines.
    private static func commandError(_ error: AccountFileError) -> CommandError {
        CommandError(LocalizedText(lines(error, .dutch), lines(error, .english)))
    }

    private static func lines(_ error: AccountFileError, _ language: Language) -> String {
        // `mja: fout: ` goes before the first line; the file's place leads every line.
        error.message(in: language).replacingEvery(": \(Severity.error.label(in: language)): ", with: ": ")
    }

    /// Runs `body`, turning a broken rule into a `CommandError` in both languages.
    private func rules(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as AccountError {
            throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)))
        }
    }

    /// The role of `--rol`, with a region code checked against the region registry (codes have gaps).
    private func role(_ text: String) throws -> Role {
        guard let role = Role(parsing: text) else {
            throw UsageError.invalid(LocalizedText(AccountError.invalidRole(text).message(in: .dutch), AccountError.invalidRole(text).message(in: .english)))
        }
        guard case .region = role else { return role }
        let folder = try ProjectFolders.locate(invocation.option("regios") ?? AgendaPaths.defaultFolder,
                                               what: LocalizedText("de map met registers", "the folder with the registries"), option: "--regios")
        let file = folder + "/registers/regios.toml"
        guard let codes = RegionRegistry.codes(file: file) else {
            throw CommandError(LocalizedText(
                "het register van de regio's '\(file)' kan niet worden gelezen; controleer het met 'mja check \(folder)' of geef de map met --regios",
                "the region registry '\(file)' cannot be read; check it with 'mja check \(folder)' or give the folder with --regios"))
        }
        do {
            try AccountRules.check(role: role, knownRegions: codes)
        } catch {
            throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)), exitCode: .usageError)
        }
        return role
    }

    /// The new password: one line of standard input with `--wachtwoord-stdin`, else asked twice on
    /// the terminal without echo. At least 12 characters.
    private func readPassword() throws -> String {
        let password: String
        if invocation.flag("wachtwoord-stdin") {
            guard let line = input.readLine(), !line.isEmpty else {
                throw CommandError(LocalizedText(
                    "er stond geen wachtwoord op standaardinvoer; geef het op één regel, bijvoorbeeld: printf '%s\\n' \"$WACHTWOORD\" | mja gebruiker ...",
                    "there was no password on standard input; give it on one line, for example: printf '%s\\n' \"$WACHTWOORD\" | mja gebruiker ..."))
            }
            password = line
        } else {
            guard input.isTerminal else {
                throw CommandError(LocalizedText(
                    "er is geen terminal om het wachtwoord te vragen; geef het in een script op standaardinvoer met --wachtwoord-stdin",
                    "there is no terminal to ask for the password; in a script, give it on standard input with --wachtwoord-stdin"))
            }
            guard let first = input.readHidden(prompt: context.text("Wachtwoord voor \(name): ", "Password for \(name): ")) else {
                throw CommandError(LocalizedText("er is geen wachtwoord ingevoerd; er is niets gewijzigd", "no password was entered; nothing was changed"))
            }
            try rules { try AccountRules.check(password: first) }
            let second = input.readHidden(prompt: context.text("Nogmaals: ", "Again: "))
            try rules { try AccountRules.check(password: first, again: second ?? "") }
            password = first
        }
        try rules { try AccountRules.check(password: password) }
        return password
    }
}
