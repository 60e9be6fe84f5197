import Foundation

/// The list of spec examples expected to fail, read from `expected-failures.txt`: lines of example
/// numbers and ranges (`12, 40-43`), a colon, and the reason; `#` starts a comment line.
struct ExpectedFailures {
    /// The reason per listed example.
    private(set) var reasons: [Int: String] = [:]

    /// The listed example numbers, sorted.
    var numbers: [Int] { reasons.keys.sorted() }

    /// Reads the list; a line that does not read, or an example listed twice, throws.
    init(text: String) throws {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let colon = trimmed.firstIndex(of: ":") else { throw ListError(line: index + 1, problem: "no colon before the reason") }
            let reason = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { throw ListError(line: index + 1, problem: "no reason after the colon") }
            for item in trimmed[..<colon].split(separator: ",") {
                let bounds = item.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
                guard (1...2).contains(bounds.count), let first = bounds.first!, let last = bounds.last!, first <= last else {
                    throw ListError(line: index + 1, problem: "\"\(item)\" is not a number or a range")
                }
                for number in first...last {
                    guard reasons[number] == nil else { throw ListError(line: index + 1, problem: "example \(number) listed twice") }
                    reasons[number] = reason
                }
            }
        }
    }

    /// The reason example `number` is expected to fail, or nil when it must pass.
    func reason(for number: Int) -> String? { reasons[number] }

    /// A line of the list that does not read.
    struct ListError: Error, CustomStringConvertible {
        let line: Int
        let problem: String
        var description: String { "expected-failures.txt:\(line): \(problem)" }
    }
}
