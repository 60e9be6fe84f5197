import Foundation
import TestSupport
import Testing
@testable import AgendaCLI

/// A write the file system refuses (a full disk, no permission, something in the way) names the
/// file in the message and leaves no empty agenda folders behind. Before, the message said "een
/// bestand" and the folders made before the failure stayed, empty. (The tests run as root, whom
/// permissions do not stop: something in the way makes the file system refuse instead.)
@Suite(.timed) struct RefusedWriteTests {
    static func output() -> String {
        NSTemporaryDirectory() + "mja-geweigerd-" + UUID().uuidString
    }

    /// Every folder under `root` (itself included) that is empty.
    static func emptyFolders(under root: String) -> [String] {
        var empty: [String] = []
        var queue = [root]
        while let folder = queue.popLast() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if names.isEmpty { empty.append(folder) }
            for name in names {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: folder + "/" + name, isDirectory: &isDirectory), isDirectory.boolValue {
                    queue.append(folder + "/" + name)
                }
            }
        }
        return empty.sorted()
    }

    @Test func aDocumentThatCannotBeWrittenIsNamed() throws {
        let output = Self.output()
        defer { try? FileManager.default.removeItem(atPath: output) }
        let blocked = output + "/am05-twente/beleidsdeel.html"
        try FileManager.default.createDirectory(atPath: blocked + "/iets", withIntermediateDirectories: true)
        let result = mja("build", AgendaCommandsTests.regions + "/am05-twente.toml", "--uit", output, "--formaat", "html")
        #expect(result.code != .success)
        #expect(result.error.contains("'\(blocked)' kan niet worden gelezen of geschreven: er staat een map waar een bestand moet staan"),
                "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: output + "/am05-twente/uitvoeringsdeel.html"), "nothing half-written beside it")
    }

    @Test func noEmptyAgendaFoldersStayAfterAFailedBuild() throws {
        let output = Self.output()
        defer { try? FileManager.default.removeItem(atPath: output) }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        // A file where the folder of Rijnmond's documents goes: the build stops there.
        let blocked = output + "/am22-rijnmond"
        #expect(FileManager.default.createFile(atPath: blocked, contents: Data("iets".utf8)))
        let result = mja("build", AgendaCommandsTests.regions, "--uit", output, "--formaat", "html")
        #expect(result.code != .success)
        #expect(result.error.contains("'\(blocked)'"), "\(result.error)")
        #expect(Self.emptyFolders(under: output) == [], "left empty: \(Self.emptyFolders(under: output))")
        #expect(!FileManager.default.fileExists(atPath: output + "/am01-groningen"))
    }
}
