#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import Testing

/// Times every test of a suite and prints the slowest ones when the test process exits, so that
/// `swift test` itself says where the time goes. Swift Testing's console times count from the moment
/// a test was scheduled, which on a parallel run is close to the start of the run; this trait starts
/// its clock when the test's body starts, so the figure is the test's own (wall) time, which on a
/// busy machine still includes the time other threads had the processor.
///
/// Apply it to every top-level suite: `@Suite(.timed) struct ...`. It is recursive, so nested
/// suites and every test (and every argument of a parameterised test, added up) are timed.
public struct TimedTrait: SuiteTrait, TestTrait, TestScoping {
    /// Where the times go: the process's store, whose report `swift test` prints.
    let times: TestTimes

    init(times: TestTimes = .shared) {
        self.times = times
    }

    public var isRecursive: Bool { true }

    /// Only test cases are timed: a suite's own scope would count its tests again.
    public func scopeProvider(for test: Test, testCase: Test.Case?) -> TimedTrait? {
        testCase == nil ? nil : self
    }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        let start = ContinuousClock.now
        // Recorded whether the test passes, fails or throws: a failing test's time counts too.
        defer { times.record(TestTimes.name(of: test), duration: ContinuousClock.now - start) }
        try await function()
    }
}

extension Trait where Self == TimedTrait {
    /// Times the suite's tests for the report of the slowest tests at the end of the run.
    public static var timed: TimedTrait { TimedTrait() }
}

/// The times the `.timed` trait measured in this process, and the report of the slowest.
public final class TestTimes: Sendable {
    /// One test function: its name as the report shows it, and the time of all its cases.
    struct Entry: Sendable {
        var name: String
        var duration: Duration
        var cases: Int
    }

    /// The one store of the process; the report is registered with `atexit` when it is first used.
    public static let shared: TestTimes = {
        let times = TestTimes()
        atexit { TestTimes.shared.printReport() }
        return times
    }()

    /// How many tests the report lists.
    public static let reportedCount = 10

    /// The tests timed so far, by name.
    private let entries = Mutex<[String: Entry]>([:])

    init() {}

    /// `Module.Suite/test(_:)`: unique per test function, and what `--filter` and `--skip` take.
    static func name(of test: Test) -> String {
        test.id.moduleName + "." + test.id.nameComponents.joined(separator: "/")
    }

    /// Adds the duration of one test case to its test.
    func record(_ name: String, duration: Duration) {
        entries.withLock { entries in
            entries[name, default: Entry(name: name, duration: .zero, cases: 0)].duration += duration
            entries[name]?.cases += 1
        }
    }

    /// The slowest tests, slowest first (ties by name, so the list is stable).
    func slowest(_ count: Int) -> [Entry] {
        let all = entries.withLock { Array($0.values) }
        return all.sorted { ($0.duration, $1.name) > ($1.duration, $0.name) }.prefix(count).map { $0 }
    }

    /// The report's lines: a heading with the number of tests and their summed time, then the slowest.
    /// Empty when no timed test ran (the XCTest pass of `swift test`, or a filter that kept none).
    public func reportLines(count: Int = TestTimes.reportedCount) -> [String] {
        let all = entries.withLock { Array($0.values) }
        guard !all.isEmpty else { return [] }
        let total = all.reduce(Duration.zero) { $0 + $1.duration }
        var lines = ["The \(min(count, all.count)) slowest of \(all.count) timed tests (\(Self.seconds(total)) s summed over all):"]
        for entry in slowest(count) {
            let cases = entry.cases > 1 ? " (\(entry.cases) cases)" : ""
            lines.append("  \(Self.seconds(entry.duration).leftPadded(to: 7)) s  \(entry.name)\(cases)")
        }
        return lines
    }

    /// Writes the report to standard error, where Swift Testing writes its own lines.
    func printReport() {
        let lines = reportLines()
        guard !lines.isEmpty else { return }
        // write(2) on the descriptor: the C `stderr` is a global Swift 6 will not touch.
        var bytes = Array((lines.joined(separator: "\n") + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Seconds with three decimals, without Foundation's locale-dependent formatting.
    static func seconds(_ duration: Duration) -> String {
        let milliseconds = duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
