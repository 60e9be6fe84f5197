import Foundation
import TestSupport
import Testing
@testable import Diagnostics

/// A released text (issue 38, eighth round: `mja check` and `mja build` keep a path, a length and a
/// digest per file, not the text) gives the lines the text in memory gives while its file is the
/// same, and none once the file has changed.
@Suite(.timed) struct SourceTextReleaseTests {
    /// A temporary file holding `bytes`, removed by the caller.
    static func file(_ bytes: [UInt8]) throws -> String {
        let path = NSTemporaryDirectory() + "mja-source-" + UUID().uuidString + ".toml"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Random lines of ASCII, Dutch letters, an invalid byte now and then, ended by `\n`, `\r\n` or `\r`.
    static func randomText(_ random: inout SplitMix64) -> [UInt8] {
        let pieces: [[UInt8]] = [Array("a".utf8), Array("= \"x\"".utf8), Array("ë".utf8), Array("€".utf8), [0xFF], [0xE2, 0x82],
                                 Array("\n".utf8), Array("\r\n".utf8), Array("\r".utf8), Array("# <vul in>".utf8), Array("        ".utf8)]
        var bytes: [UInt8] = []
        for _ in 0..<Int.random(in: 0...60, using: &random) { bytes += pieces[Int.random(in: 0..<pieces.count, using: &random)] }
        return bytes
    }

    @Test func aReleasedTextGivesTheSameLinesAsTheTextInMemory() throws {
        var random = SplitMix64(seed: 38)
        for _ in 0..<300 {
            let bytes = Self.randomText(&random)
            let path = try Self.file(bytes)
            defer { try? FileManager.default.removeItem(atPath: path) }
            for plain in [SourceText(String(decoding: bytes, as: UTF8.self)), SourceText(unindexed: bytes)] {
                let released = plain.released(readingFrom: path)
                #expect(!released.isResident && plain.isResident)
                let back = try #require(released.resident())
                #expect(back.isResident && back.string == plain.string && released.string == plain.string)
                for number in 0...(bytes.count + 2) {
                    #expect(released.line(number) == plain.line(number) && back.line(number) == plain.line(number))
                }
            }
        }
    }

    /// The case a mapped or re-read file must never get wrong: changed on disk during the run, it
    /// is quoted not at all, rather than with a line that is not the one the message was made for.
    @Test(arguments: ["one byte other", "one byte more", "one byte less", "removed", "emptied"])
    func aFileChangedOnDiskIsNotQuoted(change: String) throws {
        let text = "[agenda]\ntitel = \"Twente\"\nregio = \"AM05\"\n"
        let path = try Self.file(Array(text.utf8))
        defer { try? FileManager.default.removeItem(atPath: path) }
        for plain in [SourceText(text), SourceText(unindexed: Array(text.utf8))] {
            let released = plain.released(readingFrom: path)
            #expect(released.line(2) == "titel = \"Twente\"")
            var bytes = Array(text.utf8)
            switch change {
            case "one byte other": bytes[12] = UInt8(ascii: "T")
            case "one byte more": bytes.insert(UInt8(ascii: " "), at: 12)
            case "one byte less": bytes.remove(at: 12)
            case "emptied": bytes = []
            default: try FileManager.default.removeItem(atPath: path)
            }
            if change != "removed" { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
            #expect(released.resident() == nil)
            #expect(released.line(1) == nil && released.line(2) == nil && released.string == "")
            // Written back as it was, it is the same text again.
            try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            #expect(released.resident()?.line(2) == "titel = \"Twente\"")
        }
    }

    /// Each step of the digest is one-to-one for a given word: any one changed byte of a text of
    /// the same length changes it.
    @Test func everyChangedByteChangesTheDigest() {
        var random = SplitMix64(seed: 8)
        for _ in 0..<200 {
            var bytes = (0..<Int.random(in: 1...100, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }
            let before = bytes.withUnsafeBufferPointer(SourceText.digest)
            bytes[Int.random(in: 0..<bytes.count, using: &random)] ^= UInt8.random(in: 1...255, using: &random)
            #expect(bytes.withUnsafeBufferPointer(SourceText.digest) != before)
        }
    }
}
