import Agenda

/// The documents the commands write, each with the formats it is made in. A command offers the
/// formats of the documents it writes (``Option/outputFormats(for:)``), so `--formaat` refuses a
/// format the command cannot make before anything is written.
extension DocumentKind {
    /// A part of an agenda (`mja build`): `beleidsdeel.<ext>`, `uitvoeringsdeel.<ext>`.
    static func part(_ part: AgendaDocumentBuilder.Part) -> DocumentKind { .pages(part.rawValue, title: part.title) }

    /// The parts of an agenda, in order.
    static let parts = AgendaDocumentBuilder.Part.allCases.map(part)

    /// An agenda's slide deck (`mja build --formaat dia`): `dia.html`, `dia.pptx`.
    static let agendaDeck = DocumentKind.deck(AgendaDeckBuilder.fileName, title: AgendaDeckBuilder.title)

    /// An agenda's open data (`mja build --formaat data`): the files of `OpenDataFiles` in its
    /// `data/` folder, and the national tables in `data/` at the top.
    static let openData = DocumentKind(fileName: "data", title: "Open data", formats: [.data])

    /// The signal report (`mja build`, `mja signalen`): `signalen.<ext>`.
    static let signalReport = DocumentKind.pages("signalen", title: SignalReportBuilder.title)

    /// The signal report's deck: `signalen-dia.html`, `signalen-dia.pptx`, linked as
    /// "Signalen uit de regio's: Dia's (HTML)".
    static let signalDeck = DocumentKind.deck(
        SignalDeckBuilder.fileName, title: "\(SignalReportBuilder.title): \(AgendaDeckBuilder.title)")

    /// An agenda's progress report (`mja voortgang`): `<agenda>/voortgang.<ext>`.
    static let progressReport = DocumentKind.pages("voortgang", title: "Voortgang")

    /// The national progress report across the agendas: `voortgang.<ext>` at the top.
    static let nationalProgressReport = DocumentKind.pages("voortgang", title: "Landelijke voortgangsrapportage")

    /// The changes between two versions of an agenda (`mja verschil`): `<agenda>/wijzigingen.<ext>`.
    static let changes = DocumentKind.pages(ChangesDocumentBuilder.fileName, title: "Wijzigingen")

    /// The formats any of `kinds` is made in, in the order of ``DocumentFormat/allCases``.
    static func formats(of kinds: [DocumentKind]) -> [DocumentFormat] {
        DocumentFormat.allCases.filter { format in kinds.contains { $0.formats.contains(format) } }
    }
}
