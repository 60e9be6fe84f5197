import Diagnostics
import TOML
#if canImport(Glibc)
import Glibc
#endif

/// Why an accounts file cannot be used: every problem found, each with its place in the file where
/// it has one, so that all can be fixed at once.
public struct AccountFileError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One problem.
    public enum Reason: Sendable, Equatable {
        /// Group or others may read the file (`mode` is its permission bits, such as 0o644).
        case readableByOthers(mode: Int)
        /// The file cannot be read; the system's error number (`errno`).
        case unreadable(errno: Int32)
        /// The file could not be written; the system's error number.
        case unwritable(errno: Int32)
        /// The text is not valid TOML.
        case syntax(TOMLError)
        /// A key the format does not have, with the nearest known key when one is close.
        case unknownKey(String, suggestion: String?)
        /// A `[[gebruiker]]` without this key.
        case missingKey(String)
        /// The key holds something else than text.
        case notText(String)
        /// `versie` is not 1.
        case unsupportedVersion(String)
        /// A name, display name or role that breaks the rules.
        case account(AccountError)
        /// The `wachtwoord` cannot be read as a PBKDF2 hash.
        case passwordHash(PasswordHashProblem)
        /// The same name twice; `firstLine` is the line of the first.
        case duplicateName(String, firstLine: Int)
    }

    /// What is wrong with a stored password hash.
    public enum PasswordHashProblem: Error, Sendable, Equatable {
        /// Not `pbkdf2-sha256$ITERATIONS$SALT$HASH`.
        case notPBKDF2
        /// The iterations are not a whole number from 1 to 100,000,000.
        case iterations(String)
        /// The salt is not base64 of 16 to 64 bytes.
        case salt
        /// The hash is not base64 of 32 bytes.
        case hash
    }

    /// One problem with its place; `range` is nil for a problem of the whole file.
    public struct Problem: Sendable, Equatable {
        /// Where in the file (lines and columns from 1, columns in characters); nil for the whole file.
        public var range: SourceRange?
        /// What is wrong.
        public var reason: Reason
    }

    /// The file, as the user named it.
    public var file: String
    /// The problems, in the order of the file.
    public var problems: [Problem]

    /// Every problem as a compiler-style line, `FILE:LINE:COLUMN: fout: ...`, in `language`.
    public func message(in language: Language) -> String {
        problems.map { problem in
            let place = problem.range.map { "\(file):\($0.start.line):\($0.start.column)" } ?? file
            return "\(place): \(Severity.error.label(in: language)): \(Self.text(of: problem.reason, file: file, in: language))"
        }.joined(separator: "\n")
    }

    /// The problems in English, for logs and test failures.
    public var description: String { message(in: .english) }

    static func text(of reason: Reason, file: String, in language: Language) -> String {
        switch reason {
        case .readableByOthers(let mode):
            let octal = String(mode, radix: 8)
            return language.pick(
                "anderen dan de eigenaar mogen dit bestand met wachtwoord-hashes lezen of wijzigen (rechten \(octal)); maak het alleen voor de eigenaar toegankelijk met: chmod 600 \(file)",
                "others than its owner may read or change this file of password hashes (mode \(octal)); make it accessible to its owner only with: chmod 600 \(file)")
        case .unreadable(let number):
            return language.pick("het gebruikersbestand kan niet worden gelezen: ", "the accounts file cannot be read: ")
                + systemReason(number, in: language)
        case .unwritable(let number):
            return language.pick("het gebruikersbestand kan niet worden geschreven: ", "the accounts file cannot be written: ")
                + systemReason(number, in: language)
        case .syntax(let error):
            let hint = error.hint(in: language).map { " (\($0))" } ?? ""
            return error.message(in: language) + hint
        case .unknownKey(let key, let suggestion):
            let hint = suggestion.map { language.pick(" Bedoelde u '\($0)'?", " Did you mean '\($0)'?") } ?? ""
            return language.pick(
                "onbekende sleutel '\(key)'; een [[gebruiker]] heeft naam, weergavenaam, rol en wachtwoord.\(hint)",
                "unknown key '\(key)'; a [[gebruiker]] has naam, weergavenaam, rol and wachtwoord.\(hint)")
        case .missingKey(let key):
            return language.pick(
                "deze [[gebruiker]] mist '\(key)'; een gebruiker heeft naam, weergavenaam, rol en wachtwoord (maak gebruikers met 'mja gebruiker toevoegen')",
                "this [[gebruiker]] lacks '\(key)'; a user has naam, weergavenaam, rol and wachtwoord (make users with 'mja gebruiker toevoegen')")
        case .notText(let key):
            return language.pick("'\(key)' moet tekst tussen aanhalingstekens zijn", "'\(key)' must be text in quotes")
        case .unsupportedVersion(let version):
            return language.pick(
                "versie \(version) van het gebruikersbestand kent deze mja niet; deze mja leest versie 1",
                "this mja does not know version \(version) of the accounts file; it reads version 1")
        case .account(let error):
            return error.message(in: language)
        case .passwordHash(let problem):
            let what = switch problem {
            case .notPBKDF2: language.pick("het is geen 'pbkdf2-sha256$ITERATIES$ZOUT$HASH'", "it is not 'pbkdf2-sha256$ITERATIONS$SALT$HASH'")
            case .iterations(let text): language.pick("'\(text)' is geen aantal iteraties van 1 tot 100000000", "'\(text)' is not a number of iterations from 1 to 100000000")
            case .salt: language.pick("het zout is geen base64 van 16 tot 64 bytes", "the salt is not base64 of 16 to 64 bytes")
            case .hash: language.pick("de hash is geen base64 van 32 bytes", "the hash is not base64 of 32 bytes")
            }
            return language.pick(
                "het wachtwoord is onleesbaar: \(what); zet een nieuw wachtwoord met 'mja gebruiker wijzigen NAAM --wachtwoord'",
                "the password cannot be read: \(what); set a new password with 'mja gebruiker wijzigen NAME --wachtwoord'")
        case .duplicateName(let name, let firstLine):
            return language.pick(
                "de gebruiker '\(name)' staat er twee keer in (ook op regel \(firstLine)); verwijder een van beide",
                "the user '\(name)' is in the file twice (also on line \(firstLine)); remove one of them")
        }
    }

    /// The common system errors in the reader's words; others as the system says them.
    static func systemReason(_ number: Int32, in language: Language) -> String {
        switch number {
        case ENOENT: language.pick("het bestand bestaat niet (maak het met 'mja gebruiker toevoegen')", "the file does not exist (make it with 'mja gebruiker toevoegen')")
        case EACCES, EPERM: language.pick("u hebt er geen toegang toe", "you have no access to it")
        case EISDIR: language.pick("het is een map, geen bestand", "it is a folder, not a file")
        case ENOSPC: language.pick("de schijf is vol", "the disk is full")
        case EROFS: language.pick("het bestandssysteem is alleen-lezen", "the file system is read-only")
        case ENOTDIR: language.pick("een deel van het pad is geen map", "a part of the path is not a folder")
        default: String(cString: strerror(number))
        }
    }
}
