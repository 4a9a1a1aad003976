/// An 8-bit grayscale raster (0 = black, 255 = white), row-major, no padding.
///
/// Used for low-resolution renders (rule finding) and for scanned page images (OCR).
public struct GrayImage: Sendable {
    public var width: Int
    public var height: Int
    public var pixels: [UInt8]

    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(pixels.count == width * height, "pixel count does not match size")
        self.width = width; self.height = height; self.pixels = pixels
    }

    @inlinable public subscript(x: Int, y: Int) -> UInt8 { pixels[y * width + x] }

    /// The image turned a quarter: clockwise maps (x, y) to (height - 1 - y, x).
    public func rotatedQuarter(clockwise: Bool) -> GrayImage {
        var out = [UInt8](repeating: 255, count: pixels.count)
        let w = width, h = height
        pixels.withUnsafeBufferPointer { src in
            out.withUnsafeMutableBufferPointer { dst in
                for y in 0..<h {
                    for x in 0..<w {
                        let (nx, ny) = clockwise ? (h - 1 - y, x) : (y, w - 1 - x)
                        dst[ny * h + nx] = src[y * w + x]
                    }
                }
            }
        }
        return GrayImage(width: h, height: w, pixels: out)
    }
}
