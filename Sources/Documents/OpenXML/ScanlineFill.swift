/// Fills polygons even-odd, one pixel row at a time, for ``MapPicture``: a row is filled between
/// pairs of the crossings of its centre line with the outlines, sorted. Each edge is tried only
/// on the rows near its vertical extent (not on every row of the picture, as before: the
/// national map took 80 million instructions, most of them for rows an area never reaches);
/// the test of whether an edge crosses a row, the crossing's position and its rounding are the
/// same as ever, so the pixels are too.
struct ScanlineFill {
    let width: Int
    let height: Int
    /// The crossings of the row being filled, kept to spare an array per row.
    private var crossings: [Double] = []
    /// Per row, where its edges start in `rowEdges` (counting sort of the edges by row).
    private var rowStart: [Int]
    private var rowEdges: [Int32] = []

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        rowStart = [Int](repeating: 0, count: height + 1)
    }

    /// Fills the area inside `rings` (pixel coordinates, even-odd) in `pixels` (`width` by
    /// `height`, row by row), each pixel with `value(x, y)`.
    mutating func fill(_ rings: [[(Double, Double)]], into pixels: inout [UInt8], value: (Int, Int) -> UInt8) {
        guard height > 0, width > 0 else { return }
        // The edges in the order of the rings, each from a point to the next (the last back to
        // the first), as the crossing's arithmetic depends on the direction.
        var edges: [(x1: Double, y1: Double, x2: Double, y2: Double)] = []
        for ring in rings where ring.count > 1 {
            for index in ring.indices {
                let (x1, y1) = ring[index], (x2, y2) = ring[(index + 1) % ring.count]
                if y1 != y2 { edges.append((x1, y1, x2, y2)) }
            }
        }
        guard !edges.isEmpty else { return }
        // The rows an edge may cross, one more on either side: the exact test is made per row.
        func rows(_ edge: (x1: Double, y1: Double, x2: Double, y2: Double)) -> ClosedRange<Int>? {
            let low = min(edge.y1, edge.y2), high = max(edge.y1, edge.y2)
            guard low.isFinite, high.isFinite, high >= -1, low <= Double(height) + 1 else { return nil }
            // Compared before converted, so a coordinate far outside the picture cannot trap.
            let first = low <= 1 ? 0 : Int(low.rounded(.down)) - 1
            let last = high >= Double(height - 2) ? height - 1 : Int(high.rounded(.up)) + 1
            return first <= last ? first...last : nil
        }
        for row in rowStart.indices { rowStart[row] = 0 }
        for edge in edges { if let span = rows(edge) { for row in span { rowStart[row + 1] += 1 } } }
        for row in 0..<height { rowStart[row + 1] += rowStart[row] }
        rowEdges = [Int32](repeating: 0, count: rowStart[height])
        var next = rowStart
        for (number, edge) in edges.enumerated() {
            guard let span = rows(edge) else { continue }
            for row in span {
                rowEdges[next[row]] = Int32(number)
                next[row] += 1
            }
        }
        for y in 0..<height where rowStart[y] < rowStart[y + 1] {
            let centre = Double(y) + 0.5
            crossings.removeAll(keepingCapacity: true)
            for slot in rowStart[y]..<rowStart[y + 1] {
                let (x1, y1, x2, y2) = edges[Int(rowEdges[slot])]
                if (y1 <= centre) != (y2 <= centre) { crossings.append(x1 + (centre - y1) / (y2 - y1) * (x2 - x1)) }
            }
            guard crossings.count > 1 else { continue }
            crossings.sort()
            let base = y * width
            for pair in stride(from: 0, to: crossings.count - 1, by: 2) {
                let start = max(0, Int(crossings[pair].rounded())), end = min(width - 1, Int(crossings[pair + 1].rounded()) - 1)
                guard start <= end else { continue }
                for x in start...end { pixels[base + x] = value(x, y) }
            }
        }
    }
}
