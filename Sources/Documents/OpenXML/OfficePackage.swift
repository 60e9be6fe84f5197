/// What every Office Open XML package of ours shares: the XML declaration, the relationships
/// namespace and the document properties (`docProps/core.xml`, `docProps/app.xml`). None holds a
/// clock time.
enum OfficePackage {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A relationships part (`_rels/....rels`) holding `relationships` in order.
    static func relationships(_ relationships: [PackageRelationship]) -> String {
        declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">" + relationships.map(\.xml).joined() + "</Relationships>"
    }

    /// `docProps/core.xml`: title, subject, keywords, language, version and status; no dates, since
    /// a clock time would make every build differ.
    static func core(_ metadata: DocumentMetadata, language: String) -> String {
        let subject = [metadata.kind, metadata.part, metadata.region].filter { !$0.isEmpty }.joined(separator: ", ")
        var xml = declaration + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        xml += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        xml += "<dc:title>\(XMLText.escape(metadata.title))</dc:title>"
        if !subject.isEmpty { xml += "<dc:subject>\(XMLText.escape(subject))</dc:subject>" }
        xml += "<dc:creator>mja</dc:creator>"
        let keywords = metadata.keywords.filter { !$0.isEmpty }
        if !keywords.isEmpty { xml += "<cp:keywords>\(XMLText.escape(keywords.joined(separator: ", ")))</cp:keywords>" }
        if !metadata.status.isEmpty { xml += "<cp:contentStatus>\(XMLText.escape(metadata.status))</cp:contentStatus>" }
        xml += "<dc:language>\(XMLText.escape(language))</dc:language>"
        if !metadata.version.isEmpty { xml += "<cp:version>\(XMLText.escape(metadata.version))</cp:version>" }
        return xml + "</cp:coreProperties>"
    }

    /// `docProps/app.xml`: the application's name.
    static let app = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>mja</Application><DocSecurity>0</DocSecurity></Properties>"
}
