// poppler-glib and cairo behind dlopen (see PopplerRender.h). The prototypes below are the
// libraries' own (glib 2, poppler-glib 22, cairo 1.16); every symbol is resolved when the
// libraries are loaded, or none is used.
#include "PopplerRender.h"

#include <dlfcn.h>
#include <pthread.h>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <initializer_list>

extern "C" {
// GLib (linked).
typedef struct _GChecksum GChecksum;
typedef struct _GBytes GBytes;
typedef struct { unsigned int domain; int code; char *message; } GError;
typedef void (*GLogFunc)(const char *domain, int level, const char *message, void *data);
GChecksum *g_checksum_new(int type);
void g_checksum_update(GChecksum *checksum, const unsigned char *data, long length);
const char *g_checksum_get_string(GChecksum *checksum);
void g_checksum_free(GChecksum *checksum);
GBytes *g_bytes_new(const void *data, unsigned long size);
void g_bytes_unref(GBytes *bytes);
unsigned int g_log_set_handler(const char *domain, int levels, GLogFunc func, void *data);
void g_error_free(GError *error);
}

namespace {
constexpr int G_CHECKSUM_SHA256 = 2;

struct GList { void *data; GList *next; GList *prev; };
struct PopplerImageMapping { double x1, y1, x2, y2; int image_id; };

pthread_once_t once = PTHREAD_ONCE_INIT;
char loadError[512];
kr_cairo_api cairo;

struct {
    void *(*document_new_from_bytes)(GBytes *, const char *, GError **);
    void *(*document_get_page)(void *, int);
    void (*page_render)(void *, void *);
    GList *(*page_get_image_mapping)(void *);
    void (*page_free_image_mapping)(GList *);
    void *(*page_get_image)(void *, int);
    void (*object_unref)(void *);
} poppler;

template <typename F> bool resolve(void *lib, const char *name, F &out) {
    out = reinterpret_cast<F>(dlsym(lib, name));
    if (!out) std::snprintf(loadError, sizeof loadError, "%s lacks %s", "poppler-glib/cairo", name);
    return out != nullptr;
}

void load() {
    auto open = [](std::initializer_list<const char *> names) -> void * {
        for (const char *n : names) if (void *h = dlopen(n, RTLD_NOW | RTLD_GLOBAL)) return h;
        return nullptr;
    };
    void *c = open({"libcairo.so.2", "libcairo.so"});
    void *g = open({"libgobject-2.0.so.0", "libgobject-2.0.so"});
    void *p = open({"libpoppler-glib.so.8", "libpoppler-glib.so"});
    if (!c || !g || !p) {
        std::snprintf(loadError, sizeof loadError, "cannot load poppler-glib/cairo (%s)", dlerror());
        return;
    }
    bool ok = resolve(c, "cairo_image_surface_create", cairo.image_surface_create)
        && resolve(c, "cairo_surface_destroy", cairo.surface_destroy)
        && resolve(c, "cairo_surface_flush", cairo.surface_flush)
        && resolve(c, "cairo_image_surface_get_width", cairo.image_surface_get_width)
        && resolve(c, "cairo_image_surface_get_height", cairo.image_surface_get_height)
        && resolve(c, "cairo_image_surface_get_format", cairo.image_surface_get_format)
        && resolve(c, "cairo_image_surface_get_stride", cairo.image_surface_get_stride)
        && resolve(c, "cairo_image_surface_get_data", cairo.image_surface_get_data)
        && resolve(c, "cairo_surface_write_to_png", cairo.surface_write_to_png)
        && resolve(c, "cairo_create", cairo.create)
        && resolve(c, "cairo_destroy", cairo.destroy)
        && resolve(c, "cairo_save", cairo.save)
        && resolve(c, "cairo_restore", cairo.restore)
        && resolve(c, "cairo_set_source_rgb", cairo.set_source_rgb)
        && resolve(c, "cairo_set_source_rgba", cairo.set_source_rgba)
        && resolve(c, "cairo_paint", cairo.paint)
        && resolve(c, "cairo_scale", cairo.scale)
        && resolve(c, "cairo_transform", cairo.transform)
        && resolve(c, "cairo_select_font_face", cairo.select_font_face)
        && resolve(c, "cairo_set_font_size", cairo.set_font_size)
        && resolve(c, "cairo_text_extents", cairo.text_extents)
        && resolve(c, "cairo_show_text", cairo.show_text)
        && resolve(c, "cairo_rectangle", cairo.rectangle)
        && resolve(c, "cairo_fill", cairo.fill)
        && resolve(c, "cairo_fill_preserve", cairo.fill_preserve)
        && resolve(c, "cairo_stroke", cairo.stroke)
        && resolve(c, "cairo_set_line_width", cairo.set_line_width)
        && resolve(c, "cairo_set_dash", cairo.set_dash)
        && resolve(c, "cairo_move_to", cairo.move_to)
        && resolve(c, "cairo_line_to", cairo.line_to)
        && resolve(c, "cairo_new_path", cairo.new_path)
        && resolve(c, "cairo_clip", cairo.clip)
        && resolve(g, "g_object_unref", poppler.object_unref)
        && resolve(p, "poppler_document_new_from_bytes", poppler.document_new_from_bytes)
        && resolve(p, "poppler_document_get_page", poppler.document_get_page)
        && resolve(p, "poppler_page_render", poppler.page_render)
        && resolve(p, "poppler_page_get_image_mapping", poppler.page_get_image_mapping)
        && resolve(p, "poppler_page_free_image_mapping", poppler.page_free_image_mapping)
        && resolve(p, "poppler_page_get_image", poppler.page_get_image);
    if (!ok) return;
    // Poppler reports every oddity of a damaged file on GLib's log in its own domain; the
    // pipeline reports what matters itself.
    g_log_set_handler("Poppler", -1, [](const char *, int, const char *, void *) { }, nullptr);
}
} // namespace

struct kr_document {
    GBytes *bytes;
    void *doc;
};

extern "C" {

kr_sha256 *kr_sha256_new(void) { return reinterpret_cast<kr_sha256 *>(g_checksum_new(G_CHECKSUM_SHA256)); }
void kr_sha256_update(kr_sha256 *sum, const void *data, size_t length) {
    g_checksum_update(reinterpret_cast<GChecksum *>(sum), static_cast<const unsigned char *>(data), static_cast<long>(length));
}
const char *kr_sha256_hex(kr_sha256 *sum) { return g_checksum_get_string(reinterpret_cast<GChecksum *>(sum)); }
void kr_sha256_free(kr_sha256 *sum) { g_checksum_free(reinterpret_cast<GChecksum *>(sum)); }

int kr_load(void) {
    pthread_once(&once, load);
    return loadError[0] ? -1 : 0;
}

const char *kr_load_error(void) { return kr_load() == 0 ? nullptr : loadError; }

kr_document *kr_open(const void *bytes, size_t length, const char *password) {
    if (kr_load() != 0) return nullptr;
    GBytes *b = g_bytes_new(bytes, length);
    GError *error = nullptr;
    void *doc = poppler.document_new_from_bytes(b, password, &error);
    if (error) g_error_free(error);
    if (!doc) { g_bytes_unref(b); return nullptr; }
    auto *d = static_cast<kr_document *>(std::malloc(sizeof(kr_document)));
    if (!d) { poppler.object_unref(doc); g_bytes_unref(b); return nullptr; }
    d->bytes = b;
    d->doc = doc;
    return d;
}

void kr_close(kr_document *d) {
    if (!d) return;
    poppler.object_unref(d->doc);
    g_bytes_unref(d->bytes);
    std::free(d);
}

void *kr_get_page(kr_document *d, int index) { return d ? poppler.document_get_page(d->doc, index) : nullptr; }
void kr_page_free(void *page) { if (page) poppler.object_unref(page); }
void kr_page_render(void *page, void *cr) { if (page) poppler.page_render(page, cr); }

int kr_page_images(void *page, kr_image_mapping **out, size_t *count) {
    *out = nullptr;
    *count = 0;
    if (!page) return -1;
    GList *list = poppler.page_get_image_mapping(page);
    size_t n = 0;
    for (GList *l = list; l; l = l->next) if (l->data) ++n;
    if (n > 0) {
        *out = static_cast<kr_image_mapping *>(std::malloc(n * sizeof(kr_image_mapping)));
        if (!*out) { poppler.page_free_image_mapping(list); return -1; }
        size_t i = 0;
        for (GList *l = list; l; l = l->next) {
            if (!l->data) continue;
            const auto *m = static_cast<const PopplerImageMapping *>(l->data);
            (*out)[i++] = kr_image_mapping{m->x1, m->y1, m->x2, m->y2, m->image_id};
        }
        *count = n;
    }
    if (list) poppler.page_free_image_mapping(list);
    return 0;
}

void *kr_page_image(void *page, int id) { return page ? poppler.page_get_image(page, id) : nullptr; }

const kr_cairo_api *kr_cairo(void) { return kr_load() == 0 ? &cairo : nullptr; }

} // extern "C"
