extension Template {
    /// Renders the template as the Mustache specification says: a missing value renders as the
    /// empty string, a missing partial as nothing.
    ///
    /// - Parameters:
    ///   - context: The value at the bottom of the context stack, usually a dictionary.
    ///   - escaping: How `{{name}}` escapes values: ``Escaping/html``, ``Escaping/markdown`` or ``Escaping/none``.
    ///   - library: The templates `{{> name}}` and `{{< name}}` include.
    public func render(
        _ context: MustacheValue, escaping: Escaping, library: TemplateLibrary = TemplateLibrary()
    ) -> String {
        var renderer = Renderer(context: context, escaping: escaping, library: library, strictness: [])
        renderer.render(self) { _ in }
        return renderer.text
    }

    /// Renders the template and throws the first problem of a kind `strict` asks for.
    ///
    /// - Throws: A ``MustacheError`` located at the tag, in the template (possibly a partial) it is in.
    public func render(
        _ context: MustacheValue, escaping: Escaping, library: TemplateLibrary = TemplateLibrary(),
        strict: Strictness
    ) throws(MustacheError) -> String {
        var renderer = Renderer(context: context, escaping: escaping, library: library, strictness: strict)
        try renderer.render(self) { (problem) throws(MustacheError) in throw problem }
        return renderer.text
    }

    /// Renders the whole template and gathers every problem of a kind `strict` asks for in
    /// `problems`, in the order met, so an author can fix them all at once.
    public func render(
        _ context: MustacheValue, escaping: Escaping, library: TemplateLibrary = TemplateLibrary(),
        strict: Strictness, problems: inout [MustacheError]
    ) -> String {
        var renderer = Renderer(context: context, escaping: escaping, library: library, strictness: strict)
        renderer.render(self) { problems.append($0) }
        return renderer.text
    }

    /// Renders the template into segments: text, and the place of every ``MustacheValue/embedded(_:)``
    /// value a `{{name}}` tag met. Throws the first problem of a kind `strict` asks for.
    ///
    /// - Throws: A ``MustacheError`` located at the tag, in the template (possibly a partial) it is in.
    public func segments(
        _ context: MustacheValue, escaping: Escaping, library: TemplateLibrary = TemplateLibrary(),
        strict: Strictness = []
    ) throws(MustacheError) -> [Segment] {
        var renderer = Renderer(context: context, escaping: escaping, library: library, strictness: strict)
        try renderer.render(self) { (problem) throws(MustacheError) in throw problem }
        return renderer.segments
    }
}
