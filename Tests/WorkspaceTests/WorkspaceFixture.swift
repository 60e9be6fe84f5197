import Foundation
@testable import Workspace

/// A workspace in a temporary folder: a git repository with the national agenda, Twente and
/// Midden-Utrecht, the registries and the templates of this checkout, committed once.
struct WorkspaceFixture {
    let folder: String

    /// The checkout's root (for regions/ and templates/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    init(agendas: [String] = ["lmja.toml", "am05-twente.toml", "am13-midden-utrecht.toml"], git: Bool = true) throws {
        folder = NSTemporaryDirectory() + "server-test-\(UUID().uuidString)"
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/regions", withIntermediateDirectories: true)
        for name in agendas {
            try manager.copyItem(atPath: Self.root + "/regions/" + name, toPath: folder + "/regions/" + name)
        }
        try manager.copyItem(atPath: Self.root + "/regions/registers", toPath: folder + "/regions/registers")
        try manager.copyItem(atPath: Self.root + "/templates", toPath: folder + "/templates")
        if git {
            try run(["init", "--quiet"])
            try run(["add", "."])
            try run(["-c", "user.name=Opzet", "-c", "user.email=opzet@test.invalid", "commit", "--quiet", "-m", "Begin"])
        }
    }

    /// Runs git in the workspace; throws when it fails.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments = ["-C", folder] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError(message: "git \(arguments) failed") }
        return String(decoding: data, as: UTF8.self)
    }

    func store() throws -> WorkspaceStore {
        try WorkspaceStore(folder: folder, searchPath: "/usr/bin:/bin")
    }

    func text(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: folder + "/" + path) ?? Data(), as: UTF8.self)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
        try? FileManager.default.removeItem(atPath: folder + "-gebruikers.toml")
        let lock = (folder as NSString).deletingLastPathComponent + "/." + (folder as NSString).lastPathComponent + "-gebruikers.toml.lock"
        try? FileManager.default.removeItem(atPath: lock)
    }
}

struct FixtureError: Error { var message: String }

/// `text` with line `number` (1-based) replaced by `line`.
func replacingLine(_ number: Int, of text: String, with line: String) -> String {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    lines[number - 1] = line
    return lines.joined(separator: "\n")
}
