import Testing
@testable import Mustache

@Suite struct MustacheSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
