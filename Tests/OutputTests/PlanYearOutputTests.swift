import Foundation
import KinerjaModel
import Output
import Testing

/// A period of a `Tahun ke-N` table: `tahun` null (the document does not say the year),
/// `tahun_ke` the plan's year; both valid against the schema.
@Suite("Output: plan-year periods")
struct PlanYearOutputTests {
    static func document() -> ExtractedDocument {
        let v = Value(raw: "96.68%", kind: .percent, payload: .number(96.68))
        var column = Column(header: "3", group: "Target Renstra OPD Tahun ke -", role: .target)
        column.tahunKe = 3
        let table = Table(id: "t10", pages: [30], caption: nil,
                          columns: [Column(header: "Indikator Kinerja", role: .indikator), column],
                          rows: [[Cell(text: "Persentase"), Cell(text: "96.68%")]], rowPages: [30])
        return ExtractedDocument(
            source: Source(file: "renstra.pdf", sha256: String(repeating: "c", count: 64), pages: 40, textSource: .native),
            document: DocumentInfo(type: .renstra, instansi: "Dinas KUMKM", tahun: 2013),
            tables: [table],
            indicators: [Indicator(table: "t10", page: 30, no: "1", sasaran: nil, indikator: "Persentase",
                                   periods: [Period(tahun: nil, tahunKe: 3, target: v), Period(tahun: 2016, target: v)])],
            warnings: [])
    }

    @Test func tahunKeSerialisesAndTahunIsNull() throws {
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(ContractJSON.data(Self.document()))) as? [String: Any])
        let periods = try #require((obj["indicators"] as? [[String: Any]])?.first?["periods"] as? [[String: Any]])
        #expect(periods[0]["tahun"] is NSNull && periods[0]["tahun_ke"] as? Int == 3)
        // Absent, not null, where the table gives no year number.
        #expect(periods[1]["tahun"] as? Int == 2016 && periods[1]["tahun_ke"] == nil)
        let columns = try #require((obj["tables"] as? [[String: Any]])?.first?["columns"] as? [[String: Any]])
        #expect(columns[1]["tahun_ke"] as? Int == 3 && columns[0]["tahun_ke"] == nil)
    }

    @Test func schemaAcceptsTahunKeAndRejectsYearZero() throws {
        let text = String(decoding: ContractJSON.data(Self.document()), as: UTF8.self)
        #expect(text.contains("\"tahun_ke\": 3"))
        #expect(try SchemaCheck.status(of: text) == 0)
        #expect(try SchemaCheck.status(of: text.replacingOccurrences(of: "\"tahun_ke\": 3", with: "\"tahun_ke\": 0")) == 1)
    }
}
