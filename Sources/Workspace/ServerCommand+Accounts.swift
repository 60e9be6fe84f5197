import Accounts
import AgendaCLI
import Diagnostics
import Hashing

extension ServerCommand {
    /// The accounts behind `--gebruikers`: loaded (and checked: only its owner may read it) now,
    /// so a wrong file stops the start with its located message.
    static func gatekeeper(accountsFile: String?) throws -> any Gatekeeper {
        guard let path = accountsFile else {
            throw CommandError(LocalizedText(
                "Geef het accountsbestand met --gebruikers BESTAND (buiten de werkruimte). Maak het eerste account met: mja gebruiker toevoegen NAAM --rol beheer --gebruikers BESTAND",
                "Give the accounts file with --users FILE (outside the workspace). Make the first account with: mja gebruiker toevoegen NAME --rol beheer --gebruikers FILE"),
                exitCode: .usageError)
        }
        do {
            return try AccountsGatekeeper(path: path)
        } catch {
            throw CommandError(LocalizedText(error.message(in: .dutch), error.message(in: .english)))
        }
    }

    /// Bytes from the system's random source.
    @Sendable static func randomBytes(_ count: Int) -> [UInt8] {
        SystemRandom.bytes(count)
    }
}
