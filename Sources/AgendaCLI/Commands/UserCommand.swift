@_spi(Testing) import Accounts
import FoundationGaps
import Diagnostics

/// `mja gebruiker toevoegen|wijzigen|verwijderen|lijst --gebruikers BESTAND`: manages the accounts of
/// `mja server` in the accounts file (format and parameters: `Sources/Accounts/README.md`).
/// Exit 0 when done; 1 when the file cannot be read or written or a rule is broken (nothing is then
/// changed); 2 for a wrong command line.
struct UserCommand: Command {
    let name = "gebruiker"
    let aliases = ["user"]
    let summary = LocalizedText("Beheert de gebruikers van mja server: toevoegen, wijzigen, verwijderen, lijst",
                                "Manages the users of mja server: add, change, remove, list")
    let discussion: LocalizedText? = LocalizedText(
        "Het gebruikersbestand hoort buiten de werkmap (nooit in git) en alleen de eigenaar mag het lezen: mja weigert het anders en schrijft het altijd met rechten 600. Wachtwoorden worden bewaard als PBKDF2-HMAC-SHA256 met 600.000 iteraties en een eigen zout; een nieuw wachtwoord heeft minstens 12 tekens. mja vraagt het wachtwoord op de terminal zonder het te tonen, twee keer; scripts geven het op één regel via standaardinvoer met --wachtwoord-stdin (nooit als argument: dat ziet iedereen in de proceslijst). Rollen: regio:AMxx (bewerkt de agenda van die regio), beraad (bewerkt de landelijke agenda en beantwoordt signalen), lezer (leest alles), beheer (beheert gebruikers). 'lijst' toont nooit wachtwoorden of hashes. Exitcode 0 als het gelukt is; 1 als het bestand niet te lezen of te schrijven is of een regel wordt overtreden (er verandert dan niets); 2 bij een verkeerde opdracht.",
        "The accounts file belongs outside the workspace (never in git) and only its owner may read it: mja refuses it otherwise and always writes it with mode 600. Passwords are stored as PBKDF2-HMAC-SHA256 with 600,000 iterations and a salt of their own; a new password has at least 12 characters. mja asks for the password on the terminal without showing it, twice; scripts give it on one line on standard input with --wachtwoord-stdin (never as an argument: everyone sees those in the process list). Roles: regio:AMxx (edits that region's agenda), beraad (edits the national agenda and answers signals), lezer (reads everything), beheer (manages users). 'lijst' never shows passwords or hashes. Exit code 0 when done; 1 when the file cannot be read or written or a rule is broken (nothing is changed then); 2 for a wrong command line.")
    let options: [Option] = [
        .value("gebruikers", aliases: ["users"], placeholder: "BESTAND",
               summary: LocalizedText("Het gebruikersbestand, buiten de werkmap (bijvoorbeeld /etc/mja/gebruikers.toml)",
                                      "The accounts file, outside the workspace (for example /etc/mja/gebruikers.toml)")),
        .value("rol", aliases: ["role"], placeholder: "ROL",
               summary: LocalizedText("regio:AMxx, beraad, lezer of beheer", "regio:AMxx, beraad, lezer or beheer")),
        .value("weergavenaam", aliases: ["display-name"], placeholder: "TEKST",
               summary: LocalizedText("De naam op de pagina's en in de geschiedenis (standaard de gebruikersnaam)",
                                      "The name on the pages and in the history (default: the user name)")),
        .flag("wachtwoord", aliases: ["password"],
              summary: LocalizedText("Bij wijzigen: zet een nieuw wachtwoord", "With wijzigen: set a new password")),
        .flag("wachtwoord-stdin", aliases: ["password-stdin"],
              summary: LocalizedText("Lees het wachtwoord van standaardinvoer (één regel), voor scripts",
                                     "Read the password from standard input (one line), for scripts")),
        .value("regios", aliases: ["regions"], placeholder: "MAP", default: AgendaPaths.defaultFolder,
               summary: LocalizedText("De map met registers, om de code bij regio:AMxx na te gaan", "The folder with the registries, to check the code of regio:AMxx")),
    ]
    let positionals = [
        Positional("ACTIE", summary: LocalizedText("toevoegen, wijzigen, verwijderen of lijst", "toevoegen (add), wijzigen (change), verwijderen (remove) or lijst (list)"), required: true),
        Positional("NAAM", summary: LocalizedText("De gebruikersnaam (niet bij lijst)", "The user name (not with lijst)")),
    ]
    let examples = [
        Example("mja gebruiker toevoegen anna --rol regio:AM05 --weergavenaam \"Anna de Vries\" --gebruikers /etc/mja/gebruikers.toml",
                LocalizedText("Maakt een account voor Twente; vraagt het wachtwoord", "Makes an account for Twente; asks for the password")),
        Example("mja gebruiker wijzigen anna --wachtwoord --gebruikers /etc/mja/gebruikers.toml",
                LocalizedText("Zet een nieuw wachtwoord voor anna", "Sets a new password for anna")),
        Example("mja gebruiker lijst --gebruikers /etc/mja/gebruikers.toml", LocalizedText("Toont de gebruikers en hun rollen", "Shows the users and their roles")),
        Example("printf '%s\\n' \"$WACHTWOORD\" | mja gebruiker toevoegen bert --rol lezer --wachtwoord-stdin --gebruikers g.toml",
                LocalizedText("In een script", "In a script")),
    ]

    /// The four actions.
    static let actions = ["toevoegen", "wijzigen", "verwijderen", "lijst"]

    /// Where passwords come from; tests give them without a terminal.
    var passwordInput: any PasswordInput = StandardPasswordInput()
    /// The iterations of new passwords; nil is the recommended 600,000. Tests only.
    var iterationsForTesting: Int?

    func run(_ invocation: Invocation, context: CommandContext) throws -> ExitCode {
        let action = invocation.positionals[0]
        guard Self.actions.contains(action) else {
            let suggestion = Suggestion.closest(to: action, among: Self.actions).map { context.text(" Bedoelde u '\($0)'?", " Did you mean '\($0)'?") } ?? ""
            throw UsageError.invalid(LocalizedText(
                "onbekende actie '\(action)'; kies toevoegen, wijzigen, verwijderen of lijst.\(suggestion)",
                "unknown action '\(action)'; choose toevoegen, wijzigen, verwijderen or lijst.\(suggestion)"))
        }
        guard let path = invocation.option("gebruikers") else {
            throw UsageError.invalid(LocalizedText(
                "geef het gebruikersbestand op met --gebruikers BESTAND, buiten de werkmap (bijvoorbeeld /etc/mja/gebruikers.toml)",
                "give the accounts file with --gebruikers FILE, outside the workspace (for example /etc/mja/gebruikers.toml)"))
        }
        let name = invocation.positionals.count > 1 ? invocation.positionals[1] : nil
        if action == "lijst" {
            guard name == nil else {
                throw UsageError.invalid(LocalizedText("lijst neemt geen naam: mja gebruiker lijst --gebruikers \(path)",
                                                       "lijst takes no name: mja gebruiker lijst --gebruikers \(path)"))
            }
            return try list(path: path, context: context)
        }
        guard let name else {
            throw UsageError.invalid(LocalizedText(
                "geef de gebruikersnaam: mja gebruiker \(action) NAAM --gebruikers \(path)",
                "give the user name: mja gebruiker \(action) NAME --gebruikers \(path)"))
        }
        var session = UserCommandSession(invocation: invocation, context: context, path: path, name: name, input: passwordInput,
                                         iterations: iterationsForTesting)
        switch action {
        case "toevoegen": try session.add()
        case "wijzigen": try session.change()
        default: try session.remove()
        }
        return .success
    }

    /// Prints the accounts as a table: name, role, display name; never a hash.
    private func list(path: String, context: CommandContext) throws -> ExitCode {
        let file = try UserCommandSession.load(path, context: context, iterations: iterationsForTesting)
        let accounts = file.accounts
        guard !accounts.isEmpty else {
            context.console.writeLine(context.text("Er zijn nog geen gebruikers in \(path).", "There are no users in \(path) yet."))
            return .success
        }
        let nameWidth = max(4, accounts.map(\.name.count).max() ?? 0)
        let roleWidth = max(3, accounts.map(\.role.text.count).max() ?? 0)
        func row(_ name: String, _ role: String, _ display: String) -> String {
            name.padded(toLength: nameWidth) + "  "
                + role.padded(toLength: roleWidth) + "  " + display
        }
        context.console.writeLine(row(context.text("naam", "name"), context.text("rol", "role"), context.text("weergavenaam", "display name")))
        for account in accounts {
            let weak = file.hasWeakHash(account.name)
                ? context.text("  (wachtwoord met minder dan 600.000 iteraties: zet een nieuw)", "  (password with fewer than 600,000 iterations: set a new one)") : ""
            context.console.writeLine(row(account.name, account.role.text, account.displayName) + weak)
        }
        context.console.writeLine(context.text("\(accounts.count) gebruiker(s) in \(path).", "\(accounts.count) user(s) in \(path)."))
        return .success
    }
}
