import KinerjaModel

/// List bullets that Tesseract reads as a letter or a mark.
///
/// A scanned `•` before each item of a list (sub-indicators in a Perjanjian Kinerja cell:
/// `• Dokumen DED …`) comes out as `e`, `»`, `«`, `©` or `@` — a solid dot has no letter
/// shape, so the recogniser guesses. Left so, the item reads `e Dokumen …` and the list
/// goes unseen (Tables splits cells at list markers; Interpretation strips a leading `•`).
/// The scan settles it: a bullet is a solid round blob, dark right through its middle,
/// about as wide as tall, smaller than the text it leads and centred on that text's line —
/// unlike `e`, `o`, `«` or `@`, whose middles are open, and a full stop, which sits on the
/// baseline.
enum Bullets {
    /// At most this many characters in a word taken for a bullet (`«"` is one dot).
    static let maxLength = 2
    /// Share of the box that must be ink (a disk fills π/4 of its box).
    static let minFill = 0.6
    /// Share of the middle half (both ways) of the box that must be ink.
    static let minCoreFill = 0.9
    /// Width over height of a round blob.
    static let aspect: ClosedRange<Double> = 0.6...1.6
    /// Height of the blob against the height of the text after it.
    static let heightShare: ClosedRange<Double> = 0.2...0.9
    /// Smallest blob, in points (dust is smaller).
    static let minSize = 1.5

    /// `words` with each bullet read as a letter or mark turned back into `•`.
    /// `sx`, `sy`: points per pixel of `image`; `threshold`: pixels below it are ink.
    static func reading(_ words: [Word], in image: GrayImage, threshold: UInt8, sx: Double, sy: Double) -> [Word] {
        var out = words
        for (i, w) in words.enumerated() where isCandidate(w) {
            // The text the bullet leads: a word to its right on the same line, close by.
            let midY = (w.box.y0 + w.box.y1) / 2
            let next = words.filter { o in
                o.box.x0 >= w.box.x1 - 0.5 && o.box.x0 - w.box.x1 <= 6 * max(w.box.width, w.box.height)
                    && o.box.y0 <= midY && o.box.y1 >= midY && o.text.count > maxLength
            }.min { $0.box.x0 < $1.box.x0 }
            guard let next else { continue }
            let share = w.box.height / max(1e-9, next.box.height)
            guard heightShare.contains(share) else { continue }
            // Centred on the line: the blob's middle in the middle half of the text's height.
            let rel = (midY - next.box.y0) / max(1e-9, next.box.height)
            guard rel >= 0.25 && rel <= 0.75 else { continue }
            guard isSolidBlob(w.box, in: image, threshold: threshold, sx: sx, sy: sy) else { continue }
            out[i].text = "•"
        }
        return out
    }

    static func isCandidate(_ w: Word) -> Bool {
        guard w.text != "•", w.text.count <= maxLength, !w.text.contains(where: \.isNumber) else { return false }
        let b = w.box
        guard b.width >= minSize, b.height >= minSize else { return false }
        return aspect.contains(b.width / b.height)
    }

    /// Whether the pixels under `box` (points) are a solid blob.
    static func isSolidBlob(_ box: Rect, in image: GrayImage, threshold: UInt8, sx: Double, sy: Double) -> Bool {
        let x0 = max(0, Int((box.x0 / sx).rounded(.down))), x1 = min(image.width - 1, Int((box.x1 / sx).rounded(.up)) - 1)
        let y0 = max(0, Int((box.y0 / sy).rounded(.down))), y1 = min(image.height - 1, Int((box.y1 / sy).rounded(.up)) - 1)
        guard x1 - x0 >= 3, y1 - y0 >= 3 else { return false }
        func fill(_ xa: Int, _ xb: Int, _ ya: Int, _ yb: Int) -> Double {
            var n = 0, dark = 0
            image.pixels.withUnsafeBufferPointer { px in
                for y in ya...yb { for x in xa...xb { n += 1; if px[y * image.width + x] < threshold { dark += 1 } } }
            }
            return n == 0 ? 0 : Double(dark) / Double(n)
        }
        let qx = (x1 - x0 + 1) / 4, qy = (y1 - y0 + 1) / 4
        return fill(x0, x1, y0, y1) >= minFill && fill(x0 + qx, x1 - qx, y0 + qy, y1 - qy) >= minCoreFill
    }
}
