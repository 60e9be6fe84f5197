import Foundation
import TestSupport
import Testing
import TOML

/// Thousands of random edits on every shipped agenda: each edited text reads back as exactly the
/// intended document (kept by the test in its own model), and the lines outside the edit stay
/// byte-identical. Seeded, so every run makes the same edits.
@Suite(.timed) struct TOMLEditPropertyTests {
    static let regions: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("regions")

    static let agendas: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: regions.path)) ?? [])
        .filter { $0.hasSuffix(".toml") }.sorted()

    static let editsPerAgenda = 60

    @Test func everyShippedAgendaIsTested() {
        #expect(Self.agendas.count >= 36)
    }

    @Test(arguments: agendas)
    func randomEditsKeepEverythingElse(_ name: String) throws {
        let original = try String(contentsOf: Self.regions.appendingPathComponent(name), encoding: .utf8)
        var random = SeededGenerator(state: name.utf8.reduce(0xC0FFEE) { $0 &* 31 &+ UInt64($1) })
        var editor = try TOMLEditor(text: original)
        var expected = PlainValue(editor.root)
        var made = [String: Int]()
        for step in 0..<Self.editsPerAgenda {
            let before = editor.text
            let targets = Targets(editor.root, text: before)
            let edit = Edit.random(targets, using: &random)
            let context = Comment(rawValue: "\(name), edit \(step): \(edit)")
            do {
                try edit.apply(to: &editor)
            } catch {
                #expect(edit.mayBeRefused(error.reason), context)
                #expect(editor.text == before, context)
                continue
            }
            made[edit.kind, default: 0] += 1
            edit.apply(to: &expected)
            #expect(PlainValue(editor.root) == expected, context)
            #expect(PlainValue(try TOML.parse(editor.text)) == expected, context)
            let diff = LineDiff(before, editor.text)
            #expect(edit.allows(diff), "\(context.rawValue)\nchanged old lines \(diff.oldChanged), new lines \(diff.newChanged)")
            if PlainValue(editor.root) != expected { return }  // one failure is enough to read
        }
        // Every kind of edit was made, most of them many times.
        for kind in ["set", "add key", "remove value", "remove section", "append table", "append element"] {
            #expect(made[kind, default: 0] > 0, "\(name): no \(kind)")
        }
    }
}

/// The lines two texts differ in: after the longest common start and end.
struct LineDiff {
    let oldChanged: Range<Int>
    let newChanged: Range<Int>
    let old: [Substring]
    let new: [Substring]

    init(_ old: String, _ new: String) {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        self.old = a
        self.new = b
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        oldChanged = prefix..<(a.count - suffix)
        newChanged = prefix..<(b.count - suffix)
    }
}

/// What a document offers to edit, found through the public tree and the characters at its ranges.
struct Targets {
    struct Place {
        var path: [TOMLPathComponent]
        var value: TOMLValue
        /// The lines (0-based) the place may change: its own, or those of the value written in one
        /// piece (`[...]`, `{...}`) that holds it.
        var lines: ClosedRange<Int>
        /// Whether it stands inside a value written in one piece (an element, an inline table's key).
        var inValue = false
    }

    var leaves: [Place] = []
    var tables: [Place] = []  // every table, with `inline` telling `{...}`
    var sections: [Place] = []  // tables with a header, and elements of arrays of tables
    var tableArrays: [Place] = []
    var arrays: [Place] = []  // arrays written as values
    var inline: Set<[TOMLPathComponent]> = []
    let lines: [Substring]

    init(_ root: TOMLTable, text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let whole = TOMLValue(.table(root), range: root.entries.first?.value.range ?? .init(start: .init(line: 1, column: 1), end: .init(line: 1, column: 1)))
        tables.append(Place(path: [], value: whole, lines: 0...0))
        walk(root, path: [], within: nil)
    }

    private func character(at position: (line: Int, column: Int)) -> Unicode.Scalar? {
        guard position.line - 1 < lines.count else { return nil }
        let scalars = Array(lines[position.line - 1].unicodeScalars)
        return position.column - 1 < scalars.count ? scalars[position.column - 1] : nil
    }

    private func lines(of value: TOMLValue) -> ClosedRange<Int> { (value.range.start.line - 1)...(value.range.end.line - 1) }

    private mutating func walk(_ table: TOMLTable, path: [TOMLPathComponent], within: ClosedRange<Int>?) {
        for entry in table.entries { visit(entry.value, path: path + [.key(entry.key)], within: within) }
    }

    private mutating func visit(_ value: TOMLValue, path: [TOMLPathComponent], within: ClosedRange<Int>?) {
        let first = character(at: (value.range.start.line, value.range.start.column))
        switch value.kind {
        case .table(let table):
            let isInline = first == "{"
            let held = within ?? (isInline ? lines(of: value) : nil)
            tables.append(Place(path: path, value: value, lines: held ?? lines(of: value)))
            if isInline { inline.insert(path) }
            if first == "[" && within == nil { sections.append(Place(path: path, value: value, lines: lines(of: value))) }
            walk(table, path: path, within: held)
        case .array(let elements):
            let isTableArray = !elements.isEmpty && elements[0].range.start == value.range.start
            if isTableArray {
                tableArrays.append(Place(path: path, value: value, lines: lines(of: value)))
                for (index, element) in elements.enumerated() { visit(element, path: path + [.index(index)], within: nil) }
            } else {
                let held = within ?? lines(of: value)
                arrays.append(Place(path: path, value: value, lines: held))
                for (index, element) in elements.enumerated() { visit(element, path: path + [.index(index)], within: held) }
            }
        default:
            leaves.append(Place(path: path, value: value, lines: within ?? lines(of: value), inValue: within != nil))
        }
    }
}

/// One random edit, what it should make, and which lines it may touch.
enum Edit: CustomStringConvertible {
    case set(Targets.Place, TOMLEditValue)
    case addKey(Targets.Place, String, TOMLEditValue, inline: Bool)
    case removeValue(Targets.Place)
    case removeSection(Targets.Place)
    case appendTable([TOMLPathComponent], [(String, TOMLEditValue)])
    case appendElement(Targets.Place, TOMLEditValue)

    static func random(_ targets: Targets, using random: inout SeededGenerator) -> Edit {
        while true {
            switch Int.random(in: 0..<100, using: &random) {
            case 0..<35 where !targets.leaves.isEmpty:
                return .set(random.pick(targets.leaves), random.value())
            case 35..<55:
                let table = random.pick(targets.tables)
                guard case .table(let existing) = table.value.kind else { continue }
                let key = random.key()
                if existing[key] != nil { continue }
                return .addKey(table, key, random.value(), inline: targets.inline.contains(table.path))
            case 55..<68 where !targets.leaves.isEmpty:
                return .removeValue(random.pick(targets.leaves))
            case 68..<76 where !targets.sections.isEmpty:
                return .removeSection(random.pick(targets.sections))
            case 76..<90:
                var entries: [(String, TOMLEditValue)] = []
                for index in 0..<Int.random(in: 1...3, using: &random) { entries.append(("e\(index)", random.value())) }
                if Bool.random(using: &random), !targets.tableArrays.isEmpty {
                    return .appendTable(random.pick(targets.tableArrays).path, entries)
                }
                let parents = targets.tables.filter { !targets.inline.contains($0.path) && $0.path.allSatisfy { if case .key = $0 { true } else { true } } }
                let parent = random.pick(parents)
                guard case .table(let existing) = parent.value.kind else { continue }
                let key = "neu\(Int.random(in: 0...9, using: &random))"
                if existing[key] != nil { continue }
                return .appendTable(parent.path + [.key(key)], entries)
            case 90..<100 where !targets.arrays.isEmpty:
                return .appendElement(random.pick(targets.arrays), random.value())
            default:
                continue
            }
        }
    }

    var kind: String {
        switch self {
        case .set: "set"
        case .addKey: "add key"
        case .removeValue: "remove value"
        case .removeSection: "remove section"
        case .appendTable: "append table"
        case .appendElement: "append element"
        }
    }

    var description: String {
        switch self {
        case .set(let place, let value): "set \(place.path.written) = \(value)"
        case .addKey(let place, let key, let value, _): "add \(key) = \(value) to \(place.path.written)"
        case .removeValue(let place): "remove \(place.path.written)"
        case .removeSection(let place): "remove section \(place.path.written)"
        case .appendTable(let path, let entries): "append table to \(path.written): \(entries)"
        case .appendElement(let place, let value): "append \(value) to \(place.path.written)"
        }
    }

    func apply(to editor: inout TOMLEditor) throws(TOMLEditError) {
        switch self {
        case .set(let place, let value): try editor.set(value, at: place.path)
        case .addKey(let place, let key, let value, _): try editor.set(value, at: place.path + [.key(key)])
        case .removeValue(let place): try editor.remove(at: place.path)
        case .removeSection(let place): try editor.remove(at: place.path)
        case .appendTable(let path, let entries): try editor.appendTable(to: path, entries: entries)
        case .appendElement(let place, let value): try editor.appendElement(value, to: place.path)
        }
    }

    func apply(to model: inout PlainValue) {
        switch self {
        case .set(let place, let value): model.change(place.path[...]) { $0 = PlainValue(value) }
        case .addKey(let place, let key, let value, _): model.change((place.path + [.key(key)])[...]) { $0 = PlainValue(value) }
        case .removeValue(let place): model.change(place.path[...]) { $0 = nil }
        case .removeSection(let place):
            model.change(place.path[...]) { $0 = nil }
            // The last element of an array of tables takes the array with it: no `[[header]]` is left.
            if case .index = place.path.last {
                let array = Array(place.path.dropLast())
                model.change(array[...]) { if case .array(let elements)? = $0, elements.isEmpty { $0 = nil } }
            }
        case .appendTable(let path, let entries):
            model.change(path[...]) { value in
                let table = PlainValue(TOMLEditValue.inlineTable(entries))
                if case .array(let elements)? = value { value = .array(elements + [table]) } else { value = .array([table]) }
            }
        case .appendElement(let place, let value):
            model.change(place.path[...]) { array in
                if case .array(let elements)? = array { array = .array(elements + [PlainValue(value)]) }
            }
        }
    }

    /// Whether a refusal is one this edit may meet (never `unexpectedResult`: that would be a bug).
    func mayBeRefused(_ reason: TOMLEditError.Reason) -> Bool {
        switch self {
        case .addKey: reason == .noPlaceForNewKey || reason == .insideInlineValue
        case .appendTable: reason == .notAnArrayOfTables
        default: false
        }
    }

    /// Whether the changed lines stay inside what this edit may touch.
    func allows(_ diff: LineDiff) -> Bool {
        func within(_ lines: ClosedRange<Int>) -> Bool {
            diff.oldChanged.isEmpty || (diff.oldChanged.lowerBound >= lines.lowerBound && diff.oldChanged.upperBound - 1 <= lines.upperBound)
        }
        switch self {
        case .set(let place, _): return within(place.lines)
        case .addKey(let place, _, _, let inline): return inline ? within(place.lines) : diff.oldChanged.isEmpty
        case .removeValue(let place): return (place.inValue || diff.newChanged.isEmpty) && within(place.lines)
        case .removeSection(let place):
            // A contiguous stretch of whole lines, from (or from the blank lines before) the header.
            let header = place.value.range.start.line - 1
            let old = diff.old, new = diff.new
            let removed = old.count - new.count
            guard removed > 0 else { return false }
            return (max(0, header - removed + 1)...header).contains { start in
                Array(old[..<start]) + Array(old[(start + removed)...]) == new
            }
        case .appendTable: return diff.oldChanged.isEmpty
        case .appendElement(let place, _): return within(place.lines)
        }
    }
}
