#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Documents
import Mustache

/// Where embedded values stand while a filled template is parsed as Markdown: the one place that
/// writes and reads the marks.
///
/// The template's text (the author's Markdown and the escaped values) is parsed as it is; each
/// embedded value becomes a mark in that text, U+FFFC OBJECT REPLACEMENT CHARACTER, the value's
/// number and U+FFFC again, which the Markdown parser keeps as plain text in whatever block or
/// inline it falls in. Text never carries U+FFFC of its own: it is left out of every text segment,
/// so a mark cannot be forged by a template or a value.
enum TemplateMarks {
    private static let mark: Character = "\u{FFFC}"
    private static let markScalar: Unicode.Scalar = "\u{FFFC}"

    /// What a piece of parsed text holds: text, or the embedded value with this number.
    enum Piece: Equatable {
        case text(String)
        case embedded(Int)
    }

    /// The Markdown to parse: the text segments without U+FFFC, a mark for each embedded value.
    static func markdown(of segments: [Segment]) -> String {
        var markdown = ""
        markdown.reserveCapacity(segments.reduce(0) { total, segment in
            if case .text(let text) = segment { total + text.utf8.count } else { total + 12 }
        })
        for segment in segments {
            switch segment {
            case .text(let text): markdown += hasMark(text) ? withoutMarks(text) : text
            case .embedded(let number): markdown += "\(mark)\(number)\(mark)"
            }
        }
        return markdown
    }

    /// Whether `text` holds U+FFFC, looked for in its UTF-8 (EF BF BC): this runs for every text
    /// of every document, and most have no byte 0xEF at all, which C's `memchr` rules out many
    /// bytes at a time (Swift's `contains` on the UTF-8 view took some three instructions a byte).
    static func hasMark(_ text: String) -> Bool {
        let hasLeadByte = text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0xEF, bytes.count) != nil
        } ?? text.utf8.contains(0xEF)
        return hasLeadByte && text.unicodeScalars.contains("\u{FFFC}")
    }

    /// Whether the text of an inline holds U+FFFC, looked for in its bytes as above.
    static func hasMark(_ text: InlineText) -> Bool {
        let hasLeadByte = text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, 0xEF, bytes.count) != nil
        }
        return hasLeadByte && hasMark(text.string)
    }

    /// The number of the one mark that is all of `content` (spaces around it aside), if it is.
    static func soleMark(_ content: Inlines) -> Int? {
        guard content.count == 1, case .text(let text) = content[0], hasMark(text) else { return nil }
        let pieces = self.pieces(of: text.string).filter { $0 != .text("") && !isBlank($0) }
        guard pieces.count == 1, case .embedded(let number) = pieces[0] else { return nil }
        return number
    }

    private static func isBlank(_ piece: Piece) -> Bool {
        if case .text(let text) = piece { return text.allSatisfy { $0 == " " || $0 == "\t" } }
        return false
    }

    /// `text` cut into its text and its marks. Text that only looks like a mark stays text.
    ///
    /// Cut at the scalar, not the `Character`: a combining accent right after a mark, or a prepended
    /// character before one, joins it into one character that is not U+FFFC, and the value would
    /// have been left out with its mark and number shown as text.
    ///
    /// The scalar is found by its UTF-8 (EF BF BC), which in valid UTF-8 is that scalar and nothing
    /// else: splitting the bytes is splitting the scalars, without a `Substring` per scalar.
    static func pieces(of text: String) -> [Piece] {
        guard hasMark(text) else { return [.text(text)] }
        var result: [Piece] = []
        var text = text
        text.withUTF8 { bytes in
            var position = 0
            var start = 0
            var index = 0
            let count = bytes.count
            func part(ending end: Int) {
                let part = UnsafeBufferPointer(rebasing: bytes[start..<end])
                // Parts at odd positions stand between two marks: a number, as the marks are never forged.
                if position % 2 == 1, let number = Int(String(decoding: part, as: UTF8.self)) {
                    result.append(.embedded(number))
                } else if !part.isEmpty {
                    result.append(.text(String(decoding: part, as: UTF8.self)))
                }
                position += 1
            }
            while index + 2 < count {
                if bytes[index] == 0xEF && bytes[index + 1] == 0xBF && bytes[index + 2] == 0xBC {
                    part(ending: index)
                    index += 3
                    start = index
                } else {
                    index += 1
                }
            }
            part(ending: count)
        }
        return result
    }

    /// `text` without any U+FFFC scalar, also where it is part of a longer character, so no text
    /// carries half a mark that `pieces(of:)` would read.
    private static func withoutMarks(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.append(contentsOf: text.unicodeScalars.lazy.filter { $0 != markScalar })
        return String(scalars)
    }
}
