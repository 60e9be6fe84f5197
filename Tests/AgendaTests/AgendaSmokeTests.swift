import Testing
@testable import Agenda

@Suite struct AgendaSmokeTests {
    @Test func moduleLoads() { #expect(Bool(true)) }
}
