import Diagnostics
import FoundationEssentials
import TOML
#if canImport(Glibc)
import Glibc
#endif

/// The state of one load: the texts read and the diagnostics found so far.
struct LoadSession: Sendable {
    let language: Language
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var sources: [String: SourceText] = [:]
    /// Texts to read instead of the file at that path (an earlier version from git).
    var replacements: [String: [UInt8]] = [:]
    /// The largest file read, in bytes; a larger one is refused without reading it (see `WorkspaceLoader.fileSizeLimit`).
    var fileSizeLimit = WorkspaceLoader.defaultFileSizeLimit
    /// Per file, the statements left out after its syntax errors: a key missing there is not reported
    /// as missing, its line was reported as unreadable.
    private(set) var skipped: [String: [SkippedStatement]] = [:]
    /// Per requested agenda file, what the checks on its text as written found (`TextChecks`), made
    /// while the text is at hand: the text itself may be let go of (`releaseSources()`).
    private(set) var textFindings: [String: [(CheckProblem, SourceRange)]] = [:]

    init(language: Language) {
        self.language = language
    }

    /// Reads and parses a TOML file; reports and returns nil when that is impossible.
    mutating func parse(_ file: String) -> TOMLTable? {
        read(file, indexingLines: true).flatMap { parse($0, file: file) }
    }

    /// Reads a file and keeps its text for the excerpts under diagnostics, split into lines now or
    /// (for a file read only for context, whose lines are rarely shown) when one is asked for;
    /// reports and returns nil when it cannot be read.
    mutating func read(_ file: String, indexingLines: Bool) -> [UInt8]? {
        // The size is looked at before anything is read: a file of gigabytes beside the agendas
        // would otherwise be read whole (and end even the check of one agenda).
        var info = stat()
        if replacements[file] == nil, stat(file, &info) == 0, Int(info.st_size) > fileSizeLimit {
            report(.tooLarge(bytes: Int(info.st_size), limit: fileSizeLimit), file: file, range: nil)
            return nil
        }
        guard let data = replacements[file].map({ Data($0) }) ?? FileManager.default.contents(atPath: file) else {
            report(.unreadable(reason: language.pick("het bestaat niet of is niet leesbaar", "it does not exist or is not readable")),
                   file: file, range: nil)
            return nil
        }
        let bytes = [UInt8](data)
        sources[file] = indexingLines ? SourceText(String(decoding: bytes, as: UTF8.self)) : SourceText(unindexed: bytes)
        return bytes
    }

    /// Parses the TOML text of `file`, past its syntax errors: reports every one and returns what
    /// could be read, so the rest of the file is still checked in the same run.
    /// Without `recovering` (a file read only for context, whose problems this run does not report),
    /// a file with a syntax error gives nil: a part of it read silently could mislead the checks of
    /// the files that were asked for.
    mutating func parse(_ bytes: [UInt8], file: String, recovering: Bool = true) -> TOMLTable? {
        let recovery = TOML.parseRecovering(bytes: bytes, limit: recovering ? TOML.maximumRecoveredErrors : 1)
        let problems = SyntaxProblem.all(in: recovery, of: bytes)
        if !recovering && !recovery.isValid {
            for problem in problems {
                report(.syntax(message: problem.message(in: language), hint: problem.hint(in: language)), file: file, range: problem.range)
            }
            return nil
        }
        for problem in problems {
            let hint = SyntaxFix.hint(for: problem, in: language) ?? problem.hint(in: language)
            let message = SyntaxFix.message(for: problem, in: language) ?? problem.message(in: language)
            report(.syntax(message: message, hint: hint), file: file, range: problem.range)
        }
        if recovery.stoppedAtLimit, let last = recovery.skipped.last {
            report(.syntaxLimit(count: problems.count, line: last.lines.lowerBound), file: file,
                   range: SourceRange(at: SourcePosition(line: last.lines.lowerBound, column: 1)))
        }
        if !recovery.skipped.isEmpty { skipped[file] = recovery.skipped }
        return recovery.table
    }

    /// Whether `key` may be missing from the table whose header is on `tableLine` (1 for the root)
    /// because its line could not be read.
    private func wasSkipped(_ key: String, tableLine: Int, in file: String) -> Bool {
        (skipped[file] ?? []).contains { !$0.isHeader && ($0.tableLine ?? 1) == tableLine && ($0.key == nil || $0.key == key) }
    }

    /// Validates `root` against `schema`; reports every problem.
    mutating func validate(_ root: TOMLTable, file: String, against schema: TableSchema) {
        var validator = SchemaValidator()
        validator.validate(root, at: SourceRange(at: SourcePosition(line: 1, column: 1)), against: schema)
        for (problem, range) in validator.problems {
            if case .missingField(let key, _, _) = problem, wasSkipped(key, tableLine: range.start.line, in: file) { continue }
            if case .invalidAmount(let key, _) = problem, let written = written(range, in: file) {
                report(.invalidAmount(key: key, value: written), file: file, range: range)
            } else {
                report(problem, file: file, range: range)
            }
        }
    }

    /// The text of `range` as the user wrote it (`12.000`, where TOML read 12.0), on one line.
    private func written(_ range: SourceRange, in file: String) -> String? {
        guard range.start.line == range.end.line, let line = sources[file]?.line(range.start.line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        guard range.start.column >= 1, range.end.column - 1 <= scalars.count, range.start.column < range.end.column else { return nil }
        return String(String.UnicodeScalarView(scalars[(range.start.column - 1)..<(range.end.column - 1)]))
    }

    /// Validates and reads an agenda file.
    mutating func readAgenda(_ root: TOMLTable, file: String) -> Agenda? {
        validate(root, file: file, against: AgendaFormat.file)
        // TOML read `1.500` as 1.5; only the text as written shows the thousands it likely meant.
        for (problem, range) in AmbiguousNumberScanner.scan(root, schema: AgendaFormat.file, source: sources[file]) {
            report(problem, file: file, range: range)
        }
        var reader = AgendaReader(file: file)
        var agenda = reader.read(root)
        for (problem, range) in reader.problems { report(problem, file: file, range: range) }
        // Template leftovers and skeleton values are the checks' (TextChecks), on these texts: only
        // those with something to report are kept (the scan is per text, so it finds the same).
        agenda?.writtenTexts = WrittenText.all(in: root) { text, key in PlaceholderScanner.problem(in: text, key: key) != nil }
        if let agenda { textFindings[file] = TextChecks(agenda: agenda, source: sources[file]).found() }
        return agenda
    }

    /// Reads an agenda file that is not checked itself, only needed for what other agendas refer to:
    /// the model as `readAgenda` makes it, without validating the file or scanning its text. With
    /// `.forChecks`, a regional agenda is read only as far as the checks of another agenda look:
    /// its `[agenda]` table and its signals (the national agenda is read whole: its themes count).
    mutating func readContextAgenda(_ file: String, reading: ContextReading) -> Agenda? {
        guard let bytes = read(file, indexingLines: false) else { return nil }
        if reading == .forChecks, let kept = TOML.keepingTables(startingWith: ContextReading.tablesForChecks, in: bytes) {
            var reader = AgendaReader(file: file)
            // Nothing to report: this file's own problems are left out of what is printed.
            guard let root = try? TOML.parse(bytes: kept), let agenda = reader.read(root) else { return nil }
            if agenda.scope != .national { return agenda }
        }
        guard let root = parse(bytes, file: file, recovering: false) else { return nil }
        var reader = AgendaReader(file: file)
        return reader.read(root)
    }

    /// Takes over what another session read and found (a file read on its own), after what this one has.
    mutating func take(_ other: LoadSession) {
        diagnostics += other.diagnostics
        sources.merge(other.sources) { _, theirs in theirs }
        skipped.merge(other.skipped) { _, theirs in theirs }
        textFindings.merge(other.textFindings) { _, theirs in theirs }
    }

    /// Lets go of the texts read from files, keeping where each was read, its length and digest
    /// (`SourceText.released(readingFrom:)`): once a file is read and its text checks are made, its
    /// text is needed only for the lines that messages quote, which are read again when printed. A
    /// text given instead of a file (`replacements`) stays: it is held there anyway.
    mutating func releaseSources() {
        for (file, text) in sources where replacements[file] == nil && text.isResident {
            sources[file] = text.released(readingFrom: file)
        }
    }

    /// Records a diagnostic made elsewhere (a problem with its own message type).
    mutating func append(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Records a problem as an error diagnostic in the session's language.
    mutating func report(_ problem: LoadProblem, file: String?, range: SourceRange?, notes: [Diagnostic.Note] = []) {
        diagnostics.append(Diagnostic(
            severity: problem.severity, code: problem.code, message: problem.message(in: language), file: file, range: range,
            notes: notes, hint: problem.hint(in: language)))
    }
}
