// A page's words from poppler's text device (TextOutputDev), with per-character boxes.
// The device is run with the same transform as the vector drawing (72 dpi, /Rotate, crop
// box, origin top-left), so the boxes are the words' of poppler-glib.
#include "PopplerText.h"
#include "ClipVisibility.h"

#include <GlobalParams.h>
#include <PDFDoc.h>
#include <TextOutputDev.h>

#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

// The same definition as in PopplerGraphics.cc (one type, opened there).
struct kg_document {
    std::unique_ptr<GlobalParamsIniter> initer;
    std::unique_ptr<PDFDoc> doc;
};

namespace {

/// poppler's text device, without the letters their clip hides (ClipVisibility.h), as the
/// page's main text pass (PopplerGraphics.cc) reads them.
class VisibleTextDev final : public TextOutputDev {
public:
    VisibleTextDev() : TextOutputDev(nullptr, false, 0, false, false) { }
    void drawChar(GfxState *state, double x, double y, double dx, double dy, double originX, double originY, CharCode c,
                  int nBytes, const Unicode *u, int uLen) override {
        if (!kinerja::isSpace(u, uLen) && !kinerja::clipVisibility(state, x, y, dx, dy).kept()) {
            incCharCount(nBytes);
            return;
        }
        TextOutputDev::drawChar(state, x, y, dx, dy, originX, originY, c, nBytes, u, uLen);
    }
};

} // namespace

extern "C" {

int kt_page_words(kg_document *doc, int index, kt_text *out) {
    if (!doc || !out) return -1;
    std::memset(out, 0, sizeof(*out));
    const int number = index + 1;
    if (number < 1 || number > doc->doc->getNumPages()) return -1;
    VisibleTextDev dev;
    if (!dev.isOk()) return -1;
    doc->doc->displayPageSlice(&dev, number, 72.0, 72.0, 0, false, true, false, -1, -1, -1, -1);
    std::unique_ptr<TextWordList> list = dev.makeWordList();
    if (!list) return -1;
    std::vector<kt_word> words;
    std::vector<kt_char> chars;
    for (int i = 0; i < list->getLength(); ++i) {
        const TextWord *w = list->get(i);
        kt_word kw;
        w->getBBox(&kw.x0, &kw.y0, &kw.x1, &kw.y1);
        kw.font_size = w->getFontSize();
        kw.bold = (w->getLength() > 0 && w->getFontInfo(0) && w->getFontInfo(0)->isBold()) ? 1 : 0;
        kw.rotation = w->getRotation();
        kw.joins_next = (i + 1 < list->getLength() && w->getNext() == list->get(i + 1)) ? 1 : 0;
        kw.first_char = chars.size();
        for (int k = 0; k < w->getLength(); ++k) {
            kt_char c;
            c.code = *w->getChar(k);
            w->getCharBBox(k, &c.x0, &c.y0, &c.x1, &c.y1);
            chars.push_back(c);
        }
        kw.char_count = chars.size() - kw.first_char;
        words.push_back(kw);
    }
    if (!words.empty()) {
        out->words = static_cast<kt_word *>(std::malloc(words.size() * sizeof(kt_word)));
        if (!out->words) return -1;
        std::memcpy(out->words, words.data(), words.size() * sizeof(kt_word));
        out->word_count = words.size();
    }
    if (!chars.empty()) {
        out->chars = static_cast<kt_char *>(std::malloc(chars.size() * sizeof(kt_char)));
        if (!out->chars) { kt_text_free(out); return -1; }
        std::memcpy(out->chars, chars.data(), chars.size() * sizeof(kt_char));
        out->char_count = chars.size();
    }
    return 0;
}

void kt_text_free(kt_text *text) {
    if (!text) return;
    std::free(text->words);
    std::free(text->chars);
    std::memset(text, 0, sizeof(*text));
}

} // extern "C"
