// Forwarding stubs for the Tesseract and Leptonica functions kinerja uses. The libraries
// are opened with dlopen on first use (kinerja_ocr_load), so processes that never OCR
// never load them. Each stub has the library's own prototype (checked against the
// headers by the compiler) and calls the real function through a pointer resolved once.
#include "CTesseract.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static void *tess, *lept;
static char error[512];

#define FUNCTIONS(X) \
    X(tess, TessBaseAPICreate) X(tess, TessBaseAPIDelete) X(tess, TessBaseAPIInit3) X(tess, TessBaseAPIEnd) \
    X(tess, TessBaseAPIClear) X(tess, TessBaseAPISetVariable) X(tess, TessBaseAPISetSourceResolution) \
    X(tess, TessBaseAPISetPageSegMode) X(tess, TessBaseAPISetImage) X(tess, TessBaseAPISetImage2) \
    X(tess, TessBaseAPISetRectangle) X(tess, TessBaseAPIRecognize) X(tess, TessBaseAPIGetUTF8Text) \
    X(tess, TessBaseAPIGetIterator) X(tess, TessBaseAPIDetectOrientationScript) X(tess, TessDeleteText) \
    X(tess, TessResultIteratorNext) X(tess, TessResultIteratorGetUTF8Text) X(tess, TessResultIteratorGetPageIterator) \
    X(tess, TessResultIteratorDelete) X(tess, TessResultIteratorConfidence) X(tess, TessPageIteratorBoundingBox) X(tess, TessBaseAPIMeanTextConf) \
    X(lept, pixGetWpl) X(lept, pixGetDepth) X(lept, pixGetData) X(lept, pixDestroy) X(lept, pixThresholdToBinary) \
    X(lept, pixRotateOrth) X(lept, pixRotate) X(lept, pixReduceRankBinary2) X(lept, pixReadMem) \
    X(lept, pixOrientDetect) X(lept, pixGetWidth) X(lept, pixGetHeight) X(lept, pixGetColormap) \
    X(lept, pixFindSkewSweepAndSearch) X(lept, pixCreate) X(lept, pixConvertTo8) X(lept, makeOrientDecision) \
    X(lept, setMsgSeverity)

#define POINTER(lib, name) static __typeof__(&name) p_##name;
FUNCTIONS(POINTER)

static void load(void) {
    const char *tessNames[] = { "libtesseract.so.5", "libtesseract.so", NULL };
    const char *leptNames[] = { "libleptonica.so.6", "liblept.so.5", "libleptonica.so", "liblept.so", NULL };
    for (int i = 0; !lept && leptNames[i]; i++) lept = dlopen(leptNames[i], RTLD_NOW | RTLD_GLOBAL);
    for (int i = 0; !tess && tessNames[i]; i++) tess = dlopen(tessNames[i], RTLD_NOW | RTLD_GLOBAL);
    if (!tess || !lept) {
        snprintf(error, sizeof error, "cannot load Tesseract/Leptonica (%s)", dlerror());
        return;
    }
#define RESOLVE(lib, name) \
    if (!(p_##name = (__typeof__(&name))dlsym(lib, #name))) { \
        snprintf(error, sizeof error, "Tesseract/Leptonica lacks %s", #name); return; }
    FUNCTIONS(RESOLVE)
}

int kinerja_ocr_load(void) {
    pthread_once(&once, load);
    return error[0] ? -1 : 0;
}

const char *kinerja_ocr_load_error(void) {
    kinerja_ocr_load();
    return error[0] ? error : NULL;
}

// The stubs. Callers go through OCREngine, which calls kinerja_ocr_load first.
TessBaseAPI *TessBaseAPICreate(void) { return p_TessBaseAPICreate(); }
void TessBaseAPIDelete(TessBaseAPI *h) { p_TessBaseAPIDelete(h); }
int TessBaseAPIInit3(TessBaseAPI *h, const char *datapath, const char *language) { return p_TessBaseAPIInit3(h, datapath, language); }
void TessBaseAPIEnd(TessBaseAPI *h) { p_TessBaseAPIEnd(h); }
void TessBaseAPIClear(TessBaseAPI *h) { p_TessBaseAPIClear(h); }
BOOL TessBaseAPISetVariable(TessBaseAPI *h, const char *name, const char *value) { return p_TessBaseAPISetVariable(h, name, value); }
void TessBaseAPISetSourceResolution(TessBaseAPI *h, int ppi) { p_TessBaseAPISetSourceResolution(h, ppi); }
void TessBaseAPISetPageSegMode(TessBaseAPI *h, TessPageSegMode mode) { p_TessBaseAPISetPageSegMode(h, mode); }
void TessBaseAPISetImage(TessBaseAPI *h, const unsigned char *data, int w, int ht, int bpp, int bpl) { p_TessBaseAPISetImage(h, data, w, ht, bpp, bpl); }
void TessBaseAPISetImage2(TessBaseAPI *h, struct Pix *pix) { p_TessBaseAPISetImage2(h, pix); }
void TessBaseAPISetRectangle(TessBaseAPI *h, int l, int t, int w, int ht) { p_TessBaseAPISetRectangle(h, l, t, w, ht); }
int TessBaseAPIRecognize(TessBaseAPI *h, ETEXT_DESC *monitor) { return p_TessBaseAPIRecognize(h, monitor); }
char *TessBaseAPIGetUTF8Text(TessBaseAPI *h) { return p_TessBaseAPIGetUTF8Text(h); }
int TessBaseAPIMeanTextConf(TessBaseAPI *h) { return p_TessBaseAPIMeanTextConf(h); }
TessResultIterator *TessBaseAPIGetIterator(TessBaseAPI *h) { return p_TessBaseAPIGetIterator(h); }
BOOL TessBaseAPIDetectOrientationScript(TessBaseAPI *h, int *deg, float *conf, const char **script, float *sconf) {
    return p_TessBaseAPIDetectOrientationScript(h, deg, conf, script, sconf);
}
void TessDeleteText(const char *text) { p_TessDeleteText(text); }
BOOL TessResultIteratorNext(TessResultIterator *h, TessPageIteratorLevel level) { return p_TessResultIteratorNext(h, level); }
char *TessResultIteratorGetUTF8Text(const TessResultIterator *h, TessPageIteratorLevel level) { return p_TessResultIteratorGetUTF8Text(h, level); }
TessPageIterator *TessResultIteratorGetPageIterator(TessResultIterator *h) { return p_TessResultIteratorGetPageIterator(h); }
void TessResultIteratorDelete(TessResultIterator *h) { p_TessResultIteratorDelete(h); }
float TessResultIteratorConfidence(const TessResultIterator *h, TessPageIteratorLevel level) { return p_TessResultIteratorConfidence(h, level); }
BOOL TessPageIteratorBoundingBox(const TessPageIterator *h, TessPageIteratorLevel level, int *l, int *t, int *r, int *b) {
    return p_TessPageIteratorBoundingBox(h, level, l, t, r, b);
}
l_int32 pixGetWpl(const PIX *pix) { return p_pixGetWpl(pix); }
l_int32 pixGetDepth(const PIX *pix) { return p_pixGetDepth(pix); }
l_uint32 *pixGetData(PIX *pix) { return p_pixGetData(pix); }
void pixDestroy(PIX **ppix) { p_pixDestroy(ppix); }
PIX *pixThresholdToBinary(PIX *pixs, l_int32 thresh) { return p_pixThresholdToBinary(pixs, thresh); }
PIX *pixRotateOrth(PIX *pixs, l_int32 quads) { return p_pixRotateOrth(pixs, quads); }
PIX *pixRotate(PIX *pixs, l_float32 angle, l_int32 type, l_int32 incolor, l_int32 w, l_int32 h) { return p_pixRotate(pixs, angle, type, incolor, w, h); }
PIX *pixReduceRankBinary2(PIX *pixs, l_int32 level, l_uint8 *intab) { return p_pixReduceRankBinary2(pixs, level, intab); }
PIX *pixReadMem(const l_uint8 *data, size_t size) { return p_pixReadMem(data, size); }
l_ok pixOrientDetect(PIX *pixs, l_float32 *up, l_float32 *left, l_int32 mincount, l_int32 debug) { return p_pixOrientDetect(pixs, up, left, mincount, debug); }
l_int32 pixGetWidth(const PIX *pix) { return p_pixGetWidth(pix); }
l_int32 pixGetHeight(const PIX *pix) { return p_pixGetHeight(pix); }
PIXCMAP *pixGetColormap(PIX *pix) { return p_pixGetColormap(pix); }
l_ok pixFindSkewSweepAndSearch(PIX *pixs, l_float32 *angle, l_float32 *conf, l_int32 redsweep, l_int32 redsearch,
                               l_float32 sweeprange, l_float32 sweepdelta, l_float32 minbsdelta) {
    return p_pixFindSkewSweepAndSearch(pixs, angle, conf, redsweep, redsearch, sweeprange, sweepdelta, minbsdelta);
}
PIX *pixCreate(l_int32 w, l_int32 h, l_int32 depth) { return p_pixCreate(w, h, depth); }
PIX *pixConvertTo8(PIX *pixs, l_int32 cmapflag) { return p_pixConvertTo8(pixs, cmapflag); }
l_ok makeOrientDecision(l_float32 up, l_float32 left, l_float32 minup, l_float32 minratio, l_int32 *orient, l_int32 debug) {
    return p_makeOrientDecision(up, left, minup, minratio, orient, debug);
}
l_int32 setMsgSeverity(l_int32 newsev) { return p_setMsgSeverity(newsev); }
