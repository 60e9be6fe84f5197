/// A ``RegionMap`` rasterised to a greyscale picture for formats that cannot draw vectors of their
/// own (Word shows a PNG the same in Word and LibreOffice): each area filled even-odd in the grey
/// of its count (``ShadeScale``; zero hatched), outlined in black, its label (a number) in a white
/// box. The legend is not in the picture: the writer puts it beside the picture as text.
struct MapPicture {
    let map: RegionMap
    /// The width in pixels; the height follows the map's proportions.
    var width = 900

    /// The picture.
    func image() -> PNGImage {
        let points = map.shapes.flatMap { $0.rings.flatMap { $0 } }
        let minX = (points.map(\.x).min() ?? 0) - 20, maxX = (points.map(\.x).max() ?? 0) + 20
        let minY = (points.map(\.y).min() ?? 0) - 20, maxY = (points.map(\.y).max() ?? 0) + 20
        let scale = Double(width - 1) / Double(max(1, maxX - minX))
        let height = max(1, Int(Double(maxY - minY) * scale) + 1)
        var image = PNGImage(width: width, height: height)
        func pixel(_ point: RegionMap.Point) -> (Double, Double) {
            (Double(point.x - minX) * scale, Double(maxY - point.y) * scale)
        }
        let shades = ShadeScale(maximum: map.counts.values.max() ?? 0)
        var fill = ScanlineFill(width: width, height: height)
        for shape in map.shapes {
            let count = map.counts[shape.key] ?? 0
            let grey = Self.grey(shades.cssColor(count))
            fill.fill(shape.rings.map { $0.map(pixel) }, into: &image.pixels) { x, y in
                count == 0 && (x + y) % 7 == 0 ? 160 : (count == 0 ? 255 : grey)
            }
        }
        for shape in map.shapes {
            for ring in shape.rings.map({ $0.map(pixel) }) where ring.count > 1 {
                for index in ring.indices { line(from: ring[index], to: ring[(index + 1) % ring.count], in: &image) }
            }
        }
        for shape in map.shapes { label(shape.label, at: pixel(shape.labelPoint), in: &image) }
        return image
    }

    /// `#rrggbb` grey as one level.
    static func grey(_ css: String) -> UInt8 {
        let hex = css.dropFirst().prefix(2)
        return UInt8(hex, radix: 16) ?? 255
    }

    /// A black line two pixels wide.
    private func line(from start: (Double, Double), to end: (Double, Double), in image: inout PNGImage) {
        let steps = max(1, Int(max(abs(end.0 - start.0), abs(end.1 - start.1)).rounded(.up)))
        for step in 0...steps {
            let t = Double(step) / Double(steps)
            let x = Int(start.0 + (end.0 - start.0) * t), y = Int(start.1 + (end.1 - start.1) * t)
            image[x, y] = 0
            image[x + 1, y] = 0
        }
    }

    /// `text` (digits; other characters are skipped) centred on `point`, in a white box.
    private func label(_ text: String, at point: (Double, Double), in image: inout PNGImage) {
        let digits = text.compactMap { $0.wholeNumberValue }
        guard !digits.isEmpty else { return }
        let size = 3, glyphWidth = 3 * size, glyphHeight = 5 * size, gap = size
        let textWidth = digits.count * glyphWidth + (digits.count - 1) * gap
        let left = Int(point.0) - textWidth / 2, top = Int(point.1) - glyphHeight / 2
        for y in (top - 3)..<(top + glyphHeight + 3) {
            for x in (left - 3)..<(left + textWidth + 3) { image[x, y] = 255 }
        }
        for (index, digit) in digits.enumerated() {
            let rows = Self.font[digit]
            for (row, bits) in rows.enumerated() {
                for column in 0..<3 where bits & (4 >> column) != 0 {
                    for dy in 0..<size {
                        for dx in 0..<size {
                            image[left + index * (glyphWidth + gap) + column * size + dx, top + row * size + dy] = 0
                        }
                    }
                }
            }
        }
    }

    /// The digits 0-9 in a 3-by-5 font: five rows of three bits, the left one highest.
    private static let font: [[Int]] = [
        [7, 5, 5, 5, 7], [2, 6, 2, 2, 7], [7, 1, 7, 4, 7], [7, 1, 7, 1, 7], [5, 5, 7, 1, 1],
        [7, 4, 7, 1, 7], [7, 4, 7, 5, 7], [7, 1, 1, 1, 1], [7, 5, 7, 5, 7], [7, 5, 7, 1, 7],
    ]
}
