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

    /// The name of a table's scroll box: its caption, or without one its column headings, so that
    /// two boxes on a page are told apart.
    func scrollBoxName(caption: String, headings: [String]) -> String {
        if !caption.isEmpty { return "\(words.table): \(caption)" }
        let named = headings.filter { !$0.allSatisfy(\.isWhitespace) }
        if named.isEmpty { return words.table }
        return words.tableWithColumns + " " + named.joined(separator: ", ")
    }
}
