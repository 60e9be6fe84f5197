import Testing
@testable import AgendaCLI

@Suite struct AgendaCLISmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
