/// The link reference definitions of a document (`[label]: destination "title"`), by
/// normalised label. The first definition of a label wins.
struct LinkReferences {
    struct Target {
        var destination: String
        var title: String?
    }

    private(set) var targets: [String: Target] = [:]

    subscript(label: String) -> Target? { targets[label] }

    /// Parses a definition starting at `start` in a paragraph's raw content and records it.
    /// Returns the index after the definition's line, or nil when there is none.
    mutating func parseDefinition(_ bytes: [UInt8], from start: Int) -> Int? {
        let end = bytes.count
        guard let labelEnd = LinkSyntax.labelEnd(bytes, from: start, to: end),
              labelEnd < end, bytes[labelEnd] == ASCII.colon else { return nil }
        let destinationStart = LinkSyntax.skipSpacesAndNewline(bytes, from: labelEnd + 1, to: end)
        guard let (destination, afterDestination) = LinkSyntax.destination(bytes, from: destinationStart, to: end),
              afterDestination > destinationStart else { return nil }
        var title: String?
        var position = afterDestination
        let titleStart = LinkSyntax.skipSpacesAndNewline(bytes, from: afterDestination, to: end)
        if titleStart > afterDestination, let (parsed, afterTitle) = LinkSyntax.title(bytes, from: titleStart, to: end),
           let lineEnd = Self.lineEnd(bytes, from: afterTitle) {
            title = parsed
            position = lineEnd
        } else if let lineEnd = Self.lineEnd(bytes, from: afterDestination) {
            position = lineEnd
        } else {
            return nil
        }
        let label = LinkSyntax.normalizedLabel(bytes, from: start, to: labelEnd)
        guard !label.isEmpty else { return nil }
        if targets[label] == nil {
            targets[label] = Target(destination: destination, title: title.flatMap { $0.isEmpty ? nil : $0 })
        }
        return position
    }

    /// The index after the line ending, when only spaces and tabs remain on the line.
    private static func lineEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count, ASCII.isSpaceOrTab(bytes[index]) { index += 1 }
        if index == bytes.count { return index }
        return bytes[index] == ASCII.newline ? index + 1 : nil
    }
}
