import Foundation
import KinerjaModel
import Output
import Testing

/// The extension fields in the JSON: document nomor/signed/parties, budget rows, and the
/// optional record keys (absent when unset).
@Suite("Output: extension fields")
struct ExtensionsOutputTests {
    static func document() -> ExtractedDocument {
        var info = DocumentInfo(type: .rencanaAksiRB, instansi: "KPU Kabupaten Bengkulu Tengah", tahun: 2022)
        info.nomor = "02/ORT.07-Kpts/KPU-Kab/1709/I/2022"
        info.signed = [Signature(page: 2, place: "Bengkulu Tengah", date: "2022-01-10", name: "BROTOSENO", nip: nil, jabatan: "KETUA")]
        info.parties = [Party(role: .kedua, name: "Samsul Bahri, S.Sos", jabatan: "Sekretaris")]
        var planned = Indicator(table: "t1", page: 3, no: "1", sasaran: "Manajemen Perubahan", indikator: "Surat Keputusan Tim")
        planned.kegiatan = "1. Perencanaan"
        planned.jadwal = Schedule(unit: .triwulan, periods: [1, 3], notes: [.init(period: 1, text: "36 Pegawai")])
        let plain = Indicator(table: "t1", page: 3, no: "2", sasaran: nil, indikator: "Tanpa jadwal")
        var doc = ExtractedDocument(source: Source(file: "rarb.pdf", sha256: String(repeating: "b", count: 64), pages: 7, textSource: .native),
                                    document: info, tables: [], indicators: [planned, plain], warnings: [])
        doc.budget = [BudgetItem(table: "t2", page: 10, kode: "CQ.6639", uraian: "Teknis",
                                 anggaran: Value(raw: "Rp 680.000.000,00", kind: .currency, payload: .number(680_000_000))),
                      BudgetItem(table: "t2", page: 10, kode: nil, uraian: "Jumlah", total: true, indicator: 0)]
        return doc
    }

    @Test func extensionFieldsSerialise() throws {
        let bytes = ContractJSON.data(Self.document())
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        let doc = try #require(obj["document"] as? [String: Any])
        #expect(doc["nomor"] as? String == "02/ORT.07-Kpts/KPU-Kab/1709/I/2022")
        let signed = try #require(doc["signed"] as? [[String: Any]])
        #expect(signed.count == 1 && signed[0]["date"] as? String == "2022-01-10" && signed[0]["nip"] is NSNull)
        #expect((doc["parties"] as? [[String: Any]])?.first?["role"] as? String == "kedua")
        let recs = try #require(obj["indicators"] as? [[String: Any]])
        let jadwal = try #require(recs[0]["jadwal"] as? [String: Any])
        #expect(jadwal["unit"] as? String == "triwulan" && jadwal["periods"] as? [Int] == [1, 3])
        #expect((jadwal["notes"] as? [[String: Any]])?.first?["text"] as? String == "36 Pegawai")
        #expect(recs[0]["kegiatan"] as? String == "1. Perencanaan")
        // Unset optional keys are absent, not null.
        #expect(recs[1]["jadwal"] == nil && recs[1]["kegiatan"] == nil && recs[1]["sub_kegiatan"] == nil)
        let budget = try #require(obj["budget"] as? [[String: Any]])
        #expect(budget.count == 2)
        #expect(budget[0]["kode"] as? String == "CQ.6639" && (budget[0]["anggaran"] as? [String: Any])?["value"] as? Int == 680_000_000)
        #expect(budget[0]["total"] as? Bool == false && budget[0]["indicator"] is NSNull && budget[0]["realisasi"] is NSNull)
        #expect(budget[1]["total"] as? Bool == true && budget[1]["indicator"] as? Int == 0 && budget[1]["kode"] is NSNull)
    }

    @Test func extensionFieldsAreValidAgainstTheSchema() throws {
        #expect(try SchemaCheck.status(of: String(decoding: ContractJSON.data(Self.document()), as: UTF8.self)) == 0)
    }
}
