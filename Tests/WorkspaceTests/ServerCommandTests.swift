import AgendaCLI
import Foundation
import TestSupport
import Testing
@testable import Workspace

/// `mja server` refuses to start where it would be unsafe or lose work, with a Dutch message that says what to do.
@Suite(.timed) struct ServerCommandTests {
    func run(_ arguments: [String]) -> (code: ExitCode, error: String) {
        let console = CapturingConsole()
        let code = MJA.run(arguments, environment: ["PATH": "/usr/bin:/bin"], console: console,
                           registry: CommandRegistry.standard.adding([ServerCommand()]))
        return (code, console.error)
    }

    @Test func refusesToListenBeyondLoopbackWithoutHTTPS() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let result = run(["server", fixture.folder, "--adres", "0.0.0.0", "--gebruikers", "/nergens"])
        #expect(result.code == .usageError)
        #expect(result.error.contains("luistert niet op 0.0.0.0 zonder --https"))
    }

    @Test func trustsAProxyHeaderOnlyOnLoopback() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let result = run(["server", fixture.folder, "--adres", "10.0.0.5", "--https", "--vertrouw-kop", "Remote-User", "--gebruikers", "/nergens"])
        #expect(result.code == .usageError)
        #expect(result.error.contains("--vertrouw-kop kan alleen op 127.0.0.1"))
    }

    @Test func refusesAFolderThatIsNotARepository() throws {
        let fixture = try WorkspaceFixture(git: false)
        defer { fixture.remove() }
        let result = run(["server", fixture.folder, "--gebruikers", "/nergens"])
        #expect(result.code == .failure)
        #expect(result.error.contains("is geen git-repository") && result.error.contains("git init"))
    }

    @Test func needsAnAccountsFileOnlyItsOwnerReads() throws {
        let fixture = try WorkspaceFixture()
        defer { fixture.remove() }
        let missing = run(["server", fixture.folder])
        #expect(missing.code == .usageError && missing.error.contains("--gebruikers BESTAND"))
        let path = fixture.folder + "-gebruikers.toml"
        _ = try TestAccounts.gatekeeper(path: path)
        chmod(path, 0o644)
        let readable = run(["server", fixture.folder, "--gebruikers", path])
        #expect(readable.code == .failure)
        #expect(readable.error.contains("chmod 600"))
    }
}
