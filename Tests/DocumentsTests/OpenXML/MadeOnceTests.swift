import TestSupport
import Testing
@testable import Documents

/// What is the same in many files is made once, and a kept result is the same as a made one.
@Suite(.timed) struct MadeOnceTests {
    /// Counts the calls of the function it stands for.
    final class Calls: @unchecked Sendable { var count = 0 }

    @Test func aResultIsMadeOnceAndTheOldestGoesPastTheCapacity() {
        let store = MadeOnce<Int, String>(capacity: 2)
        let calls = Calls()
        let make = { (key: Int) -> String in calls.count += 1; return "waarde \(key)" }
        #expect(store.value(for: 1, make) == "waarde 1")
        #expect(store.value(for: 1, make) == "waarde 1")
        #expect(calls.count == 1)
        _ = store.value(for: 2, make)
        _ = store.value(for: 3, make)  // 1 goes
        #expect(calls.count == 3)
        #expect(store.value(for: 3, make) == "waarde 3")
        #expect(calls.count == 3)
        #expect(store.value(for: 1, make) == "waarde 1")
        #expect(calls.count == 4)
    }

    @Test func theMapPictureKeptIsThePictureDrawn() {
        let map = RegionMap(id: "k", title: "Kaart", description: "Regio's", shapes: [
            .init(key: "AM01", label: "1", labelPoint: .init(x: 50, y: 50), rings: [[.init(x: 0, y: 0), .init(x: 100, y: 0), .init(x: 100, y: 100)]]),
        ], counts: ["AM01": 3], legendTitle: "Aantal signalen")
        let drawn = MapPicture(map: map).image()
        for _ in 0..<2 {
            let kept = MapPicture(map: map).encoded()
            #expect(kept.png == drawn.encoded() && kept.width == drawn.width && kept.height == drawn.height)
        }
        var other = map
        other.counts["AM01"] = 0
        #expect(MapPicture(map: other).encoded().png == MapPicture(map: other).image().encoded(), "another count, another picture")
        #expect(MapPicture(map: other).encoded().png != drawn.encoded())
    }
}
