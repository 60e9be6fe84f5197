import Documents
import FoundationEssentials
import FoundationGaps

/// `sitemap.xml` for the Woo-index: every published document of a build, with DiWoo metadata (the
/// metadata standard of the Woo-index, `https://standaarden.overheid.nl/diwoo/metadata/`) inside the
/// sitemap's `url`: the official title, the publisher, the information category "jaarplannen en
/// jaarverslagen" (TOOI `c_c6cd1213`), the document's format and language, its creation date and,
/// for an adopted agenda, the act of adoption (vaststelling) with its date. Absolute addresses need
/// the address the build is published at (`--publicatieadres`).
public struct DiWooSitemap: Sendable {
    /// One document of the sitemap.
    public struct Entry: Sendable {
        /// The path below the published folder: `am05-twente/beleidsdeel.pdf`.
        public var path: String
        /// The official title: "Regionale Meerjarenagenda Twente 2026-2030: beleidsdeel".
        public var title: String
        /// The organisation that publishes: "Regionaal Beraad Twente".
        public var publisher: String
        /// The date of adoption, nil for a concept (then there is no act of adoption).
        public var adopted: CalendarDate?
        /// The date the document was made from: adoption, else the agenda's peildatum; nil: none known.
        public var created: CalendarDate?

        /// Makes an entry.
        public init(path: String, title: String, publisher: String, adopted: CalendarDate?, created: CalendarDate?) {
            self.path = path
            self.title = title
            self.publisher = publisher
            self.adopted = adopted
            self.created = created
        }
    }

    /// The address the folder is published at, ending in `/`.
    public var baseAddress: String
    public var entries: [Entry]

    /// Makes a sitemap of `entries` below `baseAddress`.
    public init(baseAddress: String, entries: [Entry]) {
        self.baseAddress = baseAddress.hasSuffix("/") ? baseAddress : baseAddress + "/"
        self.entries = entries
    }

    static let namespace = "https://standaarden.overheid.nl/diwoo/metadata/"
    static let category = "https://identifier.overheid.nl/tooi/def/thes/kern/c_c6cd1213"
    static let adoption = "https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76"

    /// The sitemap as XML text.
    public func xml() -> [UInt8] {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:diwoo=\"\(Self.namespace)\">\n"
        for entry in entries {
            let e = XMLText.escape
            let ext = FilePath.extension(of: entry.path).uppercased()
            out += "  <url>\n"
            out += "    <loc>\(e(baseAddress + PercentEncoding.path(entry.path)))</loc>\n"
            if let created = entry.created { out += "    <lastmod>\(created)</lastmod>\n" }
            out += "    <diwoo:Document>\n      <diwoo:DiWoo>\n"
            out += "        <diwoo:publisher>\(e(entry.publisher))</diwoo:publisher>\n"
            out += "        <diwoo:titelcollectie>\n          <diwoo:officieleTitel>\(e(entry.title))</diwoo:officieleTitel>\n        </diwoo:titelcollectie>\n"
            out += "        <diwoo:classificatiecollectie>\n          <diwoo:informatiecategorieen>\n"
            out += "            <diwoo:informatiecategorie resource=\"\(Self.category)\">jaarplannen en jaarverslagen</diwoo:informatiecategorie>\n"
            out += "          </diwoo:informatiecategorieen>\n        </diwoo:classificatiecollectie>\n"
            if let created = entry.created { out += "        <diwoo:creatiedatum>\(created)</diwoo:creatiedatum>\n" }
            out += "        <diwoo:format resource=\"http://publications.europa.eu/resource/authority/file-type/\(e(ext))\">\(e(ext.lowercased()))</diwoo:format>\n"
            out += "        <diwoo:language resource=\"http://publications.europa.eu/resource/authority/language/NLD\">Nederlands</diwoo:language>\n"
            if let adopted = entry.adopted {
                out += "        <diwoo:documenthandelingen>\n          <diwoo:documenthandeling>\n"
                out += "            <diwoo:soortHandeling resource=\"\(Self.adoption)\">vaststelling</diwoo:soortHandeling>\n"
                out += "            <diwoo:atTime>\(adopted)T00:00:00</diwoo:atTime>\n"
                out += "          </diwoo:documenthandeling>\n        </diwoo:documenthandelingen>\n"
            }
            out += "      </diwoo:DiWoo>\n    </diwoo:Document>\n  </url>\n"
        }
        out += "</urlset>\n"
        return Array(out.utf8)
    }
}
