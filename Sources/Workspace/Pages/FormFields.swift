import Agenda
import FoundationEssentials
import FoundationGaps
import TOML

/// The values a form shows (from the file on a first visit, from what was sent after a submit) and
/// the messages at its fields. Every field is written with its label; a field with a message gets
/// `aria-invalid` and `aria-describedby` pointing at the message, so a screen reader reads it with
/// the field.
struct FormFields {
    /// Field name -> value shown.
    var values: [String: String] = [:]
    /// Field name -> messages (HTML-escaped when written).
    var messages: [String: [String]] = [:]
    /// Field name -> warnings of `mja check` (HTML-escaped when written): said at the field, but
    /// they never stop a save, so they neither count in `hasMessages` nor make the field invalid.
    var warnings: [String: [String]] = [:]
    /// Whether the check shown beside the form read these values (false when values as sent could
    /// not be written, so the check read the file as it was: its lines need not be these rows).
    var checkReadThese = true

    subscript(_ name: String) -> String { values[name] ?? "" }

    mutating func add(_ message: String, at name: String) { messages[name, default: []].append(message) }

    var hasMessages: Bool { !messages.isEmpty }

    /// The id of a field in the page (names hold dots, ids keep them: both are valid).
    static func id(_ name: String) -> String { "veld-" + name }

    /// The attributes and message of field `name`, and the message's HTML after the field.
    func describe(_ name: String, help: String? = nil) -> (attributes: String, after: String) {
        var described: [String] = []
        var after = ""
        if let help {
            described.append(Self.id(name) + "-uitleg")
            after += "<span class=\"klein\" id=\"\(Self.id(name))-uitleg\">\(escape(help))</span>"
        }
        if let list = messages[name], !list.isEmpty {
            described.append(Self.id(name) + "-fout")
            after += "<span class=\"veldfout\" id=\"\(Self.id(name))-fout\">" + list.map(escape).joined(separator: "<br>") + "</span>"
        }
        if let list = warnings[name], !list.isEmpty {
            described.append(Self.id(name) + "-let-op")
            after += "<span class=\"veldwaarschuwing\" id=\"\(Self.id(name))-let-op\">" + list.map { escape("Let op: " + $0) }.joined(separator: "<br>") + "</span>"
        }
        var attributes = ""
        if messages[name]?.isEmpty == false { attributes += " aria-invalid=\"true\"" }
        if !described.isEmpty { attributes += " aria-describedby=\"\(described.joined(separator: " "))\"" }
        return (attributes, after)
    }

    /// A one-line text field (`type` text, date, number...).
    func input(_ name: String, label: String, type: String = "text", help: String? = nil, extra: String = "") -> String {
        let (attributes, after) = describe(name, help: help)
        let (type, value) = type == "date" ? Self.dateField(self[name]) : (type, self[name])
        return "<div class=\"veld\"><label for=\"\(Self.id(name))\">\(escape(label))</label>"
            + "<input type=\"\(type)\" id=\"\(Self.id(name))\" name=\"\(escape(name))\" value=\"\(escape(value))\"\(attributes)\(extra)>\(after)</div>"
    }

    /// How a date field shows `value`: a date the form reads (picked, or typed as `1-3-2026`) in the
    /// form a date field takes (`2026-03-01`); anything else, such as `31-02-2026` that was refused,
    /// as a text field with the text as typed. A date field would drop such a value without a word
    /// (and the page would not be valid HTML), so what the person typed would be lost beside its message.
    static func dateField(_ value: String) -> (type: String, value: String) {
        guard !value.isEmpty else { return ("date", value) }
        guard let date = (try? FieldReading.date(value)) ?? nil else { return ("text", value) }
        return ("date", date.description)
    }

    /// A text area for prose.
    func textarea(_ name: String, label: String, help: String? = nil, rows: Int = 4) -> String {
        let (attributes, after) = describe(name, help: help)
        return "<div class=\"veld\"><label for=\"\(Self.id(name))\">\(escape(label))</label>"
            + "<textarea class=\"kort\" id=\"\(Self.id(name))\" name=\"\(escape(name))\" rows=\"\(rows)\"\(attributes)>\(escape(self[name]))</textarea>\(after)</div>"
    }

    /// A choice from a list: `options` are (value, text); an empty first option when `allowEmpty`.
    /// A value the file holds that is not in the list is kept as an option, marked, so nothing is lost unseen.
    func select(_ name: String, label: String, options: [(String, String)], allowEmpty: String? = nil, help: String? = nil) -> String {
        let (attributes, after) = describe(name, help: help)
        var html = "<div class=\"veld\"><label for=\"\(Self.id(name))\">\(escape(label))</label><select id=\"\(Self.id(name))\" name=\"\(escape(name))\"\(attributes)>"
        if let allowEmpty { html += "<option value=\"\"\(self[name].isEmpty ? " selected" : "")>\(escape(allowEmpty))</option>" }
        var all = options
        if !self[name].isEmpty, !options.contains(where: { $0.0 == self[name] }) { all.append((self[name], self[name] + " (niet in het register)")) }
        for (value, text) in all {
            html += "<option value=\"\(escape(value))\"\(value == self[name] ? " selected" : "")>\(escape(text))</option>"
        }
        return html + "</select>\(after)</div>"
    }

    /// Check boxes in a fieldset: field `name.VALUE` is `ja` when ticked. With `search` (what the
    /// options are, plural: "organisaties") the forms' script puts a search field above them.
    func checkboxes(_ name: String, legend: String, options: [(String, String)], help: String? = nil, search: String? = nil) -> String {
        let (attributes, after) = describe(name, help: help)
        let searchable = search.map { " data-zoeken=\"\(escape($0))\"" } ?? ""
        var html = "<fieldset class=\"vakjes\" id=\"\(Self.id(name))\"\(searchable)\(attributes)><legend>\(escape(legend))</legend>"
        var all = options
        for ticked in ticked(name) where !options.contains(where: { $0.0 == ticked }) { all.append((ticked, ticked + " (niet in het register)")) }
        for (value, text) in all {
            let field = name + "." + value
            html += "<label><input type=\"checkbox\" name=\"\(escape(field))\" value=\"ja\"\(self[field] == "ja" ? " checked" : "")> \(escape(text))</label>"
        }
        return html + "</fieldset>\(after)"
    }

    /// The values ticked in the check boxes `name`, in the order of the field names.
    func ticked(_ name: String) -> [String] {
        values.filter { $0.key.hasPrefix(name + ".") && $0.value == "ja" }.map { String($0.key.dropFirst(name.count + 1)) }.sorted()
    }

    /// The ticked values of `name` as a list for the file: in the order `current` (the file's list)
    /// has them, new ones after, so ticking nothing new leaves the line as it was.
    func ticked(_ name: String, keeping current: [String]) -> [String] {
        let chosen = ticked(name)
        return current.filter(chosen.contains) + chosen.filter { !current.contains($0) }
    }

    /// Ticks `list` in the check boxes `name`.
    mutating func tick(_ name: String, _ list: [String]) {
        for value in list { values[name + "." + value] = "ja" }
    }

    /// Fills the fields from a form as sent.
    init(form: FormData) { values = form.fields }

    /// No values.
    init() {}
}

extension TOMLValue {
    /// The value as a form field shows it: text as is, dates as `<input type=date>` holds them,
    /// numbers in digits, lists of text joined with ", ".
    var formText: String {
        switch kind {
        case .string(let text): text.hasSuffix("\n") ? String(text.dropLast()) : text
        case .integer(let value): String(value)
        case .float(let value): String(value)
        case .boolean(let value): value ? "ja" : "nee"
        case .localDate(let date): CFormat.string("%04d-%02d-%02d", date.year, date.month, date.day)
        case .array(let elements): elements.map(\.formText).joined(separator: ", ")
        default: ""
        }
    }

    /// The strings of a list value.
    var stringList: [String] {
        if case .array(let elements) = kind { return elements.compactMap(\.stringValue) }
        return stringValue.map { [$0] } ?? []
    }
}
