/// What every Office Open XML package of ours (`.docx`, `.pptx`, `.xlsx`) shares, written here
/// once: the XML declaration, `[Content_Types].xml`, the relationships parts (`_rels/.rels` and
/// the others) and the document properties (`docProps/core.xml`, `docProps/app.xml`). None holds
/// a clock time.
enum OfficePackage {
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// A relationships part (`_rels/....rels`) holding `relationships` in order.
    static func relationships(_ relationships: [PackageRelationship]) -> String {
        String(decoding: relationshipBytes(relationships), as: UTF8.self)
    }

    /// ``relationships(_:)`` as bytes, written without strings: the parts of every slide and chart.
    static func relationshipBytes(_ relationships: [PackageRelationship]) -> [UInt8] {
        var xml = XMLOutput(capacity: 200 + 160 * relationships.count)
        xml.write(string: relationshipsHead)
        for relationship in relationships { relationship.write(to: &xml) }
        xml.write("</Relationships>")
        return xml.bytes()
    }

    /// What every relationships part starts with.
    static let relationshipsHead = declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">"

    /// `_rels/.rels`: the package's main part (`word/document.xml`, `ppt/presentation.xml`,
    /// `xl/workbook.xml`) and the two property parts.
    static func packageRelationships(mainPart: String) -> String {
        declaration + "<Relationships xmlns=\"\(relationshipsNamespace)\">"
            + "<Relationship Id=\"rId1\" Type=\"\(PackageRelationship.typeBase)officeDocument\" Target=\"\(mainPart)\"/>"
            + "<Relationship Id=\"rId2\" Type=\"\(relationshipsNamespace)/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"\(PackageRelationship.typeBase)extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>"
    }

    /// `[Content_Types].xml`: relationships parts and other XML by extension, then `defaults`
    /// (extension, content type), then each of `overrides` (part name, content type) in order.
    static func contentTypes(defaults: [(String, String)] = [], overrides: [(String, String)]) -> String {
        String(decoding: contentTypeBytes(defaults: defaults, overrides: overrides), as: UTF8.self)
    }

    /// ``contentTypes(defaults:overrides:)`` as bytes, written without strings.
    static func contentTypeBytes(defaults: [(String, String)] = [], overrides: [(String, String)]) -> [UInt8] {
        var xml = XMLOutput(capacity: 400 + 150 * (defaults.count + overrides.count))
        xml.write(string: declaration)
        xml.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
        for (fileExtension, type) in [("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")] + defaults {
            // Extensions, part names and types are the writers' own ASCII: escaping leaves them as they are.
            xml.write("<Default")
            xml.attribute("Extension", escaped: fileExtension)
            xml.attribute("ContentType", escaped: type)
            xml.write("/>")
        }
        for (part, type) in overrides {
            xml.write("<Override")
            xml.attribute("PartName", escaped: part)
            xml.attribute("ContentType", escaped: type)
            xml.write("/>")
        }
        xml.write("</Types>")
        return xml.bytes()
    }

    /// The content types of the two property parts, for ``contentTypes(defaults:overrides:)``.
    static let propertyContentTypes = [
        ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
    ]

    /// PNG pictures and embedded workbooks (the data of a chart), by extension.
    static let pictureAndWorkbookDefaults = [
        ("png", "image/png"), ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ]

    /// What `docProps/core.xml` says; an empty field is left out, and so is a nil title.
    struct CoreProperties {
        var title: String?
        var subject = ""
        var keywords: [String] = []
        var status = ""
        var language: String
        var version = ""
    }

    /// `docProps/core.xml`: title, subject, keywords, language, version and status; no dates,
    /// since a clock time would make every build differ.
    static func core(_ properties: CoreProperties) -> String {
        String(decoding: coreBytes(properties), as: UTF8.self)
    }

    /// ``core(_:)`` as bytes, written without strings (by interpolation the small part cost as
    /// much as a table).
    static func coreBytes(_ properties: CoreProperties) -> [UInt8] {
        var xml = XMLOutput(capacity: 1024)
        xml.write(string: declaration)
        xml.write("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        xml.write(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">")
        if let title = properties.title { xml.element("dc:title", escaped: title) }
        if !properties.subject.isEmpty { xml.element("dc:subject", escaped: properties.subject) }
        xml.write("<dc:creator>mja</dc:creator>")
        let keywords = properties.keywords.filter { !$0.isEmpty }
        if !keywords.isEmpty { xml.element("cp:keywords", escaped: keywords.joined(separator: ", ")) }
        if !properties.status.isEmpty { xml.element("cp:contentStatus", escaped: properties.status) }
        xml.element("dc:language", escaped: properties.language)
        if !properties.version.isEmpty { xml.element("cp:version", escaped: properties.version) }
        xml.write("</cp:coreProperties>")
        return xml.bytes()
    }

    /// `docProps/core.xml` of a document (Word, PowerPoint): its metadata, the title always.
    static func core(_ metadata: DocumentMetadata, language: String) -> String {
        String(decoding: coreBytes(metadata, language: language), as: UTF8.self)
    }

    /// ``core(_:language:)`` as bytes.
    static func coreBytes(_ metadata: DocumentMetadata, language: String) -> [UInt8] {
        coreBytes(CoreProperties(
            title: metadata.title, subject: [metadata.kind, metadata.part, metadata.region].filter { !$0.isEmpty }.joined(separator: ", "),
            keywords: metadata.keywords, status: metadata.status, language: language, version: metadata.version))
    }

    /// `docProps/app.xml`: the application's name.
    static let app = declaration
        + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Application>mja</Application><DocSecurity>0</DocSecurity></Properties>"
}
