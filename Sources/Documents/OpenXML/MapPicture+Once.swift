extension MapPicture {
    /// The picture as PNG bytes with its size in pixels, drawn and compressed once per map and
    /// width in a process: the signal report's Word file and its PowerPoint deck show the same map,
    /// and drawing it (scan lines over every region's outline) and compressing it cost about as
    /// much as a small document each time.
    func encoded() -> (width: Int, height: Int, png: [UInt8]) {
        Self.pictures.value(for: Key(shapes: map.shapes, counts: map.counts, width: width)) { _ in
            let image = image()
            return (image.width, image.height, image.encoded())
        }
    }

    /// What the picture is drawn from: the outlines, the counts, the width (not the title or the
    /// description, which the writers put beside it).
    private struct Key: Hashable, Sendable {
        var shapes: [RegionMap.Shape]
        var counts: [String: Int]
        var width: Int
    }

    /// The pictures made last: a build shows one map (the signals per region), in Word and PowerPoint.
    private static let pictures = MadeOnce<Key, (width: Int, height: Int, png: [UInt8])>(capacity: 4)
}
