/// What reading a workbook back did to the list of signals: a signal whose fields were taken from
/// the workbook, a row that is new, or a row mja wrote that is gone (the signal still counts: it
/// lives in an agenda file, and only removing it there removes it).
public struct SignalChange: Sendable, Hashable {
    /// One field taken from the workbook: the column, the value before and the value taken.
    public struct Field: Sendable, Hashable {
        public var column: String
        public var old: String
        public var new: String
    }

    /// What happened to the signal.
    public enum Kind: Sendable, Hashable {
        /// These fields were edited in the workbook and taken.
        case changed([Field])
        /// A row the workbook did not have when mja wrote it.
        case added
        /// A row mja wrote that is no longer in the workbook; the signal is kept.
        case missing
    }

    /// The file read.
    public var file: String
    /// The signal, as `AM05/scholing-werkenden`.
    public var signal: String
    public var kind: Kind
}

extension Signal {
    /// `self` with the value of `column` (a column of `SignalCSVFormat`) taken from `other`.
    func taking(_ column: String, from other: Signal) -> Signal {
        var signal = self
        switch column {
        case "datum": signal.date = other.date
        case "soort": signal.kind = other.kind
        case "titel": signal.title = other.title
        case "beschrijving": signal.description = other.description
        case "opgave": signal.task = other.task
        case "sectoren": signal.sectors = other.sectors
        case "doelgroepen": signal.targetGroups = other.targetGroups
        case "landelijke_themas": signal.nationalThemes = other.nationalThemes
        case "urgentie": signal.urgency = other.urgency
        case "vraag": signal.ask = other.ask
        case "status": signal.status = other.status
        case "antwoord": signal.answer = other.answer
        default: break  // regio and id are what the row is matched by
        }
        return signal
    }
}
