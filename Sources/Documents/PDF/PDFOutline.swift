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

    /// Writes the outline's objects and returns the number of its root; `destination` appends
    /// where an item's heading is (an array, or `null`). Each body is written as bytes: a long
    /// report has hundreds of bookmarks, and string interpolation cost more than the rest.
    func write(into file: inout PDFFile, destination: (String, inout [UInt8]) -> Void) -> Int {
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
        var body: [UInt8] = []
        for index in items.indices {
            body.removeAll(keepingCapacity: true)
            body.pdf("<</Title ")
            PDFText.appendTextString(items[index].title, to: &body)
            body.pdf(" /Parent ")
            body.pdf(reference: items[index].parent.map { numbers[$0] } ?? root)
            body.removeLast()
            if previous[index] >= 0 { body.pdf(" /Prev "); body.pdf(reference: numbers[previous[index]]); body.removeLast() }
            if next[index] >= 0 { body.pdf(" /Next "); body.pdf(reference: numbers[next[index]]); body.removeLast() }
            let children = items[index].children
            if let first = children.first, let last = children.last {
                body.pdf(" /First "); body.pdf(reference: numbers[first])
                body.pdf("/Last "); body.pdf(reference: numbers[last])
                body.pdf("/Count -"); body.pdf(integer: children.count)
            }
            body.pdf(" /Dest ")
            destination(items[index].id, &body)
            body.pdf(">>")
            file.addPacked(numbers[index], bytes: body)
        }
        file.addPacked(root, "<</Type /Outlines /First \(numbers[topLevel[0]]) 0 R /Last \(numbers[topLevel[topLevel.count - 1]]) 0 R /Count \(topLevel.count)>>")
        return root
    }
}
