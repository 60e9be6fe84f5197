import FoundationEssentials
import FoundationGaps
import Diagnostics

/// A problem found while reading a file: the data behind a diagnostic. The text is made in
/// `message(in:)` and `hint(in:)`, in one place, in the reader's language.
public enum LoadProblem: Sendable, Hashable {
    case syntax(message: String, hint: String?)
    /// Reading stopped after `count` syntax errors; from `line` on the file was not read.
    case syntaxLimit(count: Int, line: Int)
    case unreadable(reason: String)
    /// The file is larger than any agenda or registry (`bytes` against `limit`): refused without reading it.
    case tooLarge(bytes: Int, limit: Int)
    case unknownKey(key: String, table: String, suggestion: String?)
    case wrongType(key: String, expected: String, found: String, example: String?)
    case missingField(key: String, table: String, example: String?)
    case notAllowed(key: String, value: String, allowed: [String], suggestion: String?)
    case invalidIdentifier(key: String, value: String)
    case invalidPeriod(key: String, value: String, years: Int?)
    case yearOutOfRange(key: String, value: Int64)
    case integerOutOfRange(key: String, value: Int64, range: ClosedRange<Int64>)
    case invalidAmount(key: String, value: String)
    /// A number written `1.500`: a point and exactly three digits, which TOML reads as 1,5 where
    /// the writer most likely meant 1500 (see ``AmbiguousNumber``).
    case ambiguousNumber(key: String, written: String, unit: String?)
    case duplicateID(id: String, kind: String)
    /// `choices` lists every allowed id where the list is short (sectors, target groups, kinds).
    case unresolvedReference(id: String, kind: ReferenceKind, suggestion: String?, choices: [String] = [])
    /// `named` is the code of the region whose name was written; `neighbours` the regions around a
    /// code in a gap of the numbering (`AM31`: `AM30 (Zuid-Limburg)`, `AM32 (Helmond-De Peel)`).
    case unknownRegion(code: String, suggestion: String?, named: String? = nil, neighbours: [String] = [])
    case regionDoesNotMatchFile(code: String, file: String)
    case missingRegion
    case unknownRegistryFile(name: String, suggestion: String?)
    case registriesNotFound(searched: [String])
    /// An example agenda refers to a signal of a region whose example agenda was replaced (or removed).
    case signalOfReplacedExample(id: String, region: String, regionName: String, absent: Bool)
    /// A real agenda refers to a signal of a region that has no agenda in the workspace: the signal
    /// may well exist there, so it is not checked, never called missing.
    case signalOfAbsentRegion(id: String, region: String, regionName: String)
    /// `voorbeeld = true` in an agenda that is no longer byte for byte the shipped example.
    case exampleFlagOnEditedAgenda

    /// How serious it is: a file that cannot be read correctly is an error; registries that are not
    /// found only limit what can be checked.
    public var severity: Severity {
        if case .registriesNotFound = self { return .warning }
        if case .signalOfReplacedExample = self { return .warning }
        if case .syntaxLimit = self { return .note }
        if case .signalOfAbsentRegion = self { return .note }
        if case .exampleFlagOnEditedAgenda = self { return .warning }
        return .error
    }

    /// The stable code in the rule catalogue.
    public var code: String {
        switch self {
        case .syntax, .syntaxLimit: "MJA001"
        case .unreadable, .tooLarge: "MJA002"
        case .unknownKey: "MJA010"
        case .wrongType: "MJA011"
        case .missingField, .missingRegion: "MJA012"
        case .notAllowed: "MJA013"
        case .invalidIdentifier, .invalidPeriod, .yearOutOfRange, .integerOutOfRange, .invalidAmount: "MJA014"
        case .duplicateID: "MJA015"
        case .unresolvedReference: "MJA016"
        case .unknownRegion, .regionDoesNotMatchFile: "MJA017"
        case .unknownRegistryFile: "MJA018"
        case .registriesNotFound: "MJA019"
        case .signalOfReplacedExample: "MJA020"
        case .ambiguousNumber: "MJA022"
        case .signalOfAbsentRegion: "MJA023"
        case .exampleFlagOnEditedAgenda: "MJA024"
        }
    }

    /// The message in the reader's language.
    public func message(in language: Language) -> String {
        let l = language
        switch self {
        case .syntax(let message, _):
            return l.pick("TOML-fout: ", "TOML error: ") + message
        case .syntaxLimit(let count, let line):
            return l.pick("na \(count) TOML-fouten is het lezen gestopt; vanaf regel \(line) is het bestand niet gelezen of gecontroleerd",
                          "reading stopped after \(count) TOML errors; from line \(line) on the file was neither read nor checked")
        case .unreadable(let reason):
            return l.pick("het bestand kan niet worden gelezen: ", "the file cannot be read: ") + reason
        case .tooLarge(let bytes, let limit):
            return l.pick("het bestand is niet gelezen: het is \(Self.megabytes(bytes, l)) groot, en een agenda of register is hooguit \(Self.megabytes(limit, l))",
                          "the file was not read: it is \(Self.megabytes(bytes, l)), and an agenda or registry is at most \(Self.megabytes(limit, l))")
        case .unknownKey(let key, let table, _):
            return l.pick("onbekende sleutel '\(key)' in \(place(table, l))", "unknown key '\(key)' in \(place(table, l))")
        case .wrongType(let key, let expected, let found, _):
            return l.pick("'\(key)' moet \(expected) zijn, maar is \(found)", "'\(key)' must be \(expected), but is \(found)")
        case .missingField(let key, let table, _):
            return l.pick("verplicht veld '\(key)' ontbreekt in \(place(table, l))", "required field '\(key)' is missing in \(place(table, l))")
        case .notAllowed(let key, let value, let allowed, _):
            let list = allowed.map { "'\($0)'" }.joined(separator: ", ")
            return l.pick("'\(value)' is geen toegestane waarde voor '\(key)'; kies uit \(list)",
                          "'\(value)' is not an allowed value for '\(key)'; choose from \(list)")
        case .invalidIdentifier(let key, let value):
            return l.pick("'\(value)' is geen geldige id voor '\(key)'", "'\(value)' is not a valid id for '\(key)'")
        case .invalidPeriod(let key, let value, let years):
            if let years {
                return l.pick("'\(key)' moet \(years) kalenderjaren beslaan, maar '\(value)' beslaat er \(yearCount(value))",
                              "'\(key)' must span \(years) calendar years, but '\(value)' spans \(yearCount(value))")
            }
            return l.pick("'\(value)' is geen periode van jaren voor '\(key)'", "'\(value)' is not a period of years for '\(key)'")
        case .yearOutOfRange(let key, let value):
            return l.pick("\(value) is geen geldig jaartal voor '\(key)'", "\(value) is not a valid year for '\(key)'")
        case .integerOutOfRange(let key, let value, let range):
            return l.pick("\(value) ligt buiten het bereik \(range.lowerBound) tot en met \(range.upperBound) voor '\(key)'",
                          "\(value) is outside the range \(range.lowerBound) to \(range.upperBound) for '\(key)'")
        case .invalidAmount(let key, let value):
            return l.pick("'\(value)' is geen bedrag in euro's voor '\(key)'", "'\(value)' is not an amount in euros for '\(key)'")
        case .ambiguousNumber(let key, let written, let unit):
            let number = AmbiguousNumber(written: written)
            let read = number?.asDecimal ?? written
            let why = unit.map { l.pick("bij de eenheid '\($0)' is \(read) geen aannemelijk kommagetal", "with the unit '\($0)', \(read) is no plausible fraction") }
                ?? l.pick("zonder eenheid is niet te zien welke u bedoelt", "without a unit it cannot be told which you mean")
            return l.pick("\(key) = \(written) leest de computer als \(read), niet als \(number?.thousands ?? written): een punt in een getal is een decimaalteken; \(why)",
                          "\(key) = \(written) reads as \(read), not \(number?.thousands ?? written): a point in a number is a decimal point; \(why)")
        case .duplicateID(let id, let kind):
            return l.pick("id '\(id)' komt al eerder voor als \(kind)", "id '\(id)' is already used for a \(kind)")
        case .unresolvedReference(let id, let kind, _, _):
            return l.pick("\(kind.dutchName) '\(id)' bestaat niet", "\(kind.englishName) '\(id)' does not exist")
        case .unknownRegion(let code, _, _, _):
            return l.pick("'\(code)' is geen arbeidsmarktregio", "'\(code)' is not a labour-market region")
        case .regionDoesNotMatchFile(let code, let file):
            return l.pick("regio '\(code)' past niet bij de bestandsnaam '\(file)'", "region '\(code)' does not match the file name '\(file)'")
        case .missingRegion:
            return l.pick("een regionale agenda moet 'regio' noemen", "a regional agenda must name its 'regio'")
        case .unknownRegistryFile(let name, _):
            return l.pick("'\(name)' is geen bekend register", "'\(name)' is not a known registry")
        case .signalOfReplacedExample(let id, let region, let name, let absent):
            return absent
                ? l.pick("signaal '\(id)' is niet te vinden: er staat geen agenda van \(name) (\(region)) in deze map",
                         "signal '\(id)' cannot be found: there is no agenda of \(name) (\(region)) in this folder")
                : l.pick("signaal '\(id)' kwam uit de voorbeeldagenda van \(name) (\(region)), die is vervangen door een echte agenda",
                         "signal '\(id)' came from the example agenda of \(name) (\(region)), which a real agenda replaced")
        case .signalOfAbsentRegion(let id, let region, let name):
            return l.pick("signaal '\(id)' is niet gecontroleerd: de agenda van \(name) (\(region)) staat niet in de werkruimte",
                          "signal '\(id)' was not checked: the agenda of \(name) (\(region)) is not in the workspace")
        case .exampleFlagOnEditedAgenda:
            return l.pick("deze agenda zegt 'voorbeeld = true', maar is niet meer het meegeleverde voorbeeld",
                          "this agenda says 'voorbeeld = true', but it is no longer the shipped example")
        case .registriesNotFound(let searched):
            let folder = searched.joined(separator: "', '")
            return l.pick("geen registers gevonden in '\(folder)'; verwijzingen naar regio's, sectoren, doelgroepen, organisaties en financieringsbronnen uit de registers zijn niet gecontroleerd",
                          "no registries found in '\(folder)'; references to regions, sectors, target groups, organisations and funding sources of the registries were not checked")
        }
    }

    /// What to do about it, when known. A value with a character that looks like a plain one (an en
    /// dash, a non-breaking hyphen) says which, and where: the fix would look the same as the mistake.
    public func hint(in language: Language) -> String? {
        // The id defined with a look-alike (`gemeente‑venlo` with a non-breaking hyphen), referred to plainly.
        if case .unresolvedReference(let id, _, let suggestion?, _) = self, let lookAlike = LookAlikeCharacter.first(in: suggestion),
           LookAlikeCharacter.plain(suggestion) == id {
            return language.pick("de id is daar geschreven als '\(suggestion)': \(lookAlike.sentence(in: language)); vervang dat teken daar",
                                 "the id is written there as '\(suggestion)': \(lookAlike.sentence(in: language)); replace that character there")
        }
        guard let value = writtenValue, let lookAlike = LookAlikeCharacter.first(in: value) else { return baseHint(in: language) }
        let sentence = lookAlike.sentence(in: language)
        return baseHint(in: language).map { "\(sentence); \($0)" } ?? sentence
    }

    /// The value as written, for the problems about one value.
    private var writtenValue: String? {
        switch self {
        case .invalidIdentifier(_, let value), .invalidPeriod(_, let value, _), .notAllowed(_, let value, _, _): value
        case .unresolvedReference(let id, _, _, _): id
        case .unknownRegion(let code, _, _, _): code
        default: nil
        }
    }

    private func baseHint(in language: Language) -> String? {
        let l = language
        switch self {
        case .syntax(_, let hint): return hint
        case .syntaxLimit: return l.pick("herstel deze fouten en controleer opnieuw", "fix these errors and check again")
        case .unreadable: return l.pick("sla het bestand op als UTF-8-tekst", "save the file as UTF-8 text")
        case .tooLarge:
            return l.pick("een agenda is enkele honderden kilobytes; is dit een ander bestand (een export, een kopie), zet het dan buiten deze map",
                          "an agenda is a few hundred kilobytes; if this is another file (an export, a copy), move it out of this folder")
        case .unresolvedReference(_, let kind, let suggestion, let choices) where !choices.isEmpty:
            let list = choices.joined(separator: ", ")
            guard let suggestion else {
                return l.pick("kies uit \(list) (\(kind.registryFile))", "choose from \(list) (\(kind.registryFile))")
            }
            return l.pick("bedoelde u '\(suggestion)'? Kies uit \(list) (\(kind.registryFile))",
                          "did you mean '\(suggestion)'? Choose from \(list) (\(kind.registryFile))")
        case .unknownKey(_, _, let suggestion?), .notAllowed(_, _, _, let suggestion?),
            .unresolvedReference(_, _, let suggestion?, _), .unknownRegion(_, let suggestion?, _, _),
            .unknownRegistryFile(_, let suggestion?):
            return l.pick("bedoelde u '\(suggestion)'?", "did you mean '\(suggestion)'?")
        case .unknownKey:
            return l.pick("controleer de spelling; regions/README.md beschrijft alle sleutels",
                          "check the spelling; regions/README.md lists every key")
        case .wrongType(_, _, _, let example?), .missingField(_, _, let example?):
            return l.pick("schrijf bijvoorbeeld: \(example)", "for example: \(example)")
        case .invalidIdentifier(let key, let value):
            let id = Self.identifier(from: value)
            return id.isEmpty
                ? l.pick("gebruik kleine letters, cijfers en streepjes, zoals \"zorg-aan-het-werk\"",
                         "use lower-case letters, digits and hyphens, as in \"zorg-aan-het-werk\"")
                : l.pick("gebruik kleine letters, cijfers en streepjes; schrijf: \(key) = \"\(id)\"",
                         "use lower-case letters, digits and hyphens; write: \(key) = \"\(id)\"")
        case .invalidPeriod(let key, let value, let years):
            if let years, let first = Int(value.prefix(4)), value.count >= 4 {
                return l.pick("schrijf het eerste en het laatste jaar: \(key) = \"\(first)-\(first + years - 1)\"",
                              "write the first and the last year: \(key) = \"\(first)-\(first + years - 1)\"")
            }
            let plain = LookAlikeCharacter.plain(value)
            if plain != value, plain.count == 9, let first = Int(plain.prefix(4)), let last = Int(plain.suffix(4)), plain.dropFirst(4).first == "-",
               first < last {
                return l.pick("schrijf: \(key) = \"\(plain)\"", "write: \(key) = \"\(plain)\"")
            }
            return l.pick("schrijf het eerste en het laatste jaar, zoals \"2026-2030\"", "write the first and the last year, as in \"2026-2030\"")
        case .invalidAmount(let key, let value):
            return AmountFix(written: value).map { fix in
                fix.thousands
                    ? l.pick("een punt in een getal is een decimaalteken: \(value) is voor de computer \(fix.asNumber); schrijf: \(key) = \(fix.value)",
                             "a point in a number is a decimal point: \(value) reads as \(fix.asNumber); write: \(key) = \(fix.value)")
                    : l.pick("een kommagetal is niet exact; schrijf het bedrag als tekst: \(key) = \(fix.value)",
                             "a floating-point number is not exact; write the amount as text: \(key) = \(fix.value)")
            } ?? l.pick("schrijf een geheel getal (\(key) = 150000) of tekst met centen (\(key) = \"1250,50\"); geen kommagetal",
                        "write a whole number (\(key) = 150000) or text with cents (\(key) = \"1250,50\"); no floating-point number")
        case .ambiguousNumber(let key, let written, _):
            guard let number = AmbiguousNumber(written: written) else { return nil }
            return l.pick("bedoelt u \(number.thousands), schrijf dan: \(key) = \(number.thousands); bedoelt u \(number.asDecimal), schrijf dan: \(key) = \(number.decimal)",
                          "if you mean \(number.thousands), write: \(key) = \(number.thousands); if you mean \(number.asDecimal), write: \(key) = \(number.decimal)")
        case .duplicateID:
            return l.pick("geef elk onderdeel een eigen id", "give each item its own id")
        case .unresolvedReference(_, let kind, nil, _):
            return kind.hint(in: l)
        case .unknownRegion(let code, _, let named?, _):
            return l.pick("'\(code)' is de naam van regio \(named); hier staat de code: regio = \"\(named)\"",
                          "'\(code)' is the name of region \(named); the code goes here: regio = \"\(named)\"")
        case .unknownRegion(let code, _, _, let neighbours) where !neighbours.isEmpty:
            let list = neighbours.joined(separator: l.pick(" en ", " and "))
            return l.pick("\(code.uppercased()) bestaat niet: de CBS-codes hebben gaten (er is geen AM04, AM16 of AM31); de buren op nummer zijn \(list); regions/registers/regios.toml noemt alle regio's",
                          "\(code.uppercased()) does not exist: the CBS codes have gaps (there is no AM04, AM16 or AM31); the neighbours by number are \(list); regions/registers/regios.toml lists every region")
        case .unknownRegion:
            return l.pick("regions/registers/regios.toml noemt de 35 regio's", "regions/registers/regios.toml lists the 35 regions")
        case .regionDoesNotMatchFile(let code, _):
            return l.pick("noem het bestand naar de regio, zoals '\(code.lowercased())-<naam>.toml'",
                          "name the file after the region, as in '\(code.lowercased())-<name>.toml'")
        case .missingRegion:
            return l.pick("schrijf bijvoorbeeld: regio = \"AM05\"", "for example: regio = \"AM05\"")
        case .registriesNotFound:
            return l.pick("zet het agendabestand in regions/ (naast registers/) of in een andere map van het project: mja zoekt de registers vanaf de map van het bestand omhoog",
                          "put the agenda file in regions/ (next to registers/) or in another folder of the project: mja looks for the registries from the file's folder upwards")
        case .signalOfReplacedExample(_, let region, _, _):
            return l.pick("deze agenda is een voorbeeld; verwijs naar een signaal uit de agenda van \(region), of haal de verwijzing weg",
                          "this agenda is an example; refer to a signal of \(region)'s agenda, or remove the reference")
        case .signalOfAbsentRegion(_, let region, _):
            return l.pick("controleer in een map met de agenda van \(region), of noem die map met --werkruimte MAP",
                          "check in a folder that holds the agenda of \(region), or name that folder with --werkruimte DIR")
        case .exampleFlagOnEditedAgenda:
            return l.pick("haal de regel 'voorbeeld = true' weg: anders draagt het voorblad het kader 'Voorbeeldinhoud' en markeert de index de agenda als voorbeeld",
                          "remove the line 'voorbeeld = true': otherwise the cover carries the 'Voorbeeldinhoud' box and the index marks the agenda as an example")
        case .unknownRegistryFile:
            return l.pick("de registers heten afkortingen, doelgroepen, financieringsbronnen, organisaties, organisatiesoorten, regios en sectoren",
                          "the registries are afkortingen, doelgroepen, financieringsbronnen, organisaties, organisatiesoorten, regios and sectoren")
        default: return nil
        }
    }

    /// `value` as an id: lower case, accents folded, other characters to single hyphens
    /// (`Zorg Instroom` -> `zorg-instroom`).
    public static func identifier(from value: String) -> String {
        var result = ""
        for scalar in DiacriticFolding.foldedScalars(of: value) {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else if !result.isEmpty && !result.hasSuffix("-") {
                result += "-"
            }
        }
        return result.hasSuffix("-") ? String(result.dropLast()) : result
    }

    private func place(_ table: String, _ language: Language) -> String {
        table.isEmpty ? language.pick("het bestand", "the file") : "[\(table)]"
    }

    private func yearCount(_ period: String) -> String {
        let parts = period.split(separator: "-").compactMap { Int($0) }
        return parts.count == 2 ? String(parts[1] - parts[0] + 1) : "?"
    }
}

extension ReferenceKind {
    /// The name in Dutch, as in "organisatie 'uwv-twnte' bestaat niet".
    public var dutchName: String {
        switch self {
        case .organisation: "organisatie"
        case .organisationKind: "organisatiesoort"
        case .fundingSource: "financieringsbron"
        case .sector: "sector"
        case .targetGroup: "doelgroep"
        case .nationalTheme: "landelijk thema"
        case .signal: "signaal"
        case .scalingTarget: "regio"
        }
    }

    /// The name in English.
    public var englishName: String {
        switch self {
        case .organisation: "organisation"
        case .organisationKind: "organisation kind"
        case .fundingSource: "funding source"
        case .sector: "sector"
        case .targetGroup: "target group"
        case .nationalTheme: "national theme"
        case .signal: "signal"
        case .scalingTarget: "region"
        }
    }

    /// The registry file that lists this kind of id.
    var registryFile: String {
        switch self {
        case .sector: "regions/registers/sectoren.toml"
        case .targetGroup: "regions/registers/doelgroepen.toml"
        case .organisationKind: "regions/registers/organisatiesoorten.toml"
        case .fundingSource: "regions/registers/financieringsbronnen.toml"
        case .organisation: "regions/registers/organisaties.toml"
        case .nationalTheme: "regions/lmja.toml"
        case .scalingTarget: "regions/registers/regios.toml"
        case .signal: "[[signaal]]"
        }
    }

    func hint(in language: Language) -> String {
        switch self {
        case .organisation:
            language.pick("voeg de organisatie toe met [[organisatie]] of gebruik een id uit regions/registers/organisaties.toml",
                          "add it with [[organisatie]] or use an id from regions/registers/organisaties.toml")
        case .organisationKind:
            language.pick("regions/registers/organisatiesoorten.toml noemt de soorten", "regions/registers/organisatiesoorten.toml lists the kinds")
        case .fundingSource:
            language.pick("voeg de bron toe met [[financieringsbron]] of gebruik een id uit regions/registers/financieringsbronnen.toml",
                          "add it with [[financieringsbron]] or use an id from regions/registers/financieringsbronnen.toml")
        case .sector:
            language.pick("regions/registers/sectoren.toml noemt de sectoren", "regions/registers/sectoren.toml lists the sectors")
        case .targetGroup:
            language.pick("regions/registers/doelgroepen.toml noemt de doelgroepen", "regions/registers/doelgroepen.toml lists the target groups")
        case .nationalTheme:
            language.pick("regions/lmja.toml noemt de landelijke thema's", "regions/lmja.toml lists the national themes")
        case .signal:
            language.pick("verwijs naar een [[signaal]] van deze agenda, of naar een andere regio als \"AM05/id\"",
                          "refer to a [[signaal]] of this agenda, or to another region's as \"AM05/id\"")
        case .scalingTarget:
            language.pick("gebruik een regiocode zoals \"AM06\" of \"landelijk\"", "use a region code such as \"AM06\" or \"landelijk\"")
        }
    }
}

extension LoadProblem {
    /// `bytes` in kilobytes, megabytes or gigabytes with at most one decimal, as the reader writes numbers (`10 MB`, `3,2 GB`).
    fileprivate static func megabytes(_ bytes: Int, _ language: Language) -> String {
        let (value, unit) =
            bytes >= 1 << 30 ? (Double(bytes) / Double(1 << 30), "GB")
            : bytes >= 1 << 20 ? (Double(bytes) / Double(1 << 20), "MB") : (Double(bytes) / 1024, "kB")
        let rounded = (value * 10).rounded() / 10
        var text = rounded == rounded.rounded() ? String(Int(rounded)) : CFormat.string("%.1f", rounded)
        if language == .dutch { text = text.replacingEvery(".", with: ",") }
        return "\(text) \(unit)"
    }
}
