/// A greyscale PNG (8 bits per pixel) written by us: signature, IHDR, one IDAT with the rows as a
/// zlib stream (our ``Deflate``, Adler-32), IEND; every chunk with its CRC-32.
struct PNGImage: Sendable, Equatable {
    var width: Int
    var height: Int
    /// One grey level per pixel, row by row from the top; 0 black, 255 white.
    var pixels: [UInt8]

    /// A white image.
    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        pixels = [UInt8](repeating: 255, count: width * height)
    }

    subscript(x: Int, y: Int) -> UInt8 {
        get { pixels[y * width + x] }
        set { if x >= 0, y >= 0, x < width, y < height { pixels[y * width + x] = newValue } }
    }

    /// The PNG file.
    func encoded() -> [UInt8] {
        var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.be32(UInt32(width)); header.be32(UInt32(height))
        header += [8, 0, 0, 0, 0]  // 8 bits, greyscale, deflate, adaptive filters, no interlace
        chunk("IHDR", header, into: &file)
        var raw: [UInt8] = []
        raw.reserveCapacity((width + 1) * height)
        for row in 0..<height {
            raw.append(0)  // filter: none
            raw += pixels[(row * width)..<((row + 1) * width)]
        }
        var zlib: [UInt8] = [0x78, 0x01]
        zlib += Deflate.compress(raw)
        zlib.be32(Adler32.checksum(raw))
        chunk("IDAT", zlib, into: &file)
        chunk("IEND", [], into: &file)
        return file
    }

    private func chunk(_ type: String, _ data: [UInt8], into file: inout [UInt8]) {
        file.be32(UInt32(data.count))
        var crc = CRC32()
        crc.update(type.utf8)
        crc.update(data)
        file += Array(type.utf8)
        file += data
        file.be32(crc.value)
    }
}
