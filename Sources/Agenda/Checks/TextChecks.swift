import Diagnostics

/// The checks on the text as written (MJA130-MJA132): template leftovers and empty prose in every
/// text value of the agenda (`PlaceholderScanner`), and values still as the skeleton of `mja init`
/// wrote them (`SkeletonValueScanner`, which reads the trailing comments of the source text).
struct TextChecks {
    let agenda: Agenda
    /// The agenda file's text, to place a placeholder inside multi-line prose and to read comments.
    let source: SourceText?

    func run(into findings: inout [CheckFinding]) {
        for (problem, range) in found() {
            findings.append(CheckFinding(problem, agenda.file, range))
        }
    }

    /// What the checks find, in the order `run(into:)` reports it: the loader makes them while the
    /// file's text is read (`LoadSession.textFindings`), the checks take them from there.
    func found() -> [(CheckProblem, SourceRange)] {
        let placeholders = PlaceholderScanner.scan(agenda.writtenTexts, source: source)
        guard let source else { return placeholders }
        return placeholders + SkeletonValueScanner.scan(source)
    }
}
