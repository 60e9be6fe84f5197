import Foundation
import Testing
@testable import Agenda

/// Two versions of the sample agenda, each in a folder of its own with the registries, compared.
enum VersionPairs {
    static let file = "am05-twente.toml"

    static func compare(_ old: String, _ new: String) throws -> AgendaComparison {
        let before = try AgendaFixture([file: old]), after = try AgendaFixture([file: new])
        defer {
            before.remove()
            after.remove()
        }
        let a = before.load(), b = after.load()
        let oldAgenda = try #require(a.agendas.first), newAgenda = try #require(b.agendas.first)
        return AgendaComparer(old: .init(workspace: a, agenda: oldAgenda, label: "oud.toml"),
                              new: .init(workspace: b, agenda: newAgenda, label: "nieuw.toml")).comparison()
    }

    /// The sample with a second theme before the signal, for reorderings.
    static let twoThemes = Sample.twente(replacing: "[[signaal]]", with: """
        [[thema]]
        id = "techniek"
        titel = "Techniek in de wijk"
        beschrijving = "Installateurs leiden zij-instromers op."
        opgaven = ["economisch"]
        trekker = "roc-van-twente"
        partners = ["gemeente-enschede"]

        [[thema.actie]]
        id = "leerwerkplek"
        titel = "Leerwerkplekken"
        trekker = "roc-van-twente"
        oplevering = "Twintig plekken"
        begroting = [{ jaar = 2026, bron = "regiobudget", bedrag = 10000 }]

        [[signaal]]
        """)

    /// The theme tables of ``twoThemes`` swapped: the second theme first.
    static var twoThemesSwapped: String {
        let text = twoThemes
        let first = text.range(of: "[[thema]]\nid = \"zorg\"")!.lowerBound
        let second = text.range(of: "[[thema]]\nid = \"techniek\"")!.lowerBound
        let signal = text.range(of: "[[signaal]]")!.lowerBound
        return String(text[..<first]) + String(text[second..<signal]) + String(text[first..<second]) + String(text[signal...])
    }
}
