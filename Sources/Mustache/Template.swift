/// A Mustache template, parsed once and rendered many times.
///
///     let template = try Template(parsing: "Hallo {{naam}}!", name: "groet")
///     template.render(["naam": "Twente"], escaping: .markdown)   // "Hallo Twente!"
///
/// Parsing checks the whole template and throws the first ``MustacheError`` it finds, with its
/// line and column. Rendering walks the parsed tree; it never parses again. Partials
/// (`{{> name}}`) and parents (`{{< name}}`) are looked up in a ``TemplateLibrary`` when rendering.
///
/// Supported: the required modules of the Mustache specification (interpolation, sections,
/// inverted sections, comments, partials, set delimiters, standalone lines) and the optional
/// inheritance (`{{< parent}}`, `{{$ block}}`) and dynamic names (`{{> *name}}`) modules.
/// Lambdas are not supported.
public struct Template: Sendable {
    /// The name partials use for this template, such as `kop` for `{{> kop}}`.
    public let name: String
    /// The file the template was read from, for error messages; nil when it did not come from a file.
    public let file: String?
    /// The parsed tree.
    let nodes: [Node]

    /// Parses `text` as a template called `name`.
    ///
    /// - Parameters:
    ///   - text: The template source.
    ///   - name: The name partials use for it, also used in error messages when `file` is nil.
    ///   - file: The file it was read from, for error messages.
    /// - Throws: The first syntax error, located in the text.
    public init(parsing text: String, name: String, file: String? = nil) throws(MustacheError) {
        self.name = name
        self.file = file
        var parser = Parser(text: text, templateName: name, file: file)
        self.nodes = try parser.parse()
    }
}
