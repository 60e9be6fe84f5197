import TestSupport
import Testing

/// A missing tool skips a test on a developer's machine and fails it under CI=true.
@Suite(.timed) struct ExternalToolTests {
    @Test func aMissingToolRunsOnlyUnderCIAndThenFails() {
        let missing = ExternalTool("mja-no-such-program", installedBy: "nothing installs it")
        #expect(missing.path == nil)
        #expect(missing.shouldRun == ExternalTool.isCI)
        #expect(throws: ExternalTool.Missing.self) { try missing.require() }
    }

    @Test func aToolThatIsThereIsFound() throws {
        let shell = ExternalTool("sh", installedBy: "the system")
        #expect(shell.shouldRun)
        #expect(try shell.require().hasSuffix("/sh"))
    }
}
