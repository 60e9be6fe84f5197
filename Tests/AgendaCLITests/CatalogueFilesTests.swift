import Agenda
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import TestSupport
import Testing
@testable import AgendaCLI

/// The catalogue records (DCAT-AP-NL, JSON-LD) beside the open data and the DiWoo sitemap for the
/// Woo-index (issue 37, point 2).
@Suite(.timed) struct CatalogueFilesTests {
    /// A workspace with Twente and the LMJA, and an output folder where `--formaat data` left its files for Twente and the country.
    func workspaceWithData() throws -> (folder: String, output: String) {
        let (folder, output) = try BuildCommandTests().workspace()
        try FileManager.default.copyItem(atPath: AgendaCommandsTests.regions + "/lmja.toml", toPath: folder + "/lmja.toml")
        for data in ["am05-twente/data", "data"] {
            try FileManager.default.createDirectory(atPath: "\(output)/\(data)", withIntermediateDirectories: true)
            try "id,titel\n".write(toFile: "\(output)/\(data)/themas.csv", atomically: true, encoding: .utf8)
            try #"{"licenses": [{"name": "CC0-1.0", "path": "https://creativecommons.org/publicdomain/zero/1.0/"}]}"#
                .write(toFile: "\(output)/\(data)/datapackage.json", atomically: true, encoding: .utf8)
        }
        return (folder, output)
    }

    @Test func aRecordIsWrittenBesideEachDataFolderWithTheRequiredFields() throws {
        let (folder, output) = try workspaceWithData()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("build", folder, "--uit", output, "--formaat", "html")
        #expect(result.code == .success, "\(result.error)")
        // No data folder for the LMJA: no record that describes files that are not there.
        #expect(!FileManager.default.fileExists(atPath: output + "/lmja/data/dcat.jsonld"))
        for (path, publisher) in [("am05-twente/data/dcat.jsonld", "Regionaal Beraad Twente"), ("data/dcat.jsonld", "Landelijk Beraad")] {
            let data = try #require(FileManager.default.contents(atPath: "\(output)/\(path)"), "\(path)")
            let record = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(record["@type"] as? String == "dcat:Dataset")
            for key in ["@context", "dct:title", "dct:description", "dct:publisher", "dcat:contactPoint", "dct:license", "dct:language", "dcat:theme", "dcat:distribution", "dct:temporal"] {
                #expect(record[key] != nil, "\(path): \(key)")
            }
            #expect((record["dct:publisher"] as? [String: Any])?["foaf:name"] as? String == publisher)
            #expect((record["dct:license"] as? [String: Any])?["@id"] as? String == "https://creativecommons.org/publicdomain/zero/1.0/")
            let distributions = try #require(record["dcat:distribution"] as? [[String: Any]])
            #expect(distributions.compactMap { ($0["dcat:downloadURL"] as? [String: Any])?["@id"] as? String } == ["datapackage.json", "themas.csv"])
            #expect((distributions[1]["dcat:mediaType"] as? [String: Any])?["@id"] as? String == "https://www.iana.org/assignments/media-types/text/csv")
            // A concept has no date of adoption: no dct:issued is made up.
            #expect(record["dct:issued"] == nil)
        }
        // No address given: no sitemap.
        #expect(!FileManager.default.fileExists(atPath: output + "/sitemap.xml"))
    }

    @Test func noDataNoRecord() throws {
        let (folder, output) = try BuildCommandTests().workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(mja("build", folder, "--uit", output, "--formaat", "html").code == .success)
        #expect(!FileManager.default.fileExists(atPath: output + "/am05-twente/data"))
        #expect(!FileManager.default.fileExists(atPath: output + "/data"))
    }

    @Test func theSitemapListsEveryDocumentWithItsDiWooMetadata() throws {
        let (folder, output) = try workspaceWithData()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("build", folder, "--uit", output, "--formaat", "html,pdf", "--publicatieadres", "https://www.voorbeeld.nl/mja")
        #expect(result.code == .success, "\(result.error)")
        let data = try #require(FileManager.default.contents(atPath: output + "/sitemap.xml"))
        let text = String(decoding: data, as: UTF8.self)
        #expect(XMLParser(data: data).parse(), "well-formed XML")
        #expect(text.contains("<loc>https://www.voorbeeld.nl/mja/am05-twente/publieksversie.pdf</loc>"))
        #expect(text.contains("<diwoo:officieleTitel>Regionale Meerjarenagenda Twente 2026-2030: uitvoeringsdeel</diwoo:officieleTitel>"))
        #expect(text.contains("<diwoo:publisher>Regionaal Beraad Twente</diwoo:publisher>"))
        #expect(text.contains("<diwoo:informatiecategorie resource=\"https://identifier.overheid.nl/tooi/def/thes/kern/c_c6cd1213\">jaarplannen en jaarverslagen</diwoo:informatiecategorie>"))
        #expect(text.components(separatedBy: "<url>").count - 1 == 2 * (2 * 3 + 1))
        // The records' links are absolute now.
        let record = String(decoding: try #require(FileManager.default.contents(atPath: output + "/am05-twente/data/dcat.jsonld")), as: UTF8.self)
        #expect(record.contains("\"https://www.voorbeeld.nl/mja/am05-twente/data/themas.csv\""))
    }

    @Test(.enabled(if: ExternalTool.xmllint.shouldRun, ExternalTool.xmllint.skipReason))
    func xmllintAcceptsTheSitemap() throws {
        let sitemap = DiWooSitemap(baseAddress: "https://www.voorbeeld.nl/mja/", entries: [
            DiWooSitemap.Entry(path: "am05-twente/beleidsdeel.pdf", title: "Werk & <inkomen> \"Twente\"", publisher: "Regionaal Beraad Twente",
                               adopted: CalendarDate(year: 2026, month: 3, day: 1), created: CalendarDate(year: 2026, month: 3, day: 1)),
        ])
        let file = NSTemporaryDirectory() + "mja-sitemap-" + UUID().uuidString + ".xml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data(sitemap.xml()).write(to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try ExternalTool.xmllint.require())
        process.arguments = ["--noout", file]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let text = String(decoding: sitemap.xml(), as: UTF8.self)
        #expect(text.contains("<diwoo:officieleTitel>Werk &amp; &lt;inkomen&gt; "))
        #expect(text.contains("<diwoo:soortHandeling resource=\"https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76\">vaststelling</diwoo:soortHandeling>"))
        #expect(text.contains("<diwoo:creatiedatum>2026-03-01</diwoo:creatiedatum>"))
    }

    @Test(arguments: ["www.voorbeeld.nl/mja", "ftp://voorbeeld.nl/", "https://", "https://voorbeeld.nl/mja?x=1", "https://voorbeeld.nl/m ja"])
    func anAddressThatIsNotAWebAddressIsRefusedBeforeAnythingIsWritten(_ address: String) throws {
        let (folder, output) = try BuildCommandTests().workspace()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = mja("build", folder, "--uit", output, "--publicatieadres", address)
        #expect(result.code == .usageError)
        #expect(result.error.contains("--publicatieadres verwacht het volledige webadres"), "\(result.error)")
        #expect(!FileManager.default.fileExists(atPath: output))
    }
}
