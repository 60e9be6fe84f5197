import FoundationEssentials
import TOML

/// The little of an agenda file that `mja init` needs to know before it writes next to it: which
/// region the agenda belongs to and whether it is example content (`voorbeeld = true`). Read without
/// checks; a file that cannot be read has no header.
public struct AgendaHeader: Sendable, Equatable {
    /// The region code of `[agenda] regio`, upper case; nil for the national agenda or when absent.
    public var region: String?
    /// `[agenda] voorbeeld = true`.
    public var isExample: Bool

    public init(region: String?, isExample: Bool) {
        self.region = region
        self.isExample = isExample
    }

    /// The header of the TOML text `text`, or nil when it is not TOML with an `[agenda]` table.
    public init?(parsing text: String) {
        guard let root = try? TOML.parse(bytes: Array(text.utf8)), let (agenda, _) = root.table("agenda") else { return nil }
        self.init(region: agenda.text("regio")?.uppercased(), isExample: agenda.bool("voorbeeld") ?? false)
    }

    /// The header of the file at `path`, or nil when it cannot be read.
    public init?(contentsOfFile path: String) {
        // A file larger than any agenda is not read (nor is it an agenda).
        guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size <= WorkspaceLoader.defaultFileSizeLimit
        else { return nil }
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        self.init(parsing: String(decoding: data, as: UTF8.self))
    }
}
