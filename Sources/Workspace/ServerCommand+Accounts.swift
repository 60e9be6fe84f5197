import AgendaCLI
import Hashing

extension ServerCommand {
    /// The accounts behind `--gebruikers`.
    static func gatekeeper(accountsFile: String?) throws -> any Gatekeeper {
        throw CommandError(LocalizedText("De accounts komen met de module Accounts; die is nog niet samengevoegd.",
                                         "Accounts come with the Accounts module, which is not merged yet."))
    }

    /// Bytes from the system's random source.
    @Sendable static func randomBytes(_ count: Int) -> [UInt8] {
        SystemRandom.bytes(count)
    }
}
