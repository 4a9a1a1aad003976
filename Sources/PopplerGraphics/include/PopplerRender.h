#ifndef KINERJA_POPPLER_RENDER_H
#define KINERJA_POPPLER_RENDER_H
// Rendering and embedded images through poppler-glib and cairo, loaded with dlopen on first
// use: a born-digital document is read by the core reader alone (PopplerGraphics.h), so most
// processes never load poppler-glib, cairo, gio and the X libraries cairo brings (about 2.5 ms
// of every start-up, issue 10). GLib itself is linked: SHA-256 and the byte buffer.
// Pointers to poppler-glib and cairo objects are opaque here; the functions have the
// libraries' own ABI (checked when loaded: every symbol must resolve).
#include <stddef.h>
#ifdef __cplusplus
extern "C" {
#endif

// --- SHA-256 (GLib's GChecksum)
typedef struct kr_sha256 kr_sha256;
kr_sha256 *kr_sha256_new(void);
void kr_sha256_update(kr_sha256 *sum, const void *data, size_t length);
/// Lower-case hex digest; valid until kr_sha256_free.
const char *kr_sha256_hex(kr_sha256 *sum);
void kr_sha256_free(kr_sha256 *sum);

// --- poppler-glib (lazy)
/// 0 once poppler-glib and cairo are loaded, -1 when they cannot be (kr_load_error says why).
int kr_load(void);
const char *kr_load_error(void);

typedef struct kr_document kr_document;
/// poppler-glib's document over a copy of the bytes; NULL when it does not open.
kr_document *kr_open(const void *bytes, size_t length, const char *password);
void kr_close(kr_document *doc);
/// A PopplerPage*, or NULL; release with kr_page_free.
void *kr_get_page(kr_document *doc, int index);
void kr_page_free(void *page);
/// Draws the page into a cairo context (poppler's page space).
void kr_page_render(void *page, void *cairo);

typedef struct {
    double x1, y1, x2, y2;
    int image_id;
} kr_image_mapping;
/// Where the page's embedded images are placed; `*out` is malloc'ed (free()).
int kr_page_images(void *page, kr_image_mapping **out, size_t *count);
/// An embedded image as a cairo surface, or NULL; destroy with the cairo table's surface_destroy.
void *kr_page_image(void *page, int id);

// --- cairo (lazy): the functions the reader and `inspect` use, resolved once.
typedef struct { double xx, yx, xy, yy, x0, y0; } kr_matrix;
typedef struct { double x_bearing, y_bearing, width, height, x_advance, y_advance; } kr_text_extents;
enum { KR_FORMAT_ARGB32 = 0, KR_FORMAT_RGB24 = 1, KR_FORMAT_A8 = 2 };
enum { KR_STATUS_SUCCESS = 0, KR_FONT_SLANT_NORMAL = 0, KR_FONT_WEIGHT_BOLD = 1 };
typedef struct {
    void *(*image_surface_create)(int format, int width, int height);
    void (*surface_destroy)(void *surface);
    void (*surface_flush)(void *surface);
    int (*image_surface_get_width)(void *surface);
    int (*image_surface_get_height)(void *surface);
    int (*image_surface_get_format)(void *surface);
    int (*image_surface_get_stride)(void *surface);
    unsigned char *(*image_surface_get_data)(void *surface);
    int (*surface_write_to_png)(void *surface, const char *path);
    void *(*create)(void *surface);
    void (*destroy)(void *cr);
    void (*save)(void *cr);
    void (*restore)(void *cr);
    void (*set_source_rgb)(void *cr, double r, double g, double b);
    void (*set_source_rgba)(void *cr, double r, double g, double b, double a);
    void (*paint)(void *cr);
    void (*scale)(void *cr, double sx, double sy);
    void (*transform)(void *cr, const kr_matrix *matrix);
    void (*select_font_face)(void *cr, const char *family, int slant, int weight);
    void (*set_font_size)(void *cr, double size);
    void (*text_extents)(void *cr, const char *text, kr_text_extents *extents);
    void (*show_text)(void *cr, const char *text);
    void (*rectangle)(void *cr, double x, double y, double w, double h);
    void (*fill)(void *cr);
    void (*fill_preserve)(void *cr);
    void (*stroke)(void *cr);
    void (*set_line_width)(void *cr, double w);
    void (*set_dash)(void *cr, const double *dashes, int count, double offset);
    void (*move_to)(void *cr, double x, double y);
    void (*line_to)(void *cr, double x, double y);
    void (*new_path)(void *cr);
    void (*clip)(void *cr);
} kr_cairo_api;
/// The cairo table, or NULL when cairo cannot be loaded.
const kr_cairo_api *kr_cairo(void);

#ifdef __cplusplus
}
#endif
#endif
