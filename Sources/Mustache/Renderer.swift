import Diagnostics

/// Walks a parsed template with a context stack and writes the output: text, and where an
/// embedded value stands (``Segment``).
///
/// Problems are handed to a `report` closure: the lenient entry points pass one that never
/// throws (`Failure == Never`), strict ones one that throws or collects.
struct Renderer {
    /// How deep partials and parents may nest before rendering stops descending.
    static let depthLimit = 200

    /// Content from a child template that replaces a block of its parent.
    struct Override {
        let nodes: [Template.Node]
        let template: Template
    }

    /// What holds for the nodes being rendered: the template they come from, the indentation of
    /// their lines and the blocks replaced by callers.
    struct Scope {
        let template: Template
        let indentation: String
        let blocks: [String: Override]
        let depth: Int
    }

    let escaping: Escaping
    let library: TemplateLibrary
    let strictness: Strictness
    /// The text since the last embedded value, as UTF-8: appending bytes to an array costs a
    /// fraction of appending to a `String`, and every piece of the output is valid UTF-8 (the
    /// template's text, the values' text, ASCII escapes), so the bytes decode to what the
    /// appended strings were.
    private var output: [UInt8] = []
    /// The output up to ``output``: text and embedded values; empty while there was none of those.
    private var finished: [Segment] = []
    /// How much has been written, counting bytes of text and 1 per embedded value.
    private var length: Int { finishedLength + output.count }
    private var finishedLength = 0
    private var stack: [MustacheValue]

    init(context: MustacheValue, escaping: Escaping, library: TemplateLibrary, strictness: Strictness) {
        self.stack = [context]
        self.escaping = escaping
        self.library = library
        self.strictness = strictness
    }

    /// The output as text; embedded values leave nothing.
    var text: String {
        let last = String(decoding: output, as: UTF8.self)
        return finished.isEmpty ? last : finished.map { if case .text(let text) = $0 { text } else { "" } }.joined() + last
    }

    /// The output as segments: runs of text and the embedded values between them.
    var segments: [Segment] {
        output.isEmpty ? finished : finished + [.text(String(decoding: output, as: UTF8.self))]
    }

    /// Ends the current run of text and notes the embedded value `number`.
    private mutating func embed(_ number: Int) {
        if !output.isEmpty {
            finished.append(.text(String(decoding: output, as: UTF8.self)))
            finishedLength += output.count
            output.removeAll(keepingCapacity: true)
        }
        finished.append(.embedded(number))
        finishedLength += 1
    }

    /// Whether the output so far ends with a line break.
    private var endsWithLineBreak: Bool {
        if !output.isEmpty { return output.last == 0x0A }
        if case .text(let text)? = finished.last { return text.utf8.last == 0x0A }
        return false
    }

    /// Renders `template` as the outermost template.
    mutating func render<Failure: Error>(
        _ template: Template, report: (MustacheError) throws(Failure) -> Void
    ) throws(Failure) {
        let scope = Scope(template: template, indentation: "", blocks: [:], depth: 0)
        try render(template.nodes, in: scope, report: report)
    }

    private mutating func render<Failure: Error>(
        _ nodes: [Template.Node], in scope: Scope, report: (MustacheError) throws(Failure) -> Void
    ) throws(Failure) {
        for node in nodes {
            switch node {
            case .text(let text):
                output.append(contentsOf: text.utf8)
            case .lineStart:
                if !scope.indentation.isEmpty { output.append(contentsOf: scope.indentation.utf8) }
            case .variable(let name, let escaped, let range):
                guard let value = lookup(name) else {
                    if strictness.contains(.missingValues) { try report(missing(name, range, scope)) }
                    continue
                }
                if case .embedded(let number) = value {
                    embed(number)
                } else if escaped {
                    escaping.append(value.text, toBytes: &output)
                } else {
                    output.append(contentsOf: value.text.utf8)
                }
            case .section(let name, let inverted, let children, let range):
                let value = lookup(name)
                if value == nil && strictness.contains(.missingValues) { try report(missing(name, range, scope)) }
                try renderSection(value ?? .null, inverted: inverted, children, in: scope, report: report)
            case .partial(let inclusion):
                guard let template = try resolve(inclusion, in: scope, report: report) else { continue }
                try render(template.nodes, in: inner(scope, template, inclusion, blocks: scope.blocks), report: report)
            case .parent(let inclusion, let arguments):
                guard let template = try resolve(inclusion, in: scope, report: report) else { continue }
                // The outermost caller's replacements win over those of templates in between.
                var blocks = arguments.mapValues { Override(nodes: $0, template: scope.template) }
                blocks.merge(scope.blocks) { _, outer in outer }
                try render(template.nodes, in: inner(scope, template, inclusion, blocks: blocks), report: report)
            case .block(let name, let children, let layout):
                let start = length
                let override = scope.blocks[name]
                let blockScope = Scope(
                    template: override?.template ?? scope.template, indentation: scope.indentation + (layout?.indentation ?? ""),
                    blocks: scope.blocks, depth: scope.depth)
                try render(override?.nodes ?? children, in: blockScope, report: report)
                // A standalone block takes whole lines, so what replaces it ends its last line.
                if layout?.endsLine == true, length > start, !endsWithLineBreak { output.append(0x0A) }
            }
        }
    }

    private mutating func renderSection<Failure: Error>(
        _ value: MustacheValue, inverted: Bool, _ children: [Template.Node], in scope: Scope,
        report: (MustacheError) throws(Failure) -> Void
    ) throws(Failure) {
        if inverted {
            if value.isFalsey { try render(children, in: scope, report: report) }
            return
        }
        if value.isFalsey { return }
        if case .array(let items) = value {
            for item in items {
                stack.append(item)
                try render(children, in: scope, report: report)
                stack.removeLast()
            }
        } else {
            stack.append(value)
            try render(children, in: scope, report: report)
            stack.removeLast()
        }
    }

    /// The template a partial or parent tag includes; nil (after reporting) when there is none.
    private func resolve<Failure: Error>(
        _ inclusion: Template.Inclusion, in scope: Scope, report: (MustacheError) throws(Failure) -> Void
    ) throws(Failure) -> Template? {
        var name = inclusion.name
        if inclusion.isDynamic {
            guard let dynamicName = Template.Name(inclusion.name), case .string(let value)? = lookup(dynamicName) else {
                if strictness.contains(.missingPartials) {
                    try report(problem(.missingValue(name: inclusion.name), inclusion.range, scope))
                }
                return nil
            }
            name = value
        }
        guard let template = library[name] else {
            if strictness.contains(.missingPartials) {
                try report(problem(.missingPartial(name: name), inclusion.range, scope))
            }
            return nil
        }
        guard scope.depth < Self.depthLimit else {
            try report(problem(.recursionTooDeep(name: name, limit: Self.depthLimit), inclusion.range, scope))
            return nil
        }
        return template
    }

    /// The scope of an included template: a standalone tag adds its indentation to the current one.
    private func inner(
        _ scope: Scope, _ template: Template, _ inclusion: Template.Inclusion, blocks: [String: Override]
    ) -> Scope {
        let indentation = inclusion.indentation.map { scope.indentation + $0 } ?? ""
        return Scope(template: template, indentation: indentation, blocks: blocks, depth: scope.depth + 1)
    }

    /// Looks a name up as the specification says: the first part in the innermost context that has
    /// it, the other parts only inside what the first part found. Nil when the name is missing.
    func lookup(_ name: Template.Name) -> MustacheValue? {
        guard let first = name.parts.first else { return stack.last }
        var index = stack.count - 1
        while index >= 0 {
            if case .dictionary(let entries) = stack[index], var value = entries[first] {
                for part in name.parts.dropFirst() {
                    guard let next = value[part] else { return nil }
                    value = next
                }
                return value
            }
            index -= 1
        }
        return nil
    }

    /// A missing value, with the closest name the context has: for `agenda.titl` the keys of
    /// `agenda`, for a plain name the keys of every dictionary on the stack.
    private func missing(_ name: Template.Name, _ range: SourceRange, _ scope: Scope) -> MustacheError {
        var error = problem(.missingValue(name: name.description), range, scope)
        let parts = name.parts
        guard let last = parts.last else { return error }
        var candidates: [String] = []
        if parts.count > 1, let parent = Template.Name(parts.dropLast().joined(separator: ".")).flatMap(lookup), case .dictionary(let entries) = parent {
            candidates = Array(entries.keys)
        } else if parts.count == 1 {
            for case .dictionary(let entries) in stack { candidates += entries.keys }
        }
        if let closest = Suggestion.closest(to: last, among: candidates.sorted()) {
            error.suggestion = (parts.dropLast() + [closest]).joined(separator: ".")
        }
        return error
    }

    private func problem(_ reason: MustacheError.Reason, _ range: SourceRange, _ scope: Scope) -> MustacheError {
        MustacheError(reason, templateName: scope.template.name, file: scope.template.file, range: range)
    }
}
