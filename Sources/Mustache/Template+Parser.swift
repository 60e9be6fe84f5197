import Diagnostics

extension Template {
    /// Turns template text into a tree: scans it into tokens, drops standalone lines, and nests
    /// sections, parents and blocks.
    ///
    /// A line is *standalone* when it holds at least one tag, only tags that may stand alone (all
    /// but interpolations) and otherwise only spaces and tabs. Such a line leaves no trace in the
    /// output: its whitespace and line ending go, and the whitespace in front of a partial or
    /// parent tag on it becomes that partial's indentation.
    struct Parser {
        let text: String
        let templateName: String
        let file: String?

        init(text: String, templateName: String, file: String?) {
            self.text = text
            self.templateName = templateName
            self.file = file
        }

        mutating func parse() throws(MustacheError) -> [Node] {
            let bytes = Array(text.utf8)
            var scanner = TokenScanner(bytes: bytes, templateName: templateName, file: file)
            let tokens = try scanner.scan()
            var builder = TreeBuilder(templateName: templateName, file: file)
            var start = 0
            while start < tokens.count {
                var end = start
                while end < tokens.count {
                    end += 1
                    if case .text(let range) = tokens[end - 1], bytes[range.upperBound - 1] == 0x0A { break }
                }
                try add(line: tokens[start..<end], bytes: bytes, to: &builder)
                start = end
            }
            return try builder.finish()
        }

        private func add(line: ArraySlice<Token>, bytes: [UInt8], to builder: inout TreeBuilder) throws(MustacheError) {
            if isStandalone(line, bytes: bytes) {
                var standalone = Standalone(indentation: "", endsLine: false)
                if case .text(let range) = line.first, line.count > 1 {
                    standalone.indentation = String(decoding: bytes[range], as: UTF8.self)
                }
                if case .text(let range) = line.last, bytes[range.upperBound - 1] == 0x0A { standalone.endsLine = true }
                for case .tag(let tag) in line {
                    try builder.add(tag, standalone: standalone)
                }
                return
            }
            builder.startLine()
            for token in line {
                switch token {
                case .text(let range): builder.add(text: String(decoding: bytes[range], as: UTF8.self))
                case .tag(let tag): try builder.add(tag, standalone: nil)
                }
            }
        }

        private func isStandalone(_ line: ArraySlice<Token>, bytes: [UInt8]) -> Bool {
            var hasTag = false
            for token in line {
                switch token {
                case .tag(let tag):
                    guard tag.canStandAlone else { return false }
                    hasTag = true
                case .text(let range):
                    for index in range {
                        let byte = bytes[index]
                        let isLineEnd = byte == 0x0A || (byte == 0x0D && index + 1 < range.upperBound && bytes[index + 1] == 0x0A)
                        guard byte == 0x20 || byte == 0x09 || isLineEnd else { return false }
                    }
                }
            }
            return hasTag
        }
    }

    /// Nests tags into nodes, checking that every section is closed by its own name.
    struct TreeBuilder {
        private struct Frame {
            let tag: Tag
            let inclusion: Inclusion?
            /// How the tag stands alone on its line, if it does.
            let standalone: Standalone?
            var children: [Node] = []
        }

        let templateName: String
        let file: String?
        private var root: [Node] = []
        private var open: [Frame] = []

        init(templateName: String, file: String?) {
            self.templateName = templateName
            self.file = file
        }

        mutating func startLine() { append(.lineStart) }

        mutating func add(text: String) {
            if open.isEmpty {
                if case .text(let previous) = root.last { root[root.count - 1] = .text(previous + text) } else { root.append(.text(text)) }
            } else {
                let last = open.count - 1
                if case .text(let previous) = open[last].children.last {
                    open[last].children[open[last].children.count - 1] = .text(previous + text)
                } else {
                    open[last].children.append(.text(text))
                }
            }
        }

        /// Adds a tag; `standalone` tells how it stands alone on its line, if it does.
        mutating func add(_ tag: Tag, standalone: Standalone?) throws(MustacheError) {
            switch tag.kind {
            case .comment, .delimiters:
                break
            case .variable, .unescaped:
                append(.variable(Name(tag.content)!, escaped: tag.kind == .variable, range: tag.range))
            case .partial:
                append(.partial(inclusion(tag, standalone?.indentation)))
            case .section, .inverted, .block:
                open.append(Frame(tag: tag, inclusion: nil, standalone: standalone))
            case .parent:
                open.append(Frame(tag: tag, inclusion: inclusion(tag, standalone?.indentation), standalone: standalone))
            case .close:
                try close(tag, standalone: standalone)
            }
        }

        /// The finished tree; throws when a section is still open.
        func finish() throws(MustacheError) -> [Node] {
            if let unclosed = open.last {
                throw error(.unclosedSection(name: unclosed.tag.content), unclosed.tag.range)
            }
            return root
        }

        private mutating func close(_ tag: Tag, standalone: Standalone?) throws(MustacheError) {
            guard let frame = open.popLast() else { throw error(.unexpectedClose(name: tag.content), tag.range) }
            guard frame.tag.content == tag.content else {
                throw error(
                    .mismatchedClose(found: tag.content, open: frame.tag.content, openLine: frame.tag.range.start.line),
                    tag.range)
            }
            switch frame.tag.kind {
            case .parent:
                var blocks: [String: [Node]] = [:]
                for case .block(let name, let children, _) in frame.children { blocks[name] = children }
                append(.parent(frame.inclusion!, blocks: blocks))
            case .block:
                append(
                    Node.block(
                        frame.tag.content, children: frame.children, tagIndentation: frame.standalone?.indentation,
                        endsLine: standalone?.endsLine ?? false))
            default:
                append(
                    .section(
                        Name(frame.tag.content)!, inverted: frame.tag.kind == .inverted, children: frame.children,
                        range: frame.tag.range))
            }
        }

        private mutating func append(_ node: Node) {
            if open.isEmpty { root.append(node) } else { open[open.count - 1].children.append(node) }
        }

        private func inclusion(_ tag: Tag, _ indentation: String?) -> Inclusion {
            let isDynamic = tag.content.hasPrefix("*")
            return Inclusion(
                name: isDynamic ? String(tag.content.dropFirst()) : tag.content, isDynamic: isDynamic,
                indentation: indentation, range: tag.range)
        }

        private func error(_ reason: MustacheError.Reason, _ range: SourceRange) -> MustacheError {
            MustacheError(reason, templateName: templateName, file: file, range: range)
        }
    }
}
