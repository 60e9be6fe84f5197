// Which keys of its context a template can read, from its tree: a caller whose context is costly
// to make (every value of a large model written out) can make only those a template looks up.

extension TemplateLibrary {
    /// The keys of the context's top dictionary that rendering the template called `name` can
    /// read: the first part of every name its tags look up (`agenda` of `{{agenda.titel}}`, also
    /// inside sections, where a name not found in the section's value is looked up further out),
    /// and those of every template it includes, and they include, by a partial or a parent tag.
    ///
    /// Rendering with a context whose top dictionary holds only these keys gives the same output
    /// and meets the same problems; only the suggestion of a missing one-part name
    /// (``MustacheError/suggestion``) is picked from fewer keys. Nil when a template includes
    /// another by a dynamic name (`{{> *name}}`): which one is known only while rendering. An
    /// included template the library does not have adds nothing (rendering includes nothing).
    public func contextKeys(of name: String) -> Set<String>? {
        var keys = Set<String>()
        var visited = Set<String>()
        var pending = [name]
        while let next = pending.popLast() {
            guard visited.insert(next).inserted, let template = self[next] else { continue }
            guard Self.collectKeys(template.nodes, into: &keys, including: &pending) else { return nil }
        }
        return keys
    }

    /// Adds the first part of each name `nodes` look up to `keys`, and the templates they include
    /// to `included`; false when one is included by a dynamic name.
    private static func collectKeys(
        _ nodes: [Template.Node], into keys: inout Set<String>, including included: inout [String]
    ) -> Bool {
        for node in nodes {
            switch node {
            case .text, .lineStart:
                break
            case .variable(let name, _, _):
                // The implicit iterator `.` (no parts) reads the value on top of the stack, no key.
                if let first = name.parts.first { keys.insert(first) }
            case .section(let name, _, let children, _):
                if let first = name.parts.first { keys.insert(first) }
                guard collectKeys(children, into: &keys, including: &included) else { return false }
            case .partial(let inclusion):
                guard !inclusion.isDynamic else { return false }
                included.append(inclusion.name)
            case .parent(let inclusion, let blocks):
                guard !inclusion.isDynamic else { return false }
                included.append(inclusion.name)
                for children in blocks.values {
                    guard collectKeys(children, into: &keys, including: &included) else { return false }
                }
            case .block(_, let children, _):
                guard collectKeys(children, into: &keys, including: &included) else { return false }
            }
        }
        return true
    }
}
