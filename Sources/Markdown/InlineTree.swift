/// Turns the inline parser's arena into ``Inline`` values, joining neighbouring text nodes.
/// The arena's nesting is capped, so the recursion here is too.
struct InlineTree {
    let nodes: InlineNodes

    func inlines() -> [Inline] {
        children(from: nodes.first)
    }

    private func children(from first: Int32) -> [Inline] {
        var result: [Inline] = []
        var pending: [UInt8] = []
        var pendingRange: Range<Int>?
        var index = first

        func flush() {
            if let range = pendingRange {
                result.append(.text(String(decoding: nodes.text[range], as: UTF8.self)))
                pendingRange = nil
            } else if !pending.isEmpty {
                result.append(.text(String(decoding: pending, as: UTF8.self)))
            }
            pending.removeAll(keepingCapacity: true)
        }

        while index >= 0 {
            let node = nodes.nodes[Int(index)]
            switch node.kind {
            case .text, .delimiterRun:
                let range = Int(node.textStart)..<Int(node.textEnd)
                if !range.isEmpty {
                    if let current = pendingRange {
                        if current.upperBound == range.lowerBound {
                            pendingRange = current.lowerBound..<range.upperBound
                        } else {
                            pending.append(contentsOf: nodes.text[current])
                            pending.append(contentsOf: nodes.text[range])
                            pendingRange = nil
                        }
                    } else if pending.isEmpty {
                        pendingRange = range
                    } else {
                        pending.append(contentsOf: nodes.text[range])
                    }
                }
            default:
                flush()
                result.append(inline(node))
            }
            index = node.next
        }
        flush()
        return result
    }

    private func inline(_ node: InlineNodes.Node) -> Inline {
        switch node.kind {
        case .softBreak: return .softBreak
        case .hardBreak: return .hardBreak
        case .code: return .code(String(decoding: nodes.text[Int(node.textStart)..<Int(node.textEnd)], as: UTF8.self))
        case .emphasis: return .emphasis(children(from: node.first))
        case .strong: return .strong(children(from: node.first))
        case .link:
            let target = nodes.targets[Int(node.target)]
            return .link(destination: target.destination, title: target.title, content: children(from: node.first))
        case .image:
            let target = nodes.targets[Int(node.target)]
            return .image(source: target.destination, title: target.title, description: children(from: node.first))
        case .text, .delimiterRun:
            return .text(String(decoding: nodes.text[Int(node.textStart)..<Int(node.textEnd)], as: UTF8.self))
        }
    }
}
