extension Workspace {
    /// Lets go of the range of each value in every origin of the agendas (`Origin.fields`), keeping
    /// each origin's file and the range of its definition. A build does this once the checks have
    /// run: only they point at a value, and at 100 times the national content the ranges were 20 MB
    /// of the model the build keeps while it makes the documents (issue 38). The registries, which
    /// do not grow with the agendas, keep theirs.
    ///
    /// In place: when nothing else holds the agendas (see `CriteriaAssessor.dropFieldRanges(sharingWith:)`),
    /// no array of the model is copied.
    public mutating func dropFieldRanges() {
        for index in agendas.indices { agendas[index].dropFieldRanges() }
    }
}

extension Agenda {
    /// Lets go of the range of each value in every origin of the agenda (see `Workspace.dropFieldRanges()`).
    mutating func dropFieldRanges() {
        origin.dropFieldRanges()
        for task in AgendaTask.allCases where policy.tasks[task] != nil { policy.tasks[task]!.origin.dropFieldRanges() }
        for index in organisations.indices { organisations[index].origin.dropFieldRanges() }
        for index in fundingSources.indices { fundingSources[index].origin.dropFieldRanges() }
        for index in themes.indices { themes[index].dropFieldRanges() }
        for index in signals.indices { signals[index].origin.dropFieldRanges() }
    }
}

extension Theme {
    /// Lets go of the range of each value in the origins of the theme, its results and its actions.
    mutating func dropFieldRanges() {
        origin.dropFieldRanges()
        for index in results.indices {
            results[index].origin.dropFieldRanges()
            for measurement in results[index].measurements.indices { results[index].measurements[measurement].origin.dropFieldRanges() }
        }
        for index in actions.indices {
            actions[index].origin.dropFieldRanges()
            for line in actions[index].budget.indices { actions[index].budget[line].origin.dropFieldRanges() }
            for line in actions[index].realisation.indices { actions[index].realisation[line].origin.dropFieldRanges() }
        }
    }
}
