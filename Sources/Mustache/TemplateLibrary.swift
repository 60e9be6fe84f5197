/// Named templates, for rendering one by name and for the partials and parents it includes.
///
///     let library = try TemplateLibrary(sources: [
///         "document": "{{> kop}}\n{{tekst}}\n",
///         "kop": "# {{titel}}\n",
///     ])
///     let text = try library.render("document", with: context, escaping: .markdown)
public struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]

    /// An empty library.
    public init() {}

    /// A library of `templates`; of two with the same name the later one stays.
    public init(_ templates: [Template]) {
        for template in templates { add(template) }
    }

    /// Parses every source, keyed by template name.
    ///
    /// - Throws: The first syntax error, taking the templates in order of name.
    public init(sources: [String: String]) throws(MustacheError) {
        for name in sources.keys.sorted() {
            add(try Template(parsing: sources[name]!, name: name))
        }
    }

    /// The template called `name`, if there is one.
    public subscript(name: String) -> Template? { templates[name] }

    /// The names of all templates, sorted.
    public var names: [String] { templates.keys.sorted() }

    /// Adds `template`, replacing one with the same name.
    public mutating func add(_ template: Template) { templates[template.name] = template }

    /// Renders the template called `name`, with the templates of this library as its partials.
    ///
    /// - Throws: ``MustacheError/Reason/missingPartial(name:)`` when there is no such template, and
    ///   the first problem `strict` asks for.
    public func render(
        _ name: String, with context: MustacheValue, escaping: Escaping, strict: Strictness = []
    ) throws(MustacheError) -> String {
        guard let template = templates[name] else {
            throw MustacheError(.missingPartial(name: name), templateName: name, range: nil)
        }
        return try template.render(context, escaping: escaping, library: self, strict: strict)
    }

    /// Renders the template called `name` into segments (see ``Template/segments(_:escaping:library:strict:)``),
    /// with the templates of this library as its partials.
    ///
    /// - Throws: ``MustacheError/Reason/missingPartial(name:)`` when there is no such template, and
    ///   the first problem `strict` asks for.
    public func segments(
        _ name: String, with context: MustacheValue, escaping: Escaping, strict: Strictness = []
    ) throws(MustacheError) -> [Segment] {
        guard let template = templates[name] else {
            throw MustacheError(.missingPartial(name: name), templateName: name, range: nil)
        }
        return try template.segments(context, escaping: escaping, library: self, strict: strict)
    }
}
