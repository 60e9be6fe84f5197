import Agenda
import Documents
import Foundation

/// The three spots of issue 38 that grew faster than the content, each alone on the national data
/// repeated 1, 10 and 100 times (themes, actions and signals copied with fresh ids, as `scale` does):
/// the heading ids of every agenda's themes and actions (`HeadingIDs`), the criteria of every theme
/// (`CriteriaAssessor`, whose `handledNowhereElse` reads the overlaps) and the clustering of the
/// signals (`SignalClustering`). Prints the processor time of this thread for each and its growth per
/// step; the target is at most 12x per 10x.
///
///     swift run -c release mja-bench linear [--regions regions] [--factors 1,10,100]
///
/// For instructions instead of time, run it under callgrind once per factor (`--factors 10`) and
/// compare the inclusive counts of the three functions.
enum LinearBenchmark: Benchmark {
    static let name = "linear"
    static let summary = "heading ids, criteria and signal clustering at 1x, 10x and 100x repeated content, with growth factors [--regions DIR] [--factors 1,10,100]"

    static func run(_ arguments: [String]) throws {
        let options = try Options(arguments)
        let source = options.string("--regions") ?? "regions"
        let factors = (options.string("--factors") ?? "1,10,100").split(separator: ",").compactMap { Int($0) }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("mja-bench-linear-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var previous: [String: Double] = [:]
        print("factor  part          items     cpu ms   growth")
        for factor in factors {
            let folder = "\(scratch)/x\(factor)"
            try ScaledRegions.write(from: source, to: folder, factor: factor)
            let workspace = WorkspaceLoader().load(directory: folder)
            try? FileManager.default.removeItem(atPath: folder)
            let signals = workspace.agendas.flatMap(\.signals)
            let themes = workspace.agendas.reduce(0) { $0 + $1.themes.count }
            // The best of several runs at the small sizes: their times are short enough for noise to show.
            let runs = factor >= 100 ? 1 : factor >= 10 ? 3 : 20
            let parts: [(String, Int, () -> Void)] = [
                ("heading ids", themes, { headingIDs(workspace) }),
                ("criteria", themes, { criteria(workspace) }),
                ("clustering", signals.count, { _ = SignalClustering(signals: signals) }),
            ]
            for (label, items, work) in parts {
                let seconds = (0..<runs).map { _ in threadTime(work) }.min() ?? 0
                let growth = previous[label].map { String(format: "%.1fx", seconds / $0) } ?? "-"
                print(String(format: "%5dx  %-12@ %6d %10.2f   %6@", factor, label as NSString, items, seconds * 1000, growth as NSString))
                previous[label] = seconds
            }
        }
    }

    /// The ids of a document per agenda with a heading for every theme and action, as the
    /// documents have (repeated content repeats their titles).
    private static func headingIDs(_ workspace: Workspace) {
        var total = 0
        for agenda in workspace.agendas {
            var ids = HeadingIDs()
            for theme in agenda.themes {
                total &+= ids.next(for: [.text(theme.title)]).utf8.count
                for action in theme.actions { total &+= ids.next(for: [.text(action.title)]).utf8.count }
            }
        }
        precondition(total > 0)
    }

    /// The scorecards of every agenda's themes, the assessor made first (its overlap index included).
    private static func criteria(_ workspace: Workspace) {
        let assessor = CriteriaAssessor(workspace: workspace)
        var count = 0
        for agenda in workspace.agendas { count += assessor.scorecards(for: agenda).count }
        precondition(count >= 0)
    }

    /// Processor time of this thread spent in `work`, in seconds: steadier than wall time when
    /// other programs share the cores.
    private static func threadTime(_ work: () -> Void) -> Double {
        func now() -> Double {
            var time = timespec()
            clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
            return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
        }
        let start = now()
        work()
        return now() - start
    }
}
