import Diagnostics
import TestSupport
import Testing
@testable import Agenda

/// A criterion's hint is made once per language and shared by every diagnostic (issue 38): it is
/// the hint made anew, in each language, and the Dutch one is not the English one.
@Suite(.timed) struct CriterionHintTests {
    @Test(arguments: Criterion.allCases) func theSharedHintIsTheHintMadeAnew(criterion: Criterion) {
        for language in Language.allCases {
            #expect(criterion.hint(in: language) == criterion.makeHint(in: language))
            #expect(criterion.hint(in: language).hasSuffix("'mja explain \(criterion.ruleCode)' \(language == .dutch ? "legt uit wat telt" : "explains what counts")"))
        }
        #expect(criterion.hint(in: .dutch) != criterion.hint(in: .english))
    }
}
