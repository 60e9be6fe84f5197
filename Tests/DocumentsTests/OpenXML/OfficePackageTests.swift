import TestSupport
import Testing
@testable import Documents

/// The package parts Word, PowerPoint and Excel files share come from one writer, ``OfficePackage``.
@Suite(.timed) struct OfficePackageTests {
    static let workbook = Workbook(sheets: [Worksheet(name: "Blad", header: ["a"], rows: [[.text("x")]])])

    @Test func theWorkbookSharesThePackageParts() throws {
        let parts = Dictionary(uniqueKeysWithValues: XlsxWriter().parts(Self.workbook).map { ($0.name, $0.text) })
        #expect(parts["_rels/.rels"] == OfficePackage.packageRelationships(mainPart: "xl/workbook.xml"))
        #expect(parts["docProps/app.xml"] == OfficePackage.app)
        let types = try #require(parts["[Content_Types].xml"])
        for (part, type) in OfficePackage.propertyContentTypes {
            #expect(types.contains("<Override PartName=\"\(part)\" ContentType=\"\(type)\"/>"))
        }
        // An empty title is left out of a workbook's properties; a document always has one.
        let core = try #require(parts["docProps/core.xml"])
        #expect(!core.contains("<dc:title>") && core.contains("<dc:creator>mja</dc:creator><dc:language>nl-NL</dc:language>"))
        #expect(OfficePackage.core(DocumentMetadata(title: ""), language: "nl-NL").contains("<dc:title></dc:title>"))
    }

    @Test func thePackageRelationshipsNameTheMainPart() {
        #expect(WordPackageParts.packageRelationships == OfficePackage.packageRelationships(mainPart: "word/document.xml"))
        #expect(PresentationParts.packageRelationships == OfficePackage.packageRelationships(mainPart: "ppt/presentation.xml"))
        #expect(OfficePackage.packageRelationships(mainPart: "xl/workbook.xml") == OfficePackage.declaration
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
            + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
            + "</Relationships>")
    }
}
