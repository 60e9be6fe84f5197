import FoundationEssentials
import Hashing

/// The files built into the program at build time (see `README.md` beside this file): the document
/// templates, the registries and a digest of each shipped example agenda. Keys are paths as in a
/// workspace folder: `templates/beleidsdeel.md`, `templates/delen/voorblad.md`,
/// `registers/regios.toml`; the example digests are keyed `regions/am05-twente.toml`.
public enum BuiltInFiles {
    /// Every embedded file, by key.
    public static let files: [String: [UInt8]] = {
        var files: [String: [UInt8]] = [:]
        for (key, base64) in GeneratedFiles.base64 {
            // The generator wrote the base64 itself: it always decodes.
            files[key] = Data(base64Encoded: base64).map { [UInt8]($0) } ?? []
        }
        return files
    }()

    /// The keys of the embedded files, sorted.
    public static var keys: [String] { GeneratedFiles.base64.map(\.key) }

    /// The embedded files whose key starts with `folder/`, keyed by the rest of the path.
    public static func files(in folder: String) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for (key, bytes) in files where key.hasPrefix(folder + "/") {
            result[String(key.dropFirst(folder.count + 1))] = bytes
        }
        return result
    }

    /// The text of an embedded file, or nil when there is none.
    public static func text(_ key: String) -> String? {
        files[key].map { String(decoding: $0, as: UTF8.self) }
    }

    /// The digests of the shipped example agendas, by file name (`am05-twente.toml`, `lmja.toml`).
    public static let exampleDigests: [String: UInt64] = Dictionary(
        GeneratedFiles.digests.map { (String($0.key.split(separator: "/").last ?? ""), $0.digest) },
        uniquingKeysWith: { first, _ in first })

    /// The git revision the program was built from (12 hex digits), or nil when it was built
    /// outside a git checkout.
    public static var revision: String? { GeneratedFiles.revision.isEmpty ? nil : GeneratedFiles.revision }

    /// FNV-1a over `bytes`, 64 bits: the digest the example agendas are kept as. Not for security:
    /// it only tells whether a file is still byte for byte the shipped one.
    public static func digest(_ bytes: some Sequence<UInt8>) -> UInt64 {
        FNV1a.hash64(bytes)
    }
}
