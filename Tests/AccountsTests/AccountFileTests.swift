@_spi(Testing) import Accounts
import Diagnostics
import Foundation
import Testing

/// The accounts file: passwords, sign-in, the text format, its problems with their places, the
/// file's permissions and the atomic save.
@Suite struct AccountFileTests {
    static let anna = Account(name: "anna", displayName: "Anna de Vries (Twente)", role: .region("AM05"))
    static let password = "correct paard batterij nietje"

    func sample() throws -> AccountFile {
        var file = AccountFile(iterationsForTesting: 1000)
        try file.add(Self.anna, password: Self.password)
        try file.add(Account(name: "bert", displayName: "Bert \"B\" Jansen\\SZW", role: .nationalBoard), password: "nog een lang wachtwoord")
        return file
    }

    @Test func signIn() throws {
        let file = try sample()
        #expect(file.signIn(name: "anna", password: Self.password) == Self.anna)
        #expect(file.signIn(name: "Anna", password: Self.password) == Self.anna)
        #expect(file.signIn(name: "anna", password: Self.password + " ") == nil)
        #expect(file.signIn(name: "anna", password: "") == nil)
        #expect(file.signIn(name: "nobody", password: Self.password) == nil)
        #expect(file.signIn(name: "bert", password: Self.password) == nil)
    }

    @Test func newPasswordsGetTheRecommendedIterationsAndAFreshSalt() throws {
        var file = AccountFile()
        try file.add(Self.anna, password: Self.password)
        let line = try #require(file.text.split(separator: "\n").first { $0.hasPrefix("wachtwoord") })
        let parts = line.dropFirst("wachtwoord = \"".count).dropLast().split(separator: "$")
        #expect(parts.count == 4)
        #expect(parts[0] == "pbkdf2-sha256")
        #expect(parts[1] == "600000")
        #expect(Data(base64Encoded: String(parts[2]))?.count == 16)
        #expect(Data(base64Encoded: String(parts[3]))?.count == 32)
        var other = AccountFile()
        try other.add(Self.anna, password: Self.password)
        #expect(other.text != file.text, "the same password got the same salt")
    }

    @Test func rulesOfAddUpdateRemove() throws {
        var file = try sample()
        #expect(throws: AccountError.nameTaken("anna")) { try file.add(Self.anna, password: Self.password) }
        #expect(throws: AccountError.passwordTooShort(minimum: 12)) {
            try file.add(Account(name: "carla", displayName: "Carla", role: .reader), password: "elf tekens!")
        }
        #expect(throws: AccountError.invalidName("Carla")) {
            try file.add(Account(name: "Carla", displayName: "Carla", role: .reader), password: Self.password)
        }
        #expect(throws: AccountError.invalidDisplayName("a\nb")) {
            try file.add(Account(name: "carla", displayName: "a\nb", role: .reader), password: Self.password)
        }
        #expect(throws: AccountError.invalidRole("regio:XYZ")) {
            try file.add(Account(name: "carla", displayName: "Carla", role: .region("XYZ")), password: Self.password)
        }
        #expect(throws: AccountError.unknownName("carla")) { try file.update(name: "carla", role: .reader) }
        #expect(throws: AccountError.unknownName("carla")) { try file.remove(name: "carla") }
        #expect(file.accounts.map(\.name) == ["anna", "bert"])

        try file.update(name: "anna", displayName: "Anna", role: .reader, password: "een heel nieuw wachtwoord")
        #expect(file.signIn(name: "anna", password: Self.password) == nil)
        #expect(file.signIn(name: "anna", password: "een heel nieuw wachtwoord") == Account(name: "anna", displayName: "Anna", role: .reader))
        try file.remove(name: "anna")
        #expect(file.accounts.map(\.name) == ["bert"])
    }

    @Test func textRoundTripsAndIsDeterministic() throws {
        let file = try sample()
        let read = try AccountFile.parse(file.text, file: "gebruikers.toml")
        #expect(read.accounts == file.accounts)
        #expect(read.text == file.text)
        #expect(read.signIn(name: "bert", password: "nog een lang wachtwoord")?.displayName == "Bert \"B\" Jansen\\SZW")
        #expect(file.text.hasPrefix("# Gebruikers van 'mja server'"))
    }

    /// Every problem in one go, each with its line and column, in Dutch.
    @Test func problemsWithTheirPlaces() throws {
        let text = """
            versie = 1
            [[gebruiker]]
            naam = "anna"
            weergavenaam = "Anna"
            rol = "regio:AM5"
            wachtwoord = "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA==$AAAA"

            [[gebruiker]]
            naam = "anna"
            weergavenam = "Anna"
            rol = "lezer"
            wachtwoord = "sha1$x"
            """
        let error = try #require(throws: AccountFileError.self) { try AccountFile.parse(text, file: "g.toml") }
        let lines = error.message(in: .dutch).split(separator: "\n").map(String.init)
        #expect(lines == [
            "g.toml:5:7: fout: onbekende rol 'regio:AM5'; kies regio:AMxx (bijvoorbeeld regio:AM05), beraad, lezer of beheer",
            "g.toml:6:14: fout: het wachtwoord is onleesbaar: de hash is geen base64 van 32 bytes; zet een nieuw wachtwoord met 'mja gebruiker wijzigen NAAM --wachtwoord'",
            "g.toml:8:1: fout: deze [[gebruiker]] mist 'weergavenaam'; een gebruiker heeft naam, weergavenaam, rol en wachtwoord (maak gebruikers met 'mja gebruiker toevoegen')",
            "g.toml:10:1: fout: onbekende sleutel 'weergavenam'; een [[gebruiker]] heeft naam, weergavenaam, rol en wachtwoord. Bedoelde u 'weergavenaam'?",
        ])
    }

    @Test func duplicateNamesAndSyntax() throws {
        let file = try sample()
        let doubled = file.text + file.text.split(separator: "\n", omittingEmptySubsequences: false).drop { $0 != "[[gebruiker]]" }.joined(separator: "\n")
        let error = try #require(throws: AccountFileError.self) { try AccountFile.parse(doubled, file: "g.toml") }
        #expect(error.problems.map(\.reason) == [
            .duplicateName("anna", firstLine: 6), .duplicateName("bert", firstLine: 12),
        ])
        let syntax = try #require(throws: AccountFileError.self) { try AccountFile.parse("naam = \"anna", file: "g.toml") }
        #expect(syntax.problems.first?.range?.start.line == 1)
        let version = try #require(throws: AccountFileError.self) { try AccountFile.parse("versie = 2", file: "g.toml") }
        #expect(version.message(in: .dutch) == "g.toml:1:10: fout: versie 2 van het gebruikersbestand kent deze mja niet; deze mja leest versie 1")
    }

    @Test func iterationsOutOfRangeAreRefused() throws {
        let salt = Data(repeating: 1, count: 16).base64EncodedString(), hash = Data(repeating: 2, count: 32).base64EncodedString()
        for iterations in ["0", "100000001", "-5", "1e6", ""] {
            let text = "[[gebruiker]]\nnaam = \"a\"\nweergavenaam = \"A\"\nrol = \"lezer\"\nwachtwoord = \"pbkdf2-sha256$\(iterations)$\(salt)$\(hash)\"\n"
            let error = try #require(throws: AccountFileError.self) { try AccountFile.parse(text, file: "g.toml") }
            #expect(error.problems.map(\.reason) == [.passwordHash(.iterations(iterations))])
        }
    }
}

/// Loading refuses a file others may read; saving writes mode 0600 atomically.
@Suite struct AccountFilePermissionTests {
    func folder() throws -> String {
        let path = NSTemporaryDirectory() + "accounts-tests-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func saveWritesMode0600EvenUnderAWideUmask() throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = AccountFile(iterationsForTesting: 1000)
        try file.add(AccountFileTests.anna, password: AccountFileTests.password)
        let path = folder + "/gebruikers.toml"
        let old = umask(0)
        defer { umask(old) }
        try file.save(to: path)
        let mode = try #require(FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["gebruikers.toml"])
        let loaded = try AccountFile.load(path: path)
        #expect(loaded.signIn(name: "anna", password: AccountFileTests.password) == AccountFileTests.anna)
    }

    @Test(arguments: [0o644, 0o640, 0o604, 0o620, 0o602, 0o660]) func refusesWhatOthersMayReadOrWrite(_ mode: Int) throws {
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/gebruikers.toml"
        try AccountFile(iterationsForTesting: 1000).save(to: path)
        chmod(path, mode_t(mode))
        let error = try #require(throws: AccountFileError.self) { try AccountFile.load(path: path) }
        #expect(error.message(in: .dutch) == "\(path): fout: anderen dan de eigenaar mogen dit bestand met wachtwoord-hashes lezen of wijzigen (rechten \(String(mode, radix: 8))); maak het alleen voor de eigenaar toegankelijk met: chmod 600 \(path)")
    }

    @Test func missingFileAndFolder() throws {
        let error = try #require(throws: AccountFileError.self) { try AccountFile.load(path: "/nonexistent/gebruikers.toml") }
        #expect(error.message(in: .dutch) == "/nonexistent/gebruikers.toml: fout: het gebruikersbestand kan niet worden gelezen: het bestand bestaat niet (maak het met 'mja gebruiker toevoegen')")
        let folder = try folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        chmod(folder, 0o700)
        let isFolder = try #require(throws: AccountFileError.self) { try AccountFile.load(path: folder) }
        #expect(isFolder.problems.map(\.reason) == [.unreadable(errno: EISDIR)])
    }

    /// A save that cannot happen (the folder is gone) leaves nothing behind and says so.
    @Test func failedSaveLeavesNothing() throws {
        let error = try #require(throws: AccountFileError.self) { try AccountFile(iterationsForTesting: 1000).save(to: "/nonexistent/folder/g.toml") }
        #expect(error.problems.map(\.reason) == [.unwritable(errno: ENOENT)])
    }
}
