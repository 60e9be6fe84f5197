import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// A batch of files is all or nothing until `commit()`, however many files it holds. Before, a batch
/// past 256 files (the open descriptors it allows) committed the first 256 by itself: a national
/// build in every format (367 files) that failed later left those documents renamed, and a build
/// that writes each document as it is made (to keep its memory bounded) would have left more.
@Suite(.timed) struct FileBatchTests {
    static func folder() throws -> String {
        let folder = NSTemporaryDirectory() + "mja-bundel-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    /// Three times the files a batch may hold open.
    static let count = FileBatch.limit * 3 + 7

    @Test func anAbandonedBatchPastItsOpenFilesLeavesNothing() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("oud".utf8).write(to: URL(fileURLWithPath: folder + "/0.txt"))
        let batch = FileBatch(durable: false)
        for index in 0..<Self.count { try batch.add(Array("nieuw \(index)".utf8), for: "\(folder)/\(index).txt") }
        batch.abandon()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["0.txt"], "no new file, no temporary file")
        #expect(FileManager.default.contents(atPath: folder + "/0.txt") == Data("oud".utf8))
    }

    @Test func aCommittedBatchPastItsOpenFilesNamesEveryFile() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Data("oud".utf8).write(to: URL(fileURLWithPath: folder + "/0.txt"))
        let batch = FileBatch(durable: true)
        for index in 0..<Self.count { try batch.add(Array("nieuw \(index)".utf8), for: "\(folder)/\(index).txt") }
        // Nothing is in place before the commit, not even the files parked under a temporary name.
        let before = try FileManager.default.contentsOfDirectory(atPath: folder).filter { !$0.hasPrefix(".") }
        #expect(before.count == 1 && before.first == "0.txt", "\(before.count) files in place before the commit")
        #expect(FileManager.default.contents(atPath: folder + "/0.txt") == Data("oud".utf8))
        try batch.commit()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.count == Self.count, "every file and no temporary one: \(names.filter { $0.hasPrefix(".") }.prefix(3))")
        for index in [0, 1, FileBatch.limit, Self.count - 1] {
            #expect(FileManager.default.contents(atPath: "\(folder)/\(index).txt") == Data("nieuw \(index)".utf8))
        }
    }
}
