import Testing
@testable import TOML

@Suite struct TOMLSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
