import Diagnostics
import TOML

// The words for a refused edit of a TOML file (`TOMLEditError`), in the user's language: shown by the
// forms of the workspace and by `mja signalen --toepassen` when a change cannot be written.

extension TOMLEditError {
    /// Why the edit at `path` was not made, as a sentence for the user.
    public func message(in language: Language) -> String {
        let l = language
        let place = path.written.isEmpty ? l.pick("het bestand", "the file") : "'\(path.written)'"
        switch reason {
        case .emptyPath:
            return l.pick("er is niet gezegd welke waarde moet veranderen", "no value to change was named")
        case .noSuchKey:
            return l.pick("\(place) staat niet in het bestand", "\(place) is not in the file")
        case .indexOutOfRange(let count):
            return l.pick("\(place) bestaat niet: de lijst heeft \(count) onderdelen",
                          "\(place) does not exist: the list has \(count) elements")
        case .wrongKind:
            return l.pick("\(place) is geen tabel of lijst waarin deze waarde past",
                          "\(place) is not a table or list this value fits in")
        case .writtenAsSection:
            return l.pick("\(place) is een blok met een kop ([...] of [[...]]); pas de sleutels erin aan in plaats van het hele blok",
                          "\(place) is a block with a header ([...] or [[...]]); change the keys in it instead of the whole block")
        case .notAnArrayOfTables:
            return l.pick("\(place) is een lijst tussen [ ], geen reeks blokken [[...]]; voeg er een waarde aan toe in plaats van een blok",
                          "\(place) is a list in [ ], not a series of [[...]] blocks; add a value to it instead of a block")
        case .noPlaceForNewKey:
            return l.pick("\(place) kan hier niet worden toegevoegd: de tabel heeft geen eigen regels; voeg de sleutel toe met een eigen kop [...] in de tekst",
                          "\(place) cannot be added here: the table has no lines of its own; add the key under a header [...] in the text")
        case .insideInlineValue:
            return l.pick("\(place) staat binnen een waarde op één regel ({ } of [ ]); verander die waarde als geheel",
                          "\(place) stands inside a value on one line ({ } or [ ]); change that value as a whole")
        case .unexpectedResult(let detail):
            return l.pick("de wijziging van \(place) is niet opgeslagen: het bestand zou daarna iets anders bevatten dan bedoeld (\(detail)); pas de tekst met de hand aan",
                          "the change of \(place) was not saved: the file would then hold something other than intended (\(detail)); edit the text by hand")
        }
    }
}
