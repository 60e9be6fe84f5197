import Foundation
import TestSupport
import Testing
@testable import Workspace

/// The server log's time, made without `Foundation`, as `ISO8601DateFormatter` in UTC made it.
@Suite(.timed) struct LogLineTests {
    @Test func timeAsISO8601DateFormatter() {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        var generator = SplitMix64(seed: 38)
        let edges: [Double] = [0, -1, 951_782_400, 4_102_444_799.999, 1_765_152_000.5]
        let random = (0..<2_000).map { _ in Double(Int64.random(in: -2_000_000_000...5_000_000_000, using: &generator)) + 0.25 }
        for seconds in edges + random {
            let time = Date(timeIntervalSince1970: seconds)
            let line = WorkspaceServer.logLine(time: time, user: "anna", method: "GET", target: "/a b?q=1", status: 200, milliseconds: 3)
            #expect(line == "\(formatter.string(from: time)) anna GET /a%20b 200 3ms", "\(seconds)")
        }
    }
}
