import Foundation
import Testing
@testable import Batch

/// `kinerja export --what budget`: one row per budget record, same conventions as the
/// indicator export (document path, CSV RFC 4180, JSONL typed).
@Suite struct BudgetExportTests {
    static func document(file: String) -> String {
        """
        {"schema_version":"1.0",
         "source":{"file":"\(file)","sha256":"00","pages":12,"text_source":"native"},
         "document":{"type":"rencana_kinerja_tahunan","instansi":"KPU Kabupaten OKU Selatan","tahun":2024,"nomor":null,"signed":[],"parties":[]},
         "tables":[{"id":"t1"},{"id":"t2"}],
         "indicators":[{"table":"t1","page":1,"no":"1","sasaran":null,"indikator":"Persentase, \\"tepat\\" waktu",
                        "target":null,"realisasi":null,"capaian":null,"periods":[]}],
         "budget":[
          {"table":"t1","page":1,"kode":null,"uraian":"Bimtek perencanaan","anggaran":{"raw":"840.977.000","kind":"currency","value":840977000},
           "realisasi":null,"capaian":null,"total":false,"indicator":0},
          {"table":"t2","page":10,"kode":"CQ.6639","uraian":"Teknis Penyelenggaraan Pemilu/Pemilihan, tahap 2",
           "anggaran":{"raw":"Rp 680.000.000,00","kind":"currency","value":680000000},
           "realisasi":{"raw":"2.57.212.000","kind":"currency","value":null},"capaian":{"raw":"97,3 %","kind":"percent","value":97.3},
           "total":false,"indicator":null},
          {"table":"t2","page":10,"kode":null,"uraian":"Jumlah","anggaran":{"raw":"1,159,691,000","kind":"currency","value":1159691000},
           "realisasi":null,"capaian":null,"total":true,"indicator":null}
         ],
         "warnings":[]}
        """
    }

    @Test func budgetRowsInColumnOrder() throws {
        let d = TempDir("budget-export")
        defer { d.cleanup() }
        d.write("out/2024/rkt.json", Self.document(file: "rkt.pdf"))
        let rows = try #require(Exporter.budgetRows(ofDocumentAt: d.sub("out/2024/rkt.json"), relativePath: "2024/rkt.json"))
        #expect(rows.count == 3)
        let col = { (name: String) in Exporter.budgetColumns.firstIndex(of: name)! }
        #expect(rows[0][col("document")] == .string("2024/rkt.pdf"))
        #expect(rows[0][col("indikator")] == .string("Persentase, \"tepat\" waktu"))
        #expect(rows[0][col("anggaran_value")] == .int(840_977_000))
        #expect(rows[0][col("total")] == .bool(false))
        #expect(rows[1][col("kode")] == .string("CQ.6639"))
        #expect(rows[1][col("realisasi_raw")] == .string("2.57.212.000") && rows[1][col("realisasi_value")] == .null)
        #expect(rows[1][col("capaian_value")] == .double(97.3))
        #expect(rows[2][col("total")] == .bool(true) && rows[2][col("kode")] == .null)
    }

    @Test func csvAndJSONLThroughTheRunner() throws {
        let d = TempDir("budget-export-run")
        defer { d.cleanup() }
        d.write("out/rkt.json", Self.document(file: "rkt.pdf"))
        d.write("out/old.json", Self.document(file: "old.pdf").replacingOccurrences(of: "\"budget\":[", with: "\"x\":["))
        var o = Exporter.Options(directory: d.sub("out"), format: .csv, output: d.sub("budget.csv"))
        o.what = .budget
        let s = try Exporter.run(o)
        #expect(s.documents == 2 && s.rows == 3)   // a document without `budget` has no rows
        let text = try #require(d.read("budget.csv"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[0] == Exporter.budgetColumns.joined(separator: ","))
        #expect(lines[2].contains("CQ.6639,\"Teknis Penyelenggaraan Pemilu/Pemilihan, tahap 2\",false,,Rp 680.000.000,00,") == false)
        #expect(lines[2].contains("CQ.6639,\"Teknis Penyelenggaraan Pemilu/Pemilihan, tahap 2\",false,,\"Rp 680.000.000,00\",680000000,currency,"))
        #expect(lines[3].contains(",Jumlah,true,,\"1,159,691,000\",1159691000,currency,"))
        o.format = .jsonl
        o.output = d.sub("budget.jsonl")
        _ = try Exporter.run(o)
        let jl = try #require(d.read("budget.jsonl")).split(separator: "\n")
        #expect(jl.count == 3)
        let first = try JSONSerialization.jsonObject(with: Data(jl[0].utf8)) as! [String: Any]
        #expect(Set(first.keys) == Set(Exporter.budgetColumns))
        #expect((first["anggaran_value"] as? NSNumber)?.intValue == 840_977_000)
        #expect(first["kode"] is NSNull)
    }
    @Test func aRowSplitByQuarterGivesOneRowPerPeriod() throws {
        let d = TempDir("budget-export-periods")
        defer { d.cleanup() }
        let doc = Self.document(file: "evaluasi.pdf").replacingOccurrences(of: "\"total\":false,\"indicator\":0}", with: """
            "total":false,"indicator":0,"periods":[
             {"tahun":2023,"triwulan":1,"anggaran":null,"realisasi":{"raw":"34.708.000","kind":"currency","value":34708000}},
             {"tahun":2023,"triwulan":2,"anggaran":null,"realisasi":null}]}
            """).replacingOccurrences(of: "\"anggaran\":{\"raw\":\"840.977.000\",\"kind\":\"currency\",\"value\":840977000}", with: "\"anggaran\":null")
        d.write("out/evaluasi.json", doc)
        let rows = try #require(Exporter.budgetRows(ofDocumentAt: d.sub("out/evaluasi.json"), relativePath: "evaluasi.json"))
        let col = { (name: String) in Exporter.budgetColumns.firstIndex(of: name)! }
        // No whole-year amount on the first budget row: only its two quarters.
        #expect(rows.count == 4)
        #expect(rows[0][col("uraian")] == .string("Bimtek perencanaan") && rows[0][col("period_triwulan")] == .int(1))
        #expect(rows[0][col("period_tahun")] == .int(2023) && rows[0][col("realisasi_value")] == .int(34_708_000))
        #expect(rows[1][col("period_triwulan")] == .int(2) && rows[1][col("realisasi_value")] == .null)
        #expect(rows[2][col("period_triwulan")] == .null && rows[2][col("kode")] == .string("CQ.6639"))
    }

    /// A Renstra's money per year: one row per year; a plan year (`Tahun 2`) in `period_tahun_ke`.
    @Test func aRowSplitByYearGivesOneRowPerYear() throws {
        let d = TempDir("budget-export-years")
        defer { d.cleanup() }
        let doc = Self.document(file: "renstra.pdf").replacingOccurrences(of: "\"total\":false,\"indicator\":0}", with: """
            "total":false,"indicator":0,"periods":[
             {"tahun":2014,"anggaran":{"raw":"6.500","kind":"currency","value":6500000000},"realisasi":null},
             {"tahun":null,"tahun_ke":2,"anggaran":{"raw":"2.483","kind":"currency","value":2483000000},"realisasi":null}]}
            """).replacingOccurrences(of: "\"anggaran\":{\"raw\":\"840.977.000\",\"kind\":\"currency\",\"value\":840977000}", with: "\"anggaran\":null")
        d.write("out/renstra.json", doc)
        let rows = try #require(Exporter.budgetRows(ofDocumentAt: d.sub("out/renstra.json"), relativePath: "renstra.json"))
        let col = { (name: String) in Exporter.budgetColumns.firstIndex(of: name)! }
        #expect(Exporter.budgetColumns[24] == "period_tahun_ke")
        #expect(rows.count == 4 && rows.allSatisfy { $0.count == Exporter.budgetColumns.count })
        #expect(rows[0][col("period_tahun")] == .int(2014) && rows[0][col("period_triwulan")] == .null)
        #expect(rows[0][col("period_tahun_ke")] == .null && rows[0][col("anggaran_value")] == .int(6_500_000_000))
        #expect(rows[1][col("period_tahun")] == .null && rows[1][col("period_tahun_ke")] == .int(2))
        #expect(rows[2][col("period_tahun_ke")] == .null)
    }
}
