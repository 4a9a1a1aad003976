import KinerjaModel

/// What OCR made of one page image: words and rules in the space of the *upright*
/// page, plus what was done to the image to get there.
public struct OCRPage: Sendable {
    /// Words in page points, origin top-left of the upright page. `confidence` is
    /// Tesseract's word confidence (0...100); `fontSize` is the box height; `bold` is
    /// always false (the LSTM recogniser does not report weight).
    public var words: [Word]
    /// Table rules found in the upright, deskewed image, in page points.
    public var rulings: [Ruling]
    /// Size of the upright page in points: the input page size, with width and height
    /// swapped when the image was turned by 90 or 270 degrees.
    public var width: Double
    public var height: Double
    /// Clockwise rotation (0, 90, 180 or 270 degrees) applied to the image to make the
    /// text upright.
    public var rotation: Int
    /// Confidence of the detector that decided the orientation: leptonica's (the larger of
    /// its up/left scores, 8+ when it decides) or, on pages where leptonica is unsure,
    /// Tesseract OSD's (2+ when it turns the page). Nil when detection was off or neither
    /// could judge.
    public var orientationConfidence: Double?
    /// Clockwise rotation in degrees applied after `rotation` to straighten the lines
    /// (0 when the page was straight enough or the skew could not be measured).
    public var skew: Double
    /// Leptonica's confidence in the skew (nil when not measured; below ~3 it is a guess
    /// and no deskew is applied).
    public var skewConfidence: Double?
    /// Resolution of the image in pixels per inch (from its pixels and the page's points).
    public var resolution: Double
    /// Words whose text OCR re-read (today: `%` signs misread by the Indonesian model and
    /// corrected by an English-only second look). The caller may want to warn.
    public var corrections: [Correction]
    /// Numbers read with low confidence and read again, enlarged, with clearly more
    /// confidence (`99` → `90`). The caller may want to warn.
    public var rereads: [Correction] = []

    public struct Correction: Sendable, Hashable {
        /// Index into `words` of the corrected word.
        public var wordIndex: Int
        /// What the first reading said.
        public var original: String
        /// What the word says now.
        public var corrected: String
    }

    public init(words: [Word], rulings: [Ruling], width: Double, height: Double, rotation: Int,
                orientationConfidence: Double?, skew: Double, skewConfidence: Double?, resolution: Double,
                corrections: [Correction] = [], rereads: [Correction] = []) {
        self.words = words; self.rulings = rulings; self.width = width; self.height = height
        self.rotation = rotation; self.orientationConfidence = orientationConfidence
        self.skew = skew; self.skewConfidence = skewConfidence; self.resolution = resolution
        self.corrections = corrections
        self.rereads = rereads
    }

    /// Mean word confidence (nil without words).
    public var meanConfidence: Double? {
        let c = words.compactMap(\.confidence)
        return c.isEmpty ? nil : c.reduce(0, +) / Double(c.count)
    }

    /// Words below `threshold` confidence (the caller warns on cells built from them).
    public func lowConfidenceWords(below threshold: Double = 60) -> [Word] {
        words.filter { ($0.confidence ?? 100) < threshold }
    }
}
