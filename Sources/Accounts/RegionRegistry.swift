import FoundationEssentials
import TOML

/// The region codes a `regio:AMxx` role may name, read from the workspace's region registry.
public enum RegionRegistry {
    /// The codes (`AM05`, in capitals) of `registers/regios.toml` at `file`; nil when the file
    /// cannot be read as a registry (the caller says where and how to check it).
    public static func codes(file: String) -> Set<String>? {
        regions(file: file).map { Set($0.map(\.code)) }
    }

    /// The regions of the registry at `file`, by code, with their names (`AM05`, `Twente`); nil
    /// when the file cannot be read as a registry.
    public static func regions(file: String) -> [(code: String, name: String)]? {
        guard let bytes = FileManager.default.contents(atPath: file), let table = try? TOML.parse(bytes: Array(bytes)),
              case .array(let regions)? = table["regio"]?.kind
        else { return nil }
        return regions.compactMap { region -> (code: String, name: String)? in
            guard case .table(let fields) = region.kind, case .string(let code)? = fields["code"]?.kind else { return nil }
            let name = if case .string(let name)? = fields["naam"]?.kind { name } else { "" }
            return (code.uppercased(), name)
        }.sorted { $0.code < $1.code }
    }
}
