import Foundation
import FuzzDriver
import Kinerja

/// Whole PDFs through the reader and the pipeline (OCR off): poppler on hostile bytes,
/// then layout, tables and interpretation on whatever it makes of them.
@_cdecl("FuzzReader_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let path = "/dev/shm/kinerja-fuzz-\(getpid()).pdf"
        let bytes = Data(UnsafeBufferPointer(start: data, count: data == nil ? 0 : size))
        FileManager.default.createFile(atPath: path, contents: bytes)
        _ = try? Extractor(options: ExtractOptions(ocr: .never, workers: 1)).extractJSON(path: path)
        return 0
    }
}
