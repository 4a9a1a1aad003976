// The vector drawing of a page, read with poppler's own content-stream interpreter (Gfx)
// and an output device that only records paths: strokes as straight segments, fills as
// rectangles or boxes. Glyphs are not drawn, images are not decoded, shadings and tiling
// patterns are not rasterised, so a page costs about as much as parsing its content.
//
// The device transform is the one poppler-glib's poppler_page_render uses (72 dpi, the
// page's /Rotate, the crop box, origin top-left), so the coordinates are the words'.
#include "PopplerGraphics.h"

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Stream.h>
#include <OutputDev.h>
#include <GfxState.h>
#include <Object.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <vector>

struct kg_document {
    std::unique_ptr<GlobalParamsIniter> initer;
    std::unique_ptr<PDFDoc> doc;
};

namespace {

/// A page with more drawn pieces than this is a map or a drawing, not a table: stop
/// recording (bounds memory on hostile content).
constexpr size_t kMaxItems = 400000;

class RecordingDev final : public OutputDev {
public:
    std::vector<kg_segment> segments;
    std::vector<kg_fill> fills;
    std::vector<kg_image> images;
    size_t visibleText = 0, invisibleText = 0;

    bool upsideDown() override { return true; }
    bool useDrawChar() override { return false; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return true; }
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int) override { return true; }

    void startPage(int, GfxState *, XRef *) override { segments.clear(); fills.clear(); images.clear(); order = 0; visibleText = invisibleText = 0; maskDepth = 0; }

    void stroke(GfxState *state) override {
        if (skipping() || state->getStrokeOpacity() <= 0.01) return;
        const GfxPath *path = state->getPath();
        GfxRGB rgb;
        state->getStrokeRGB(&rgb);
        double start = 0;
        const bool dashed = !state->getLineDash(&start).empty();
        const double width = state->getTransformedLineWidth();
        double cx0, cy0, cx1, cy1;
        state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
        const int o = order++;
        for (int i = 0; i < path->getNumSubpaths(); ++i) {
            const GfxSubpath *sp = path->getSubpath(i);
            const int n = sp->getNumPoints();
            bool curved = false;
            for (int j = 0; j < n; ++j) if (sp->getCurve(j)) { curved = true; break; }
            // A curved subpath (chart line, pie, rounded frame) is kept as flagged chords
            // through its points: enough to draw it and to know it is not a rule.
            double px = 0, py = 0;
            for (int j = 0; j < n; ++j) {
                double x, y;
                state->transform(sp->getX(j), sp->getY(j), &x, &y);
                if (j > 0) addSegment(px, py, x, y, width, rgb, state->getStrokeOpacity(), curved, dashed, o,
                                      cx0, cy0, cx1, cy1);
                px = x; py = y;
            }
        }
    }

    void beginStringOp(GfxState *state) override {
        if ((state->getRender() & 3) == 3) ++invisibleText; else ++visibleText;
    }

    void fill(GfxState *state) override { doFill(state, false); }
    void eoFill(GfxState *state) override { doFill(state, true); }

    bool axialShadedFill(GfxState *state, GfxAxialShading *shading, double tMin, double tMax) override {
        // A gradient band (a header shaded from one colour to another) counts as a fill of
        // its middle colour over the area it paints (the clip).
        if (skipping()) return true;
        GfxColor color;
        shading->getColor((tMin + tMax) / 2, &color);
        GfxRGB rgb;
        shading->getColorSpace()->getRGB(&color, &rgb);
        double x0, y0, x1, y1;
        state->getClipBBox(&x0, &y0, &x1, &y1);
        addFill(x0, y0, x1, y1, rgb, state->getFillOpacity(), true, order++);
        return true;
    }
    bool functionShadedFill(GfxState *, GfxFunctionShading *) override { return true; }
    bool radialShadedFill(GfxState *, GfxRadialShading *, double, double) override { return true; }
    bool gouraudTriangleShadedFill(GfxState *, GfxGouraudTriangleShading *) override { return true; }
    bool patchMeshShadedFill(GfxState *, GfxPatchMeshShading *) override { return true; }
    bool tilingPatternFill(GfxState *, Gfx *, Catalog *, GfxTilingPattern *, const double *, int, int, int, int, double,
                           double) override { return true; }

    // Images are never decoded (only where they land is kept); an inline image's data must
    // still be read past.
    void drawImageMask(GfxState *state, Object *ref, Stream *str, int width, int height, bool invert, bool interpolate,
                       bool inlineImg) override {
        addImage(state);
        if (inlineImg) OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap,
                   bool interpolate, const int *maskColors, bool inlineImg) override {
        addImage(state);
        if (inlineImg) OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *, Stream *, int, int, GfxImageColorMap *, bool, Stream *, int, int, bool,
                         bool) override { addImage(state); }
    void drawSoftMaskedImage(GfxState *state, Object *, Stream *, int, int, GfxImageColorMap *, bool, Stream *, int, int,
                             GfxImageColorMap *, bool) override { addImage(state); }

    // What a soft mask draws is never seen as such.
    void beginTransparencyGroup(GfxState *, const double *, GfxColorSpace *, bool, bool, bool forSoftMask) override {
        groups.push_back(forSoftMask);
        if (forSoftMask) ++maskDepth;
    }
    void endTransparencyGroup(GfxState *) override {
        if (!groups.empty()) {
            if (groups.back()) --maskDepth;
            groups.pop_back();
        }
    }

private:
    int order = 0;
    int maskDepth = 0;
    std::vector<bool> groups;

    bool skipping() const { return maskDepth > 0 || segments.size() + fills.size() + images.size() >= kMaxItems; }

    void addSegment(double x0, double y0, double x1, double y1, double width, const GfxRGB &rgb, double alpha, bool curved,
                    bool dashed, int o, double cx0, double cy0, double cx1, double cy1) {
        if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1)) return;
        // Clip to the clip box (exact for the rules that matter: horizontal and vertical).
        const double pad = 0.5;
        if (std::max(x0, x1) < cx0 - pad || std::min(x0, x1) > cx1 + pad || std::max(y0, y1) < cy0 - pad ||
            std::min(y0, y1) > cy1 + pad) return;
        if (std::fabs(y1 - y0) < 1e-6) {
            double a = std::max(std::min(x0, x1), cx0), b = std::min(std::max(x0, x1), cx1);
            if (b < a) return;
            if (x0 <= x1) { x0 = a; x1 = b; } else { x0 = b; x1 = a; }
        } else if (std::fabs(x1 - x0) < 1e-6) {
            double a = std::max(std::min(y0, y1), cy0), b = std::min(std::max(y0, y1), cy1);
            if (b < a) return;
            if (y0 <= y1) { y0 = a; y1 = b; } else { y0 = b; y1 = a; }
        }
        kg_segment s;
        s.x0 = x0; s.y0 = y0; s.x1 = x1; s.y1 = y1;
        s.width = width;
        s.r = colToDbl(rgb.r); s.g = colToDbl(rgb.g); s.b = colToDbl(rgb.b);
        s.alpha = alpha;
        s.curved = curved ? 1 : 0;
        s.dashed = dashed ? 1 : 0;
        s.order = o;
        segments.push_back(s);
    }

    /// The box of the unit square under the current transform: where an image lands.
    void addImage(GfxState *state) {
        if (skipping()) return;
        double xs[4], ys[4];
        state->transform(0, 0, &xs[0], &ys[0]);
        state->transform(1, 0, &xs[1], &ys[1]);
        state->transform(0, 1, &xs[2], &ys[2]);
        state->transform(1, 1, &xs[3], &ys[3]);
        kg_image im;
        im.x0 = std::min({xs[0], xs[1], xs[2], xs[3]}); im.x1 = std::max({xs[0], xs[1], xs[2], xs[3]});
        im.y0 = std::min({ys[0], ys[1], ys[2], ys[3]}); im.y1 = std::max({ys[0], ys[1], ys[2], ys[3]});
        if (!std::isfinite(im.x0) || !std::isfinite(im.y0) || !std::isfinite(im.x1) || !std::isfinite(im.y1)) return;
        double cx0, cy0, cx1, cy1;
        state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
        im.x0 = std::max(im.x0, cx0); im.y0 = std::max(im.y0, cy0);
        im.x1 = std::min(im.x1, cx1); im.y1 = std::min(im.y1, cy1);
        if (im.x1 <= im.x0 || im.y1 <= im.y0) return;
        im.order = order++;
        im.text_ops_before = visibleText + invisibleText;
        images.push_back(im);
    }

    void addFill(double x0, double y0, double x1, double y1, const GfxRGB &rgb, double alpha, bool isRect, int o) {
        if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(x1) || !std::isfinite(y1)) return;
        if (x1 <= x0 || y1 <= y0) return;
        kg_fill f;
        f.x0 = x0; f.y0 = y0; f.x1 = x1; f.y1 = y1;
        f.r = colToDbl(rgb.r); f.g = colToDbl(rgb.g); f.b = colToDbl(rgb.b);
        f.alpha = alpha;
        f.is_rect = isRect ? 1 : 0;
        f.order = o;
        fills.push_back(f);
    }

    struct Box { double x0, y0, x1, y1; bool rect; };

    /// The subpath's box, and whether it is an axis-aligned rectangle.
    static Box subpathBox(GfxState *state, const GfxSubpath *sp) {
        const int n = sp->getNumPoints();
        double xs[5], ys[5];
        Box b{INFINITY, INFINITY, -INFINITY, -INFINITY, n >= 4 && n <= 5};
        for (int j = 0; j < n; ++j) {
            double x, y;
            state->transform(sp->getX(j), sp->getY(j), &x, &y);
            if (sp->getCurve(j)) b.rect = false;
            if (j < 5) { xs[j] = x; ys[j] = y; }
            b.x0 = std::min(b.x0, x); b.y0 = std::min(b.y0, y);
            b.x1 = std::max(b.x1, x); b.y1 = std::max(b.y1, y);
        }
        if (b.rect) {
            const double t = 0.05;
            if (n == 5 && (std::fabs(xs[4] - xs[0]) > t || std::fabs(ys[4] - ys[0]) > t)) b.rect = false;
            for (int j = 0; j < std::min(n, 4) && b.rect; ++j) {
                bool onX = std::fabs(xs[j] - b.x0) < t || std::fabs(xs[j] - b.x1) < t;
                bool onY = std::fabs(ys[j] - b.y0) < t || std::fabs(ys[j] - b.y1) < t;
                if (!onX || !onY) b.rect = false;
            }
            // Consecutive corners must share an x or a y (no crossed "bow tie").
            for (int j = 0; j < 4 && b.rect; ++j) {
                int k = (j + 1) % 4;
                if (std::fabs(xs[j] - xs[k]) > t && std::fabs(ys[j] - ys[k]) > t) b.rect = false;
            }
        }
        return b;
    }

    void doFill(GfxState *state, bool evenOdd) {
        (void)evenOdd;
        if (skipping() || state->getFillOpacity() <= 0.01) return;
        const GfxPath *path = state->getPath();
        GfxRGB rgb;
        state->getFillRGB(&rgb);
        double cx0, cy0, cx1, cy1;
        state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
        const int o = order++;
        const int count = path->getNumSubpaths();
        std::vector<Box> boxes;
        boxes.reserve(count);
        for (int i = 0; i < count; ++i) {
            const GfxSubpath *sp = path->getSubpath(i);
            if (sp->getNumPoints() < 3) continue;
            boxes.push_back(subpathBox(state, sp));
        }
        // A rectangle with a rectangular hole is a frame: its four sides are thin fills
        // (how some producers draw a table's outer border).
        if (boxes.size() == 2 && boxes[0].rect && boxes[1].rect) {
            Box a = boxes[0], b = boxes[1];
            if ((b.x1 - b.x0) * (b.y1 - b.y0) > (a.x1 - a.x0) * (a.y1 - a.y0)) std::swap(a, b);
            if (b.x0 >= a.x0 && b.y0 >= a.y0 && b.x1 <= a.x1 && b.y1 <= a.y1) {
                const Box sides[4] = {{a.x0, a.y0, a.x1, b.y0, true}, {a.x0, b.y1, a.x1, a.y1, true},
                                      {a.x0, b.y0, b.x0, b.y1, true}, {b.x1, b.y0, a.x1, b.y1, true}};
                for (const Box &s : sides) clipAndAdd(s, rgb, state->getFillOpacity(), o, cx0, cy0, cx1, cy1);
                return;
            }
        }
        for (const Box &b : boxes) clipAndAdd(b, rgb, state->getFillOpacity(), o, cx0, cy0, cx1, cy1);
    }

    void clipAndAdd(const Box &b, const GfxRGB &rgb, double alpha, int o, double cx0, double cy0, double cx1, double cy1) {
        addFill(std::max(b.x0, cx0), std::max(b.y0, cy0), std::min(b.x1, cx1), std::min(b.y1, cy1), rgb, alpha, b.rect, o);
    }
};

} // namespace

extern "C" {

kg_document *kg_open(const void *bytes, size_t length) {
    if (!bytes || length == 0) return nullptr;
    auto *d = new (std::nothrow) kg_document;
    if (!d) return nullptr;
    // Keeps poppler's global parameters alive (poppler-glib holds them too; the count is shared).
    d->initer = std::make_unique<GlobalParamsIniter>(nullptr);
    Object dict;
    auto *stream = new MemStream(static_cast<const char *>(bytes), 0, static_cast<Goffset>(length), std::move(dict));
    d->doc = std::make_unique<PDFDoc>(stream);
    if (!d->doc->isOk()) {
        delete d;
        return nullptr;
    }
    return d;
}

void kg_close(kg_document *doc) { delete doc; }

int kg_page_count(kg_document *doc) { return doc ? doc->doc->getNumPages() : 0; }

int kg_page_graphics(kg_document *doc, int index, kg_graphics *out) {
    if (!doc || !out) return -1;
    std::memset(out, 0, sizeof(*out));
    const int number = index + 1;
    if (number < 1 || number > doc->doc->getNumPages()) return -1;
    Page *page = doc->doc->getPage(number);
    if (!page) return -1;
    const int rotate = page->getRotate();
    double w = page->getCropWidth(), h = page->getCropHeight();
    if (rotate == 90 || rotate == 270) std::swap(w, h);
    out->width = w;
    out->height = h;

    RecordingDev dev;
    doc->doc->displayPageSlice(&dev, number, 72.0, 72.0, 0, false, true, false, -1, -1, -1, -1);

    if (!dev.segments.empty()) {
        out->segments = static_cast<kg_segment *>(std::malloc(dev.segments.size() * sizeof(kg_segment)));
        if (!out->segments) return -1;
        std::memcpy(out->segments, dev.segments.data(), dev.segments.size() * sizeof(kg_segment));
        out->segment_count = dev.segments.size();
    }
    if (!dev.fills.empty()) {
        out->fills = static_cast<kg_fill *>(std::malloc(dev.fills.size() * sizeof(kg_fill)));
        if (!out->fills) { std::free(out->segments); out->segments = nullptr; out->segment_count = 0; return -1; }
        std::memcpy(out->fills, dev.fills.data(), dev.fills.size() * sizeof(kg_fill));
        out->fill_count = dev.fills.size();
    }
    out->visible_text_ops = dev.visibleText;
    out->invisible_text_ops = dev.invisibleText;
    if (!dev.images.empty()) {
        out->images = static_cast<kg_image *>(std::malloc(dev.images.size() * sizeof(kg_image)));
        if (out->images) {
            std::memcpy(out->images, dev.images.data(), dev.images.size() * sizeof(kg_image));
            out->image_count = dev.images.size();
        }
    }
    return 0;
}

void kg_graphics_free(kg_graphics *graphics) {
    if (!graphics) return;
    std::free(graphics->segments);
    std::free(graphics->fills);
    std::free(graphics->images);
    graphics->segments = nullptr;
    graphics->fills = nullptr;
    graphics->images = nullptr;
    graphics->segment_count = graphics->fill_count = graphics->image_count = 0;
}

} // extern "C"
