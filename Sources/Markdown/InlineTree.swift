/// Turns the inline parser's arena into ``Inline`` values, joining neighbouring text nodes.
/// The arena's nesting is capped, so the recursion here is too.
struct InlineTree {
    let nodes: InlineNodes

    func inlines() -> [Inline] {
        children(from: nodes.first)
    }

    private func children(from first: Int32) -> [Inline] {
        var count = 0
        var counter = first
        while counter >= 0 { count += 1; counter = nodes.nodes[Int(counter)].next }
        var result: [Inline] = []
        result.reserveCapacity(count)
        // Text is joined: a range of the arena while the pieces are contiguous, else a copy.
        var pendingStart = -1, pendingEnd = -1
        var pending: [UInt8] = []
        var index = first
        while index >= 0 {
            let node = nodes.nodes[Int(index)]
            index = node.next
            switch node.kind {
            case .text, .delimiterRun:
                let start = Int(node.textStart), end = Int(node.textEnd)
                guard start < end else { continue }
                if !pending.isEmpty {
                    pending.append(contentsOf: nodes.text[start..<end])
                } else if pendingStart < 0 {
                    pendingStart = start; pendingEnd = end
                } else if pendingEnd == start {
                    pendingEnd = end
                } else {
                    pending.append(contentsOf: nodes.text[pendingStart..<pendingEnd])
                    pending.append(contentsOf: nodes.text[start..<end])
                }
                continue
            default:
                break
            }
            if !pending.isEmpty {
                result.append(.text(String(decoding: pending, as: UTF8.self)))
                pending.removeAll()
            } else if pendingStart >= 0 {
                result.append(.text(String(decoding: nodes.text[pendingStart..<pendingEnd], as: UTF8.self)))
            }
            pendingStart = -1
            result.append(inline(node))
        }
        if !pending.isEmpty {
            result.append(.text(String(decoding: pending, as: UTF8.self)))
        } else if pendingStart >= 0 {
            result.append(.text(String(decoding: nodes.text[pendingStart..<pendingEnd], as: UTF8.self)))
        }
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
