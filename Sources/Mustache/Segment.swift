/// A piece of a rendered template: text, or the place of an ``MustacheValue/embedded(_:)`` value.
///
/// A program that fills a template with more than text (a parsed paragraph, a chart, a marker)
/// hands such content over as ``MustacheValue/embedded(_:)`` and renders with
/// ``Template/segments(_:escaping:library:strict:)``: the output then says where each embedded
/// value stands, and the program puts it in place itself, without finding it back in text.
public enum Segment: Sendable, Hashable {
    /// Text: the template's own text and the values it wrote, escaped.
    case text(String)
    /// The place of the embedded value with this number.
    case embedded(Int)
}
