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
    /// Set on a baseline along neither page axis (letters on a slant or an arc: a
    /// watermark): such words stay on the page (for `inspect`) but in no line or table.
    public var slanted = false

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

/// A colour as red, green and blue in 0...1.
public struct RGBColor: Sendable, Hashable {
    public var r: Double, g: Double, b: Double
    public init(r: Double, g: Double, b: Double) { self.r = r; self.g = g; self.b = b }
    public static let white = RGBColor(r: 1, g: 1, b: 1)
    public static let black = RGBColor(r: 0, g: 0, b: 0)
    /// Perceived lightness 0 (black) ... 1 (white), Rec. 601 weights.
    public var luma: Double { 0.299 * r + 0.587 * g + 0.114 * b }
    /// How far apart two colours look: the largest channel difference, so that a pale
    /// yellow header against white and a light-grey rule against white both count.
    public func distance(to o: RGBColor) -> Double { max(abs(r - o.r), abs(g - o.g), abs(b - o.b)) }
}

/// One straight piece of a stroked path, as the page draws it (page space, upright).
public struct Stroke: Sendable, Hashable {
    public var x0: Double, y0: Double, x1: Double, y1: Double
    /// Line width in points; 0 is the thinnest line the device can draw (a hairline).
    public var width: Double
    public var color: RGBColor
    /// A piece of a path that has curves (chart lines, pies, rounded frames): never a rule.
    public var curved: Bool
    public var dashed: Bool
    /// Painting order on the page: what is painted later lies on top.
    public var order: Int
    public init(x0: Double, y0: Double, x1: Double, y1: Double, width: Double, color: RGBColor,
                curved: Bool = false, dashed: Bool = false, order: Int = 0) {
        self.x0 = x0; self.y0 = y0; self.x1 = x1; self.y1 = y1; self.width = width; self.color = color
        self.curved = curved; self.dashed = dashed; self.order = order
    }
}

/// One filled area: an axis-aligned rectangle, or the box of any other shape.
public struct Fill: Sendable, Hashable {
    public var box: Rect
    public var color: RGBColor
    public var isRect: Bool
    public var order: Int
    public init(box: Rect, color: RGBColor, isRect: Bool = true, order: Int = 0) {
        self.box = box; self.color = color; self.isRect = isRect; self.order = order
    }
}

/// The vector drawing of a native page: what rules and cell shading are found from, kept
/// on the page so `inspect` can show it.
public struct PageGraphics: Sendable {
    public var strokes: [Stroke]
    public var fills: [Fill]
    /// Where images are painted (a scan under an OCR text layer covers the page).
    public var images: [Rect]
    /// For each image, how many text-showing operations were painted before it (an OCR
    /// text layer may lie under its scan).
    public var textOpsBeforeImage: [Int] = []
    /// Text-showing operations drawn visibly and invisibly: a scan under an OCR text layer
    /// shows its text invisibly.
    public var visibleTextOps: Int
    public var invisibleTextOps: Int
    public init(strokes: [Stroke] = [], fills: [Fill] = [], images: [Rect] = [],
                visibleTextOps: Int = 0, invisibleTextOps: Int = 0) {
        self.strokes = strokes; self.fills = fills; self.images = images
        self.visibleTextOps = visibleTextOps; self.invisibleTextOps = invisibleTextOps
    }
    public var isEmpty: Bool { strokes.isEmpty && fills.isEmpty && images.isEmpty }

    /// Whether the page is a scan with a text layer: an image covers at least `coverage` of
    /// the page and the text is invisible or lies under that image. Its rules are in the
    /// image (what vector lines OCR software draws are partial).
    public func isScanUnderText(pageArea: Double, coverage: Double = 0.5) -> Bool {
        let total = visibleTextOps + invisibleTextOps
        return images.indices.contains { i in
            images[i].width * images[i].height >= pageArea * coverage
                && (invisibleTextOps > visibleTextOps || (textOpsBeforeImage[safe: i] ?? 0) * 2 > total)
        }
    }
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
    /// The page's vector drawing (native pages; empty for OCR'd pages).
    public var graphics: PageGraphics
    /// The coloured (non-white) filled rectangles smaller than a quarter of the page: cell
    /// shading (schedule marks, header bands, zebra rows), kept when the rest of the drawing
    /// is dropped to save memory. Painting order as drawn.
    public var shading: [Fill] = []
    /// Where the page draws charts (plots and bar groups, from its drawing): text there is a
    /// chart's labels, not a table.
    public var charts: [Rect] = []

    public init(number: Int, width: Double, height: Double, words: [Word], rulings: [Ruling], source: TextSource,
                graphics: PageGraphics = PageGraphics()) {
        self.number = number; self.width = width; self.height = height
        self.words = words; self.rulings = rulings; self.source = source; self.graphics = graphics
    }
}
