import Foundation
import KinerjaModel
import Output
import Testing

private func sample() -> ExtractedDocument {
    let v = Value(raw: "96, 7 %", kind: .percent, payload: .number(96.7))
    let q = Value(raw: "12 Kali", kind: .quantity, payload: .number(12), unit: "kali")
    let bad = Value(raw: "2.57.212.000", kind: .currency, payload: .none)
    let table = Table(id: "t1", pages: [15, 16], caption: "Tabel 9: \"Capaian\"",
                      columns: [Column(header: "INDIKATOR", role: .indikator), Column(header: "TARGET", group: "TAHUN 2023", role: .target, tahun: 2023)],
                      rows: [[Cell(text: "Penyusunan\tProgram"), Cell(text: "100%")]], rowPages: [15])
    return ExtractedDocument(
        source: Source(file: "lkjip.pdf", sha256: String(repeating: "a", count: 64), pages: 37, textSource: .native),
        document: DocumentInfo(type: .lkjip, instansi: "KPU Kabupaten Bengkulu Utara", tahun: 2024),
        tables: [table],
        indicators: [
            Indicator(table: "t1", page: 15, no: "1", sasaran: "Terwujudnya", indikator: "Penyusunan", target: q, realisasi: v, capaian: nil),
            Indicator(table: "t1", page: 16, no: nil, sasaran: nil, indikator: "Persentase",
                      periods: [Period(tahun: 2023, target: bad)]),
        ],
        warnings: [Warning(code: "malformed_number", message: "cannot read \"2.57.212.000\"", page: 16)])
}

@Suite("Output: contract JSON")
struct OutputTests {
    @Test func numbersPrintShortestAndIntegersWithoutFraction() {
        #expect(JSON.number(100).serialized() == "100\n")
        #expect(JSON.number(96.7).serialized() == "96.7\n")
        #expect(JSON.number(57487073000).serialized() == "57487073000\n")
        #expect(JSON.number(0.1 + 0.2).serialized() == "0.30000000000000004\n")
    }

    @Test func stringsAreEscaped() {
        #expect(JSON.string("a\"b\\c\n\u{01}é").serialized() == "\"a\\\"b\\\\c\\n\\u0001é\"\n")
    }

    @Test func documentHasContractKeysInOrderAndParses() throws {
        let bytes = ContractJSON.data(sample())
        let text = String(decoding: bytes, as: UTF8.self)
        let obj = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        // `budget` is the extension of docs/CONTRACT-extensions.md (always present, maybe empty).
        #expect(Set(obj.keys) == ["schema_version", "source", "document", "tables", "indicators", "budget", "warnings"])
        #expect(text.hasPrefix("{\n  \"schema_version\": \"1.0\",\n  \"source\""))
        let recs = try #require(obj["indicators"] as? [[String: Any]])
        let target = try #require(recs[0]["target"] as? [String: Any])
        #expect(target["unit"] as? String == "kali" && target["value"] as? Int == 12)
        #expect(recs[0]["capaian"] is NSNull)
        let period = try #require((recs[1]["periods"] as? [[String: Any]])?.first)
        #expect((period["target"] as? [String: Any])?["value"] is NSNull)
    }

    @Test func sameDocumentSameBytes() {
        #expect(ContractJSON.data(sample()) == ContractJSON.data(sample()))
    }

    /// The schema in Schemas/ is checked with a real validator (Python jsonschema,
    /// installed by `make deps`): the sample must pass, and a broken copy must fail.
    @Test func schemaAcceptsOutputAndRejectsBrokenOutput() throws {
        let text = String(decoding: ContractJSON.data(sample()), as: UTF8.self)
        #expect(try SchemaCheck.status(of: text) == 0)
        #expect(try SchemaCheck.status(of: text.replacingOccurrences(of: "\"kind\": \"quantity\"", with: "\"kind\": \"amount\"")) == 1)
    }
}
