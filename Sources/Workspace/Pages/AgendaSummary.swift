import TOML

/// What the overview shows of an agenda, read from its `[agenda]` table: title, region, status,
/// version. A file that cannot be read says so instead.
struct AgendaSummary {
    var title: String
    var region: String
    var status: String
    var version: String
    var readable: Bool

    init(text: String, fallback: String) {
        guard let table = try? TOML.parse(text), case .table(let agenda)? = table["agenda"]?.kind else {
            self.init(title: fallback, region: "", status: "", version: "", readable: false)
            return
        }
        func string(_ key: String) -> String {
            if case .string(let value)? = agenda[key]?.kind { return value }
            return ""
        }
        self.init(title: string("titel").isEmpty ? fallback : string("titel"),
                  region: string("regio").isEmpty ? (string("soort") == "landelijk" ? "landelijk" : "") : string("regio"),
                  status: string("status"), version: string("versie"), readable: true)
    }

    init(title: String, region: String, status: String, version: String, readable: Bool) {
        self.title = title
        self.region = region
        self.status = status
        self.version = version
        self.readable = readable
    }
}
