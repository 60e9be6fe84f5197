@_spi(Testing) import Accounts
@testable import AgendaCLI
import Foundation
import TestSupport
import Testing

/// Passwords given to `mja gebruiker` without a terminal: as if typed (`isTerminal`) or on standard input.
final class GivenPasswords: PasswordInput, @unchecked Sendable {
    let isTerminal: Bool
    private let lock = NSLock()
    private var lines: [String]
    private(set) var prompts: [String] = []

    init(_ lines: [String], terminal: Bool = false) {
        self.lines = lines
        self.isTerminal = terminal
    }

    func readHidden(prompt: String) -> String? {
        lock.withLock { prompts.append(prompt) }
        return readLine()
    }

    func readLine() -> String? {
        lock.withLock { lines.isEmpty ? nil : lines.removeFirst() }
    }

    var remaining: Int { lock.withLock { lines.count } }
}

/// `mja gebruiker` run in-process on a real file in a temporary folder, with 1,000 iterations.
@Suite(.timed) struct UserCommandTests {
    static let regions = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("regions").path

    let folder: String
    var file: String { folder + "/gebruikers.toml" }

    init() throws {
        folder = NSTemporaryDirectory() + "user-command-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// Runs `mja ARGUMENTS --gebruikers FILE --regios regions` with `input` as the passwords.
    func run(_ arguments: [String], input: GivenPasswords = GivenPasswords([])) -> Outcome {
        let command = UserCommand(passwordInput: input, iterationsForTesting: 1000)
        let registry = CommandRegistry(CommandRegistry.standard.commands.filter { $0.name != "gebruiker" } + [command])
        let console = CapturingConsole()
        let code = MJA.run(arguments + ["--gebruikers", file, "--regios", Self.regions], environment: [:], console: console, registry: registry)
        return Outcome(code: code, output: console.output, error: console.error)
    }

    func accounts() throws -> AccountFile {
        try AccountFile.load(path: file, iterationsForTesting: 1000)
    }

    func contents() -> String? {
        try? String(contentsOfFile: file, encoding: .utf8)
    }

    @Test func addChangeListRemove() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let added = run(["gebruiker", "toevoegen", "anna", "--rol", "regio:AM05", "--weergavenaam", "Anna de Vries", "--wachtwoord-stdin"],
                        input: GivenPasswords(["correct paard batterij"]))
        #expect(added.code == .success)
        #expect(added.output == "Gebruiker 'anna' (Anna de Vries, regio:AM05) toegevoegd aan \(file).\n")
        #expect(added.error == "")
        let mode = try #require(FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(try accounts().signIn(name: "anna", password: "correct paard batterij") == Account(name: "anna", displayName: "Anna de Vries", role: .region("AM05")))

        #expect(run(["gebruiker", "toevoegen", "bert", "--rol", "beraad", "--wachtwoord-stdin"], input: GivenPasswords(["nog een lang wachtwoord"])).code == .success)
        let changed = run(["gebruiker", "wijzigen", "anna", "--rol", "beheer", "--wachtwoord-stdin"], input: GivenPasswords(["een ander lang wachtwoord"]))
        #expect(changed.output == "Gebruiker 'anna' gewijzigd: rol beheer, nieuw wachtwoord.\n")
        #expect(try accounts().signIn(name: "anna", password: "correct paard batterij") == nil)
        #expect(try accounts().signIn(name: "anna", password: "een ander lang wachtwoord")?.role == .administrator)

        let list = run(["gebruiker", "lijst"])
        #expect(list.code == .success)
        #expect(list.output == """
            naam  rol     weergavenaam
            anna  beheer  Anna de Vries
            bert  beraad  bert
            2 gebruiker(s) in \(file).

            """)
        #expect(!list.output.contains("pbkdf2") && !list.output.contains("$"))

        let removed = run(["gebruiker", "verwijderen", "bert"])
        #expect(removed.output == "Gebruiker 'bert' verwijderd uit \(file).\n")
        #expect(try accounts().accounts.map(\.name) == ["anna"])
    }

    /// The last beheer can be neither removed nor demoted, as in the browser; the file stays as it was.
    @Test func theLastBeheerStays() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run(["gebruiker", "toevoegen", "bea", "--rol", "beheer", "--wachtwoord-stdin"], input: GivenPasswords(["correct paard batterij"])).code == .success)
        let before = contents()
        let message = "mja: fout: 'bea' is de laatste gebruiker met de rol beheer; geef eerst een andere gebruiker de rol beheer, anders kan niemand de gebruikers nog beheren\n"
        let removed = run(["gebruiker", "verwijderen", "bea"])
        #expect(removed.code == .failure && removed.error == message)
        let demoted = run(["gebruiker", "wijzigen", "bea", "--rol", "lezer"])
        #expect(demoted.code == .failure && demoted.error == message)
        #expect(contents() == before)
    }

    /// On a terminal the password is asked twice; two different ones change nothing.
    @Test func terminalAsksTwice() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = GivenPasswords(["correct paard batterij", "correct paard batterij"], terminal: true)
        #expect(run(["gebruiker", "toevoegen", "anna", "--rol", "lezer"], input: input).code == .success)
        #expect(input.prompts == ["Wachtwoord voor anna: ", "Nogmaals: "])
        let before = contents()
        let differ = run(["gebruiker", "wijzigen", "anna", "--wachtwoord"], input: GivenPasswords(["een nieuw wachtwoord", "een nieuw wachtwoort"], terminal: true))
        #expect(differ.code == .failure)
        #expect(differ.error == "mja: fout: de twee wachtwoorden verschillen; er is niets gewijzigd\n")
        #expect(contents() == before)
    }

    @Test func refusesWeakPasswordsAndWritesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        for (input, flag) in [(GivenPasswords(["elf tekens!"]), "--wachtwoord-stdin"), (GivenPasswords(["elf tekens!"], terminal: true), "--rol")] {
            let arguments = ["gebruiker", "toevoegen", "anna", "--rol", "lezer"] + (flag == "--rol" ? [] : [flag])
            let outcome = run(arguments, input: input)
            #expect(outcome.code == .failure)
            #expect(outcome.error == "mja: fout: het wachtwoord is te kort: gebruik minstens 12 tekens; een zin van een paar woorden is sterk en goed te onthouden\n")
            #expect(!FileManager.default.fileExists(atPath: file))
        }
        // Twelve characters, counted as a person counts them (é is one).
        #expect(run(["gebruiker", "toevoegen", "anna", "--rol", "lezer", "--wachtwoord-stdin"], input: GivenPasswords(["ééééééééééé!"])).code == .success)
    }

    @Test func noTerminalNoPassword() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let outcome = run(["gebruiker", "toevoegen", "anna", "--rol", "lezer"])
        #expect(outcome.code == .failure)
        #expect(outcome.error == "mja: fout: er is geen terminal om het wachtwoord te vragen; geef het in een script op standaardinvoer met --wachtwoord-stdin\n")
        let empty = run(["gebruiker", "toevoegen", "anna", "--rol", "lezer", "--wachtwoord-stdin"])
        #expect(empty.code == .failure)
        #expect(empty.error.hasPrefix("mja: fout: er stond geen wachtwoord op standaardinvoer"))
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    /// Wrong names, roles and regions are said before a password is asked (none is read).
    @Test(arguments: [
        (["toevoegen", "Anna", "--rol", "lezer"], ExitCode.failure,
         "mja: fout: 'Anna' kan geen gebruikersnaam zijn: gebruik 1 tot 64 kleine letters, cijfers, '.', '-' of '_', beginnend met een letter of cijfer (bijvoorbeeld 'anna.devries')\n"),
        (["toevoegen", "anna", "--rol", "regio:AM04"], .usageError,
         "mja: fout: AM04 is geen arbeidsmarktregio: de CBS-codes hebben gaten (er is geen AM04, AM16 of AM31); registers/regios.toml noemt alle regio's\n"),
        (["toevoegen", "anna", "--rol", "admin"], .usageError,
         "mja: fout: onbekende rol 'admin'; kies regio:AMxx (bijvoorbeeld regio:AM05), beraad, lezer of beheer\nZie 'mja help gebruiker' voor de opties van dit commando.\n"),
        (["toevoegen", "anna"], .usageError,
         "mja: fout: geef de rol met --rol: regio:AMxx (bijvoorbeeld regio:AM05), beraad, lezer of beheer\nZie 'mja help gebruiker' voor de opties van dit commando.\n"),
        (["toevoegen", "anna", "--rol", "lezer", "--weergavenaam", "twee\nregels"], .failure,
         "mja: fout: de weergavenaam moet 1 tot 100 tekens hebben, zonder regeleinden of andere stuurtekens\n"),
        (["verwijder", "anna"], .usageError,
         "mja: fout: onbekende actie 'verwijder'; kies toevoegen, wijzigen, verwijderen of lijst. Bedoelde u 'verwijderen'?\nZie 'mja help gebruiker' voor de opties van dit commando.\n"),
        (["toevoegen"], .usageError,
         "mja: fout: geef de gebruikersnaam: mja gebruiker toevoegen NAAM --gebruikers GEBRUIKERS\nZie 'mja help gebruiker' voor de opties van dit commando.\n"),
    ])
    func refusedBeforeThePassword(_ arguments: [String], _ code: ExitCode, _ error: String) throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let input = GivenPasswords(["correct paard batterij"], terminal: true)
        let outcome = run(["gebruiker"] + arguments + ["--wachtwoord-stdin"], input: input)
        #expect(outcome.code == code)
        #expect(outcome.error == error.replacingOccurrences(of: "GEBRUIKERS", with: file))
        #expect(input.remaining == 1, "a password was read")
        #expect(!FileManager.default.fileExists(atPath: file))
    }

    @Test func takenAndUnknownNames() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run(["gebruiker", "toevoegen", "anna", "--rol", "lezer", "--wachtwoord-stdin"], input: GivenPasswords(["correct paard batterij"])).code == .success)
        let input = GivenPasswords(["nog een lang wachtwoord"])
        let taken = run(["gebruiker", "toevoegen", "anna", "--rol", "lezer", "--wachtwoord-stdin"], input: input)
        #expect(taken.error == "mja: fout: er is al een gebruiker 'anna'; kies een andere naam, of wijzig die gebruiker met 'mja gebruiker wijzigen anna'\n")
        #expect(input.remaining == 1)
        let unknown = run(["gebruiker", "wijzigen", "bert", "--rol", "lezer"])
        #expect(unknown.error == "mja: fout: er is geen gebruiker 'bert'; 'mja gebruiker lijst' toont de gebruikers\n")
        #expect(run(["gebruiker", "verwijderen", "bert"]).code == .failure)
        #expect(run(["gebruiker", "wijzigen", "anna"]).code == .usageError)
    }

    @Test func refusesAFileOthersMayRead() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(run(["gebruiker", "toevoegen", "anna", "--rol", "lezer", "--wachtwoord-stdin"], input: GivenPasswords(["correct paard batterij"])).code == .success)
        chmod(file, 0o640)
        let outcome = run(["gebruiker", "lijst"])
        #expect(outcome.code == .failure)
        #expect(outcome.output == "")
        #expect(outcome.error == "mja: fout: \(file): anderen dan de eigenaar mogen dit bestand met wachtwoord-hashes lezen of wijzigen (rechten 640); maak het alleen voor de eigenaar toegankelijk met: chmod 600 \(file)\n")
        // Adding to it is refused too, and it is left as it was.
        let before = contents()
        #expect(run(["gebruiker", "toevoegen", "bert", "--rol", "lezer", "--wachtwoord-stdin"], input: GivenPasswords(["correct paard batterij"])).code == .failure)
        #expect(contents() == before)
    }

    @Test func brokenFileSaysEveryProblemWithItsPlace() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "[[gebruiker]]\nnaam = \"anna\"\nweergavenaam = \"Anna\"\nrol = \"lezr\"\nwachtwoord = \"geheim\"\n".write(toFile: file, atomically: true, encoding: .utf8)
        chmod(file, 0o600)
        let outcome = run(["gebruiker", "lijst"])
        #expect(outcome.code == .failure)
        #expect(outcome.error == """
            mja: fout: \(file):4:7: onbekende rol 'lezr'; kies regio:AMxx (bijvoorbeeld regio:AM05), beraad, lezer of beheer
            \(file):5:14: het wachtwoord is onleesbaar: het is geen 'pbkdf2-sha256$ITERATIES$ZOUT$HASH'; zet een nieuw wachtwoord met 'mja gebruiker wijzigen NAAM --wachtwoord'

            """)
    }

    @Test func emptyList() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try AccountFile(iterationsForTesting: 1000).save(to: file)
        #expect(run(["gebruiker", "lijst"]).output == "Er zijn nog geen gebruikers in \(file).\n")
    }
}
