import Foundation
import Kinerja
import Testing

// Issue 9 item 5/6: the consistency checks hold on correct documents — never noisy. Every
// sample in Samples/ is a correct document, so none may give a consistency warning.
@Suite("Consistency checks are silent on Samples/")
struct ConsistencyOnSamplesTests {
    static let codes: Set<String> = ["capaian_inconsistent", "percent_implausible", "target_mismatch",
                                     "ocr_value_repaired", "value_reread"]

    @Test(arguments: Golden.sampleNames)
    func noConsistencyWarning(sample: String) throws {
        let doc = try Extractor().extract(path: Golden.pdfPath(sample))
        let noisy = doc.warnings.filter { Self.codes.contains($0.code) }
        #expect(noisy.isEmpty, "\(sample): \(noisy.map { "\($0.code): \($0.message)" })")
    }
}
