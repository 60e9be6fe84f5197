import Diagnostics

// What a template refers to, read from its tree: a program can check the names against what it
// will have before it renders anything, so a typo in a part that is rarely rendered still shows.

extension Template {
    /// A name a tag of the template uses, with where the tag is.
    public struct Reference: Sendable, Hashable {
        /// What the name stands for.
        public enum Kind: Sendable, Hashable {
            /// A value: `{{name}}`, `{{{name}}}`, `{{& name}}`.
            case value
            /// A section: `{{#name}}` or `{{^name}}`.
            case section
            /// Another template: `{{> name}}` or `{{< name}}` (not a dynamic `{{> *name}}`).
            case template
        }

        /// What the name stands for.
        public let kind: Kind
        /// The dotted name as written (`.` for the implicit iterator), or the template's name.
        public let name: String
        /// Where the tag is.
        public let range: SourceRange
        /// For a value or section: the names of the sections it stands in, outermost first. A name
        /// is looked up in the innermost context first, so what it refers to depends on them.
        public let sections: [String]
    }

    /// Every value, section and template tag, in the order they stand in the text.
    public var references: [Reference] {
        var result: [Reference] = []
        Self.collect(nodes, sections: [], into: &result)
        return result.sorted { ($0.range.start.line, $0.range.start.column) < ($1.range.start.line, $1.range.start.column) }
    }

    private static func collect(_ nodes: [Node], sections: [String], into result: inout [Reference]) {
        for node in nodes {
            switch node {
            case .text, .lineStart:
                break
            case .variable(let name, _, let range):
                result.append(Reference(kind: .value, name: name.description, range: range, sections: sections))
            case .section(let name, _, let children, let range):
                result.append(Reference(kind: .section, name: name.description, range: range, sections: sections))
                collect(children, sections: sections + [name.description], into: &result)
            case .partial(let inclusion):
                if !inclusion.isDynamic {
                    result.append(Reference(kind: .template, name: inclusion.name, range: inclusion.range, sections: sections))
                }
            case .parent(let inclusion, let blocks):
                if !inclusion.isDynamic {
                    result.append(Reference(kind: .template, name: inclusion.name, range: inclusion.range, sections: sections))
                }
                for name in blocks.keys.sorted() { collect(blocks[name]!, sections: sections, into: &result) }
            case .block(_, let children, _):
                collect(children, sections: sections, into: &result)
            }
        }
    }
}

extension TemplateLibrary {
    /// Every `{{> name}}` and `{{< name}}` in the library's templates that names a template the
    /// library does not have, as ``MustacheError/Reason/missingPartial(name:)`` with the closest
    /// existing name as its suggestion: found without rendering, so also in sections that the data
    /// at hand would skip. Sorted by template, then position.
    public func missingPartials() -> [MustacheError] {
        var problems: [MustacheError] = []
        for templateName in names {
            let template = self[templateName]!
            for reference in template.references where reference.kind == .template && self[reference.name] == nil {
                var problem = MustacheError(
                    .missingPartial(name: reference.name), templateName: templateName, file: template.file, range: reference.range)
                problem.suggestion = Suggestion.closest(to: reference.name, among: names)
                problems.append(problem)
            }
        }
        return problems
    }
}
