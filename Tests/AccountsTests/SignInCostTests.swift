@testable @_spi(Testing) import Accounts
import TestSupport
import Testing

/// An unknown name must cost a sign-in as much as a wrong password: checked by what is computed, not
/// by a clock (no timed tests). The decoy has the iterations of a new password and a 32-byte hash.
@Suite(.timed) struct SignInCostTests {
    @Test func decoyCostsWhatANewPasswordCosts() throws {
        #expect(AccountFile().decoy.iterations == 600_000)
        #expect(AccountFile().decoy.hash.count == 32)
        var file = AccountFile(iterationsForTesting: 1234)
        #expect(file.decoy.iterations == 1234)
        try file.add(Account(name: "anna", displayName: "Anna", role: .reader), password: "correct paard batterij")
        #expect(file.entries["anna"]?.password.iterations == file.decoy.iterations)
        let loaded = try AccountFile.parse(file.text, file: "g.toml")
        #expect(loaded.decoy.iterations == 600_000)
        // Two files get different decoys: nobody can prepare a password that matches one.
        #expect(AccountFile().decoy != AccountFile().decoy)
    }
}
