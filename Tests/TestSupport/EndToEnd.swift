import Foundation
import Testing

extension Trait where Self == ConditionTrait {
    /// Marks a test that is long by nature: it runs a national build, starts the `mja` program as a
    /// process or drives another program (LibreOffice). `swift test` runs it with the rest;
    /// `MJA_SKIP_END_TO_END=1 swift test` skips it (with this reason), for a quick round while
    /// working. An environment variable rather than a tag: Swift Testing 6.3 cannot skip by tag
    /// from the command line (`--skip tag:...` comes with a later version).
    public static var endToEnd: Self {
        .disabled(if: EndToEnd.isSkipped(), "an end-to-end test, and MJA_SKIP_END_TO_END is set")
    }
}

/// Whether the end-to-end tests are skipped in this run.
public enum EndToEnd {
    /// `MJA_SKIP_END_TO_END` is set to anything but empty or `0`, and this is not CI: under
    /// `CI=true` every test runs, as with a missing tool (``ExternalTool``).
    public static func isSkipped(environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        let value = environment["MJA_SKIP_END_TO_END"] ?? ""
        return !value.isEmpty && value != "0" && environment["CI"] != "true"
    }
}
