import FoundationEssentials
import FoundationGaps

/// A DCAT-AP-NL catalogue record (JSON-LD) for the open data of one agenda (`<agenda>/data/dcat.jsonld`)
/// or of the whole country (`data/dcat.jsonld`), for data.overheid.nl: a `dcat:Dataset` with its
/// title, description, publisher, contact point, dates, period, language, theme, licence and a
/// `dcat:distribution` per data file. Every value comes from the agenda or from the files that were
/// written; what the agenda does not say (a date for a concept, a licence no data package names) is
/// left out, never guessed. Keys are sorted, so the same input gives the same bytes.
public struct CatalogueRecord: Sendable {
    /// What the record describes.
    public var title: String
    public var description: String
    /// The organisation that publishes: "Regionaal Beraad Twente", "Landelijk Beraad".
    public var publisher: String
    /// The agenda's version.
    public var version: String
    /// The date of adoption (`dct:issued`), nil for a concept.
    public var issued: CalendarDate?
    /// The date the data stand at (`dct:modified`): the agenda's peildatum, else its date of adoption.
    public var modified: CalendarDate?
    /// The policy period, as `dct:temporal`.
    public var period: YearRange
    /// Keywords: the region, the tasks, the themes' titles.
    public var keywords: [String]
    /// The licence's URI (from the data package), nil when none is known.
    public var licence: String?
    /// The data files, by path relative to the record's folder (`themas.csv`).
    public var files: [String]
    /// Where the record's folder is published (`https://example.nl/mja/am05-twente/data/`), or nil:
    /// then the links are relative to the record.
    public var baseAddress: String?

    /// Makes a record.
    public init(title: String, description: String, publisher: String, version: String, issued: CalendarDate?, modified: CalendarDate?,
                period: YearRange, keywords: [String], licence: String?, files: [String], baseAddress: String?) {
        self.title = title
        self.description = description
        self.publisher = publisher
        self.version = version
        self.issued = issued
        self.modified = modified
        self.period = period
        self.keywords = keywords
        self.licence = licence
        self.files = files
        self.baseAddress = baseAddress
    }

    /// The vocabularies the record uses.
    static let context: [String: String] = [
        "dcat": "http://www.w3.org/ns/dcat#", "dct": "http://purl.org/dc/terms/", "foaf": "http://xmlns.com/foaf/0.1/",
        "vcard": "http://www.w3.org/2006/vcard/ns#", "xsd": "http://www.w3.org/2001/XMLSchema#",
    ]
    /// EU authority lists that DCAT-AP-NL takes its values from.
    static let dutch = "http://publications.europa.eu/resource/authority/language/NLD"
    static let economyTheme = "http://publications.europa.eu/resource/authority/data-theme/ECON"
    static let publicAccess = "http://publications.europa.eu/resource/authority/access-right/PUBLIC"

    /// The record as a JSON object.
    public func object() -> [String: Any] {
        var dataset: [String: Any] = [
            "@context": Self.context,
            "@type": "dcat:Dataset",
            "@id": address(""),
            "dct:identifier": address(""),
            "dct:title": Self.dutchText(title),
            "dct:description": Self.dutchText(description),
            "dct:publisher": ["@type": "foaf:Agent", "foaf:name": publisher],
            "dcat:contactPoint": ["@type": "vcard:Organization", "vcard:fn": publisher] as [String: Any],
            "dct:language": ["@id": Self.dutch],
            "dcat:theme": ["@id": Self.economyTheme],
            "dct:accessRights": ["@id": Self.publicAccess],
            "dcat:keyword": keywords.map(Self.dutchText),
            "dcat:version": version,
            "dct:temporal": [
                "@type": "dct:PeriodOfTime",
                "dcat:startDate": Self.date(CalendarDate(year: period.first, month: 1, day: 1)),
                "dcat:endDate": Self.date(CalendarDate(year: period.last, month: 12, day: 31)),
            ] as [String: Any],
            "dcat:distribution": files.map(distribution),
        ]
        if let issued { dataset["dct:issued"] = Self.date(issued) }
        if let modified { dataset["dct:modified"] = Self.date(modified) }
        if let licence { dataset["dct:license"] = ["@id": licence] }
        return dataset
    }

    /// The record as JSON-LD text, keys sorted.
    public func jsonLD() -> [UInt8] {
        (PrettyJSON.bytes(of: object()) ?? []) + [0x0A]
    }

    /// One file as a `dcat:Distribution`, with its media type and format from the EU and IANA lists.
    private func distribution(_ file: String) -> [String: Any] {
        let ext = FilePath.extension(of: file).lowercased()
        let media = ext == "csv" ? "text/csv" : ext == "json" || ext == "jsonld" ? "application/json" : "application/octet-stream"
        var result: [String: Any] = [
            "@type": "dcat:Distribution",
            "dct:title": Self.dutchText(file),
            "dcat:accessURL": ["@id": address(file)],
            "dcat:downloadURL": ["@id": address(file)],
            "dcat:mediaType": ["@id": "https://www.iana.org/assignments/media-types/\(media)"],
            "dct:format": ["@id": "http://publications.europa.eu/resource/authority/file-type/\(ext == "jsonld" ? "JSON_LD" : ext.uppercased())"],
            "dct:language": ["@id": Self.dutch],
        ]
        if let licence { result["dct:license"] = ["@id": licence] }
        return result
    }

    /// `path` below the record's folder: absolute when the base address is known.
    private func address(_ path: String) -> String {
        guard let baseAddress else { return path.isEmpty ? "./" : path }
        return baseAddress + PercentEncoding.path(path)
    }

    static func dutchText(_ text: String) -> [String: String] { ["@value": text, "@language": "nl"] }

    static func date(_ date: CalendarDate) -> [String: String] { ["@value": date.description, "@type": "xsd:date"] }
}
