import Foundation
@testable import FoundationGaps
import TestSupport
import Testing

/// `FilePath` held against `NSString`'s path helpers. `Foundation` stops the program on some inputs
/// (a one-character relative path in `deletingLastPathComponent`, a path with two runs of `/` or a
/// doubled `/` before a multi-byte character), so those are left to the expectations written out below.
@Suite(.timed) struct FilePathTests {
    static let edges = ["", "/", "a/", "/a", "a/b", "a/b/", "a//b", "//", "..", "a/..", "a.b", ".a", "a.b/", "a/.b",
                        "a.b.c", "a.", "/a.b/c", "a/b.", "..a", "/.a", "é.x", "a/b//", "/a/", "a.b/c", "a/b.c/",
                        "/a.tar.gz", "a/.", "~/a", "/tmp/mja", "regions/x.toml", "a/\u{301}b", "x.e\u{301}", "😀.🇳🇱"]

    @Test(arguments: edges) func edgeCasesAsNSString(path: String) {
        expectSame(path)
    }

    @Test func whatFoundationCannotAnswer() {
        #expect(FilePath.deletingLastComponent(of: "a") == "")
        #expect(FilePath.deletingLastComponent(of: "a/") == "")
        #expect(FilePath.deletingLastComponent(of: ".") == "")
        #expect(FilePath.lastComponent(of: "///a///") == "a")
        #expect(FilePath.deletingLastComponent(of: "///a//b//") == "/a")
    }

    @Test func appendingAsNSString() {
        for path in Self.edges + ["a", "."] {
            for component in ["", "c", "/c/", "c.d", "//"] {
                #expect(FilePath.appending(component, to: path) == (path as NSString).appendingPathComponent(component))
            }
        }
    }

    @Test func randomPathsAsNSString() {
        let pieces = ["a", "b", ".", "..", "é", "x.y", "~", " ", "\u{301}"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<4_000 {
            var path = (0..<Int.random(in: 1...4, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined(separator: "/")
            // At most one doubled slash, in ASCII paths only: Foundation folds the slashes by editing
            // the text while it walks it with old indices, and stops on a multi-byte character after.
            if path.utf8.allSatisfy({ $0 < 0x80 }), Bool.random(using: &generator), let slash = path.firstIndex(of: "/") {
                path.insert("/", at: slash)
            }
            if Bool.random(using: &generator) { path = "/" + path }
            if Bool.random(using: &generator) { path += "/" }
            expectSame(path)
        }
    }

    private func expectSame(_ path: String) {
        let ns = path as NSString
        #expect(FilePath.lastComponent(of: path) == ns.lastPathComponent, "\(path)")
        #expect(FilePath.extension(of: path) == ns.pathExtension, "\(path)")
        #expect(FilePath.deletingExtension(of: path) == ns.deletingPathExtension, "\(path)")
        #expect(FilePath.appending("c", to: path) == ns.appendingPathComponent("c"), "\(path)")
        // Foundation checks a precondition for a one-character relative path here, and stops.
        let folded = FilePath.folded(path)
        if folded.count != 1 || folded == "/" {
            #expect(FilePath.deletingLastComponent(of: path) == ns.deletingLastPathComponent, "\(path)")
        }
    }
}
