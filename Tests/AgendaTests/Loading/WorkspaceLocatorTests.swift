import Foundation
import TestSupport
import Testing
@testable import Agenda

/// The locator works out folders on the path text, as `URL.standardizedFileURL` would.
@Suite(.timed) struct WorkspaceLocatorTests {
    @Test(arguments: [
        "/", "/a", "/a/", "/a/b/../c", "/a/./b//c/", "a", "./a", "../a", "a/../..", "/..", "/a/..", "..", ".", "",
        "regions", "regions/../regions/./", "/tmp/x y/é",
    ])
    func pathsAreStandardizedAsByURL(_ path: String) {
        let current = "/werk/map"
        let byURL = URL(fileURLWithPath: path.hasPrefix("/") ? path : current + "/" + path).standardizedFileURL.path
        #expect(WorkspaceLocator.standardized(path, in: current) == byURL)
    }

    @Test func candidatesRunFromTheFolderUpToTheRootThenTheFallback() {
        let locator = WorkspaceLocator(fallback: "regions")
        let current = FileManager.default.currentDirectoryPath
        let candidates = locator.candidates(for: "/a/b")
        #expect(candidates.prefix(6) == ["/a/b", "/a/b/regions", "/a", "/a/regions", "/", "/regions"])
        #expect(candidates.last == (current == "/" ? "/regions" : "regions"))
        #expect(Set(candidates.map { WorkspaceLocator.standardized($0, in: current) }).count == candidates.count)
    }
}
