import Diagnostics

// Inline tables while they are parsed, and turning the arena into the finished value tree.

extension TableBuilder {
    /// Starts an inline table whose values sit at `depth`; returns its node.
    mutating func beginInlineTable(depth: Int) -> Int {
        let start = SourcePosition(line: 1, column: 1)
        nodes.append(Node(origin: .inline, range: SourceRange(start: start, end: start), depth: depth))
        return nodes.count - 1
    }

    /// Finishes the inline table `node`: builds it and drops its nodes (and those of the dotted keys
    /// inside it, which were all made after it) from the arena.
    mutating func finishInlineTable(_ node: Int) -> TOMLTable {
        let table = build(node)
        nodes.removeSubrange(node...)
        return table
    }

    /// The finished root table.
    mutating func build() -> TOMLTable { build(TableBuilder.root) }

    /// The finished table of `node`, with its child nodes built in. Moves the table out of the arena.
    private mutating func build(_ node: Int) -> TOMLTable {
        var table = TOMLTable()
        swap(&table, &nodes[node].table)
        let children = nodes[node].children
        nodes[node].children = []
        for (entry, child) in children.enumerated() {
            switch child {
            case .none:
                continue
            case .table(let childNode):
                table.entries[entry].value.kind = .table(build(childNode))
            case .tableArray(let array):
                var elements: [TOMLValue] = []
                elements.reserveCapacity(arrays[array].elements.count)
                for element in arrays[array].elements {
                    elements.append(TOMLValue(.table(build(element)), range: nodes[element].range))
                }
                table.entries[entry].value.kind = .array(elements)
            }
        }
        return table
    }
}
