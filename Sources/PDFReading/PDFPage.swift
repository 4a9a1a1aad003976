import FoundationEssentials
import Glibc
import KinerjaModel
import PopplerGraphics

/// One page of a `PDFDocument`.
///
/// Coordinates are those poppler gives for text and rendering: points, origin top-left,
/// with the page's `/Rotate` already applied — so a landscape table stored on a rotated
/// portrait page comes out upright.
public final class PDFPage {
    /// 1-based page number.
    public let number: Int

    /// The document, kept alive while the page is.
    private let document: PDFDocument

    /// Page size as poppler has it (after `/Rotate`, before a sideways turn).
    private let popplerSize: (width: Double, height: Double)

    init(document: PDFDocument, index: Int, size: (Double, Double)) {
        self.document = document
        self.number = index + 1
        self.popplerSize = size
    }

    /// How the page's text runs when it is drawn sideways with no `/Rotate` (a landscape
    /// table inside a portrait document): the quarter turn, clockwise, that makes it
    /// upright — 0, 90 or 270. Found by `words()`; `size` and `renderGray` follow it.
    public private(set) var sidewaysTurn = 0

    /// Whether reading the page's content took longer than the document's
    /// `contentTimeLimit` and was cut off there (its words and drawing are those read by then).
    public private(set) var contentTimedOut = false

    /// Whether the page may paint an image (its content drew one, annotations included, or
    /// was cut off before the end). When false, poppler-glib's image list of the page is empty
    /// too, so callers need not load poppler-glib to ask it.
    public var mayPaintImages: Bool {
        guard let g = read()?.graphics else { return true }
        return g.image_calls > 0 || g.timed_out != 0
    }

    /// The page's text and drawing, read together on first use (one pass over the content).
    private var content: (text: kg_text, graphics: kg_graphics)?
    private var contentTried = false

    private func read() -> (text: kg_text, graphics: kg_graphics)? {
        if !contentTried {
            contentTried = true
            var text = kg_text(), graphics = kg_graphics()
            if kg_page_read(document.core, Int32(number - 1), document.contentTimeLimit, &text, &graphics) == 0 {
                content = (text, graphics)
                contentTimedOut = graphics.timed_out != 0
            }
        }
        return content
    }

    /// poppler-glib's page, for renders and images only (opened on first use).
    private var glibPage: UnsafeMutableRawPointer? {
        if !glibTried {
            glibTried = true
            glibHandle = document.renderDocument().flatMap { kr_get_page($0, Int32(number - 1)) }
        }
        return glibHandle
    }
    private var glibHandle: UnsafeMutableRawPointer?
    private var glibTried = false

    deinit {
        if var c = content { kg_text_free(&c.text); kg_graphics_free(&c.graphics) }
        if let glibHandle { kr_page_free(glibHandle) }   // never opens poppler-glib just to close it
    }

    /// Width and height in points, upright: after `/Rotate` and any sideways turn.
    public var size: (width: Double, height: Double) {
        let (w, h) = popplerSize
        return sidewaysTurn == 0 ? (w, h) : (h, w)
    }

    /// Maps a box from poppler's page space into the upright page.
    private func upright(_ r: Rect, turn: Int, width w: Double, height h: Double) -> Rect {
        switch turn {
        case 90:   // text ran bottom to top: turn the page clockwise, (x, y) -> (h - y, x)
            return Rect(x0: h - r.y1, y0: r.x0, x1: h - r.y0, y1: r.x1)
        case 270:  // text ran top to bottom: turn it counter-clockwise, (x, y) -> (y, w - x)
            return Rect(x0: r.y0, y0: w - r.x1, x1: r.y1, y1: w - r.x0)
        default:
            return r
        }
    }

    /// Unicode's White_Space, answered for ASCII without a property look-up (most text).
    @inline(__always) static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? s.value == 0x20 || (s.value >= 0x09 && s.value <= 0x0D) : s.properties.isWhitespace
    }

    /// The quarter turn that makes the text upright, from how consecutive characters of a
    /// word advance: mostly down the page or mostly up it means the page is sideways.
    private static func sidewaysTurn(_ text: String, _ rects: UnsafeMutablePointer<kg_rect>, count: Int) -> Int {
        var right = 0, down = 0, up = 0
        var previous: kg_rect? = nil
        var i = 0
        for scalar in text.unicodeScalars {
            guard i < count else { break }
            let r = rects[i]
            i += 1
            if Self.isWhitespace(scalar) { previous = nil; continue }
            if let p = previous {
                let dx = r.x1 - p.x1, dy = r.y1 - p.y1
                if abs(dx) > abs(dy) { if dx > 0 { right += 1 } }
                else if dy > 0 { down += 1 } else if dy < 0 { up += 1 }
            }
            previous = r
        }
        let total = right + down + up
        guard total >= 20 else { return 0 }
        if up * 10 > total * 6 { return 90 }
        if down * 10 > total * 6 { return 270 }
        return 0
    }

    /// Every word of the text layer with its box, font size and weight.
    ///
    /// Built from poppler's per-character boxes: a word ends at white space, at a line
    /// break, or where the next character does not follow on the same baseline (poppler's
    /// reading order may jump between table cells without a space).
    public func words() -> [Word] {
        guard let content = read(), let ctext = content.text.text else { return [] }
        guard content.text.has_layout != 0, let rects = content.text.rects else { return [] }
        let count = content.text.rect_count

        let fonts = fontRuns(content.text)
        let text = String(cString: ctext)
        let turn = Self.sidewaysTurn(text, rects, count: Int(count))
        sidewaysTurn = turn
        // Right-to-left script and vertical text: the selection walk above (poppler-glib's,
        // kept for its word order) drops or misplaces right-to-left lines and gives stacked
        // glyphs one by one; poppler's word list has them all (a second pass, these pages only).
        if turn == 0, Self.hasRightToLeft(text) || Self.hasVerticalText(rects, count: Int(count)), case let core = document.core,
           let ws = Self.deviceWords(core, index: number - 1) {
            return ws
        }
        let (pw, ph) = popplerSize
        var words: [Word] = []
        words.reserveCapacity(Int(count) / 5)
        let edges = CellEdges(content.text, content.graphics, turn: turn, width: pw, height: ph)

        // A word is a run of characters of the text with nothing skipped, so its text is a
        // slice of the text's UTF-8 (no String grown scalar by scalar).
        var utf8 = text
        utf8.withUTF8 { bytes in
            var wordStart = -1, wordEnd = 0
            var box = Rect(x0: 0, y0: 0, x1: 0, y1: 0)
            var lastMidX = 0.0   // the middle of the word's last character
            var fontSize = 0.0
            var bold = false
            var runIndex = 0

            // Letters set on a slant (their origins, from PopplerGraphics): a word most of
            // whose letters are is slanted. None on most pages: no test per letter then.
            let slants = Self.slantOrigins(content.text)
            var letters = 0, slantedLetters = 0

            func flush() {
                if wordStart >= 0 {
                    let piece = UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd])
                    var word = Word(text: String(decoding: piece, as: UTF8.self), box: box, fontSize: fontSize, bold: bold)
                    word.slanted = slantedLetters * 2 > letters
                    words.append(word)
                    wordStart = -1
                }
                letters = 0; slantedLetters = 0
            }

            // poppler's layout has one rectangle per character (Unicode scalar) of its text.
            var i = 0
            var p = 0
            let n = Int(count)
            while p < bytes.count {
                guard i < n else { break }
                // The scalar at `p` (the bytes are a String's: valid UTF-8).
                let lead = bytes[p]
                let length: Int
                let whitespace: Bool
                if lead < 0x80 {
                    length = 1
                    whitespace = lead == 0x20 || (lead >= 0x09 && lead <= 0x0D)
                } else {
                    var value: UInt32
                    if lead < 0xE0 { length = 2; value = UInt32(lead & 0x1F) }
                    else if lead < 0xF0 { length = 3; value = UInt32(lead & 0x0F) }
                    else { length = 4; value = UInt32(lead & 0x07) }
                    for k in 1..<length { value = value << 6 | UInt32(bytes[p + k] & 0x3F) }
                    let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
                    whitespace = Self.isWhitespace(scalar) || scalar == "\u{00A0}"
                }
                let r = rects[i]
                let charBox = upright(Rect(x0: r.x1, y0: r.y1, x1: r.x2, y1: r.y2), turn: turn, width: pw, height: ph)
                while runIndex < fonts.count, fonts[runIndex].end < i { runIndex += 1 }
                let font = runIndex < fonts.count && fonts[runIndex].start <= i ? fonts[runIndex] : nil
                i += 1
                defer { p += length }

                if whitespace {
                    flush()
                    continue
                }
                if wordStart >= 0 {
                    let lineHeight = max(box.height, charBox.height, 1)
                    let sameLine = abs(charBox.midY - box.midY) < lineHeight * 0.5
                    let gap = charBox.x0 - box.x1
                    if !sameLine || gap > lineHeight * 0.6 || gap < -lineHeight * 0.5
                        || edges.separate(lastMidX, charBox.midX, at: charBox.midY, size: lineHeight) {
                        flush()
                    }
                }
                if wordStart < 0 {
                    wordStart = p
                    box = charBox
                    fontSize = font?.size ?? charBox.height
                    bold = font?.bold ?? false
                } else {
                    box = box.union(charBox)
                }
                lastMidX = charBox.midX
                wordEnd = p + length
                if !slants.isEmpty {
                    letters += 1
                    if Self.holdsOrigin(r, slants) { slantedLetters += 1 }
                }
            }
            flush()
        }
        return words
    }

    /// The origins of the page's slanted glyphs, in poppler's space, sorted by x.
    private static func slantOrigins(_ text: kg_text) -> [(x: Double, y: Double)] {
        guard text.slant_count > 0, let list = text.slants else { return [] }
        var out: [(x: Double, y: Double)] = []
        out.reserveCapacity(text.slant_count)
        for i in 0..<text.slant_count where list[i].x1.isFinite && list[i].y1.isFinite { out.append((list[i].x1, list[i].y1)) }
        return out.sorted { $0.x < $1.x }
    }

    /// A letter's box (poppler's space) holds a slanted glyph's origin: poppler sets a
    /// glyph's box from its origin, so the origin lies on the box's edge (1 pt of slack).
    private static func holdsOrigin(_ r: kg_rect, _ origins: [(x: Double, y: Double)]) -> Bool {
        let slack = 1.0
        let x0 = min(r.x1, r.x2) - slack, x1 = max(r.x1, r.x2) + slack
        let y0 = min(r.y1, r.y2) - slack, y1 = max(r.y1, r.y2) + slack
        // First origin at or right of x0 (binary search), then along x up to x1.
        var lo = 0, hi = origins.count
        while lo < hi { let mid = (lo + hi) / 2; if origins[mid].x < x0 { lo = mid + 1 } else { hi = mid } }
        while lo < origins.count, origins[lo].x <= x1 {
            if origins[lo].y >= y0 && origins[lo].y <= y1 { return true }
            lo += 1
        }
        return false
    }

    /// Where a word is parted although its letters touch: at a drawn vertical line (a thin
    /// stroke or thin tall filled rectangle) where a clip cut the text. A spreadsheet cell's
    /// text that overflows is drawn whole under the cell's clip; poppler keeps the letters
    /// the clip cuts (and PopplerGraphics drops those it hides), so the cell's last visible
    /// letters touch the next cell's first and would be read as one word ("Elizab2165").
    /// Each letter goes to the side of the line its middle is on, as pdfplumber assigns
    /// characters to cells. A line with no cut beside it parts nothing: an org-chart
    /// connector or a frame drawn through a label leaves the label whole.
    struct CellEdges {
        /// Vertical lines sorted by x, with their extent.
        private var xs: [Double] = []
        private var tops: [Double] = []
        private var bottoms: [Double] = []
        /// Cut points, sorted by x.
        private var cutXs: [Double] = []
        private var cutYs: [Double] = []

        /// Thickest line that parts words; thicker areas are fills, whose edges are not drawn lines.
        static let maxThickness = 2.5
        /// A line shorter than this is a mark (a tick, a glyph-like stroke), not a rule.
        static let minLength = 6.0

        init(_ text: kg_text, _ g: kg_graphics, turn: Int, width pw: Double, height ph: Double) {
            guard text.cut_count > 0, let cutList = text.cuts else { return }
            func upright(_ x: Double, _ y: Double) -> (Double, Double) {
                switch turn {
                case 90: return (ph - y, x)
                case 270: return (y, pw - x)
                default: return (x, y)
                }
            }
            var cuts: [(x: Double, y: Double)] = []
            cuts.reserveCapacity(text.cut_count)
            for i in 0..<text.cut_count {
                let (x, y) = upright(cutList[i].x1, cutList[i].y1)
                if x.isFinite, y.isFinite { cuts.append((x, y)) }
            }
            cuts.sort { $0.x < $1.x }
            cutXs = cuts.map(\.x); cutYs = cuts.map(\.y)

            var lines: [(x: Double, top: Double, bottom: Double)] = []
            // Vertical in the upright page is vertical in poppler's space for no turn, and
            // horizontal there for a quarter turn.
            let vertical = turn == 0
            func add(_ a: Double, _ b0: Double, _ b1: Double) {
                // (a: the coordinate across the line, b: along it) in poppler's space.
                let lo = min(b0, b1), hi = max(b0, b1)
                guard hi - lo >= Self.minLength, a.isFinite, lo.isFinite, hi.isFinite else { return }
                switch turn {
                case 90: lines.append((ph - a, lo, hi))
                case 270: lines.append((a, pw - hi, pw - lo))
                default: lines.append((a, lo, hi))
                }
            }
            for i in 0..<g.segment_count {
                let s = g.segments[i]
                guard s.curved == 0, s.width <= Self.maxThickness else { continue }
                if vertical, abs(s.x1 - s.x0) < 0.5 { add((s.x0 + s.x1) / 2, s.y0, s.y1) }
                if !vertical, abs(s.y1 - s.y0) < 0.5 { add((s.y0 + s.y1) / 2, s.x0, s.x1) }
            }
            for i in 0..<g.fill_count {
                let f = g.fills[i]
                guard f.is_rect != 0 else { continue }
                let across = vertical ? f.x1 - f.x0 : f.y1 - f.y0
                guard across > 0, across <= Self.maxThickness else { continue }
                if vertical { add((f.x0 + f.x1) / 2, f.y0, f.y1) } else { add((f.y0 + f.y1) / 2, f.x0, f.x1) }
            }
            lines.sort { $0.x < $1.x }
            xs = lines.map(\.x); tops = lines.map(\.top); bottoms = lines.map(\.bottom)
        }

        private static func firstAbove(_ a: [Double], _ x: Double) -> Int {
            var lo = 0, hi = a.count
            while lo < hi { let m = (lo + hi) / 2; if a[m] <= x { lo = m + 1 } else { hi = m } }
            return lo
        }

        /// Whether letters with middles at `a` < `b`, at height `y` on a line `size` high,
        /// lie on two sides of a cell edge.
        @inline(__always) func separate(_ a: Double, _ b: Double, at y: Double, size: Double) -> Bool {
            guard !xs.isEmpty, b > a else { return false }
            var k = Self.firstAbove(xs, a)
            while k < xs.count, xs[k] < b {
                if tops[k] <= y, bottoms[k] >= y, cut(near: xs[k], y, size) { return true }
                k += 1
            }
            return false
        }

        /// Whether a clip cut text within a letter's width of `x`, on the line at `y`.
        private func cut(near x: Double, _ y: Double, _ size: Double) -> Bool {
            let reach = max(1.5, size * 0.75)
            var k = Self.firstAbove(cutXs, x - reach - 1e-9)
            while k < cutXs.count, cutXs[k] <= x + reach {
                if abs(cutYs[k] - y) <= size * 0.6 { return true }
                k += 1
            }
            return false
        }
    }

    /// Right-to-left letters, or the embedding marks poppler-glib puts around them.
    private static func hasRightToLeft(_ text: String) -> Bool {
        // Both begin at U+0590 or above, whose UTF-8 lead byte is 0xD6 or more.
        guard text.utf8.contains(where: { $0 >= 0xD6 }) else { return false }
        return text.unicodeScalars.contains { ($0.value >= 0x202A && $0.value <= 0x202E) || Bidi.isRightToLeft($0) }
    }

    /// Text set vertically (a rotated header cell): glyphs stacked one under the other,
    /// which poppler-glib's boxes give one by one. Poppler's text device reads them as words.
    private static func hasVerticalText(_ rects: UnsafeMutablePointer<kg_rect>, count: Int) -> Bool {
        var steps = 0
        for i in 1..<max(1, count) {
            let a = rects[i - 1], b = rects[i]
            let w = min(abs(a.x2 - a.x1), abs(b.x2 - b.x1)), h = max(abs(a.y2 - a.y1), abs(b.y2 - b.y1))
            guard w > 0.5, h > 0.5, h < 40 else { continue }
            let sameColumn = abs((a.x1 + a.x2) - (b.x1 + b.x2)) / 2 < w * 0.3 && abs(a.x2 - a.x1) > abs(a.y2 - a.y1)
            let stacked = abs((a.y1 + a.y2) - (b.y1 + b.y2)) / 2 < h * 1.2 && abs((a.y1 + a.y2) - (b.y1 + b.y2)) / 2 > h * 0.3
            if sameColumn && stacked { steps += 1; if steps >= 12 { return true } }
        }
        return false
    }

    /// The page's words from poppler's text device, each in logical order: its characters
    /// are taken left to right as drawn and a right-to-left word is read back (`Bidi`).
    private static func deviceWords(_ core: OpaquePointer, index: Int) -> [Word]? {
        var t = kt_text()
        guard kt_page_words(core, Int32(index), &t) == 0 else { return nil }
        defer { kt_text_free(&t) }
        var words: [Word] = []
        words.reserveCapacity(t.word_count)
        var pending: Word? = nil   // a rotated line's words, joined as one (its reading order)
        for i in 0..<t.word_count {
            let w = t.words[i]
            var chars = (0..<w.char_count).map { t.chars[w.first_char + $0] }
            if w.rotation == 0 || w.rotation == 2 { chars.sort { $0.x0 + $0.x1 < $1.x0 + $1.x1 } }
            let scalars = chars.compactMap { Unicode.Scalar($0.code) }.filter { !$0.properties.isWhitespace }
            let text = Bidi.logicalWord(visual: scalars)
            guard !text.isEmpty else { continue }
            var word = Word(text: text, box: Rect(x0: w.x0, y0: w.y0, x1: w.x1, y1: w.y1),
                            fontSize: w.font_size, bold: w.bold != 0)
            if let p = pending { word = Word(text: p.text + " " + word.text, box: p.box.union(word.box), fontSize: p.fontSize, bold: p.bold) }
            pending = nil
            if (w.rotation == 1 || w.rotation == 3), w.joins_next != 0 { pending = word; continue }
            words.append(word)
        }
        if let p = pending { words.append(p) }
        return words
    }

    private struct FontRun { var start: Int; var end: Int; var size: Double; var bold: Bool }

    /// Font size and weight by character range, from poppler's text attributes.
    private func fontRuns(_ text: kg_text) -> [FontRun] {
        guard let list = text.runs else { return [] }
        var runs: [FontRun] = []
        runs.reserveCapacity(text.run_count)
        for i in 0..<text.run_count {
            let attr = list[i]
            runs.append(FontRun(start: Int(attr.start), end: Int(attr.end), size: attr.size,
                                bold: Self.namesBoldFont(attr.font_name)))
        }
        return runs.sorted { $0.start < $1.start }
    }

    /// Whether a font's name says bold: `bold`, `black` or `heavy` in any case. An ASCII
    /// name (nearly every one) is searched byte by byte; `String.contains` made its generic
    /// searcher's metadata on first use, ~1.5 % of a two-page document's run (issue 10).
    static func namesBoldFont(_ cName: UnsafePointer<CChar>?) -> Bool {
        guard let cName else { return false }
        let bytes = UnsafeRawBufferPointer(start: cName, count: strlen(cName))
        guard !bytes.contains(where: { $0 >= 0x80 }) else {
            let lower = String(cString: cName).lowercased()
            return lower.contains("bold") || lower.contains("black") || lower.contains("heavy")
        }
        func has(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard bytes.count >= n else { return false }
            let w = UnsafeRawBufferPointer(start: word.utf8Start, count: n)
            for i in 0...(bytes.count - n) {
                var k = 0
                // ASCII lower case: only letters change (`| 0x20` on `A`…`Z`).
                while k < n {
                    var b = bytes[i + k]
                    if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    guard b == w[k] else { break }
                    k += 1
                }
                if k == n { return true }
            }
            return false
        }
        return has("bold") || has("black") || has("heavy")
    }

    /// The page's vector drawing: every stroked straight piece and every fill, in the
    /// words' space (points, origin top-left, `/Rotate` applied, and the sideways turn when
    /// `words()` found one). Glyphs and images are not drawn, so this costs about as much as
    /// parsing the content stream — far less than a render.
    public func graphics() -> PageGraphics {
        guard let g = read()?.graphics else { return PageGraphics() }
        let (pw, ph) = popplerSize
        let turn = sidewaysTurn
        func point(_ x: Double, _ y: Double) -> (Double, Double) {
            switch turn {
            case 90: return (ph - y, x)
            case 270: return (y, pw - x)
            default: return (x, y)
            }
        }
        var strokes: [Stroke] = []
        strokes.reserveCapacity(g.segment_count)
        for i in 0..<g.segment_count {
            let s = g.segments[i]
            let (x0, y0) = point(s.x0, s.y0), (x1, y1) = point(s.x1, s.y1)
            strokes.append(Stroke(x0: x0, y0: y0, x1: x1, y1: y1, width: s.width,
                                  color: Self.over(RGBColor(r: s.r, g: s.g, b: s.b), alpha: s.alpha),
                                  curved: s.curved != 0, dashed: s.dashed != 0, order: Int(s.order)))
        }
        var fills: [Fill] = []
        fills.reserveCapacity(g.fill_count)
        for i in 0..<g.fill_count {
            let f = g.fills[i]
            let box = upright(Rect(x0: f.x0, y0: f.y0, x1: f.x1, y1: f.y1), turn: turn, width: pw, height: ph)
            fills.append(Fill(box: box, color: Self.over(RGBColor(r: f.r, g: f.g, b: f.b), alpha: f.alpha),
                              isRect: f.is_rect != 0, order: Int(f.order)))
        }
        var images: [Rect] = []
        var before: [Int] = []
        for i in 0..<g.image_count {
            let m = g.images[i]
            images.append(upright(Rect(x0: m.x0, y0: m.y0, x1: m.x1, y1: m.y1), turn: turn, width: pw, height: ph))
            before.append(Int(m.text_ops_before))
        }
        var graphics = PageGraphics(strokes: strokes, fills: fills, images: images,
                                    visibleTextOps: Int(g.visible_text_ops), invisibleTextOps: Int(g.invisible_text_ops))
        graphics.textOpsBeforeImage = before
        return graphics
    }

    /// A translucent colour as it shows over white paper.
    private static func over(_ c: RGBColor, alpha: Double) -> RGBColor {
        guard alpha < 0.999 else { return c }
        let a = max(0, min(1, alpha))
        return RGBColor(r: c.r * a + (1 - a), g: c.g * a + (1 - a), b: c.b * a + (1 - a))
    }

    /// Renders the page to grayscale at `scale` pixels per point (1 = 72 dpi).
    ///
    /// Used at low resolution to find table rules; a page is only rendered at high
    /// resolution when it must be OCRed and is not a single embedded image.
    public func renderGray(scale: Double) -> GrayImage {
        let image = renderPoppler(scale: scale)
        switch sidewaysTurn {
        case 90: return image.rotatedQuarter(clockwise: true)
        case 270: return image.rotatedQuarter(clockwise: false)
        default: return image
        }
    }

    /// The PDF's own limit on a page side (PDF 32000 Annex C, at the default user unit):
    /// a larger page is still read for text, but warned about and rendered scaled down.
    public static let maxPageSide = 14_400.0

    /// The most pixels one render or embedded image may take (50 Mpx: 50 MB gray plus
    /// cairo's 200 MB surface): an A4 page at 1200 dpi or an A0 at 300 dpi fits nearly,
    /// a hostile 100000-pt page does not.
    public static let maxPixels = 50_000_000.0

    /// The largest scale ≤ `requested` at which this page renders within `maxPixels` and
    /// cairo's 32767-pixel side; callers that need pixel-to-point factors use this one.
    public func boundedScale(_ requested: Double, maxPixels: Double = PDFPage.maxPixels) -> Double {
        let (w, h) = popplerSize
        guard w.isFinite, h.isFinite, w > 0, h > 0, requested.isFinite, requested > 0 else { return 0 }
        return min(requested, (min(maxPixels, Self.maxPixels) / (w * h)).squareRoot(), 32_000 / w, 32_000 / h)
    }

    private func renderPoppler(scale requested: Double) -> GrayImage {
        let (w, h) = popplerSize
        let scale = boundedScale(requested)
        guard scale > 0 else { return GrayImage(width: 1, height: 1, pixels: [255]) }
        let pw = max(1, Int((w * scale).rounded(.up)))
        let ph = max(1, Int((h * scale).rounded(.up)))
        guard let cairo = kr_cairo()?.pointee, let surface = cairo.image_surface_create!(Int32(KR_FORMAT_RGB24), Int32(pw), Int32(ph)) else {
            return GrayImage(width: pw, height: ph, pixels: [UInt8](repeating: 255, count: pw * ph))
        }
        defer { cairo.surface_destroy!(surface) }
        let cr = cairo.create!(surface)
        cairo.set_source_rgb!(cr, 1, 1, 1)
        cairo.paint!(cr)
        cairo.scale!(cr, scale, scale)
        if let glibPage { kr_page_render(glibPage, cr) }
        cairo.destroy!(cr)
        cairo.surface_flush!(surface)
        return Self.gray(from: surface, cairo: cairo, width: pw, height: ph)
    }

    /// Draws the page with poppler into a cairo context (poppler's page space).
    func renderInto(_ cr: UnsafeMutableRawPointer) {
        if let glibPage { kr_page_render(glibPage, cr) }
    }

    /// The embedded images of the page and where they are placed (points, poppler's page
    /// space: pages that need OCR have no text, so no sideways turn applies).
    public func imagePlacements() -> [(id: Int32, area: Rect)] {
        guard let glibPage else { return [] }
        var list: UnsafeMutablePointer<kr_image_mapping>? = nil
        var count = 0
        guard kr_page_images(glibPage, &list, &count) == 0, let list else { return [] }
        defer { free(list) }
        return (0..<count).map { i in
            let m = list[i]
            return (m.image_id, Rect(x0: m.x1, y0: m.y1, x1: m.x2, y1: m.y2))
        }
    }

    /// An embedded image at its own resolution, as grayscale (for OCR of scanned pages:
    /// no re-rendering, which costs as much as the OCR itself).
    public func image(id: Int32) -> GrayImage? {
        guard let glibPage, let cairo = kr_cairo()?.pointee, let surface = kr_page_image(glibPage, id) else { return nil }
        defer { cairo.surface_destroy!(surface) }
        let w = Int(cairo.image_surface_get_width!(surface))
        let h = Int(cairo.image_surface_get_height!(surface))
        // An image bomb (a small stream declaring 30000² pixels) is not converted further:
        // the caller renders the page within the pixel budget instead.
        guard w > 0, h > 0, Double(w) * Double(h) <= Self.maxPixels else { return nil }
        return Self.gray(from: surface, cairo: cairo, width: w, height: h)
    }

    /// Converts a cairo image surface (ARGB32/RGB24/A8) to 8-bit gray.
    private static func gray(from surface: UnsafeMutableRawPointer, cairo: kr_cairo_api, width: Int, height: Int) -> GrayImage {
        cairo.surface_flush!(surface)
        let format = cairo.image_surface_get_format!(surface)
        let stride = Int(cairo.image_surface_get_stride!(surface))
        guard let base = cairo.image_surface_get_data!(surface) else {
            return GrayImage(width: width, height: height, pixels: [UInt8](repeating: 255, count: width * height))
        }
        var pixels = [UInt8](repeating: 255, count: width * height)
        pixels.withUnsafeMutableBufferPointer { out in
            for y in 0..<height {
                let row = base + y * stride
                let o = y * width
                if format == Int32(KR_FORMAT_A8) {
                    for x in 0..<width { out[o + x] = 255 &- row[x] }
                } else {
                    // Little-endian BGRA; luma with integer weights (0.299, 0.587, 0.114).
                    for x in 0..<width {
                        let p = row + x * 4
                        let b = Int(p[0]), g = Int(p[1]), r = Int(p[2])
                        var v = (r * 77 + g * 150 + b * 29) >> 8
                        if format == Int32(KR_FORMAT_ARGB32) {
                            // Premultiplied alpha over white.
                            let a = Int(p[3])
                            v = v + (255 - a)
                        }
                        out[o + x] = UInt8(min(255, v))
                    }
                }
            }
        }
        return GrayImage(width: width, height: height, pixels: pixels)
    }
}
