import Foundation
import TestSupport
import Testing
@testable import Agenda
@testable import AgendaCLI

/// A file in `regions/` larger than any agenda (an export, a database copy) is refused after a
/// `stat`, with its size and the limit, without being read: before, every `*.toml` there was read
/// in full, and a 3 GB file ended even the check of one agenda.
@Suite(.timed) struct LargeFileTests {
    /// A copy of `regions/` with `name` in it: `size` bytes, sparse (it takes no disk space).
    static func regions(withLargeFile name: String, size: UInt64) throws -> String {
        let scratch = NSTemporaryDirectory() + "mja-groot-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions, toPath: scratch + "/regions")
        let path = scratch + "/regions/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data("[agenda]\n".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: size)
        try handle.close()
        return scratch
    }

    @Test func aFileLargerThanTheLimitIsRefusedWithItsSize() throws {
        let scratch = try Self.regions(withLargeFile: "export.toml", size: 65 << 20)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let file = scratch + "/regions/export.toml"
        let checked = mja("check", file)
        #expect(checked.code == .failure)
        #expect(checked.output.contains("\(file): fout[MJA002]: het bestand is niet gelezen: het is 65 MB groot, en een agenda of register is hooguit 64 MB"),
                "\(checked.output)")
        #expect(checked.output.contains("zet het dan buiten deze map"))
        #expect(!checked.output.contains("MJA001"), "not read, so no syntax error in it")
    }

    @Test func theCheckOfOneAgendaDoesNotReadALargeNeighbour() throws {
        let scratch = try Self.regions(withLargeFile: "export.toml", size: 65 << 20)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let agenda = scratch + "/regions/am05-twente.toml"
        #expect(mja("check", agenda).code == .success)
        // What was read: the agenda and its neighbours, not the large file.
        let workspace = WorkspaceLoader().load(files: [agenda])
        #expect(workspace.sources[agenda] != nil)
        #expect(workspace.sources[scratch + "/regions/export.toml"] == nil)
        #expect(workspace.sources[scratch + "/regions/am22-rijnmond.toml"] != nil, "a neighbour of normal size is read")
    }

    @Test func theLimitIsAskedOfTheSizeOnDisk() throws {
        let scratch = try Self.regions(withLargeFile: "export.toml", size: 2000)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        var loader = WorkspaceLoader()
        loader.fileSizeLimit = 1999
        let file = scratch + "/regions/export.toml"
        let refused = loader.load(files: [file]).diagnostics.filter { $0.file == file }
        #expect(refused.map(\.code) == ["MJA002"])
        #expect(refused.first?.message.hasPrefix("het bestand is niet gelezen: het is 2 kB groot") == true)
        loader.fileSizeLimit = 2000
        #expect(!loader.load(files: [file]).diagnostics.contains { $0.file == file && $0.code == "MJA002" })
    }
}
