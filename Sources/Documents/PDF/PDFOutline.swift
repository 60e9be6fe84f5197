/// The bookmarks of a PDF (ISO 32000-1, 12.3.3): the headings as a tree by level, each going to
/// its heading; the chapters shown, their sections folded in.
struct PDFOutline {
    struct Item {
        var title: String
        var id: String
        var parent: Int?  // nil: the outline root
        var children: [Int] = []
    }

    private(set) var items: [Item] = []
    private var topLevel: [Int] = []

    init(headings: [(level: Int, text: String, id: String)]) {
        var stack: [(level: Int, item: Int)] = []
        for heading in headings {
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            let parent = stack.last?.item
            items.append(Item(title: heading.text, id: heading.id, parent: parent))
            let index = items.count - 1
            if let parent { items[parent].children.append(index) } else { topLevel.append(index) }
            stack.append((heading.level, index))
        }
    }

    /// Writes the outline's objects and returns the number of its root.
    func write(into file: inout PDFFile, destination: (String) -> String) -> Int {
        let root = file.reserve()
        let numbers = items.map { _ in file.reserve() }
        // Previous and next sibling of each item, in one pass over each list of siblings.
        var previous = Array(repeating: -1, count: items.count), next = Array(repeating: -1, count: items.count)
        for list in [topLevel] + items.map(\.children) {
            for (position, item) in list.enumerated() {
                if position > 0 { previous[item] = list[position - 1] }
                if position + 1 < list.count { next[item] = list[position + 1] }
            }
        }
        for (index, item) in items.enumerated() {
            var body = "<</Title \(PDFText.textString(item.title)) /Parent \(item.parent.map { numbers[$0] } ?? root) 0 R"
            if previous[index] >= 0 { body += " /Prev \(numbers[previous[index]]) 0 R" }
            if next[index] >= 0 { body += " /Next \(numbers[next[index]]) 0 R" }
            if let first = item.children.first, let last = item.children.last {
                body += " /First \(numbers[first]) 0 R /Last \(numbers[last]) 0 R /Count -\(item.children.count)"
            }
            file.addPacked(numbers[index], body + " /Dest \(destination(item.id))>>")
        }
        file.addPacked(root, "<</Type /Outlines /First \(numbers[topLevel[0]]) 0 R /Last \(numbers[topLevel[topLevel.count - 1]]) 0 R /Count \(topLevel.count)>>")
        return root
    }
}
