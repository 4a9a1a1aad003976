// A page read with poppler's core API in ONE pass over its content stream (issue 10: the
// glib calls and the drawing pass interpreted each page twice and opened the PDF twice):
// an output device that is poppler's own TextOutputDev — so the words, their order and
// their boxes are exactly what poppler-glib's text calls give — and that also records the
// vector drawing: strokes as straight segments, fills as rectangles or boxes, where images
// land. Glyphs are not drawn, images are not decoded, shadings and tiling patterns are not
// rasterised, so a page costs about as much as parsing its content.
//
// The device transform is the one poppler-glib uses (72 dpi, the page's /Rotate, the crop
// box, origin top-left), so the coordinates are the words'.
#include "PopplerGraphics.h"
#include "ClipVisibility.h"

#include <Annot.h>
#include <Error.h>
#include <Gfx.h>
#include <GlobalParams.h>
#include <PDFDoc.h>
#include <Page.h>
#include <Stream.h>
#include <OutputDev.h>
#include <GfxState.h>
#include <Object.h>
#include <TextOutputDev.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

struct kg_document {
    std::unique_ptr<GlobalParamsIniter> initer;
    std::unique_ptr<PDFDoc> doc;
};

namespace {

/// A page with more drawn pieces than this is a map or a drawing, not a table: stop
/// recording (bounds memory on hostile content).
constexpr size_t kMaxItems = 400000;

/// Most cut points kept for a page (see PageDev::cuts).
constexpr size_t kMaxCuts = 100000;
/// tan 2°: a baseline further than this off both page axes is slanted.
constexpr double kSlantLimit = 0.035;

/// poppler-glib's text device (TextOutputDev with the arguments poppler_page_get_text uses)
/// that also records the drawing. What the text device sees is what it saw in glib's own
/// text pass: stroke and fill calls reach it as no-ops there (it looks for underlines only in
/// HTML mode), images and patterns are drawn here but carry no text (tiling patterns are not
/// expanded), and annotations are drawn after the text is taken, with the text side muted.
class PageDev final : public TextOutputDev {
public:
    std::vector<kg_segment> segments;
    std::vector<kg_fill> fills;
    std::vector<kg_image> images;
    size_t visibleText = 0, invisibleText = 0;
    size_t imageCalls = 0;
    /// Off once the page's own content is read: annotations give drawing, not words.
    bool textOn = true;

    PageDev() : TextOutputDev(nullptr, true, 0, false, false) { }

    bool upsideDown() override { return true; }
    bool interpretType3Chars() override { return false; }
    bool needNonText() override { return true; }
    bool useTilingPatternFill() override { return true; }
    bool useShadedFills(int) override { return true; }

    void startPage(int pageNum, GfxState *state, XRef *xref) override {
        TextOutputDev::startPage(pageNum, state, xref);
        segments.clear(); fills.clear(); images.clear(); cuts.clear(); slants.clear(); order = 0; visibleText = invisibleText = 0; maskDepth = 0;
        imageCalls = 0;
    }

    // The text side, as TextOutputDev, until muted.
    void restoreState(GfxState *state) override { if (textOn) TextOutputDev::restoreState(state); }
    void updateFont(GfxState *state) override { if (textOn) TextOutputDev::updateFont(state); }
    void beginString(GfxState *state, const GooString *s) override { if (textOn) TextOutputDev::beginString(state, s); }
    void endString(GfxState *state) override { if (textOn) TextOutputDev::endString(state); }
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c,
                  int nBytes, const Unicode *u, int uLen) override {
        if (!textOn) return;
        // A letter its clip hides is dropped (ClipVisibility.h); where a clip cuts or hides
        // one, a cut point is kept.
        if (!kinerja::isSpace(u, uLen)) {
            const kinerja::ClipVisibility v = kinerja::clipVisibility(state, x, y, dx, dy);
            if (v.cut() && cuts.size() < kMaxCuts) {
                kg_rect r;
                r.x1 = r.x2 = v.cutX;
                r.y1 = r.y2 = v.cutY;
                cuts.push_back(r);
            }
            if (!v.kept()) {
                TextOutputDev::incCharCount(nBytes);
                return;
            }
            // A glyph whose baseline runs along neither page axis (more than about 2° off
            // every quarter turn): its origin is kept.
            double m0, m1, m2, m3;
            state->getFontTransMat(&m0, &m1, &m2, &m3);
            const double along = std::max(std::fabs(m0), std::fabs(m1)), across = std::min(std::fabs(m0), std::fabs(m1));
            if (along > 0 && across > along * kSlantLimit && slants.size() < kMaxCuts) {
                kg_rect r;
                state->transform(x, y, &r.x1, &r.y1);
                r.x2 = r.x1;
                r.y2 = r.y1;
                slants.push_back(r);
            }
        }
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    }
    void incCharCount(int nChars) override { if (textOn) TextOutputDev::incCharCount(nChars); }
    void beginActualText(GfxState *state, const GooString *text) override { if (textOn) TextOutputDev::beginActualText(state, text); }
    void endActualText(GfxState *state) override { if (textOn) TextOutputDev::endActualText(state); }
    void processLink(AnnotLink *) override { }

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
        ++imageCalls;
        addImage(state);
        if (inlineImg) OutputDev::drawImageMask(state, ref, str, width, height, invert, interpolate, inlineImg);
    }
    void drawImage(GfxState *state, Object *ref, Stream *str, int width, int height, GfxImageColorMap *colorMap,
                   bool interpolate, const int *maskColors, bool inlineImg) override {
        ++imageCalls;
        addImage(state);
        if (inlineImg) OutputDev::drawImage(state, ref, str, width, height, colorMap, interpolate, maskColors, inlineImg);
    }
    void drawMaskedImage(GfxState *state, Object *, Stream *, int, int, GfxImageColorMap *, bool, Stream *, int, int, bool,
                         bool) override { ++imageCalls; addImage(state); }
    void drawSoftMaskedImage(GfxState *state, Object *, Stream *, int, int, GfxImageColorMap *, bool, Stream *, int, int,
                             GfxImageColorMap *, bool) override { ++imageCalls; addImage(state); }
    // (An image mask filled with a pattern reaches drawImageMask through OutputDev's
    // setSoftMaskFromImageMask, so it is counted too.)

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

    /// Where a clip cut a letter or hid it (device space, at mid-letter height): text that
    /// overflows a cell ends there, so a word is parted where one of these lies on a drawn
    /// line (PDFPage.words). Bounded: a hostile page cannot grow it past `kMaxCuts`.
    std::vector<kg_rect> cuts;
    /// Origins of the glyphs set on a slant (kg_text.slants). Bounded like `cuts`.
    std::vector<kg_rect> slants;

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

namespace {

/// poppler's messages about a damaged file go nowhere: the pipeline reports what matters
/// itself (poppler-glib sent them to GLib's log, which the reader silenced).
void quietErrors(ErrorCategory, Goffset, const char *) { }

/// The password as poppler-glib first tries it: converted to Latin-1 (empty when it cannot be).
GooString latin1(const char *utf8) {
    std::string out;
    const auto *p = reinterpret_cast<const unsigned char *>(utf8);
    while (*p) {
        unsigned c = *p;
        if (c < 0x80) { out.push_back(static_cast<char>(c)); ++p; continue; }
        if ((c == 0xC2 || c == 0xC3) && (p[1] & 0xC0) == 0x80) {
            out.push_back(static_cast<char>(((c & 0x1F) << 6) | (p[1] & 0x3F)));
            p += 2;
            continue;
        }
        return GooString("");
    }
    return GooString(out);
}

PDFDoc *openDoc(const void *bytes, size_t length, const std::optional<GooString> &password) {
    Object dict;
    auto *stream = new MemStream(static_cast<const char *>(bytes), 0, static_cast<Goffset>(length), std::move(dict));
    return new PDFDoc(stream, password, password);
}

char *copyString(const char *s) {
    const size_t n = std::strlen(s);
    auto *out = static_cast<char *>(std::malloc(n + 1));
    if (out) std::memcpy(out, s, n + 1);
    return out;
}

/// The font name poppler-glib reports for a character: "Default" when there is none, a
/// subset prefix (`ABCDEF+`) dropped.
char *fontName(const TextWord *word, int i) {
    const GooString *name = word->getFontName(i);
    if (!name || name->getLength() == 0) return copyString("Default");
    int k = 0;
    while (k < name->getLength() && name->getChar(k) >= 'A' && name->getChar(k) <= 'Z') ++k;
    const bool subset = k > 0 && k < name->getLength() && name->getChar(k) == '+';
    return copyString(name->c_str() + (subset ? k + 1 : 0));
}

bool sameAttributes(const TextWord *a, int ai, const TextWord *b, int bi) {
    if (!a->getFontInfo(ai)->matches(b->getFontInfo(bi))) return false;
    if (a->getFontSize() != b->getFontSize()) return false;
    if (a->isUnderlined() != b->isUnderlined()) return false;
    double ar, ag, ab, br, bg, bb;
    a->getColor(&ar, &ag, &ab);
    b->getColor(&br, &bg, &bb);
    return ar == br && ag == bg && ab == bb;
}

/// Text, character boxes and font runs of a page's TextPage, exactly as poppler-glib's
/// poppler_page_get_text, _get_text_layout and _get_text_attributes give them (one
/// selection walk for the boxes and runs instead of two).
bool readText(TextPage *page, double width, double height, kg_text *out) {
    PDFRectangle selection(0, 0, width, height);
    GooString *text = page->getSelectionText(&selection, selectionStyleGlyph);
    out->text = copyString(text->c_str());
    delete text;
    if (!out->text) return false;

    int nLines = 0;
    std::vector<TextWordSelection *> **lines = page->getSelectionWords(&selection, selectionStyleGlyph, &nLines);
    if (!lines) return true;

    size_t nRects = nLines - 1;
    for (int i = 0; i < nLines; ++i) {
        const auto *words = lines[i];
        nRects += words->size() - 1;
        for (size_t j = 0; j < words->size(); ++j) {
            const TextWordSelection *sel = (*words)[j];
            nRects += sel->getEnd() - sel->getBegin();
            if (!sel->getWord()->hasSpaceAfter() && j < words->size() - 1) nRects--;
        }
    }
    std::vector<kg_rect> rects(nRects);
    std::vector<kg_font_run> runs;
    // Two offsets, as glib keeps them in its two functions (they differ only in that a line
    // end takes a box only after some character).
    size_t ro = 0, ao = 0;
    bool ok = true;
    const TextWord *previous = nullptr;
    int previousIndex = 0;
    auto at = [&](size_t k) -> kg_rect * { return k < rects.size() ? &rects[k] : nullptr; };
    auto extendRun = [&](size_t end) { if (!runs.empty()) runs.back().end = static_cast<int>(end); };
    for (int i = 0; i < nLines; ++i) {
        auto *words = lines[i];
        double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        kg_rect *rect = nullptr;
        for (size_t j = 0; j < words->size(); ++j) {
            TextWordSelection *sel = (*words)[j];
            const TextWord *word = sel->getWord();
            for (int k = sel->getBegin(); k < sel->getEnd(); ++k) {
                if (kg_rect *r = at(ro)) word->getCharBBox(k, &r->x1, &r->y1, &r->x2, &r->y2);
                ro++;
                if (!previous || !sameAttributes(word, k, previous, previousIndex)) {
                    kg_font_run r{};
                    r.start = static_cast<int>(ao);
                    r.size = word->getFontSize();
                    r.font_name = fontName(word, k);
                    if (!r.font_name) ok = false;
                    runs.push_back(r);
                }
                extendRun(ao);
                ao++;
                previous = word;
                previousIndex = k;
            }
            rect = at(ro);
            word->getBBox(&x1, &y1, &x2, &y2);
            if (word->hasSpaceAfter() && j < words->size() - 1) {
                double x3, y3, x4, y4;
                (*words)[j + 1]->getWord()->getBBox(&x3, &y3, &x4, &y4);
                if (rect) { rect->x1 = x2; rect->y1 = y1; rect->x2 = x3; rect->y2 = y2; }
                ro++;
                extendRun(ao);
                ao++;
            }
            delete sel;
        }
        if (i < nLines - 1) {
            if (ro > 0) {
                if (rect) { rect->x1 = x2; rect->y1 = y2; rect->x2 = x2; rect->y2 = y2; }
                ro++;
            }
            extendRun(ao);
            ao++;
        }
        delete words;
    }
    gfree(lines);

    out->has_layout = 1;
    if (!rects.empty()) {
        out->rects = static_cast<kg_rect *>(std::malloc(rects.size() * sizeof(kg_rect)));
        if (!out->rects) ok = false;
        else { std::memcpy(out->rects, rects.data(), rects.size() * sizeof(kg_rect)); out->rect_count = rects.size(); }
    }
    if (!runs.empty()) {
        out->runs = static_cast<kg_font_run *>(std::malloc(runs.size() * sizeof(kg_font_run)));
        if (!out->runs) {
            for (auto &r : runs) std::free(r.font_name);
            ok = false;
        } else {
            std::memcpy(out->runs, runs.data(), runs.size() * sizeof(kg_font_run));
            out->run_count = runs.size();
        }
    }
    return ok;
}

/// A page's time limit, asked by poppler's interpreter every few operators (its abort
/// check): content that takes seconds a page (a hostile or pathological stream) is cut off.
struct Deadline {
    std::chrono::steady_clock::time_point end;
    bool fired = false;
    explicit Deadline(double seconds)
        : end(std::chrono::steady_clock::now()
              + std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                  std::chrono::duration<double>(seconds > 0 && seconds < 1e9 ? seconds : 1e9))) { }
    static bool passed(void *data) {
        auto *d = static_cast<Deadline *>(data);
        if (!d->fired && std::chrono::steady_clock::now() >= d->end) d->fired = true;
        return d->fired;
    }
};

template <typename T> bool copyOut(const std::vector<T> &v, T **out, size_t *count) {
    if (v.empty()) return true;
    *out = static_cast<T *>(std::malloc(v.size() * sizeof(T)));
    if (!*out) return false;
    std::memcpy(*out, v.data(), v.size() * sizeof(T));
    *count = v.size();
    return true;
}

} // namespace

extern "C" {

kg_document *kg_open_with_password(const void *bytes, size_t length, const char *password, int *error) {
    if (error) *error = KG_ERROR_INVALID;
    if (!bytes || length == 0) return nullptr;
    auto *d = new (std::nothrow) kg_document;
    if (!d) return nullptr;
    // Keeps poppler's global parameters alive (poppler-glib, when it renders, holds them too;
    // the count is shared). Whoever comes first sets the error callback: both keep quiet.
    d->initer = std::make_unique<GlobalParamsIniter>(quietErrors);
    std::optional<GooString> pw;
    if (password) pw = latin1(password);
    d->doc.reset(openDoc(bytes, length, pw));
    if (!d->doc->isOk() && d->doc->getErrorCode() == errEncrypted && password) {
        // As poppler-glib: again with the password as given (UTF-8), on a fresh stream.
        d->doc.reset(openDoc(bytes, length, GooString(password)));
    }
    if (!d->doc->isOk()) {
        if (error) {
            switch (d->doc->getErrorCode()) {
            case errEncrypted: *error = KG_ERROR_ENCRYPTED; break;
            case errDamaged: *error = KG_ERROR_DAMAGED; break;
            case errBadCatalog: *error = KG_ERROR_BAD_CATALOG; break;
            default: *error = KG_ERROR_INVALID;
            }
        }
        delete d;
        return nullptr;
    }
    if (error) *error = KG_OK;
    return d;
}

kg_document *kg_open(const void *bytes, size_t length) { return kg_open_with_password(bytes, length, nullptr, nullptr); }

void kg_close(kg_document *doc) { delete doc; }

int kg_page_count(kg_document *doc) { return doc ? doc->doc->getNumPages() : 0; }

int kg_page_size(kg_document *doc, int index, double *width, double *height) {
    *width = 0; *height = 0;
    if (!doc || index < 0 || index >= doc->doc->getNumPages()) return -1;
    Page *page = doc->doc->getPage(index + 1);
    if (!page) return -1;
    const int rotate = page->getRotate();
    double w = page->getCropWidth(), h = page->getCropHeight();
    if (rotate == 90 || rotate == 270) std::swap(w, h);
    *width = w;
    *height = h;
    return 0;
}

int kg_page_read(kg_document *doc, int index, double seconds, kg_text *text, kg_graphics *out) {
    if (!doc || !text || !out) return -1;
    std::memset(text, 0, sizeof(*text));
    std::memset(out, 0, sizeof(*out));
    double w, h;
    if (kg_page_size(doc, index, &w, &h) != 0) return -1;
    Page *page = doc->doc->getPage(index + 1);
    out->width = w;
    out->height = h;

    // The page's content with both sides on, as poppler-glib's text pass reads it
    // (createGfx + display: no annotations) ...
    PageDev dev;
    Deadline deadline(seconds);
    Gfx *gfx = page->createGfx(&dev, 72.0, 72.0, 0, false, true, -1, -1, -1, -1, false,
                               seconds > 0 ? Deadline::passed : nullptr, &deadline);
    page->display(gfx);
    dev.endPage();
    TextPage *textPage = dev.takeText();
    dev.textOn = false;
    // ... then the annotations for the drawing only, as a render draws them.
    Annots *annots = page->getAnnots();
    if (annots) {
        for (Annot *annot : annots->getAnnots()) annot->draw(gfx, false);
    }
    delete gfx;

    const bool textOK = readText(textPage, w, h, text);
    textPage->decRefCnt();
    if (!textOK) { kg_text_free(text); return -1; }

    if (!copyOut(dev.segments, &out->segments, &out->segment_count) || !copyOut(dev.fills, &out->fills, &out->fill_count)
        || !copyOut(dev.cuts, &text->cuts, &text->cut_count) || !copyOut(dev.slants, &text->slants, &text->slant_count)) {
        kg_graphics_free(out);
        kg_text_free(text);
        return -1;
    }
    out->timed_out = deadline.fired ? 1 : 0;
    out->image_calls = dev.imageCalls;
    out->visible_text_ops = dev.visibleText;
    out->invisible_text_ops = dev.invisibleText;
    copyOut(dev.images, &out->images, &out->image_count);
    return 0;
}

void kg_text_free(kg_text *text) {
    if (!text) return;
    for (size_t i = 0; i < text->run_count; ++i) std::free(text->runs[i].font_name);
    std::free(text->text);
    std::free(text->rects);
    std::free(text->runs);
    std::free(text->cuts);
    std::free(text->slants);
    std::memset(text, 0, sizeof(*text));
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
