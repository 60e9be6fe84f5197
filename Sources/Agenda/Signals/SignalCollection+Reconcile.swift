import Diagnostics

extension SignalCollection {
    /// Adds the rows of a file read to the signals. A row of a signal already known is matched field
    /// by field with it and with the row as mja wrote it (`output.base`, when the file is a workbook
    /// of mja's):
    ///
    /// - the same as the signal: nothing to say;
    /// - changed in the file, not where the signal is: taken, and listed in `changes`;
    /// - changed where the signal is (an agenda), not in the file: the signal's value stands, since
    ///   the file is simply older;
    /// - changed in both, or no base to tell: a warning per field, and the signal's value stands.
    ///
    /// A new row is added (and listed, for a workbook of mja's); a row mja wrote that is gone from
    /// the file is a warning at the signal, which keeps counting: a signal lives in its agenda file.
    mutating func reconcile(_ output: SignalCSVReader.Output, file: String, language: Language, into found: inout [Diagnostic]) {
        let writer = SignalCSVWriter()
        var position: [String: Int] = [:]
        for (index, signal) in signals.enumerated() { position[signal.qualifiedID] = index }
        var base: [String: Signal] = [:]
        for signal in output.base ?? [] where base[signal.qualifiedID] == nil { base[signal.qualifiedID] = signal }
        func cell(_ range: SourceRange) -> String { output.sheet.map { SignalCSVReader.cellName(range.start, sheet: $0) + ": " } ?? "" }
        func diagnostic(_ problem: SignalCSVProblem, file: String, range: SourceRange, prefix: String = "") -> Diagnostic {
            Diagnostic(severity: problem.severity, code: problem.code, message: prefix + problem.message(in: language), file: file,
                       range: range, hint: problem.hint(in: language))
        }
        var inFile: Set<String> = []
        for signal in output.signals {
            let id = signal.qualifiedID
            guard inFile.insert(id).inserted else {
                found.append(diagnostic(.duplicateSignal(id: id), file: file, range: signal.origin.range, prefix: cell(signal.origin.range)))
                continue
            }
            guard let index = position[id] else {
                position[id] = signals.count
                signals.append(signal)
                if output.base != nil && base[id] == nil { changes.append(SignalChange(file: file, signal: id, kind: .added)) }
                continue
            }
            let known = signals[index]
            let was = base[id].map(writer.row), now = writer.row(known), read = writer.row(signal)
            var merged = known
            var taken: [SignalChange.Field] = []
            for (offset, column) in SignalCSVFormat.columns.enumerated() where now[offset] != read[offset] && column != "regio" && column != "id" {
                let old = now[offset], new = read[offset]
                if let was, was[offset] == old {
                    merged = merged.taking(column, from: signal)
                    taken.append(SignalChange.Field(column: column, old: old, new: new))
                } else if let was, was[offset] == new {
                    continue  // changed in the agenda since the workbook was written: the agenda is newer
                } else {
                    let place = "\(known.origin.file):\(known.origin.range(of: column).start.line)"
                    let range = signal.origin.range(of: column)
                    var warning = diagnostic(.conflict(column: column, workbook: new, other: old, base: was?[offset], place: place),
                                             file: file, range: range, prefix: cell(range))
                    warning.notes = [Diagnostic.Note(message: language.pick("hier staat \(column) van \(id)", "\(column) of \(id) is here"),
                                                     file: known.origin.file, range: known.origin.range(of: column))]
                    found.append(warning)
                }
            }
            if !taken.isEmpty {
                signals[index] = merged
                changes.append(SignalChange(file: file, signal: id, kind: .changed(taken)))
            }
        }
        for signal in output.base ?? [] where !inFile.contains(signal.qualifiedID) {
            guard let index = position[signal.qualifiedID] else { continue }
            let known = signals[index]
            found.append(diagnostic(.missingRow(id: known.qualifiedID, file: file), file: known.origin.file, range: known.origin.range))
            changes.append(SignalChange(file: file, signal: known.qualifiedID, kind: .missing))
        }
    }
}
