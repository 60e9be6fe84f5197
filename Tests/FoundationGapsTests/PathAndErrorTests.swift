import Foundation
@testable import FoundationGaps
import TestSupport
import Testing

/// `FilePath.standardizing`, `FileSystemErrorFacts` and `ProgramFile` held against `Foundation`.
@Suite(.timed) struct PathAndErrorTests {
    static let edges = ["", "/", ".", "./", "..", "./..", "a/..", "a/../b", "/..", "/a/../..", "//a//b", "a/./b", "././a",
                        ".//a", "a/b/.", "./a/b/..", "/nonexistent-mja/../a/./b/", "~", "~/a/../b", "~x", "regions",
                        "regions/", "./regions", "werkruimte/regions/.", "/x-mja/regions//", "//", "///", "//a/"]

    @Test(arguments: edges) func standardizingAsNSString(path: String) {
        #expect(FilePath.standardizing(path) == (path as NSString).standardizingPath)
    }

    /// Random paths of names that do not exist, so no symbolic link is followed by `Foundation`.
    @Test func randomPathsStandardizedAsNSString() {
        let pieces = ["zq-mja", "yq-mja", ".", "..", "", "x.toml"]
        var generator = SplitMix64(seed: 9)
        for _ in 0..<4_000 {
            var path = (0..<Int.random(in: 1...5, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "/")
            switch Int.random(in: 0..<4, using: &generator) {
            case 0: path = "/" + path
            case 1: path = "./" + path
            default: break
            }
            // Foundation edits the text while it folds runs of `/`: keep to one run.
            while path.contains("///") || path.components(separatedBy: "//").count > 2 {
                path = path.replacingOccurrences(of: "//", with: "/")
            }
            #expect(FilePath.standardizing(path) == (path as NSString).standardizingPath, "\(path)")
        }
    }

    /// The facts of each error as `Foundation` read them through `NSError`.
    @Test func factsAsNSError() throws {
        var errors: [any Error] = [
            POSIXError(.ENOSPC), POSIXError(.EACCES),
            CocoaError(.fileWriteOutOfSpace, userInfo: [NSFilePathErrorKey: "/a/b"]),
            CocoaError(.fileNoSuchFile, userInfo: [NSURLErrorKey: URL(fileURLWithPath: "/c/d")]),
            CocoaError(.fileWriteUnknown, userInfo: [NSUnderlyingErrorKey: POSIXError(.EROFS)]),
            CocoaError(.fileReadNoPermission),
        ]
        // Real failures of the file system.
        do { try Data("x".utf8).write(to: URL(fileURLWithPath: "/nonexistent-mja/a")) } catch { errors.append(error) }
        do { _ = try Data(contentsOf: URL(fileURLWithPath: "/nonexistent-mja/b")) } catch { errors.append(error) }
        do { try FileManager.default.createDirectory(atPath: "/proc/mja", withIntermediateDirectories: true) } catch { errors.append(error) }
        #expect(errors.count == 9)
        for error in errors {
            let facts = try #require(FileSystemErrorFacts(error))
            let ns = error as NSError
            let underlying = (ns.userInfo[NSUnderlyingErrorKey] as? any Error).map { $0 as NSError }
            #expect(facts.cocoaCode == (ns.domain == NSCocoaErrorDomain ? ns.code : nil), "\(error)")
            #expect(facts.posixCode == (ns.domain == NSPOSIXErrorDomain ? ns.code
                                            : underlying?.domain == NSPOSIXErrorDomain ? underlying?.code : nil), "\(error)")
            #expect(facts.path == (ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
                                   ?? underlying?.userInfo[NSFilePathErrorKey] as? String), "\(error)")
        }
        #expect(FileSystemErrorFacts(CancellationError()) == nil)
    }

    /// `PathError` says what `NSError(domain: NSPOSIXErrorDomain, ...)` with the path said.
    @Test func pathErrorAsNSError() throws {
        let ns = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC), userInfo: [NSFilePathErrorKey: "uit/a.html"])
        let facts = try #require(FileSystemErrorFacts(PathError(.ENOSPC, path: "uit/a.html")))
        #expect(facts.posixCode == ns.code && facts.path == ns.userInfo[NSFilePathErrorKey] as? String && facts.cocoaCode == nil)
        #expect(ErrorText.describing(PathError(.ENOSPC, path: "x")) == ErrorText.describing(POSIXError(.ENOSPC)))
    }

    @Test func programFileAsBundleAndTemporaryFolder() {
        #expect(ProgramFile.executablePath == Bundle.main.executablePath)
        #expect(ProgramFile.temporaryFolder == NSTemporaryDirectory())
        #expect(ProgramFile.homeFolder == NSHomeDirectory())
    }
}
