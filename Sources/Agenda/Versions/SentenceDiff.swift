/// Compares two prose texts sentence by sentence, so a reader sees the one sentence that changed
/// in a paragraph instead of the paragraph twice. Line breaks and spacing do not count: a paragraph
/// wrapped anew is no change.
public enum SentenceDiff {
    /// The sentences of `text` in order: split after `.`, `!` or `?` followed by white space, and
    /// at blank lines and list items; white space inside a sentence made single.
    public static func sentences(_ text: String) -> [String] {
        var result: [String] = []
        for block in blocks(text) {
            var current = ""
            let characters = Array(block)
            for (index, character) in characters.enumerated() {
                current.append(character)
                let ends = ".!?".contains(character)
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if ends && next == " " {
                    let sentence = current.trimmingWhiteSpace
                    if !sentence.isEmpty { result.append(sentence) }
                    current = ""
                }
            }
            let rest = current.trimmingWhiteSpace
            if !rest.isEmpty { result.append(rest) }
        }
        return result
    }

    /// The paragraphs and list items of `text`, each on one line with single spaces.
    private static func blocks(_ text: String) -> [String] {
        var blocks: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { blocks.append(current.joined(separator: " ")) }
            current = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let words = line.split(whereSeparator: \.isWhitespace)
            if words.isEmpty { flush(); continue }
            // A list item or heading starts a block of its own.
            if let first = words.first, ["-", "*", "+", "#", "##", "###", ">"].contains(first) || first.last == "." && first.dropLast().allSatisfy(\.isNumber) && first.count > 1 {
                flush()
            }
            current.append(contentsOf: words)
        }
        flush()
        return blocks
    }

    /// The changed sentences between `old` and `new`, in the order of the text; empty when the
    /// texts hold the same sentences. A run of removed sentences followed by added ones is paired
    /// up: each added sentence is shown as the rewrite of the removed one at its place.
    public static func changes(from old: String, to new: String) -> [SentenceChange] {
        var a = sentences(old)[...], b = sentences(new)[...]
        if a == b { return [] }
        // What both start and end with is unchanged; only the middle is compared.
        while let x = a.first, let y = b.first, x == y { a.removeFirst(); b.removeFirst() }
        while let x = a.last, let y = b.last, x == y { a.removeLast(); b.removeLast() }
        return middle(Array(a), Array(b))
    }

    /// Above this many sentence pairs the middle is shown as rewritten as a whole: the table of
    /// the longest common subsequence grows with the product, and prose that long changed
    /// throughout anyway.
    static let largestTable = 1_000_000

    private static func middle(_ a: [String], _ b: [String]) -> [SentenceChange] {
        guard a.count * b.count <= largestTable else {
            return (0..<max(a.count, b.count)).map { SentenceChange(old: $0 < a.count ? a[$0] : nil, new: $0 < b.count ? b[$0] : nil) }
        }
        // Longest common subsequence of sentences, by dynamic programming from the end.
        var length = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                length[i][j] = a[i] == b[j] ? length[i + 1][j + 1] + 1 : max(length[i + 1][j], length[i][j + 1])
            }
        }
        var changes: [SentenceChange] = []
        var removed: [String] = [], added: [String] = []
        func flush() {
            for index in 0..<max(removed.count, added.count) {
                changes.append(SentenceChange(old: index < removed.count ? removed[index] : nil,
                                              new: index < added.count ? added[index] : nil))
            }
            removed = []
            added = []
        }
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if i < a.count && j < b.count && a[i] == b[j] {
                flush()
                i += 1
                j += 1
            } else if j < b.count && (i == a.count || length[i][j + 1] >= length[i + 1][j]) {
                added.append(b[j])
                j += 1
            } else {
                removed.append(a[i])
                i += 1
            }
        }
        flush()
        return changes
    }
}

extension String {
    /// The text without white space at either end.
    var trimmingWhiteSpace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
