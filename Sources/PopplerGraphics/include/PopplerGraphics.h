#ifndef KINERJA_POPPLER_GRAPHICS_H
#define KINERJA_POPPLER_GRAPHICS_H
// A plain C view of a page's vector drawing, read with poppler's core output-device API.
// Coordinates are those poppler-glib gives for text: points at 72 dpi, origin top-left,
// the page's /Rotate and crop box applied.
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif

typedef struct kg_document kg_document;

/// One straight piece of a stroked path. `curved` when its subpath contains a curve
/// (charts, decorations); `order` is the painting order on the page (0, 1, …).
typedef struct {
    double x0, y0, x1, y1;
    double width;          // device line width in points (0 = thinnest possible)
    double r, g, b, alpha; // 0...1
    int curved;
    int dashed;
    int order;
} kg_segment;

/// One filled area: a rectangle (`is_rect`) or the box of any other shape.
typedef struct {
    double x0, y0, x1, y1;
    double r, g, b, alpha;
    int is_rect;
    int order;
} kg_fill;

/// Where an image is painted (its box; the image itself is never decoded).
typedef struct {
    double x0, y0, x1, y1;
    int order;
    size_t text_ops_before;  // text-showing operations painted before it (hidden under it)
} kg_image;

typedef struct {
    kg_segment *segments;
    size_t segment_count;
    kg_fill *fills;
    size_t fill_count;
    double width, height;  // page size, after /Rotate
    kg_image *images;
    size_t image_count;
    // Text-showing operations by visibility: a scan under an OCR text layer shows its text
    // invisibly (render mode 3).
    size_t visible_text_ops, invisible_text_ops;
} kg_graphics;

/// Opens PDF bytes; the bytes must stay alive and unchanged until kg_close. NULL on failure.
kg_document *kg_open(const void *bytes, size_t length);
void kg_close(kg_document *doc);
int kg_page_count(kg_document *doc);
/// The drawing of the page at a 0-based index. 0 on success; free with kg_graphics_free.
int kg_page_graphics(kg_document *doc, int index, kg_graphics *out);
void kg_graphics_free(kg_graphics *graphics);

#ifdef __cplusplus
}
#endif
// The words of a page from poppler's text device (right-to-left pages).
#include "PopplerText.h"
#endif
