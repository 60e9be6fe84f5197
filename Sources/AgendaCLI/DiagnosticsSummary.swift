import Diagnostics

/// The counts under a list of diagnostics, and the sentence that says them.
public struct DiagnosticsSummary: Sendable, Hashable, Codable {
    /// The number of errors.
    public var errors: Int
    /// The number of warnings.
    public var warnings: Int
    /// The number of notes.
    public var notes: Int
    /// The number of files looked at.
    public var files: Int
    /// The number of distinct files with at least one diagnostic.
    public var filesWithProblems: Int

    /// Counts `diagnostics` found in `fileCount` files.
    public init(_ diagnostics: [Diagnostic], fileCount: Int) {
        errors = diagnostics.count { $0.severity == .error }
        warnings = diagnostics.count { $0.severity == .warning }
        notes = diagnostics.count { $0.severity == .note }
        files = fileCount
        filesWithProblems = Set(diagnostics.compactMap(\.file)).count
    }

    /// "2 fouten en 1 waarschuwing in 3 van de 36 bestanden." or "Geen problemen gevonden in 36 bestanden."
    public func sentence(in language: Language) -> String {
        let counts = [
            (errors, language.pick("fout", "error"), language.pick("fouten", "errors")),
            (warnings, language.pick("waarschuwing", "warning"), language.pick("waarschuwingen", "warnings")),
            (notes, language.pick("opmerking", "note"), language.pick("opmerkingen", "notes")),
        ].filter { $0.0 > 0 }.map { count, one, many in "\(number(count, language)) \(count == 1 ? one : many)" }
        guard !counts.isEmpty else {
            return language.pick("Geen problemen gevonden in ", "No problems found in ") + fileWords(files, language) + "."
        }
        // "1 fout", "1 fout en 2 waarschuwingen", "1 fout, 2 waarschuwingen en 3 opmerkingen".
        var sentence = counts.dropLast().joined(separator: ", ")
        sentence += (sentence.isEmpty ? "" : language.pick(" en ", " and ")) + counts[counts.count - 1]
        if filesWithProblems > 0 {
            sentence +=
                filesWithProblems >= files
                ? language.pick(" in ", " in ") + fileWords(filesWithProblems, language)
                : language.pick(" in \(number(filesWithProblems, language)) van de ", " in \(number(filesWithProblems, language)) of ") + fileWords(files, language)
        }
        return sentence + "."
    }

    /// A count as the reader writes it: "10.000" in Dutch, "10,000" in English, as the grouped
    /// line above the summary prints its counts.
    private func number(_ count: Int, _ language: Language) -> String {
        DiagnosticGroups.grouped(count, separator: language.pick(".", ","))
    }

    private func fileWords(_ count: Int, _ language: Language) -> String {
        number(count, language) + " " + (count == 1 ? language.pick("bestand", "file") : language.pick("bestanden", "files"))
    }
}
