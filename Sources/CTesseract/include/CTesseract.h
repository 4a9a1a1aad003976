#ifndef KINERJA_CTESSERACT_H
#define KINERJA_CTESSERACT_H
// Tesseract's C API and Leptonica, loaded on first use (see lazy.c): a born-digital PDF
// never needs them, and linking them costs every process ~16 ms of dynamic loading
// (libtesseract pulls in curl, NSS, GnuTLS, Kerberos, LDAP, ...).
#include <tesseract/capi.h>
#include <leptonica/allheaders.h>

/// Loads libtesseract and liblept once; 0 on success. Thread-safe.
int kinerja_ocr_load(void);
/// Why loading failed (NULL when it did not).
const char *kinerja_ocr_load_error(void);
#endif
