extension Array {
    /// `compactMap` into an array with room for every element reserved at once, for arrays the model
    /// keeps for the whole run: `compactMap` grows its result by doubling, and the room it leaves
    /// over stays with the array (a theme's references and an action's budget lines at 100 times the
    /// national content, issue 38). The same elements in the same order.
    func keptCompactMap<Mapped>(_ transform: (Element) throws -> Mapped?) rethrows -> [Mapped] {
        var result: [Mapped] = []
        result.reserveCapacity(count)
        for element in self {
            if let mapped = try transform(element) { result.append(mapped) }
        }
        return result
    }
}
