import Foundation
import Testing
@testable import Batch

/// A `Tahun ke-N` period exports with `period_tahun` empty and `period_tahun_ke` set, in a
/// column appended after the earlier ones (their places never move).
@Suite struct PlanYearExportTests {
    static let document = """
    {"schema_version":"1.0",
     "source":{"file":"renstra.pdf","sha256":"00","pages":40,"text_source":"native"},
     "document":{"type":"renstra","instansi":"Dinas KUMKM","tahun":2013},
     "tables":[{"id":"t10"}],
     "indicators":[
      {"table":"t10","page":30,"no":"1","sasaran":null,"indikator":"Persentase","target":null,"realisasi":null,"capaian":null,
       "periods":[{"tahun":null,"tahun_ke":1,"target":{"raw":"60%","kind":"percent","value":60},"realisasi":null,"capaian":null},
                  {"tahun":2016,"target":{"raw":"62%","kind":"percent","value":62},"realisasi":null,"capaian":null}]},
      {"table":"t10","page":30,"no":"2","sasaran":null,"indikator":"Tanpa periode","target":{"raw":"5","kind":"number","value":5},
       "realisasi":null,"capaian":null,"periods":[]}
     ],
     "warnings":[]}
    """

    @Test func planYearGoesInItsOwnLastColumn() throws {
        let obj = try #require(JSONReading.object(Data(Self.document.utf8)))
        let rows = try #require(Exporter.rows(of: obj, relativePath: "renstra.json"))
        #expect(rows.count == 3)
        #expect(Exporter.columns[26] == "period_tahun_ke")
        #expect(rows.allSatisfy { $0.count == Exporter.columns.count })
        let col = { (name: String) in Exporter.columns.firstIndex(of: name)! }
        // The earlier columns keep their places.
        #expect(col("period_tahun") == 9 && col("period_triwulan") == 10 && col("capaian_comparator") == 25)
        #expect(rows[0][col("period_tahun")] == .null && rows[0][col("period_tahun_ke")] == .int(1))
        #expect(rows[0][col("target_value")] == .int(60))
        #expect(rows[1][col("period_tahun")] == .int(2016) && rows[1][col("period_tahun_ke")] == .null)
        #expect(rows[2][col("period_tahun_ke")] == .null && rows[2][col("target_value")] == .int(5))
    }
}
