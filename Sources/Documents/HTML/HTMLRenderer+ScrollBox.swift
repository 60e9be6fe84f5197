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
        let named = headings.filter { !$0.allSatisfy(\.isWhitespace) }
        if named.isEmpty { return table }
        return tableWithColumns + " " + named.joined(separator: ", ")
    }
}
