import Foundation
import Testing
@testable import Batch

@Suite struct ExportTests {
    @Test func csvFieldEscaping() {
        #expect(CSV.field("plain text 96,7") == "\"plain text 96,7\"")
        #expect(CSV.field("abc") == "abc")
        #expect(CSV.field("") == "")
        #expect(CSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("cr\rhere") == "\"cr\rhere\"")
        #expect(CSV.field(" lead and trail ") == " lead and trail ")
        #expect(CSV.record(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
        #expect(CSV.record(["a"], lineEnding: "\n") == "a\n")
    }

    @Test func jsonTextEscapesAndNumbers() throws {
        let line = JSONText.object([("s", .string("q\"\\\n\t\u{01}é")), ("i", .int(3)), ("d", .double(96.7)),
                                    ("big", .double(57_487_073_000)), ("n", .null)])
        let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        #expect(obj["s"] as? String == "q\"\\\n\t\u{01}é")
        #expect((obj["d"] as? NSNumber)?.doubleValue == 96.7)
        #expect(line.contains("\"big\":57487073000,"))
        #expect(JSONText.number(100) == "100")
        #expect(JSONText.number(0.1) == "0.1")
        #expect(JSONText.number(.nan) == "null")
    }

    static let nasty = "Persentase \"tindak lanjut\", hasil; pengawasan\nbaris dua — ✓ é"

    /// A contract document with a plain table and a multi-period table.
    static func document(file: String) -> String {
        func v(_ raw: String, _ kind: String, _ value: String, unit: String? = nil) -> String {
            "{\"raw\":\(JSONText.quote(raw)),\"kind\":\"\(kind)\",\"value\":\(value)" + (unit.map { ",\"unit\":\"\($0)\"" } ?? "") + "}"
        }
        return """
        {"schema_version":"1.0",
         "source":{"file":"\(file)","sha256":"00","pages":4,"text_source":"native"},
         "document":{"type":"lkjip","instansi":"KPU Kabupaten \\"Bengkulu\\" Utara, Prov. Bengkulu","tahun":2024},
         "tables":[{"id":"t1"},{"id":"t2"}],
         "indicators":[
          {"table":"t1","page":3,"no":"1","sasaran":\(JSONText.quote(nasty)),"indikator":"Indeks, \\"kepuasan\\"",
           "target":\(v("100%", "percent", "100")),"realisasi":\(v("96, 7 %", "percent", "96.7")),
           "capaian":\(v("BB", "grade", "\"BB\"")),"periods":[]},
          {"table":"t1","page":3,"no":null,"sasaran":null,"indikator":"Laporan",
           "target":\(v("12 Kali", "quantity", "12", unit: "kali")),"realisasi":null,"capaian":\(v("Rp 680.000.000,00", "currency", "680000000")),"periods":[]},
          {"table":"t2","page":4,"no":"2","sasaran":"S2","indikator":"Opini BPK",
           "target":null,"realisasi":null,"capaian":null,
           "periods":[{"tahun":2023,"target":\(v("WTP", "opinion", "\"WTP\"")),"realisasi":null,"capaian":null},
                      {"tahun":2024,"target":\(v("73,1", "percent", "73.1")),"realisasi":\(v("x", "text", "null")),"capaian":null},
                      {"tahun":2024,"triwulan":3,"target":\(v("75%", "percent", "75")),"realisasi":null,"capaian":null}]}
         ],
         "warnings":[]}
        """
    }

    func exportDir() -> TempDir {
        let d = TempDir("export")
        d.write("out/2024/lkjip.json", Self.document(file: "lkjip.pdf"))
        d.write("out/b.json", Self.document(file: "b.pdf"))
        d.write("out/manifest.jsonl", "{}\n")
        d.write("out/.kinerja-work/x.json", "{}")
        d.write("out/notes.json", "{\"hello\":1}")
        return d
    }

    @Test func rowsPerIndicatorAndPerPeriod() throws {
        let d = exportDir()
        defer { d.cleanup() }
        let rows = Exporter.rows(ofDocumentAt: d.sub("out/2024/lkjip.json"), relativePath: "2024/lkjip.json")!
        #expect(rows.count == 5)  // 2 plain + 3 periods (two years, one quarter)
        let col = { (name: String) in Exporter.columns.firstIndex(of: name)! }
        #expect(rows[0][col("document")] == .string("2024/lkjip.pdf"))
        #expect(rows[0][col("tahun")] == .int(2024))
        #expect(rows[0][col("period_tahun")] == .null)
        #expect(rows[0][col("realisasi_value")] == .double(96.7))
        #expect(rows[0][col("capaian_value")] == .string("BB"))
        #expect(rows[1][col("target_unit")] == .string("kali"))
        #expect(rows[1][col("no")] == .null)
        #expect(rows[2][col("period_tahun")] == .int(2023))
        #expect(rows[3][col("period_tahun")] == .int(2024))
        #expect(rows[3][col("realisasi_kind")] == .string("text"))
        #expect(rows[3][col("realisasi_value")] == .null)
        #expect(rows[3][col("period_triwulan")] == .null)
        #expect(rows[4][col("period_tahun")] == .int(2024) && rows[4][col("period_triwulan")] == .int(3))
    }

    @Test func csvRoundTripsThroughPythonsCSVModule() throws {
        guard let py = python3() else { return }
        let d = exportDir()
        defer { d.cleanup() }
        let summary = try Exporter.run(.init(directory: d.sub("out"), format: .csv, output: d.sub("rows.csv")))
        #expect(summary.documents == 2)
        #expect(summary.rows == 10)
        #expect(summary.skipped == ["notes.json"])
        let script = """
        import csv, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            raw = f.read()
        # every record ends with CRLF, and there is no bare LF outside quoted fields
        assert raw.endswith('\\r\\n')
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            rows = list(csv.DictReader(f))
        json.dump({"header": list(rows[0].keys()), "rows": rows}, sys.stdout)
        """
        let (status, out, err) = try runProcess(py, ["-c", script, d.sub("rows.csv")])
        #expect(status == 0, "\(err)")
        let parsed = try JSONSerialization.jsonObject(with: Data(out.utf8)) as! [String: Any]
        #expect(parsed["header"] as? [String] == Exporter.columns)
        let rows = parsed["rows"] as! [[String: String]]
        #expect(rows.count == 10)
        #expect(rows[0]["document"] == "2024/lkjip.pdf")
        #expect(rows[0]["sasaran"] == Self.nasty)  // commas, quotes, newline, non-ASCII survive
        #expect(rows[0]["indikator"] == "Indeks, \"kepuasan\"")
        #expect(rows[0]["instansi"] == "KPU Kabupaten \"Bengkulu\" Utara, Prov. Bengkulu")
        #expect(rows[0]["realisasi_raw"] == "96, 7 %")
        #expect(rows[0]["realisasi_value"] == "96.7")
        #expect(rows[1]["capaian_value"] == "680000000")
        #expect(rows[1]["period_tahun"] == "")
        #expect(rows[2]["period_tahun"] == "2023")
        #expect(rows[2]["target_value"] == "WTP")
        #expect(rows[2]["period_triwulan"] == "")
        #expect(rows[4]["period_triwulan"] == "3")
        #expect(rows[5]["document"] == "b.pdf")
    }

    @Test func csvWithLFAndBOM() throws {
        let d = exportDir()
        defer { d.cleanup() }
        _ = try Exporter.run(.init(directory: d.sub("out"), format: .csv, output: d.sub("lf.csv"), lineEnding: "\n", bom: true))
        let data = FileManager.default.contents(atPath: d.sub("lf.csv"))!
        #expect(Array(data.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("\r"))
    }

    /// Issue 10 leftover: an export killed (kill -9) before its rename left `.NAME.tmp-PID`,
    /// never swept. The next export to NAME removes ours whose process is gone, and only those.
    @Test func staleTemporariesOfAKilledExportAreSwept() throws {
        let d = exportDir()
        defer { d.cleanup() }
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let dead = gone.processIdentifier
        d.write(".rows.csv.tmp-\(dead)", "partial")
        d.write(".rows.csv.tmp-\(getppid())", "a live writer's")
        d.write(".other.csv.tmp-\(dead)", "another file's")
        _ = try Exporter.run(.init(directory: d.sub("out"), format: .csv, output: d.sub("rows.csv")))
        #expect(!d.exists(".rows.csv.tmp-\(dead)"))
        #expect(d.exists(".rows.csv.tmp-\(getppid())"))
        #expect(d.exists(".other.csv.tmp-\(dead)"))
        #expect(d.exists("rows.csv"))
    }

    @Test func jsonlRowsAreTypedObjectsWithTheSameColumns() throws {
        let d = exportDir()
        defer { d.cleanup() }
        _ = try Exporter.run(.init(directory: d.sub("out"), format: .jsonl, output: d.sub("rows.jsonl")))
        let lines = d.read("rows.jsonl")!.split(separator: "\n")
        #expect(lines.count == 10)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(Set(first.keys) == Set(Exporter.columns))
        #expect((first["tahun"] as? NSNumber)?.intValue == 2024)
        #expect((first["realisasi_value"] as? NSNumber)?.doubleValue == 96.7)
        #expect(first["period_tahun"] is NSNull)
        // keys in column order
        #expect(lines[0].hasPrefix("{\"document\":\"2024/lkjip.pdf\",\"type\":\"lkjip\","))
    }

    @Test func pandasLoadsTheCSVWhenInstalled() throws {
        guard let py = python3() else { return }
        guard (try? runProcess(py, ["-c", "import pandas"]))?.0 == 0 else { return }
        let d = exportDir()
        defer { d.cleanup() }
        _ = try Exporter.run(.init(directory: d.sub("out"), format: .csv, output: d.sub("rows.csv")))
        let (status, out, err) = try runProcess(py, ["-c", """
            import pandas as pd, sys
            df = pd.read_csv(sys.argv[1])
            print(len(df), df['tahun'].iloc[0], df['period_tahun'].dropna().astype(int).tolist())
            """, d.sub("rows.csv")])
        #expect(status == 0, "\(err)")
        #expect(out.trimmingCharacters(in: .whitespacesAndNewlines) == "10 2024 [2023, 2024, 2024, 2023, 2024, 2024]")
    }
}
