import CPoppler
import Foundation
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
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(pw), Int32(ph)) else { return false }
        defer { cairo_surface_destroy(surface) }
        guard let cr = cairo_create(surface) else { return false }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)

        // The page in its upright space (the sideways turn words() found, if any).
        cairo_save(cr)
        let (popW, popH) = (sidewaysTurn == 0 ? w : h, sidewaysTurn == 0 ? h : w)
        var m = cairo_matrix_t()
        switch sidewaysTurn {
        case 90: cairo_matrix_init(&m, 0, 1, -1, 0, popH, 0)     // (x, y) -> (h - y, x)
        case 270: cairo_matrix_init(&m, 0, -1, 1, 0, 0, popW)    // (x, y) -> (y, w - x)
        default: cairo_matrix_init_identity(&m)
        }
        cairo_transform(cr, &m)
        renderInto(cr)
        cairo_restore(cr)

        // Fade the page a little so the marks stand out.
        cairo_set_source_rgba(cr, 1, 1, 1, 0.35)
        cairo_paint(cr)

        cairo_select_font_face(cr, "sans-serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
        for mark in marks {
            switch mark {
            case .box(let r, let stroke, let fill, let alpha, let width):
                cairo_rectangle(cr, r.x0, r.y0, r.width, r.height)
                if let fill {
                    cairo_set_source_rgba(cr, fill.r, fill.g, fill.b, alpha)
                    if stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
                }
                if let stroke {
                    cairo_set_source_rgb(cr, stroke.r, stroke.g, stroke.b)
                    cairo_set_line_width(cr, width)
                    cairo_stroke(cr)
                }
                cairo_new_path(cr)
            case .line(let x0, let y0, let x1, let y1, let color, let width, let dashed):
                cairo_set_source_rgb(cr, color.r, color.g, color.b)
                cairo_set_line_width(cr, width)
                if dashed { var d: [Double] = [3, 2]; cairo_set_dash(cr, &d, 2, 0) }
                cairo_move_to(cr, x0, y0)
                cairo_line_to(cr, x1, y1)
                cairo_stroke(cr)
                if dashed { cairo_set_dash(cr, nil, 0, 0) }
            case .hatch(let r, let color, let spacing, let width):
                guard r.width > 0, r.height > 0, spacing > 0 else { continue }
                cairo_save(cr)
                cairo_rectangle(cr, r.x0, r.y0, r.width, r.height)
                cairo_clip(cr)
                cairo_set_source_rgb(cr, color.r, color.g, color.b)
                cairo_set_line_width(cr, width)
                var d = -r.height
                while d < r.width {
                    cairo_move_to(cr, r.x0 + d, r.y1)
                    cairo_line_to(cr, r.x0 + d + r.height, r.y0)
                    d += spacing
                }
                cairo_stroke(cr)
                cairo_restore(cr)
                cairo_rectangle(cr, r.x0, r.y0, r.width, r.height)
                cairo_set_source_rgb(cr, color.r, color.g, color.b)
                cairo_set_line_width(cr, width * 2)
                cairo_stroke(cr)
                cairo_new_path(cr)
            case .label(let text, let x, let y, let color, let size):
                cairo_set_font_size(cr, size)
                var ext = cairo_text_extents_t()
                cairo_text_extents(cr, text, &ext)
                cairo_set_source_rgba(cr, 1, 1, 1, 0.85)
                cairo_rectangle(cr, x - 1, y - 1, ext.x_advance + 2, size * 1.2 + 2)
                cairo_fill(cr)
                cairo_set_source_rgb(cr, color.r, color.g, color.b)
                cairo_move_to(cr, x, y + size)
                cairo_show_text(cr, text)
                cairo_new_path(cr)
            }
        }
        cairo_surface_flush(surface)
        return cairo_surface_write_to_png(surface, path) == CAIRO_STATUS_SUCCESS
    }
}
