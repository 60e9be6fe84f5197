import Diagnostics
import TOML

/// Why a change from a signal workbook is not written into an agenda file (`mja signalen
/// --toepassen`, and the server's upload): data only, the words in the user's language.
public enum SignalImportProblem: Sendable, Equatable {
    /// A new row for a region that has no agenda in the workspace: nowhere to write it.
    case noAgendaForRegion(region: String)
    /// The agenda file changed since it was read: nothing is written to it.
    case fileChanged(file: String)
    /// The change could not be written into the file (the signal is gone from it, or the editor
    /// refused the layout); nothing is written to it.
    case notWritten(file: String, signal: String, reason: String)

    /// The stable code.
    public var code: String {
        switch self {
        case .noAgendaForRegion: "MJA300"
        case .fileChanged: "MJA301"
        case .notWritten: "MJA302"
        }
    }

    /// Every one is an error: the change is not applied.
    public var severity: Severity { .error }

    /// The message in the user's language.
    public func message(in l: Language) -> String {
        switch self {
        case .noAgendaForRegion(let region):
            return l.pick("regio \(region) heeft geen agenda in deze map: het nieuwe signaal kan nergens worden opgeslagen",
                          "region \(region) has no agenda in this folder: the new signal cannot be stored anywhere")
        case .fileChanged(let file):
            return l.pick("\(file) is gewijzigd sinds mja het las; er is niets in geschreven",
                          "\(file) changed since mja read it; nothing was written to it")
        case .notWritten(let file, let signal, let reason):
            return l.pick("de wijziging van signaal \(signal) kon niet in \(file) worden geschreven: \(reason); er is niets in geschreven",
                          "the change of signal \(signal) could not be written into \(file): \(reason); nothing was written to it")
        }
    }

    /// How to fix it.
    public func hint(in l: Language) -> String? {
        switch self {
        case .noAgendaForRegion:
            return l.pick("verbeter de regio in de werkmap, of zet de agenda van de regio in de map",
                          "correct the region in the workbook, or put the region's agenda in the folder")
        case .fileChanged:
            return l.pick("lees de werkmap opnieuw in: mja vergelijkt dan met het bestand zoals het nu is",
                          "read the workbook in again: mja then compares with the file as it is now")
        case .notWritten:
            return l.pick("neem de wijziging met de hand over in het agendabestand",
                          "copy the change into the agenda file by hand")
        }
    }
}

/// A change that could not be written: the problem, for a located message.
public struct SignalImportError: Error, Sendable, Equatable {
    /// What went wrong.
    public var problem: SignalImportProblem

    /// Creates an error.
    public init(_ problem: SignalImportProblem) { self.problem = problem }
}
