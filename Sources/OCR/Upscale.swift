import KinerjaModel

/// Image enlargement for Tesseract, which reads best at about 300 dpi (text of 20-30
/// pixels cap height); at 100 dpi a 9-point digit is 9 pixels tall and its strokes merge.
enum Upscale {
    /// Tesseract's sweet spot.
    static let targetPPI = 300.0
    /// Images at or above this resolution are read as they are (200-dpi scans read well).
    static let minimumPPI = 200.0

    /// At most this factor: an image of a few dozen dpi is no scan of text worth reading.
    static let maximumFactor = 4

    /// The whole-number factor that brings `ppi` to about `targetPPI` (1 when none is needed).
    static func factor(forPPI ppi: Double) -> Int {
        guard ppi > 0, ppi < minimumPPI else { return 1 }
        return max(2, min(maximumFactor, Int((targetPPI / ppi).rounded())))
    }

    /// A region of `image` (clipped to it) enlarged `factor` times by bilinear
    /// interpolation, with a white margin of `margin` pixels (after enlarging) around it.
    /// Smooth edges binarise better than replicated pixels: a bilevel 100-dpi scan
    /// enlarged this way reads like a gray 300-dpi one.
    static func region(_ image: GrayImage, x0: Int, y0: Int, x1: Int, y1: Int, factor: Int, margin: Int = 0) -> GrayImage? {
        let x0 = max(0, x0), y0 = max(0, y0), x1 = min(image.width - 1, x1), y1 = min(image.height - 1, y1)
        guard x1 >= x0, y1 >= y0, factor >= 1 else { return nil }
        let w = x1 - x0 + 1, h = y1 - y0 + 1
        let ow = w * factor + 2 * margin, oh = h * factor + 2 * margin
        var out = [UInt8](repeating: 255, count: ow * oh)
        let f = Double(factor)
        image.pixels.withUnsafeBufferPointer { src in
            for oy in 0..<(h * factor) {
                // Source coordinate of the output pixel's centre.
                let sy = max(0, min(Double(h - 1), (Double(oy) + 0.5) / f - 0.5))
                let ya = Int(sy), yb = min(h - 1, ya + 1), fy = sy - Double(ya)
                let rowA = (y0 + ya) * image.width + x0, rowB = (y0 + yb) * image.width + x0
                let o = (oy + margin) * ow + margin
                for ox in 0..<(w * factor) {
                    let sx = max(0, min(Double(w - 1), (Double(ox) + 0.5) / f - 0.5))
                    let xa = Int(sx), xb = min(w - 1, xa + 1), fx = sx - Double(xa)
                    let top = Double(src[rowA + xa]) * (1 - fx) + Double(src[rowA + xb]) * fx
                    let bottom = Double(src[rowB + xa]) * (1 - fx) + Double(src[rowB + xb]) * fx
                    out[o + ox] = UInt8(max(0, min(255, (top * (1 - fy) + bottom * fy).rounded())))
                }
            }
        }
        return GrayImage(width: ow, height: oh, pixels: out)
    }

    /// The enlarged image stays under this many pixels (an A3 page at 400 dpi), whatever
    /// the image: a poster-sized scan is read as it is rather than exhaust memory.
    static let maximumPixels = 40_000_000

    /// The factor for an image of `width` x `height` pixels at `ppi`, within `maximumPixels`.
    static func factor(forPPI ppi: Double, width: Int, height: Int) -> Int {
        var f = factor(forPPI: ppi)
        while f > 1 && width * height * f * f > maximumPixels { f -= 1 }
        return f
    }

    /// The whole image enlarged.
    static func image(_ image: GrayImage, factor: Int) -> GrayImage {
        guard factor > 1, let big = region(image, x0: 0, y0: 0, x1: image.width - 1, y1: image.height - 1, factor: factor) else { return image }
        return big
    }
}
