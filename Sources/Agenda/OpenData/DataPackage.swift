import Foundation

/// The `datapackage.json` of a folder of open-data tables: a Frictionless Tabular Data Package
/// (v1), with per table its CSV file, its dialect, and its Table Schema (types, Dutch titles and
/// descriptions, primary and foreign keys) and the licence. Pretty-printed with sorted keys, so the
/// same tables give the same bytes.
public struct DataPackage: Sendable {
    /// The package's name: lower-case letters, digits, `-`, `.`, `_` (`mja-am05`).
    public var name: String
    public var title: String
    public var description: String
    public var version: String?
    public var licence: Agenda.Licence
    public var tables: [DataTable]

    public init(name: String, title: String, description: String, version: String?, licence: Agenda.Licence, tables: [DataTable]) {
        self.name = name
        self.title = title
        self.description = description
        self.version = version
        self.licence = licence
        self.tables = tables
    }

    /// The file name beside the tables.
    public static let fileName = "datapackage.json"

    /// The licence's entry in `licenses`: its SPDX id, its page and its Dutch name.
    static func licenceEntry(_ licence: Agenda.Licence) -> [String: Any] {
        switch licence {
        case .cc0:
            ["name": licence.rawValue, "path": "https://creativecommons.org/publicdomain/zero/1.0/",
             "title": "Creative Commons Zero 1.0: vrij van rechten"]
        case .ccBy:
            ["name": licence.rawValue, "path": "https://creativecommons.org/licenses/by/4.0/",
             "title": "Creative Commons Naamsvermelding 4.0"]
        }
    }

    /// The JSON text of the package.
    public func json() -> [UInt8] {
        var root: [String: Any] = [
            "profile": "tabular-data-package", "name": name, "title": title, "description": description,
            "licenses": [Self.licenceEntry(licence)], "resources": tables.map(resource),
        ]
        if let version { root["version"] = version }
        let data = (try? JSONSerialization.data(
            withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return Array(data) + [10]
    }

    private func resource(_ table: DataTable) -> [String: Any] {
        var schema: [String: Any] = [
            "fields": table.fields.map(field), "primaryKey": table.primaryKey, "missingValues": [""],
        ]
        if !table.foreignKeys.isEmpty {
            schema["foreignKeys"] = table.foreignKeys.map { key -> [String: Any] in
                // A reference names the other table's primary key, column for column.
                let target = tables.first { $0.name == key.table }?.primaryKey ?? key.fields
                return ["fields": key.fields, "reference": ["resource": key.table, "fields": target]]
            }
        }
        return [
            "name": table.name, "path": table.fileName, "profile": "tabular-data-resource", "title": table.title,
            "description": table.description, "format": "csv", "mediatype": "text/csv", "encoding": "utf-8",
            "dialect": ["delimiter": ",", "doubleQuote": true, "header": true, "lineTerminator": "\r\n", "quoteChar": "\""],
            "schema": schema,
        ]
    }

    private func field(_ field: DataTable.Field) -> [String: Any] {
        var result: [String: Any] = ["name": field.name, "type": field.type.rawValue, "title": field.title, "description": field.description]
        if field.type == .date { result["format"] = "default" }
        if field.isRequired { result["constraints"] = ["required": true] }
        return result
    }
}
