import Foundation
import Testing
@testable import Batch

/// A range written instead of one figure (`98,00- 98,50`, `value` null) exports its ends in
/// `<measure>_range_min` / `_range_max`, appended after the earlier columns (their places
/// never move); empty for a single figure.
@Suite struct RangeExportTests {
    static let document = """
    {"schema_version":"1.0",
     "source":{"file":"renstra.pdf","sha256":"00","pages":90,"text_source":"native"},
     "document":{"type":"renstra","instansi":"Dinas Pendidikan","tahun":2013},
     "tables":[{"id":"t16"}],
     "indicators":[
      {"table":"t16","page":85,"no":"1","sasaran":null,"indikator":"Angka Melek Huruf","target":null,"realisasi":null,"capaian":null,
       "periods":[{"tahun":2015,"target":{"raw":"98,00- 98,50","kind":"percent","value":null,"range":{"min":98,"max":98.5}},"realisasi":null,"capaian":null}]},
      {"table":"t16","page":85,"no":"2","sasaran":null,"indikator":"APM","target":{"raw":"96,97","kind":"number","value":96.97},
       "realisasi":{"raw":"8,20 - 8,25","kind":"number","value":null,"range":{"min":8.2,"max":8.25}},"capaian":null,"periods":[]}
     ],
     "budget":[
      {"table":"t16","page":85,"kode":null,"uraian":"Program PAUD","anggaran":{"raw":"1.000.000 - 1.500.000","kind":"currency","value":null,"range":{"min":1000000,"max":1500000}},
       "realisasi":null,"capaian":null,"total":false,"indicator":null},
      {"table":"t16","page":85,"kode":null,"uraian":"Program Dikdas","anggaran":{"raw":"2.000.000","kind":"currency","value":2000000},
       "realisasi":null,"capaian":null,"total":false,"indicator":null,
       "periods":[{"tahun":2015,"triwulan":null,"anggaran":{"raw":"10 - 12","kind":"number","value":null,"range":{"min":10,"max":12}},"realisasi":null}]}
     ],
     "warnings":[]}
    """

    @Test func indicatorRangesGoInTheirOwnAppendedColumns() throws {
        let obj = try #require(JSONReading.object(Data(Self.document.utf8)))
        let rows = try #require(Exporter.rows(of: obj, relativePath: "renstra.json"))
        #expect(rows.count == 2)
        #expect(rows.allSatisfy { $0.count == Exporter.columns.count })
        let col = { (name: String) in Exporter.columns.firstIndex(of: name)! }
        // Appended after `period_tahun_ke`, one pair per measure in measure order.
        #expect(Array(Exporter.columns.suffix(6)) == ["target_range_min", "target_range_max", "realisasi_range_min",
                                                     "realisasi_range_max", "capaian_range_min", "capaian_range_max"])
        #expect(col("target_range_min") == col("period_tahun_ke") + 1)
        #expect(rows[0][col("period_tahun")] == .int(2015))
        #expect(rows[0][col("target_value")] == .null && rows[0][col("target_kind")] == .string("percent"))
        #expect(rows[0][col("target_range_min")] == .int(98) && rows[0][col("target_range_max")] == .double(98.5))
        // A single figure has no range; a range in another measure has its own pair.
        #expect(rows[1][col("target_value")] == .double(96.97))
        #expect(rows[1][col("target_range_min")] == .null && rows[1][col("target_range_max")] == .null)
        #expect(rows[1][col("realisasi_range_min")] == .double(8.2) && rows[1][col("realisasi_range_max")] == .double(8.25))
        #expect(rows[1][col("capaian_range_min")] == .null)
    }

    @Test func budgetRangesGoInTheirOwnAppendedColumns() throws {
        let obj = try #require(JSONReading.object(Data(Self.document.utf8)))
        let rows = try #require(Exporter.budgetRows(of: obj, relativePath: "renstra.json"))
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.count == Exporter.budgetColumns.count })
        let col = { (name: String) in Exporter.budgetColumns.firstIndex(of: name)! }
        #expect(col("anggaran_range_min") == col("period_tahun_ke") + 1)
        #expect(rows[0][col("anggaran_value")] == .null)
        #expect(rows[0][col("anggaran_range_min")] == .int(1_000_000) && rows[0][col("anggaran_range_max")] == .int(1_500_000))
        #expect(rows[1][col("anggaran_value")] == .int(2_000_000) && rows[1][col("anggaran_range_min")] == .null)
        #expect(rows[2][col("period_tahun")] == .int(2015))
        #expect(rows[2][col("anggaran_range_min")] == .int(10) && rows[2][col("anggaran_range_max")] == .int(12))
    }

    @Test func csvCarriesTheRangeColumns() throws {
        let d = TempDir("range-export")
        defer { d.cleanup() }
        d.write("out/renstra.json", Self.document)
        _ = try Exporter.run(Exporter.Options(directory: d.sub("out"), format: .csv, output: d.sub("x.csv")))
        let lines = try #require(d.read("x.csv")).components(separatedBy: "\r\n")
        #expect(lines[0].hasSuffix(",period_tahun_ke,target_range_min,target_range_max,realisasi_range_min,realisasi_range_max,capaian_range_min,capaian_range_max"))
        #expect(lines[1].hasSuffix(",Angka Melek Huruf,2015,,\"98,00- 98,50\",,percent,,,,,,,,,,,,,,98,98.5,,,,"))
    }
}
