import FoundationEssentials
import PopplerGraphics
import KinerjaModel

/// Something drawn over a page picture (page space, upright, points).
public enum PageMark: Sendable {
    /// A rectangle, outlined and/or filled; `alpha` applies to the fill.
    case box(Rect, stroke: RGBColor?, fill: RGBColor?, alpha: Double = 0.25, width: Double = 0.5)
    case line(x0: Double, y0: Double, x1: Double, y1: Double, color: RGBColor, width: Double = 1, dashed: Bool = false)
    /// Text with its top-left at (x, y), on a white backing so it stays readable.
    case label(String, x: Double, y: Double, color: RGBColor, size: Double = 7)
    /// A rectangle hatched with diagonal lines `spacing` apart and outlined (a cell the
    /// table reader found shaded: the hatch shows the decision over the fill's own colour).
    case hatch(Rect, color: RGBColor, spacing: Double = 4, width: Double = 0.5)
}

extension PDFPage {
    /// Renders the page at `scale` pixels per point, draws `marks` over it and writes a PNG.
    /// (For `kinerja inspect`: a picture of what the pipeline saw.) Returns false when the
    /// PNG cannot be written.
    /// At most this many pixels: a huge page is drawn smaller rather than exhausting memory.
    public static let pictureBudget = 40_000_000.0

    public func writePicture(marks: [PageMark], scale requested: Double, to path: String) -> Bool {
        let (w, h) = size
        guard w.isFinite, h.isFinite, w > 0, h > 0 else { return false }
        let scale = min(requested, (Self.pictureBudget / (w * h)).squareRoot())
        let pw = max(1, min(30000, Int((w * scale).rounded(.up))))
        let ph = max(1, min(30000, Int((h * scale).rounded(.up))))
        guard let cairo = kr_cairo()?.pointee,
              let surface = cairo.image_surface_create!(Int32(KR_FORMAT_RGB24), Int32(pw), Int32(ph)) else { return false }
        defer { cairo.surface_destroy!(surface) }
        guard let cr = cairo.create!(surface) else { return false }
        defer { cairo.destroy!(cr) }
        cairo.set_source_rgb!(cr, 1, 1, 1)
        cairo.paint!(cr)
        cairo.scale!(cr, scale, scale)

        // The page in its upright space (the sideways turn words() found, if any).
        cairo.save!(cr)
        let (popW, popH) = (sidewaysTurn == 0 ? w : h, sidewaysTurn == 0 ? h : w)
        var m: kr_matrix
        switch sidewaysTurn {
        case 90: m = kr_matrix(xx: 0, yx: 1, xy: -1, yy: 0, x0: popH, y0: 0)     // (x, y) -> (h - y, x)
        case 270: m = kr_matrix(xx: 0, yx: -1, xy: 1, yy: 0, x0: 0, y0: popW)    // (x, y) -> (y, w - x)
        default: m = kr_matrix(xx: 1, yx: 0, xy: 0, yy: 1, x0: 0, y0: 0)
        }
        cairo.transform!(cr, &m)
        renderInto(cr)
        cairo.restore!(cr)

        // Fade the page a little so the marks stand out.
        cairo.set_source_rgba!(cr, 1, 1, 1, 0.35)
        cairo.paint!(cr)

        cairo.select_font_face!(cr, "sans-serif", Int32(KR_FONT_SLANT_NORMAL), Int32(KR_FONT_WEIGHT_BOLD))
        for mark in marks {
            switch mark {
            case .box(let r, let stroke, let fill, let alpha, let width):
                cairo.rectangle!(cr, r.x0, r.y0, r.width, r.height)
                if let fill {
                    cairo.set_source_rgba!(cr, fill.r, fill.g, fill.b, alpha)
                    if stroke != nil { cairo.fill_preserve!(cr) } else { cairo.fill!(cr) }
                }
                if let stroke {
                    cairo.set_source_rgb!(cr, stroke.r, stroke.g, stroke.b)
                    cairo.set_line_width!(cr, width)
                    cairo.stroke!(cr)
                }
                cairo.new_path!(cr)
            case .line(let x0, let y0, let x1, let y1, let color, let width, let dashed):
                cairo.set_source_rgb!(cr, color.r, color.g, color.b)
                cairo.set_line_width!(cr, width)
                if dashed { let d: [Double] = [3, 2]; cairo.set_dash!(cr, d, 2, 0) }
                cairo.move_to!(cr, x0, y0)
                cairo.line_to!(cr, x1, y1)
                cairo.stroke!(cr)
                if dashed { cairo.set_dash!(cr, nil, 0, 0) }
            case .hatch(let r, let color, let spacing, let width):
                guard r.width > 0, r.height > 0, spacing > 0 else { continue }
                cairo.save!(cr)
                cairo.rectangle!(cr, r.x0, r.y0, r.width, r.height)
                cairo.clip!(cr)
                cairo.set_source_rgb!(cr, color.r, color.g, color.b)
                cairo.set_line_width!(cr, width)
                var d = -r.height
                while d < r.width {
                    cairo.move_to!(cr, r.x0 + d, r.y1)
                    cairo.line_to!(cr, r.x0 + d + r.height, r.y0)
                    d += spacing
                }
                cairo.stroke!(cr)
                cairo.restore!(cr)
                cairo.rectangle!(cr, r.x0, r.y0, r.width, r.height)
                cairo.set_source_rgb!(cr, color.r, color.g, color.b)
                cairo.set_line_width!(cr, width * 2)
                cairo.stroke!(cr)
                cairo.new_path!(cr)
            case .label(let text, let x, let y, let color, let size):
                cairo.set_font_size!(cr, size)
                var ext = kr_text_extents()
                cairo.text_extents!(cr, text, &ext)
                cairo.set_source_rgba!(cr, 1, 1, 1, 0.85)
                cairo.rectangle!(cr, x - 1, y - 1, ext.x_advance + 2, size * 1.2 + 2)
                cairo.fill!(cr)
                cairo.set_source_rgb!(cr, color.r, color.g, color.b)
                cairo.move_to!(cr, x, y + size)
                cairo.show_text!(cr, text)
                cairo.new_path!(cr)
            }
        }
        cairo.surface_flush!(surface)
        return cairo.surface_write_to_png!(surface, path) == Int32(KR_STATUS_SUCCESS)
    }
}
