// poppler's core (C++) API is used only by the PopplerGraphics shim; this system-library
// module exists so SwiftPM takes the compile and link flags from pkg-config "poppler".
