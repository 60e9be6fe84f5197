import Foundation
import TestSupport
import Testing
import TOML
import JSON
@testable import Agenda

/// Issue 37, point 1: `agenda.json` is the agenda as the schema of `mja schema` describes it, and
/// `mja importeer` turns it back into a file that reads as the same agenda.
@Suite(.timed) struct AgendaJSONRoundTripTests {
    static let files = WorkspaceLoader.agendaFiles(in: AgendaFixture.repositoryRegions)
    static let workspace = WorkspaceLoader().load(directory: AgendaFixture.repositoryRegions)

    /// The agenda without where it was read from: origins, ranges, the file name and the text list
    /// differ between two files of the same agenda and are not part of what it says.
    /// The tasks of the policy part are a dictionary, which encodes in no fixed order: they are
    /// compared by task, beside the rest.
    static func content(_ agenda: Agenda) throws -> NSObject {
        var rest = agenda
        rest.policy.tasks = [:]
        var object = strip(try JSONSerialization.jsonObject(with: JSONEncoder().encode(rest))) as! [String: Any]
        var tasks: [String: Any] = [:]
        for (task, policy) in agenda.policy.tasks {
            tasks[task.rawValue] = strip(try JSONSerialization.jsonObject(with: JSONEncoder().encode(policy)))
        }
        object["tasks"] = tasks
        return object as NSDictionary
    }

    /// Where two contents first differ, as a path, for the message of a failing round trip.
    static func difference(_ a: Any, _ b: Any, path: String = "") -> String? {
        if let a = a as? [String: Any], let b = b as? [String: Any] {
            for key in Set(a.keys).union(b.keys).sorted() {
                guard let x = a[key], let y = b[key] else { return "\(path).\(key) only on one side" }
                if let found = difference(x, y, path: "\(path).\(key)") { return found }
            }
            return nil
        }
        if let a = a as? [Any], let b = b as? [Any] {
            guard a.count == b.count else { return "\(path): \(a.count) against \(b.count) elements" }
            for (index, (x, y)) in zip(a, b).enumerated() {
                if let found = difference(x, y, path: "\(path)[\(index)]") { return found }
            }
            return nil
        }
        return (a as? NSObject) == (b as? NSObject) ? nil : "\(path): \(a) against \(b)"
    }

    static let sourceKeys: Set<String> = ["origin", "range", "file", "writtenTexts", "exampleFlagRange"]

    static func strip(_ value: Any) -> Any {
        if let object = value as? [String: Any] {
            return object.filter { !sourceKeys.contains($0.key) }.mapValues(strip)
        }
        if let array = value as? [Any] { return array.map(strip) }
        return value
    }

    @Test func tomlToJSONToTOMLGivesTheSameModelForEveryShippedAgenda() throws {
        #expect(Self.files.count == 36)
        let fixture = try AgendaFixture([:])
        defer { fixture.remove() }
        for file in Self.files {
            let text = try String(contentsOfFile: file, encoding: .utf8)
            let json = String(decoding: try OpenDataFiles.agendaJSON(fromTOML: text), as: UTF8.self)
            let (toml, problems) = AgendaJSONImport.convert(json, file: "agenda.json")
            #expect(problems.isEmpty, "\(file): \(problems.map(\.message))")
            let copy = fixture.folder + "/" + (file as NSString).lastPathComponent
            try #require(toml).write(toFile: copy, atomically: true, encoding: .utf8)
            let reread = WorkspaceLoader().load(files: [copy])
            #expect(reread.diagnostics.filter { $0.severity == .error }.isEmpty, "\(file): \(reread.diagnostics.map(\.message))")
            let original = try #require(Self.workspace.agendas.first { $0.file.hasSuffix((file as NSString).lastPathComponent) })
            let again = try #require(reread.agendas.first { $0.file == copy })
            let (before, after) = (try Self.content(original), try Self.content(again))
            #expect(before == after, "\(file): \(Self.difference(before, after) ?? "")")
        }
    }

    /// The comparison sees a change: a round trip that lost a value would fail.
    @Test func theComparisonSeesAChangedValue() throws {
        var agenda = try #require(Self.workspace.agendas.first)
        let before = try Self.content(agenda)
        agenda.themes[0].actions[0].budget[0].amount.cents += 1
        #expect(try Self.content(agenda) != before)
    }

    @Test func everyAgendaJSONPassesTheSchema() throws {
        let schema = JSONSchemaExporter(workspace: Self.workspace).agendaSchema()
        let checker = MiniJSONSchema(schema: try #require(try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [String: Any]))
        for file in Self.files {
            let json = try OpenDataFiles.agendaJSON(fromTOML: String(contentsOfFile: file, encoding: .utf8))
            let value = Self.plain(try JSONParser.parse(String(decoding: json, as: UTF8.self)))
            #expect(checker.violations(of: value) == [], "\(file)")
        }
    }

    /// A JSON value as the checker takes it: Swift strings, Int64, Double, Bool, arrays, dictionaries.
    static func plain(_ value: JSONValue) -> Any {
        switch value.kind {
        case .null: NSNull()
        case .boolean(let flag): flag
        case .number(let text): Int64(text).map { $0 as Any } ?? Double(text)!
        case .string(let text): text
        case .array(let elements): elements.map(plain)
        case .object(let members): Dictionary(uniqueKeysWithValues: members.map { ($0.key, plain($0.value)) })
        }
    }

    @Test func aLicenceIsReadAndCC0IsTheDefault() throws {
        #expect(Self.workspace.agendas.allSatisfy { $0.licence == .cc0 })
        let twente = try String(contentsOfFile: AgendaFixture.repositoryRegions + "/am05-twente.toml", encoding: .utf8)
        let fixture = try AgendaFixture(["am05-twente.toml": twente.replacingOccurrences(
            of: "voorbeeld = true", with: "voorbeeld = true\nlicentie = \"CC-BY-4.0\"")])
        defer { fixture.remove() }
        let workspace = WorkspaceLoader().load(directory: fixture.folder)
        #expect(workspace.agendas.first?.licence == .ccBy)
        let wrong = try AgendaFixture(["am05-twente.toml": twente.replacingOccurrences(
            of: "voorbeeld = true", with: "voorbeeld = true\nlicentie = \"MIT\"")])
        defer { wrong.remove() }
        #expect(WorkspaceLoader().load(directory: wrong.folder).diagnostics.contains { $0.code == "MJA013" })
    }
}
