// swift-tools-version:6.0
import PackageDescription

// One target per pipeline stage; data flows one way:
// PDFReading/OCR -> Layout -> Tables -> Interpretation (with Values) -> Output, glued by Kinerja.
let package = Package(
    name: "kinerja",
    products: [
        .library(name: "Kinerja", targets: ["Kinerja"]),
        .executable(name: "kinerja", targets: ["KinerjaCLI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // C libraries, wrapped once (PDFReading, OCR) and never seen above that layer.
        .systemLibrary(name: "CPoppler", pkgConfig: "poppler-glib",
                       providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]),
        // poppler's core C++ API, for the vector drawing of a page (PopplerGraphics, a small
        // C++ shim with a plain C API; the flags come from pkg-config "poppler").
        .systemLibrary(name: "CPopplerCore", pkgConfig: "poppler",
                       providers: [.apt(["libpoppler-private-dev"])]),
        // It also loads poppler-glib and cairo with dlopen when a page must be rendered (OCR,
        // `inspect`): born-digital extraction never loads them (issue 10, start-up).
        .target(name: "PopplerGraphics", dependencies: ["CPopplerCore"],
                linkerSettings: [.linkedLibrary("dl"), .linkedLibrary("glib-2.0")]),
        // Headers only at build time: Tesseract and Leptonica are loaded on first OCR use.
        .target(name: "CTesseract", linkerSettings: [.linkedLibrary("dl")]),

        .target(name: "KinerjaModel"),
        .target(name: "PDFReading", dependencies: ["PopplerGraphics", "KinerjaModel"]),
        .target(name: "OCR", dependencies: ["CTesseract", "KinerjaModel"]),
        .target(name: "Layout", dependencies: ["KinerjaModel"]),
        .target(name: "Values", dependencies: ["KinerjaModel"]),
        .target(name: "Tables", dependencies: ["KinerjaModel", "Layout"]),
        .target(name: "Interpretation", dependencies: ["KinerjaModel", "Values", "Layout"]),
        .target(name: "Output", dependencies: ["KinerjaModel"]),
        .target(name: "Batch", dependencies: ["KinerjaModel", "Output", "PDFReading"]),
        .target(name: "Kinerja", dependencies: [
            "KinerjaModel", "PDFReading", "OCR", "Layout", "Tables", "Values", "Interpretation", "Output",
        ]),
        .executableTarget(name: "KinerjaCLI", dependencies: [
            "Kinerja", "Batch", "PDFReading",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),

        .testTarget(name: "ValuesTests", dependencies: ["Values"]),
        .testTarget(name: "LayoutTests", dependencies: ["Layout"]),
        .testTarget(name: "TablesTests", dependencies: ["Tables", "Layout"]),
        .testTarget(name: "InterpretationTests", dependencies: ["Interpretation", "Values"]),
        .testTarget(name: "OutputTests", dependencies: ["Output"]),
        .target(name: "PDFFixtures", path: "Tests/PDFFixtures"),
        .testTarget(name: "PDFReadingTests", dependencies: ["PDFReading", "Layout", "PDFFixtures"]),
        .testTarget(name: "OCRTests", dependencies: ["OCR"]),
        .testTarget(name: "BatchTests", dependencies: ["Batch", "PDFFixtures"]),
        .testTarget(name: "KinerjaTests", dependencies: ["Kinerja", "PDFFixtures"], exclude: ["Fixtures"]),
    ]
)

// `make fuzz` only (KINERJA_FUZZ=1, built with -sanitize=fuzzer,address into .build-fuzz):
// libFuzzer targets for the value tokenizer, the table reconstructor and whole PDFs.
if Context.environment["KINERJA_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/Driver"),
        .executableTarget(name: "FuzzValues", dependencies: ["FuzzDriver", "Values"], path: "Fuzz/Values"),
        .executableTarget(name: "FuzzTables", dependencies: ["FuzzDriver", "Tables", "KinerjaModel"], path: "Fuzz/Tables"),
        .executableTarget(name: "FuzzReader", dependencies: ["FuzzDriver", "Kinerja"], path: "Fuzz/Reader"),
    ]
    package.products += ["FuzzValues", "FuzzTables", "FuzzReader"].map { .executable(name: $0, targets: [$0]) }
}
