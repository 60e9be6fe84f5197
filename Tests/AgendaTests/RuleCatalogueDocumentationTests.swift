import Foundation
import TestSupport
import Testing
@testable import Agenda

/// `regions/README.md` lists every diagnostic code for programme managers; a new rule must be added
/// there too.
@Suite(.timed) struct RuleCatalogueDocumentationTests {
    @Test func everyRuleIsListedInTheFormatGuide() throws {
        let guide = try String(contentsOfFile: AgendaFixture.repositoryRegions + "/README.md", encoding: .utf8)
        for rule in RuleCatalogue.all {
            #expect(guide.contains("| `\(rule.code)` | \(rule.severity.label(in: .dutch)) | \(rule.title) |"), "\(rule.code)")
        }
    }
}
