#ifndef KINERJA_POPPLER_TEXT_H
#define KINERJA_POPPLER_TEXT_H
// A plain C view of a page's words as poppler's text device (TextOutputDev, what
// `pdftotext -bbox` prints) builds them, with every character's box. Used for pages whose
// text runs right to left: poppler-glib's text and layout are read through a selection
// that drops or misplaces right-to-left lines. Same coordinates as PopplerGraphics.h.
#include <stddef.h>
#include "PopplerGraphics.h"
#ifdef __cplusplus
extern "C" {
#endif

/// One character: its Unicode scalar and its box.
typedef struct {
    unsigned int code;
    double x0, y0, x1, y1;
} kt_char;

/// One word: its box, font, rotation (0…3 quarter turns) and its characters
/// `chars[first_char ..< first_char + char_count]` in the order poppler stored them.
typedef struct {
    double x0, y0, x1, y1;
    double font_size;
    int bold;
    int rotation;
    int joins_next;  // the next word of the list continues this word's line
    size_t first_char, char_count;
} kt_word;

typedef struct {
    kt_word *words;
    size_t word_count;
    kt_char *chars;
    size_t char_count;
} kt_text;

/// The words of the page at a 0-based index. 0 on success; free with kt_text_free.
int kt_page_words(kg_document *doc, int index, kt_text *out);
void kt_text_free(kt_text *text);

#ifdef __cplusplus
}
#endif
#endif
