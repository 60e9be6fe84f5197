import JSON

/// The `datapackage.json` of a folder of open-data tables: a Frictionless Tabular Data Package
/// (v1), with per table its CSV file, its dialect, and its Table Schema (types, Dutch titles and
/// descriptions, primary and foreign keys) and the licence. Pretty-printed with the members in a
/// fixed order, so the same tables give the same bytes.
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
    static func licenceEntry(_ licence: Agenda.Licence) -> JSONNode {
        switch licence {
        case .cc0:
            .object([.init("name", .string(licence.rawValue)), .init("path", .string("https://creativecommons.org/publicdomain/zero/1.0/")),
                     .init("title", .string("Creative Commons Zero 1.0: vrij van rechten"))])
        case .ccBy:
            .object([.init("name", .string(licence.rawValue)), .init("path", .string("https://creativecommons.org/licenses/by/4.0/")),
                     .init("title", .string("Creative Commons Naamsvermelding 4.0"))])
        }
    }

    /// The JSON text of the package, its members in a fixed order.
    public func json() -> [UInt8] {
        var root: [JSONNode.Member] = [
            .init("profile", .string("tabular-data-package")), .init("name", .string(name)), .init("title", .string(title)),
            .init("description", .string(description)),
        ]
        if let version { root.append(.init("version", .string(version))) }
        root += [.init("licenses", .array([Self.licenceEntry(licence)])), .init("resources", .array(tables.map(resource)))]
        return Array(JSONNode.object(root).text().utf8)
    }

    private func resource(_ table: DataTable) -> JSONNode {
        var schema: [JSONNode.Member] = [
            .init("fields", .array(table.fields.map(field))), .init("primaryKey", strings(table.primaryKey)),
        ]
        if !table.foreignKeys.isEmpty {
            schema.append(.init("foreignKeys", .array(table.foreignKeys.map { key in
                // A reference names the other table's primary key, column for column.
                let target = tables.first { $0.name == key.table }?.primaryKey ?? key.fields
                return .object([.init("fields", strings(key.fields)),
                                 .init("reference", .object([.init("resource", .string(key.table)), .init("fields", strings(target))]))])
            })))
        }
        schema.append(.init("missingValues", strings([""])))
        return .object([
            .init("name", .string(table.name)), .init("path", .string(table.fileName)), .init("profile", .string("tabular-data-resource")),
            .init("title", .string(table.title)), .init("description", .string(table.description)), .init("format", .string("csv")),
            .init("mediatype", .string("text/csv")), .init("encoding", .string("utf-8")),
            .init("dialect", .object([.init("delimiter", .string(",")), .init("doubleQuote", .boolean(true)), .init("header", .boolean(true)),
                                      .init("lineTerminator", .string("\r\n")), .init("quoteChar", .string("\""))])),
            .init("schema", .object(schema)),
        ])
    }

    private func strings(_ values: [String]) -> JSONNode { .array(values.map(JSONNode.string)) }

    private func field(_ field: DataTable.Field) -> JSONNode {
        var result: [JSONNode.Member] = [
            .init("name", .string(field.name)), .init("type", .string(field.type.rawValue)), .init("title", .string(field.title)),
            .init("description", .string(field.description)),
        ]
        if field.type == .date { result.append(.init("format", .string("default"))) }
        if field.isRequired { result.append(.init("constraints", .object([.init("required", .boolean(true))]))) }
        return .object(result)
    }
}
