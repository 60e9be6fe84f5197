import FoundationGaps

/// The inline level of ``MarkdownWriter``: inlines to text, escaping what the parser would read
/// as syntax. Soft breaks become `\n`; the block writer splits and prefixes the lines.
///
/// It writes UTF-8 bytes into a buffer the block writer lends it (and takes back), and copies the
/// runs of text that need no escaping at once: this runs for every byte of every document.
struct MarkdownInlineWriter: ~Copyable {
    /// Where the inlines stand; each context has its own extra escapes.
    enum Context { case paragraph, heading, tableCell }

    let context: Context
    var output: HTMLOutput
    var atLineStart = true

    init(context: Context, output: consuming HTMLOutput) {
        self.context = context
        self.output = output
    }

    /// Appends the text of `inlines` to `output`.
    static func write(_ inlines: Inlines, context: Context, to output: inout HTMLOutput) {
        var writer = MarkdownInlineWriter(context: context, output: output)
        writer.write(inlines, parentDelimiter: nil, atEnd: true)
        output = writer.output
    }

    /// `bytes` without the characters ``TextCleaning`` removes (tab and line breaks stay):
    /// Markdown cannot show them and no reader wants them.
    static func withoutControls(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while index < buffer.count, TextCleaning.removedLength(buffer, at: index) == 0 { index += 1 }
            if index == buffer.count { return bytes }
            var kept = Array(buffer[..<index])
            while index < buffer.count {
                let length = TextCleaning.removedLength(buffer, at: index)
                if length == 0 { kept.append(buffer[index]); index += 1 } else { index += length }
            }
            return kept
        }
    }

    /// An info string with what would otherwise be resolved escaped.
    /// Removed characters and line breaks (which would end the fence line) are left out.
    static func escapedInfo(_ info: String) -> String {
        var escaped: [UInt8] = []
        for byte in TextCleaning.cleaned(info).utf8 where byte != 0x0A && byte != 0x0D {
            if byte == 0x5C || (byte == 0x26) { escaped.append(0x5C) }
            escaped.append(byte)
        }
        return String(decoding: escaped, as: UTF8.self)
    }

    private mutating func write(_ inlines: Inlines, parentDelimiter: (character: UInt8, count: Int)?, atEnd: Bool) {
        var previousDelimiter: UInt8?
        for (index, inline) in inlines.enumerated() {
            let isLast = index == inlines.count - 1
            var nextIsBreak = false, nextIsLink = false
            if !isLast {
                switch inlines[index + 1] {
                case .softBreak, .hardBreak: nextIsBreak = true
                case .link: nextIsLink = true
                default: break
                }
            }
            let beforeBreak = (isLast && atEnd) || nextIsBreak
            var delimiterUsed: UInt8?
            switch inline {
            case .text(let text):
                writeText(text, beforeLineEnd: beforeBreak, beforeLink: nextIsLink)
            case .softBreak:
                output.append(0x0A)
                atLineStart = true
            case .hardBreak:
                if context == .paragraph {
                    output.append("\\\n")
                    atLineStart = true
                } else {
                    output.append(0x20)
                }
            case .code(let code):
                writeCode(code)
            case .emphasis(let content), .strong(let content):
                var count = 2
                if case .emphasis = inline { count = 1 }
                // `**x**` is not emphasis in emphasis and `***x***` is not emphasis in strong
                // emphasis, and emphasis right after emphasis would merge with it: there the
                // inner or later one uses `_`.
                let touchesParent = count == 1 && parentDelimiter?.character == 0x2A && (index == 0 || isLast)
                let touchesSibling = previousDelimiter == 0x2A
                let delimiter: UInt8 = touchesParent || touchesSibling ? 0x5F : 0x2A
                for _ in 0..<count { output.append(delimiter) }
                atLineStart = false
                write(content, parentDelimiter: (delimiter, count), atEnd: false)
                for _ in 0..<count { output.append(delimiter) }
                delimiterUsed = delimiter
            case .link(let destination, let title, let content):
                // A destination the link policy refuses is left out, as in HTML.
                let destination = LinkPolicy.allows(destination, image: false)
                    ? DocumentLink.resolve(destination, fileExtension: OutputFormat.markdown.fileExtension) : ""
                if title == nil, let autolink = Self.autolink(destination: destination, content: content) {
                    output.append(0x3C)
                    output.append(autolink)
                    output.append(0x3E)
                    atLineStart = false
                } else {
                    output.append(0x5B)
                    atLineStart = false
                    write(content, parentDelimiter: nil, atEnd: false)
                    output.append(0x5D)
                    writeTarget(destination: destination, title: title)
                }
            case .image(let source, let title, let description):
                let source = LinkPolicy.allows(source, image: true) ? source : "#"
                output.append("![")
                atLineStart = false
                write(description, parentDelimiter: nil, atEnd: false)
                output.append(0x5D)
                writeTarget(destination: source, title: title)
            }
            previousDelimiter = delimiterUsed
        }
    }

    private mutating func writeText(_ text: InlineText, beforeLineEnd: Bool, beforeLink: Bool) {
        text.withUTF8 { bytes in
            // A soft hyphen (U+00AD, bytes C2 AD) is a hint for typeset formats; in plain text it
            // is an invisible character that only confuses a diff, so the Markdown leaves it out,
            // with the C1 controls and bidirectional overrides ``TextCleaning`` removes (the C0
            // controls are dropped byte by byte below). Rare, so it takes the slow way.
            if Self.containsSoftHyphenOrWideControl(bytes) {
                var visible = TextCleaning.cleaned(String(decoding: bytes, as: UTF8.self))
                if visible.contains("\u{AD}") { visible = visible.replacingEvery("\u{AD}", with: "") }
                visible.withUTF8 { writeText($0, beforeLineEnd: beforeLineEnd, beforeLink: beforeLink) }
            } else {
                writeText(bytes, beforeLineEnd: beforeLineEnd, beforeLink: beforeLink)
            }
        }
    }

    /// Whether `bytes` hold a soft hyphen, a C1 control or a bidirectional override (all start
    /// with C2 or E2).
    private static func containsSoftHyphenOrWideControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0xC2 || byte == 0xE2 {
                if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xAD { return true }
                if TextCleaning.removedLength(bytes, at: index) > 0 { return true }
            }
            index += 1
        }
        return false
    }

    /// The bytes below 128 that ``writeText`` cannot copy as they are: control characters other
    /// than tab, DEL, and `\` `` ` `` `*` `_` `[` `]` `<` `|` `#` `&` `!`, as two bit sets.
    private static let specialLow: UInt64 = (0xFFFF_FFFF & ~(1 << 0x09)) | 1 << 0x2A | 1 << 0x3C | 1 << 0x23 | 1 << 0x26 | 1 << 0x21
    private static let specialHigh: UInt64 = 1 << (0x5C - 64) | 1 << (0x60 - 64) | 1 << (0x5F - 64) | 1 << (0x5B - 64)
        | 1 << (0x5D - 64) | 1 << (0x7C - 64) | 1 << (0x7F - 64)

    @inline(__always) private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 ? (specialLow &>> UInt64(byte)) & 1 != 0 : byte < 128 && (specialHigh &>> UInt64(byte &- 64)) & 1 != 0
    }

    private mutating func writeText(_ bytes: UnsafeBufferPointer<UInt8>, beforeLineEnd: Bool, beforeLink: Bool) {
        guard let base = bytes.baseAddress else { return }
        var index = 0
        if atLineStart {
            // Spaces at the start of a line would be stripped.
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 {
                output.append(bytes[index] == 0x20 ? "&#32;" as StaticString : "&#9;")
                index += 1
            }
        }
        let escapeAt = (atLineStart && index < bytes.count ? lineStartEscape(bytes, from: index) : nil) ?? -1
        // Spaces at the end of a line would be stripped too.
        var end = bytes.count
        if beforeLineEnd { while end > index, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 } }
        var runStart = index
        while index < end {
            let byte = bytes[index]
            if !Self.isSpecial(byte) && index != escapeAt {
                index += 1
                continue
            }
            if index > runStart { output.append(base + runStart, count: index - runStart) }
            if index == escapeAt { output.append(0x5C) }
            switch byte {
            case 0x5F where index > 0 && index + 1 < bytes.count && ASCII.isAlphanumeric(bytes[index - 1])
                && ASCII.isAlphanumeric(bytes[index + 1]):
                output.append(byte)  // _ inside a word never starts or ends emphasis: nergens_anders
            case 0x5C, 0x60, 0x2A, 0x5F, 0x5B, 0x5D, 0x3C, 0x7C:  // \ ` * _ [ ] < |
                output.append(0x5C)
                output.append(byte)
            case 0x23 where context == .heading:  // a # could close the heading
                output.append("\\#")
            case 0x26:  // & only before something that could be read as a character reference
                if Self.startsReference(bytes, at: index) { output.append(0x5C) }
                output.append(byte)
            case 0x21 where beforeLink && index == bytes.count - 1:  // `!` + link would be an image
                output.append("\\!")
            case 0x0A: output.append("&#10;")
            case 0x0D: output.append("&#13;")
            case 0x00...0x1F where byte != 0x09, 0x7F: break  // a control character: no reader wants it
            default: output.append(byte)
            }
            index += 1
            runStart = index
        }
        if end > runStart { output.append(base + runStart, count: end - runStart) }
        for byte in bytes[end...] { output.append(byte == 0x20 ? "&#32;" as StaticString : "&#9;") }
        if !bytes.isEmpty { atLineStart = false }
    }

    /// Where a backslash must go so that the start of a line does not start a block: before
    /// `#`, `>`, `=`, `+`, `-`, `~`, or before the `.` or `)` after a number.
    private func lineStartEscape(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard context != .tableCell else { return nil }
        // Only what CommonMark would read as the start of a block: a marker followed by a space, a
        // tab or the end of the text (which may be the end of the line), or a run that could be a
        // thematic break, a setext underline or a fence. "1.500" and "-5" stay as they are.
        func endsMarker(at index: Int) -> Bool {
            index >= bytes.count || bytes[index] == 0x20 || bytes[index] == 0x09
        }
        switch bytes[start] {
        case 0x23 where context == .heading:
            return nil  // escaped anyway
        case 0x23:  // # to ###### then a space: a heading
            var index = start
            while index < bytes.count, bytes[index] == 0x23 { index += 1 }
            return index - start <= 6 && endsMarker(at: index) ? start : nil
        case 0x3E:  // > always starts a block quote
            return start
        case 0x2D, 0x3D, 0x7E:  // -, = and ~: a list item, or a run: break, underline, fence
            let next = start + 1
            return endsMarker(at: next) || bytes[next] == bytes[start] ? start : nil
        case 0x2B:  // + then a space: a list item
            return endsMarker(at: start + 1) ? start : nil
        default:  // 1. or 1) then a space: an ordered list item
            var index = start
            while index < bytes.count, ASCII.isDigit(bytes[index]) { index += 1 }
            if index > start, index - start <= 9, index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x29,
               endsMarker(at: index + 1) {
                return index
            }
            return nil
        }
    }

    private mutating func writeCode(_ code: String) {
        var bytes = MarkdownInlineWriter.withoutControls(Array(code.utf8))
        if context == .tableCell {  // `|` must be escaped in a cell, even in code
            var escaped: [UInt8] = []
            for byte in bytes { if byte == 0x7C { escaped.append(0x5C) }; escaped.append(byte) }
            bytes = escaped
        }
        var longest = 0, run = 0
        for byte in bytes { if byte == 0x60 { run += 1; longest = max(longest, run) } else { run = 0 } }
        let fence = [UInt8](repeating: 0x60, count: longest + 1)
        let allSpaces = bytes.allSatisfy { $0 == 0x20 }
        let pad = !bytes.isEmpty && (bytes.first == 0x60 || bytes.last == 0x60
            || (!allSpaces && bytes.first == 0x20 && bytes.last == 0x20))
        fence.withUnsafeBufferPointer { output.append($0) }
        if pad { output.append(0x20) }
        bytes.withUnsafeBufferPointer { output.append($0) }
        if pad { output.append(0x20) }
        fence.withUnsafeBufferPointer { output.append($0) }
        atLineStart = false
    }

    /// Whether the `&` at `index` begins something CommonMark could read as a character reference:
    /// `&name;`, `&#123;` or `&#x1F;`. Only then does it need a backslash, so `O&O-fonds` stays
    /// as it is written.
    static func startsReference<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at index: Int) -> Bool where Bytes.Index == Int {
        var position = index + 1
        if position < bytes.count, bytes[position] == 0x23 {  // #
            position += 1
            if position < bytes.count, bytes[position] | 0x20 == 0x78 { position += 1 }  // x or X
        }
        let start = position
        while position < bytes.count, position - start <= 32, ASCII.isAlphanumeric(bytes[position]) { position += 1 }
        return position > start && position < bytes.count && bytes[position] == 0x3B  // ;
    }

    /// Writes `(destination "title")`. An `&` that could start a character reference is written
    /// `&amp;`, not `\\&`: cmark-gfm and pandoc decode references in a destination before they
    /// remove backslashes, so `javascript\\&colon;` reached them as `javascript:`. A control
    /// character in a destination is percent-encoded (a line break would end the link, and
    /// browsers drop tabs and line breaks inside an address); in a title it is left out.
    private mutating func writeTarget(destination: String, title: String?) {
        output.append(0x28)
        let bytes = Array(destination.utf8)
        let pointy = bytes.isEmpty || bytes.contains { $0 == 0x20 || $0 == 0x3C || $0 == 0x3E }
        if pointy { output.append(0x3C) }
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0x5C, 0x28, 0x29, 0x3C, 0x3E: output.append(0x5C)
            case 0x26 where Self.startsReference(bytes, at: index):
                output.append("&amp;")
                continue
            case 0x7C where context == .tableCell: output.append(0x5C)
            case 0x00..<0x20, 0x7F:
                output.append(0x25)
                output.append(Self.hexDigits.utf8Start[Int(byte >> 4)])
                output.append(Self.hexDigits.utf8Start[Int(byte & 0x0F)])
                continue
            default: break
            }
            output.append(byte)
        }
        if pointy { output.append(0x3E) }
        if let title {
            output.append(" \"")
            let titleBytes = Array(TextCleaning.cleaned(title).utf8)
            for (index, byte) in titleBytes.enumerated() {
                if byte == 0x26 && Self.startsReference(titleBytes, at: index) {
                    output.append("&amp;")
                    continue
                }
                if byte == 0x22 || byte == 0x5C || (byte == 0x7C && context == .tableCell) { output.append(0x5C) }
                if byte == 0x0A || byte == 0x0D || byte == 0x09 { output.append(0x20); continue }
                output.append(byte)
            }
            output.append(0x22)
        }
        output.append(0x29)
    }

    private static let hexDigits: StaticString = "0123456789ABCDEF"

    /// The text between `<` and `>` when a link can be written as an autolink: not when it holds
    /// something a renderer would read as a character reference (cmark decodes those in autolinks,
    /// and there no `&amp;` can keep them literal).
    private static func autolink(destination: String, content: Inlines) -> String? {
        guard content.count == 1, case .text(let inlineText) = content[0] else { return nil }
        let text = inlineText.string
        let bytes = Array(text.utf8)
        if bytes.indices.contains(where: { bytes[$0] == 0x26 && startsReference(bytes, at: $0) }) { return nil }
        if text == destination, isURIAutolink(text) { return text }
        if destination == "mailto:" + text, isEmailAutolink(text) { return text }
        return nil
    }

    private static func isURIAutolink(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: 0x3A), colon >= 2, colon <= 32, ASCII.isLetter(bytes[0]) else { return false }
        for byte in bytes[..<colon] where !(ASCII.isAlphanumeric(byte) || byte == 0x2B || byte == 0x2E || byte == 0x2D) {
            return false
        }
        return !bytes.contains { $0 <= 0x20 || $0 == 0x3C || $0 == 0x3E }
    }

    private static func isEmailAutolink(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        let local = "!#$%&'*+/=?^_`{|}~-."
        guard parts[0].utf8.allSatisfy({ ASCII.isAlphanumeric($0) || local.utf8.contains($0) }) else { return false }
        for label in parts[1].split(separator: ".", omittingEmptySubsequences: false) {
            guard !label.isEmpty, label.count <= 63, label.first != "-", label.last != "-",
                  label.utf8.allSatisfy({ ASCII.isAlphanumeric($0) || $0 == 0x2D }) else { return false }
        }
        return true
    }
}
