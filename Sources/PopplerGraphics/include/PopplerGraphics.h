#ifndef KINERJA_POPPLER_GRAPHICS_H
#define KINERJA_POPPLER_GRAPHICS_H
// A plain C view of a page's text and vector drawing, read with poppler's core API.
// Coordinates are those poppler-glib gives for text: points at 72 dpi, origin top-left,
// the page's /Rotate and crop box applied.
#include <stddef.h>
#include "PopplerRender.h"
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
    // Set when the page's content took longer than kg_page_read's time limit: what was read
    // by then is here, the rest of the content is not.
    int timed_out;
    // Image-drawing calls the content made (before any was dropped: inside a soft mask, past
    // the item limit, clipped away; annotations included): 0 means the page paints no image.
    size_t image_calls;
} kg_graphics;

/// One character's box (or a space's, or a line end's), as poppler_page_get_text_layout gives it.
typedef struct {
    double x1, y1, x2, y2;
} kg_rect;

/// Characters [start, end] of the text in one font and size (poppler_page_get_text_attributes).
typedef struct {
    int start, end;
    double size;
    char *font_name;  // subset prefix dropped; "Default" when the font has no name
} kg_font_run;

/// A page's text as poppler-glib's three text calls give it: the text (lines end in "\n",
/// words of a line are parted by a space), one box per character offset of it, font runs.
typedef struct {
    char *text;          // NUL-terminated UTF-8
    kg_rect *rects;
    size_t rect_count;
    int has_layout;      // 0 when the page has no text lines (no boxes, no runs)
    kg_font_run *runs;
    size_t run_count;
    // Points where a clip cut a letter or hid it (x1 == x2, y1 == y2; at mid-letter height):
    // where text overflowing a spreadsheet cell ends. Hidden letters are not in `text`.
    kg_rect *cuts;
    size_t cut_count;
    // Origins of the glyphs drawn with their baseline along neither page axis (x1 == x2,
    // y1 == y2): letters set on a slant or an arc (a watermark), which no line or table holds.
    kg_rect *slants;
    size_t slant_count;
} kg_text;

enum { KG_OK = 0, KG_ERROR_ENCRYPTED = 1, KG_ERROR_DAMAGED = 2, KG_ERROR_BAD_CATALOG = 3, KG_ERROR_INVALID = 4 };

/// Opens PDF bytes; the bytes must stay alive and unchanged until kg_close. NULL on failure.
kg_document *kg_open(const void *bytes, size_t length);
/// Opens PDF bytes with a password (as poppler-glib: tried in Latin-1, then as given); NULL
/// on failure with `*error` one of KG_ERROR_*.
kg_document *kg_open_with_password(const void *bytes, size_t length, const char *password, int *error);
void kg_close(kg_document *doc);
int kg_page_count(kg_document *doc);
/// Size of the page at a 0-based index, after /Rotate (crop box). 0 on success.
int kg_page_size(kg_document *doc, int index, double *width, double *height);
/// Text and drawing of the page at a 0-based index, in one pass over its content, which
/// stops after `seconds` (0: no limit; `graphics->timed_out` then says so).
/// 0 on success; free with kg_text_free and kg_graphics_free.
int kg_page_read(kg_document *doc, int index, double seconds, kg_text *text, kg_graphics *graphics);
void kg_text_free(kg_text *text);
void kg_graphics_free(kg_graphics *graphics);

#ifdef __cplusplus
}
#endif
// The words of a page from poppler's text device (right-to-left pages).
#include "PopplerText.h"
#endif
