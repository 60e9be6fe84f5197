extension HTMLRenderer {
    /// Opens the box a wide table scrolls sideways in. A box that scrolls must be reachable by
    /// keyboard (WCAG 2.1.1, axe-core `scrollable-region-focusable`): it takes focus
    /// (`tabindex="0"`) so the arrow keys scroll it, and as a focusable landmark it needs a role
    /// and a name, which a screen reader announces on arriving there.
    mutating func openScrollBox(name: String) {
        write("<div class=\"tabel-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"")
        escaped(name)
        write("\">\n")
    }

    /// The name of a table's scroll box (``DocumentWords/tableName(caption:headings:)``).
    func scrollBoxName(caption: String, headings: [String]) -> String {
        words.tableName(caption: caption, headings: headings)
    }
}

extension DocumentWords {
    /// The accessible name of a table: its caption, or without one its column headings, so that
    /// two tables on a page are told apart ("Table: Actions", "Table with the columns Year, Amount").
    public func tableName(caption: String, headings: [String]) -> String {
        if !caption.isEmpty { return "\(table): \(caption)" }
        // A heading that starts with a visible ASCII character is not all white space: its first
        // character is not (only the first scalar decides); the others are read character by character.
        let named = headings.filter { heading in
            if let first = heading.utf8.first, first > 0x20, first < 0x7F { return true }
            return !heading.allSatisfy(\.isWhitespace)
        }
        if named.isEmpty { return table }
        return tableWithColumns + " " + named.joined(separator: ", ")
    }
}
