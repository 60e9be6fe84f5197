import Testing
@testable import Documents

@Suite struct DocumentsSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
