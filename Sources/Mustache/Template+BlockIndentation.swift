extension Template.Node {
    /// A block whose opening tag may be standalone, with its lines re-indented as the inheritance
    /// specification says: "block indentation is removed at the site of definition and added at
    /// the site of expansion".
    ///
    /// When the opening tag is standalone, the indentation of the block's first line (or, for an
    /// empty block, of the tag) is the block's indentation at this place. It is taken off every
    /// line of the content, including the places of nested standalone blocks, and put back when
    /// rendering, in front of whatever content fills the block: its own or a caller's.
    static func block(_ name: String, children: [Self], tagIndentation: String?, endsLine: Bool) -> Self {
        guard let tagIndentation else { return .block(name, children: children, layout: nil) }
        guard let intrinsic = firstLineIndentation(children) else {
            return .block(name, children: children, layout: .init(indentation: tagIndentation, endsLine: endsLine))
        }
        return .block(
            name, children: dedent(children, by: intrinsic), layout: .init(indentation: intrinsic, endsLine: endsLine))
    }

    /// The leading spaces and tabs of the first line that starts in `nodes`; nil when none does.
    private static func firstLineIndentation(_ nodes: [Self]) -> String? {
        for (index, node) in nodes.enumerated() {
            switch node {
            case .lineStart:
                guard index + 1 < nodes.count, case .text(let text) = nodes[index + 1] else { return "" }
                return String(text.unicodeScalars.prefix(while: { $0 == " " || $0 == "\t" }))
            case .section(_, _, let children, _):
                if let found = firstLineIndentation(children) { return found }
            default:
                continue
            }
        }
        return nil
    }

    /// `nodes` with `prefix` taken off the start of every line and of nested blocks' indentation.
    private static func dedent(_ nodes: [Self], by prefix: String) -> [Self] {
        guard !prefix.isEmpty else { return nodes }
        var result = nodes
        for index in result.indices {
            switch result[index] {
            case .text(let text) where index > 0 && isLineStart(result[index - 1]) && text.hasPrefix(prefix):
                result[index] = .text(String(text.dropFirst(prefix.count)))
            case .section(let name, let inverted, let children, let range):
                result[index] = .section(name, inverted: inverted, children: dedent(children, by: prefix), range: range)
            case .block(let name, let children, nil):
                result[index] = .block(name, children: dedent(children, by: prefix), layout: nil)
            case .block(let name, let children, var layout?) where layout.indentation.hasPrefix(prefix):
                layout.indentation.removeFirst(prefix.count)
                result[index] = .block(name, children: children, layout: layout)
            default:
                continue
            }
        }
        return result
    }

    private static func isLineStart(_ node: Self) -> Bool {
        if case .lineStart = node { return true }
        return false
    }
}
