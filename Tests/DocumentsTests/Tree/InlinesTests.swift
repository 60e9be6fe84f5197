import Documents
import TestSupport
import Testing

/// ``Inlines``: runs that share one array behave as arrays of their own.
@Suite(.timed) struct InlinesTests {
    static let shared: [Inline] = [.text("a"), .emphasis([.text("b")]), .softBreak, .code("c"), .text("d")]

    @Test func aRangeShowsOnlyItsElementsFromIndexZero() {
        let run = Inlines(Self.shared, range: 1..<4)
        #expect(run.count == 3)
        #expect(run.startIndex == 0 && run.endIndex == 3)
        #expect(run[0] == .emphasis([.text("b")]))
        #expect(run[2] == .code("c"))
        #expect(Array(run) == [.emphasis([.text("b")]), .softBreak, .code("c")])
        #expect(run.plainText == "b c")
        #expect(Inlines(Self.shared, range: 2..<2).isEmpty)
    }

    @Test func equalityComparesElementsNotStorage() {
        let shared = Inlines(Self.shared, range: 3..<5)
        let own: Inlines = [.code("c"), .text("d")]
        #expect(shared == own)
        #expect(shared != Inlines(Self.shared, range: 2..<4))
        #expect(Inlines(Self.shared, range: 0..<0) == Inlines())
    }

    @Test func changingARunChangesNoOtherRunOfTheSameArray() {
        var first = Inlines(Self.shared, range: 0..<2)
        let second = Inlines(Self.shared, range: 0..<3)
        first.append(.text("x"))
        first[0] = .text("y")
        #expect(Array(first) == [.text("y"), .emphasis([.text("b")]), .text("x")])
        #expect(Array(second) == [.text("a"), .emphasis([.text("b")]), .softBreak])
        var whole = Inlines(Self.shared, range: 0..<5)
        whole.removeLast()
        #expect(whole.count == 4)
        #expect(Self.shared.count == 5)
        #expect(Inlines(Self.shared, range: 0..<5).last == .text("d"))
    }

    @Test func arrayOperationsGiveWhatAnArrayWould() {
        let run = Inlines(Self.shared, range: 1..<5)
        let array = Array(Self.shared[1..<5])
        #expect(Array(run + [.hardBreak]) == array + [.hardBreak])
        #expect(Array(run.dropFirst()) == Array(array.dropFirst()))
        #expect(run.map(\.plainText) == array.map(\.plainText))
        #expect(run.firstIndex(of: .softBreak) == array.firstIndex(of: .softBreak))
    }
}
