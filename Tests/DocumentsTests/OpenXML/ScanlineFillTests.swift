import TestSupport
import Testing
@testable import Documents

/// The map picture filled row by row over the edges near each row (``ScanlineFill``) has every
/// pixel of the fill over all edges on every row, as it was drawn before.
@Suite(.timed) struct ScanlineFillTests {
    /// Outlines of every kind: a triangle, a square with a hole, a ring of two points, a star that
    /// crosses itself, areas partly and wholly outside the picture, edges along a row.
    static let shapes: [[[(Double, Double)]]] = [
        [[(10, 5), (90, 20), (40, 70.5)]],
        [[(0, 0), (60, 0), (60, 60), (0, 60)], [(20, 20), (40, 20), (40, 40), (20, 40)]],
        [[(3, 3), (50, 50)]],
        [[(50, 0), (61, 35), (98, 35), (68, 57), (79, 91), (50, 70), (21, 91), (32, 57), (2, 35), (39, 35)]],
        [[(-30, -10.25), (130, 40), (-5, 140)]],
        [[(200, 200), (300, 200), (250, 300)]],
        [[(0.5, 10.5), (99.5, 10.5), (99.5, 12.5), (0.5, 12.5)]],
        [[(33.3333, 0.1), (66.6667, 99.9), (0.0001, 49.5)], [(12.5, 12.5), (13.5, 80.75), (87.25, 44.125)]],
    ]

    @Test func rowsOverNearEdgesFillAsRowsOverAllEdges() {
        let width = 100, height = 90
        var fill = ScanlineFill(width: width, height: height)
        var pixels = [UInt8](repeating: 255, count: width * height)
        var expected = pixels
        for (number, rings) in Self.shapes.enumerated() {
            let value = { (x: Int, y: Int) -> UInt8 in number == 2 && (x + y) % 7 == 0 ? 160 : UInt8(10 * number + 5) }
            fill.fill(rings, into: &pixels, value: value)
            Self.fillOverAllEdges(rings, width: width, height: height, into: &expected, value: value)
            // The first pixel that differs, not two pictures printed whole.
            #expect(pixels.indices.first { pixels[$0] != expected[$0] } == nil, "shape \(number)")
        }
        #expect(pixels.contains(5) && pixels.contains(45), "the test fills something")
    }

    /// The fill as ``MapPicture`` drew it before: every edge of every ring tried on every row.
    static func fillOverAllEdges(_ rings: [[(Double, Double)]], width: Int, height: Int, into pixels: inout [UInt8], value: (Int, Int) -> UInt8) {
        for y in 0..<height {
            let centre = Double(y) + 0.5
            var crossings: [Double] = []
            for ring in rings where ring.count > 1 {
                for index in ring.indices {
                    let (x1, y1) = ring[index], (x2, y2) = ring[(index + 1) % ring.count]
                    if (y1 <= centre) != (y2 <= centre) { crossings.append(x1 + (centre - y1) / (y2 - y1) * (x2 - x1)) }
                }
            }
            crossings.sort()
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                let start = max(0, Int(crossings[pair].rounded())), end = min(width - 1, Int(crossings[pair + 1].rounded()) - 1)
                guard start <= end else { continue }
                for x in start...end { pixels[y * width + x] = value(x, y) }
            }
        }
    }
}
