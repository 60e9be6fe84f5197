/// A relationship of a part (`word/document.xml`, a slide) to another part or an external address.
struct PackageRelationship: Sendable, Equatable {
    var id: String
    /// The last part of the relationship type URI, such as `hyperlink` or `chart`.
    var type: String
    var target: String
    var isExternal: Bool

    /// The relationship type URIs of Office Open XML (transitional).
    static let typeBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    /// The `<Relationship>` element.
    var xml: String {
        "<Relationship Id=\"\(id)\" Type=\"\(Self.typeBase)\(type)\" Target=\"\(XMLText.escape(target))\""
            + (isExternal ? " TargetMode=\"External\"/>" : "/>")
    }

    /// Writes ``xml`` into `xml`, without making a string.
    func write(to xml: inout XMLOutput) {
        xml.write("<Relationship Id=\"")
        xml.write(string: id)
        xml.write("\" Type=\"")
        xml.write(string: Self.typeBase)
        xml.write(string: type)
        xml.write("\" Target=\"")
        xml.write(escaped: target)
        xml.write(isExternal ? "\" TargetMode=\"External\"/>" : "\"/>")
    }
}
