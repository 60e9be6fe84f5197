/// What the CommonMark spec test checks in HTML the writer made.
enum SpecHTML {
    /// The elements the HTML writer writes for a tree the Markdown parser makes (no tables: the
    /// spec has none).
    static let writerElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "ul", "ol", "li", "pre", "code", "hr",
        "em", "strong", "a", "img", "br",
    ]

    /// The names of the tags in `html` that are not the writer's own elements: raw HTML from the
    /// input that came through as markup. Empty when every `<` starts one of the writer's tags.
    static func foreignTags(in html: String) -> [String] {
        var foreign: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            rest = rest[rest.index(after: open)...]
            if rest.first == "/" { rest = rest.dropFirst() }
            let name = rest.prefix { $0.isLetter || $0.isNumber }
            if !writerElements.contains(String(name)) { foreign.append("<" + rest.prefix { $0 != ">" }.prefix(20)) }
        }
        return foreign
    }
}
