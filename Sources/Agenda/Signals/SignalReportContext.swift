import Mustache

/// What the template `signalen.md` sees: every value as text ready to print (dates, days and euros
/// in Dutch notation, ids turned into names), under Dutch keys. Text from agendas and CSV files is
/// passed as it is; the template's `{{ }}` escapes it for Markdown.
public struct SignalReportContext: Sendable {
    let analysis: SignalAnalysis
    let names: SignalNames

    /// The context of `analysis`.
    public init(analysis: SignalAnalysis) {
        self.analysis = analysis
        self.names = analysis.names
    }

    /// The whole context.
    public func value() -> MustacheValue {
        let aggregation = analysis.aggregation
        let followUp = analysis.followUp
        let broad = aggregation.broadlyShared
        return [
            "peildatum": .string(followUp.referenceDate.dutchText),
            "breed": .int(aggregation.broadThreshold),
            "samenvatting": summary(),
            "breed_gedragen": .array(broad.map { group($0.group, in: $0.dimension, dimensionName: true) }),
            "heeft_breed_gedragen": .bool(!broad.isEmpty),
            "breed_per_landelijk_thema": .array(broad.filter { $0.dimension == .nationalTheme }.map { group($0.group, in: $0.dimension) }),
            "heeft_breed_per_landelijk_thema": .bool(broad.contains { $0.dimension == .nationalTheme }),
            "breed_soorten": .string(DutchPhrases.broadlySharedKinds(aggregation.broadlySharedCounts)),
            "herkomst": .string(DutchPhrases.signalSources(files: Self.importedFiles(analysis.collection.signals))),
            "kwartalen": .array(aggregation.quarters.map { .string($0) }),
            "dimensies": .array(dimensions()),
            "clusters": .array(analysis.clustering.clusters.enumerated().map { cluster($1, number: $0 + 1) }),
            "heeft_clusters": .bool(!analysis.clustering.clusters.isEmpty),
            "ongekoppeld": .int(analysis.clustering.candidateCount),
            "opvolging": followUpValue(),
            "terugkoppeling": .array(followUp.regions.map(feedback)),
            "landelijk_beeld": NationalPictureContext(picture: analysis.nationalPicture, names: names).value(),
            "bron_kaart": .string(RegionMapData.credit),
        ]
    }

    /// The files other than agendas that signals were read from (CSV, Excel), by name, sorted.
    static func importedFiles(_ signals: [Signal]) -> [String] {
        Set(signals.map(\.origin.file).filter { !$0.hasSuffix(".toml") && !$0.isEmpty })
            .map { String($0.split(separator: "/").last ?? Substring($0)) }.sorted()
    }

    private func summary() -> MustacheValue {
        let aggregation = analysis.aggregation
        let oldest = analysis.followUp.open.first
        return [
            "signalen": .int(aggregation.signalCount),
            "regios": .int(aggregation.regions.count),
            "regio_namen": .string(aggregation.regions.map(names.region).joined(separator: ", ")),
            "breed_gedragen": .int(aggregation.broadlyShared.count),
            "clusters": .int(analysis.clustering.clusters.count),
            "open": .int(analysis.followUp.open.count),
            "signalen_tekst": .string(DutchPhrases.signals(aggregation.signalCount)),
            "regios_tekst": .string(DutchPhrases.regions(aggregation.regions.count)),
            "breed_zin": .string(DutchPhrases.broadlyShared(aggregation.broadlyShared.count)),
            "clusters_tekst": .string(DutchPhrases.possibleNewThemes(analysis.clustering.clusters.count)),
            "open_zin": .string(DutchPhrases.stillOpen(analysis.followUp.open.count)),
            "oudste": oldest.map { open in
                ["titel": .string(open.signal.title), "regio": .string(names.region(open.signal.region)),
                 "dagen": .int(open.days), "datum": .string(open.signal.date.dutchText)] as MustacheValue
            } ?? .null,
        ]
    }

    private func dimensions() -> [MustacheValue] {
        let titles: [(SignalAggregation.Dimension, String)] = [
            (.nationalTheme, "Per landelijk thema"), (.task, "Per opgave"), (.sector, "Per sector"),
            (.targetGroup, "Per doelgroep"), (.kind, "Per soort"), (.urgency, "Per urgentie"),
        ]
        return titles.map { dimension, title in
            ["titel": .string(title), "groepen": .array(analysis.aggregation.groups(dimension).map { group($0, in: dimension) })]
        }
    }

    private func group(_ group: SignalAggregation.Group, in dimension: SignalAggregation.Dimension, dimensionName: Bool = false) -> MustacheValue {
        let label: String = switch dimension {
        case .nationalTheme: "landelijk thema"
        case .task: "opgave"
        case .sector: "sector"
        case .targetGroup: "doelgroep"
        case .kind: "soort"
        case .urgency: "urgentie"
        }
        return [
            "naam": .string(names.name(of: group.key, in: dimension)),
            "dimensie": .string(dimensionName ? label : ""),
            "signalen": .int(group.signalCount), "regios": .int(group.regionCount),
            "regio_namen": .string(group.regions.map(names.region).joined(separator: ", ")),
            "breed": .bool(group.isBroad && !group.key.isEmpty),
            "trend": .array(group.trend.map { .int($0) }),
        ]
    }

    private func cluster(_ cluster: SignalCluster, number: Int) -> MustacheValue {
        [
            "nummer": .int(number), "titel": .string(cluster.suggestedTitle),
            "kernwoorden": .string(cluster.keywords.joined(separator: ", ")),
            "signalen": .int(cluster.signals.count), "regios": .int(cluster.regions.count),
            "regio_namen": .string(cluster.regions.map(names.regionWithCode).joined(separator: ", ")),
            "breed": .bool(cluster.isBroad),
            "onderbouwing_signalen": .string(cluster.evidence.signals ?? ""),
            "onderbouwing_opschaalbaar": .string(cluster.evidence.scaling ?? ""),
            "leden": .array(cluster.signals.map { signal in
                ["regio": .string(names.region(signal.region)), "titel": .string(signal.title),
                 "datum": .string(signal.date.dutchText), "id": .string(signal.qualifiedID)]
            }),
        ]
    }

    /// How many of the longest open signals `opvolging.langst_open` lists: as many as fit on a slide.
    static let longestOpenCount = 6

    private func followUpValue() -> MustacheValue {
        let followUp = analysis.followUp
        return [
            "per_status": .array(followUp.byStatus.map { ["status": .string($0.status.rawValue), "aantal": .int($0.count)] }),
            "open": .array(followUp.open.map { open in
                ["regio": .string(names.region(open.signal.region)), "titel": .string(open.signal.title),
                 "datum": .string(open.signal.date.dutchText), "dagen": .int(open.days),
                 "status": .string(open.signal.status.rawValue), "urgentie": .string(open.signal.urgency.rawValue)]
            }),
            "heeft_open": .bool(!followUp.open.isEmpty),
            "langst_open": .array(followUp.open.prefix(Self.longestOpenCount).map { open in
                ["regio": .string(names.region(open.signal.region)), "titel": .string(open.signal.title),
                 "dagen": .int(open.days), "status": .string(open.signal.status.rawValue)]
            }),
            "aantal_open": .int(followUp.open.count),
            "open_zin": .string(DutchPhrases.notYetAnswered(followUp.open.count)),
            "mediaan_dagen": followUp.medianOpenDays.map { .int($0) } ?? .null,
        ]
    }

    private func feedback(_ region: SignalFollowUp.RegionFeedback) -> MustacheValue {
        [
            "regio": .string(names.regionWithCode(region.region)),
            "aantal": .int(region.signals.count), "beantwoord": .int(region.answered),
            "beantwoord_zin": .string(DutchPhrases.answered(region.answered, of: region.signals.count)),
            "signalen": .array(region.signals.map { signal in
                ["titel": .string(signal.title), "datum": .string(signal.date.dutchText), "status": .string(signal.status.rawValue),
                 "antwoord": .string(signal.answer ?? "—")]
            }),
        ]
    }
}

/// The national picture as template values: every amount in Dutch notation.
struct NationalPictureContext {
    let picture: NationalPicture
    let names: SignalNames

    func value() -> MustacheValue {
        let years = picture.years
        func perYear(_ amounts: [Int: Euro]) -> MustacheValue {
            .array(years.map { .string((amounts[$0] ?? .zero).printedNotation) })
        }
        return [
            "jaren": .array(years.map { .string(String($0)) }),
            "themas": .array(picture.entries.map { entry in
                [
                    "id": .string(entry.nationalThemeID), "titel": .string(entry.title), "doorlopend": .bool(entry.isContinuous),
                    "regios": .int(entry.regions.count),
                    "regios_tekst": .string(DutchPhrases.regions(entry.regions.count)),
                    "regio_namen": .string(entry.regions.map(names.region).joined(separator: ", ")),
                    "heeft_bijdragen": .bool(!entry.contributions.isEmpty),
                    "bijdragen": .array(entry.contributions.map { contribution in
                        ["regio": .string(names.region(contribution.region)), "titel": .string(contribution.title),
                         "per_jaar": perYear(contribution.byYear), "totaal": .string(contribution.total.printedNotation)]
                    }),
                    "per_jaar": perYear(entry.byYear), "totaal": .string(entry.total.printedNotation),
                ]
            }),
            "heeft_themas": .bool(!picture.entries.isEmpty),
            "zonder_bijdrage": .string(picture.regionsWithoutContribution.map(names.regionWithCode).joined(separator: ", ")),
            "zonder_agenda": .string(picture.regionsWithoutAgenda.map(names.regionWithCode).joined(separator: ", ")),
            "aantal_zonder_agenda": .int(picture.regionsWithoutAgenda.count),
            "zonder_agenda_tekst": .string(DutchPhrases.regions(picture.regionsWithoutAgenda.count)),
            "per_opgave": .array(AgendaTask.allCases.map { task in
                ["opgave": .string(task.dutchName), "per_jaar": perYear(picture.byTaskAndYear[task] ?? [:]),
                 "totaal": .string((picture.byTask[task] ?? .zero).printedNotation)]
            }),
            "totaal_per_jaar": .array(years.map { year in
                .string(AgendaTask.allCases.map { picture.byTaskAndYear[$0]?[year] ?? .zero }.sum().printedNotation)
            }),
            "totaal": .string(picture.total.printedNotation),
        ]
    }
}
