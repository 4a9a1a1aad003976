// How much of a character the current clip shows, for both text devices (PopplerGraphics.cc,
// PopplerText.cc). A letter its clip hides is not text the page shows: a spreadsheet cell's
// overflowing word is drawn whole under the cell's clip, and poppler, which builds words
// from advances alone, would read the hidden letters into the next cell's word.
#ifndef KINERJA_CLIP_VISIBILITY_H
#define KINERJA_CLIP_VISIBILITY_H

#include <GfxState.h>
#include <CharTypes.h>

#include <algorithm>
#include <cmath>

namespace kinerja {

/// A character less visible than this under its clip is dropped from the text (a letter of
/// an overflowing cell hidden past the cell's edge): a letter counts where its middle
/// shows. So a line that a printer draws once per strip of the page, each time under a clip
/// showing one strip (Ghostscript banding), is read once with no letter lost.
constexpr double kMinVisibleShare = 0.5;

/// What the clip shows of one character: the share of its advance (the baseline from its
/// origin to the next character's, raised to mid-letter height) inside the clip's box, and
/// where what shows ends (device space): the visible part's cut end, or for a hidden letter
/// its origin. Exact for the rectangles spreadsheet cells clip to; for any other clip its
/// box is larger, so nothing visible is dropped.
struct ClipVisibility {
    double share = 1;
    double cutX = 0, cutY = 0;
    bool kept() const { return share >= kMinVisibleShare; }
    bool cut() const { return share < 0.999; }
};

/// `x, y, dx, dy` as OutputDev::drawChar gets them (user space).
inline ClipVisibility clipVisibility(const GfxState *state, double x, double y, double dx, double dy) {
    ClipVisibility v;
    double cx0, cy0, cx1, cy1;
    state->getClipBBox(&cx0, &cy0, &cx1, &cy1);
    double x0, y0, ax, ay;
    state->transform(x, y, &x0, &y0);
    state->transformDelta(dx, dy, &ax, &ay);
    if (!std::isfinite(x0) || !std::isfinite(y0) || !std::isfinite(ax) || !std::isfinite(ay)) return v;
    const double length = std::hypot(ax, ay);
    const double size = state->getTransformedFontSize();
    if (length > 1e-9 && std::isfinite(size)) {
        // Up from the baseline is the advance turned a quarter counter-clockwise (device y
        // runs down the page).
        const double lift = 0.3 * size / length;
        x0 += ay * lift;
        y0 -= ax * lift;
    }
    // Liang-Barsky: the part t in [lo, hi] of origin + t * advance inside the box.
    double lo = 0, hi = 1;
    const double p[4] = {-ax, ax, -ay, ay};
    const double q[4] = {x0 - cx0, cx1 - x0, y0 - cy0, cy1 - y0};
    for (int i = 0; i < 4 && lo <= hi; ++i) {
        if (std::fabs(p[i]) < 1e-12) {
            if (q[i] < 0) hi = lo - 1;  // parallel to this side and outside it
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0) lo = std::max(lo, t); else hi = std::min(hi, t);
    }
    v.share = length < 1e-9 ? (hi >= lo ? 1 : 0) : std::max(0.0, hi - lo);
    const double t = hi >= lo ? (lo > 0 ? lo : hi) : 0;
    v.cutX = x0 + t * ax;
    v.cutY = y0 + t * ay;
    return v;
}

/// A space is never dropped: it only parts words.
inline bool isSpace(const Unicode *u, int uLen) { return uLen == 1 && u && (u[0] == 0x20 || u[0] == 0xA0); }

} // namespace kinerja

#endif
