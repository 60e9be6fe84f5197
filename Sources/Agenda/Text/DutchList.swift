/// Dutch enumerations: "a", "a en b", "a, b en c".
enum DutchList {
    static func joined(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " en " + items[items.count - 1]
    }
}
