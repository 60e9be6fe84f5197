import TestSupport
import Testing
@testable import Documents

/// The entry-name rule, read over bytes, against the same rule written out over scalars and parts.
@Suite(.timed) struct ZipEntryNameTests {
    static let names = [
        "word/document.xml", "word/", "[Content_Types].xml", "a", ".", "..", "./a", "../a", "a/..", "a/../b",
        "a/./b", "a//b", "/a", "a/", "a//", "", "...", "..a", "a..", ".a/.b", "a\\b", "C:/x", "a:b",
        "a\u{1}b", "a\u{7F}", "a\tb", "média/beeld.png", "ü/..", "ünï/cödé/", "\u{2024}", "日本/語.xml",
        "a/b/c/d/e/f.xml", "//", "/", "a/b/", ".../", "./", "../",
    ]

    @Test(arguments: names)
    func theByteRuleIsTheRuleOfScalarsAndParts(_ name: String) {
        #expect(ZipEntryName.isSafe(name) == Self.reference(name), "\(name.debugDescription)")
    }

    @Test func safeAndUnsafeBothOccur() {
        #expect(ZipEntryName.isSafe("word/document.xml") && ZipEntryName.isSafe("média/beeld.png"))
        #expect(!ZipEntryName.isSafe("../a") && !ZipEntryName.isSafe("a//b") && !ZipEntryName.isSafe("C:/x"))
        #expect(!ZipEntryName.isSafe(String(repeating: "a", count: 0x10000)))
    }

    /// The rule as it was first written: by scalars, then by parts.
    static func reference(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), name.utf8.count <= 0xFFFF else { return false }
        if name.unicodeScalars.contains(where: { $0 == "\\" || $0 == ":" || $0.value < 0x20 || $0.value == 0x7F }) { return false }
        let parts = name.hasSuffix("/") ? name.dropLast().split(separator: "/", omittingEmptySubsequences: false)
            : name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
