import Diagnostics

/// What the check of one version says that the check of the other does not: an error or warning
/// that is new in the new version (a funding source now over its ceiling, MJA121), or one that
/// the new version no longer has. A budget raised by € 25.000 is then not only "+€ 25.000": the
/// comparison also says that the raise broke the ceiling.
///
/// Findings are matched by severity, code and message, not by place: a line that moved is the
/// same finding. The verdicts on the six criteria are compared per theme (``VerdictChange``) and
/// are left out here.
public struct CheckChange: Sendable, Hashable, Codable {
    /// Whether the finding came or went.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Only the new version has it.
        case added = "nieuw"
        /// Only the old version had it.
        case resolved = "opgelost"
        /// Both versions have a finding of this code, but it says something else now (a ceiling
        /// exceeded by more or less): not resolved, so not said to be.
        case changed = "gewijzigd"
    }

    public var kind: Kind
    public var severity: Severity
    public var code: String
    public var message: String
    /// For a changed finding, what the old version's check said.
    public var oldMessage: String?
    /// Where the finding is: in the new version for a new one, in the old version for a resolved one.
    public var location: ChangeLocation?

    public init(kind: Kind, severity: Severity, code: String, message: String, oldMessage: String? = nil, location: ChangeLocation?) {
        self.kind = kind
        self.severity = severity
        self.code = code
        self.message = message
        self.oldMessage = oldMessage
        self.location = location
    }

    /// The codes whose findings are verdicts on the six criteria.
    static let verdictCodes = Set(RuleCatalogue.criteriaRules.map(\.code))

    /// The errors and warnings that differ between `old` and `new`: the new and changed ones first,
    /// then the resolved ones, each in printing order. A finding that appears twice in one version
    /// and once in the other counts once. What is left on both sides with the same code and
    /// severity is paired, in order, as changed.
    static func changes(old: [Diagnostic], oldPlace: String, new: [Diagnostic], newPlace: String) -> [CheckChange] {
        func key(_ diagnostic: Diagnostic) -> String { "\(diagnostic.severity.rawValue)|\(diagnostic.code)|\(diagnostic.message)" }
        func counted(_ diagnostics: [Diagnostic]) -> [String: Int] {
            diagnostics.reduce(into: [:]) { $0[key($1), default: 0] += 1 }
        }
        func only(_ these: [Diagnostic], notIn others: [Diagnostic], kind: Kind, place: String) -> [CheckChange] {
            var left = counted(others)
            return these.compactMap { diagnostic in
                if let count = left[key(diagnostic)], count > 0 {
                    left[key(diagnostic)] = count - 1
                    return nil
                }
                return CheckChange(
                    kind: kind, severity: diagnostic.severity, code: diagnostic.code, message: diagnostic.message,
                    location: diagnostic.range.map { ChangeLocation(file: place, line: $0.start.line, column: $0.start.column) })
            }
        }
        let added = only(new, notIn: old, kind: .added, place: newPlace)
        var resolved = only(old, notIn: new, kind: .resolved, place: oldPlace)
        let paired = added.map { finding -> CheckChange in
            guard let index = resolved.firstIndex(where: { $0.code == finding.code && $0.severity == finding.severity }) else { return finding }
            var changed = finding
            changed.kind = .changed
            changed.oldMessage = resolved.remove(at: index).message
            return changed
        }
        return paired + resolved
    }

    /// The errors and warnings of `file` that a comparison weighs: not the notes, not the verdicts,
    /// not the file's name or its neighbours (MJA017, MJA140: two versions side by side are not two
    /// agendas), in printing order.
    static func relevant(_ diagnostics: [Diagnostic], file: String) -> [Diagnostic] {
        diagnostics.filter {
            $0.file == file && $0.severity != .note && !verdictCodes.contains($0.code) && !["MJA017", "MJA140"].contains($0.code)
        }.sorted(by: Diagnostic.printingOrder)
    }
}
