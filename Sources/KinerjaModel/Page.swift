/// Where a page's words came from.
public enum TextSource: String, Sendable, Codable {
    case native, ocr, mixed
}

/// One word as read from the page, in page space.
///
/// Native text and OCR produce the same type so that layout, tables and values run
/// unchanged on both.
public struct Word: Sendable, Hashable {
    public var text: String
    public var box: Rect
    /// Font size in points (for OCR: the box height, a good enough proxy).
    public var fontSize: Double
    public var bold: Bool
    /// OCR confidence 0...100; nil for native text.
    public var confidence: Double?

    public init(text: String, box: Rect, fontSize: Double, bold: Bool = false, confidence: Double? = nil) {
        self.text = text; self.box = box; self.fontSize = fontSize; self.bold = bold; self.confidence = confidence
    }
}

/// A table rule: a long thin dark line on the page.
public struct Ruling: Sendable, Hashable {
    public enum Orientation: Sendable, Hashable { case horizontal, vertical }
    public var orientation: Orientation
    /// y for a horizontal rule, x for a vertical one.
    public var position: Double
    /// Extent along the rule: x0...x1 for horizontal, y0...y1 for vertical.
    public var start: Double
    public var end: Double

    public init(_ orientation: Orientation, at position: Double, from start: Double, to end: Double) {
        self.orientation = orientation; self.position = position; self.start = start; self.end = end
    }
    public var length: Double { end - start }
}

/// Everything the later stages need of one page: its size, words and rules.
public struct Page: Sendable {
    /// 1-based page number.
    public var number: Int
    public var width: Double
    public var height: Double
    public var words: [Word]
    public var rulings: [Ruling]
    public var source: TextSource

    public init(number: Int, width: Double, height: Double, words: [Word], rulings: [Ruling], source: TextSource) {
        self.number = number; self.width = width; self.height = height
        self.words = words; self.rulings = rulings; self.source = source
    }
}
