import Interpretation
import KinerjaModel
import Testing

private func cell(_ text: String, carried: Bool = false, confidence: Double? = nil) -> Cell {
    Cell(text: text, carried: carried, confidence: confidence)
}

private func table(id: String = "t1", _ headers: [(String, String?)], _ rows: [[String]], pages: [Int] = [1],
                   confidence: Double? = nil) -> Table {
    Table(id: id, pages: pages, caption: nil, columns: headers.map { Column(header: $0.0, group: $0.1) },
          rows: rows.map { $0.map { cell($0, confidence: confidence) } }, rowPages: rows.indices.map { _ in pages[0] })
}

// Issue 9 items 2-6 on crafted tables.
@Suite("Interpretation: meaning of real tables")
struct MeaningTests {
    @Test func satuanColumnTypesTheRowsValues() throws {
        let t = table([("No", nil), ("Indikator Kinerja", nil), ("Satuan", nil), ("Target", nil), ("Realisasi", nil), ("%", nil)], [
            ["1", "Produksi daging", "Ton", "768.495", "992.770 *", "129,18"],
            ["2", "Populasi domba", "Ekor", "12.285.690", "10.040.345", "81,72"],
            ["3", "Produk sesuai SNI", "%", "65", "87", "133,85"],
            ["4", "Pertumbuhan industri", "Triliun Rupiah", "175,89", "166,29", "94,54"],
            ["5", "Pelatihan", "0rang", "25", "42", "168"],
            ["6", "Jumlah eksportir", "Ekspor tir", "125", "208", "166,4"],
            ["7", "Unit usaha IKM", "Unit usaha", "202.955", "203.440", "100,23"],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs[0].target == Value(raw: "768.495", kind: .quantity, payload: .number(768495), unit: "ton"))
        #expect(recs[0].realisasi?.number == 992770 && recs[0].realisasi?.unit == "ton")
        #expect(recs[0].capaian == Value(raw: "129,18", kind: .percent, payload: .number(129.18)))
        #expect(recs[1].target?.kind == .quantity && recs[1].target?.unit == "ekor" && recs[1].target?.number == 12_285_690)
        #expect(recs[2].target == Value(raw: "65", kind: .percent, payload: .number(65)))
        #expect(recs[3].target?.kind == .currency && recs[3].target?.number == 175_890_000_000_000)
        #expect(recs[4].target?.unit == "orang")
        #expect(recs[5].target?.unit == "eksportir" && recs[6].target?.unit == "unit usaha")
        // `%` beside target and realisasi is the capaian; a bare integer there is a percentage too.
        #expect(recs[4].capaian == Value(raw: "168", kind: .percent, payload: .number(168)))
    }

    @Test func headerUnitTypesTheColumn() throws {
        let t = table([("Sasaran Strategis", nil), ("Indikator Kinerja", nil), ("Target %", nil), ("Keterangan", nil)], [
            ["Meningkatnya pelayanan", "Prosentase kendaraan laik jalan", "100,00", ""],
            ["Meningkatnya pelayanan", "Prosentase AKDP", "94", ""],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map { $0.target?.kind } == [.percent, .percent])
        #expect(recs.map { $0.target?.number } == [100, 94])
    }

    @Test func countsAreNotReadAsPercentagesInAPercentColumn() throws {
        let t = table([("Indikator Kinerja", nil), ("Target", nil), ("Realisasi", nil)], [
            ["Persentase partisipasi", "77,5%", "80,1%"],
            ["Persentase surat suara", "100%", "99,5%"],
            ["Jumlah surat suara tercetak", "379.713", "379.713"],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs[2].target == Value(raw: "379.713", kind: .number, payload: .number(379713)))
    }

    @Test func yearRowsBecomeYearlyPeriodsAndOneYearStaysOnTop() throws {
        let multi = table([("No", nil), ("Indikator Kinerja", nil), ("Target", "2014"), ("Realisasi", "2014"),
                           ("Target", "2015"), ("Realisasi", "2015")], [["1", "Hasil EPPD", "2,750", "2,750", "2,950", "2,920"]])
        let rec = try #require(IndicatorReader().read([multi]).indicators.first)
        #expect(rec.target == nil && rec.periods.map(\.tahun) == [2014, 2015])
        #expect(rec.periods[1].realisasi?.number == 2920)   // no habit in a table this small: thousands
        let single = table([("No", nil), ("Indikator Kinerja", nil), ("Eksisting 2013", nil), ("Target 2016", nil)],
                           [["1", "Opini BPK", "WDP", "WTP"]])
        let one = try #require(IndicatorReader().read([single]).indicators.first)
        #expect(one.periods.isEmpty && one.target?.string == "WTP")
    }

    @Test func quartersBecomePeriodsWithTriwulan() throws {
        let g = "Target Kinerja Sasaran"
        let t = table([("SASARAN STRATEGIS", nil), ("INDIKATOR KINERJA SASARAN", nil), ("Trw I", g), ("Trw II", g),
                       ("Trw III", g), ("Trw IV", g), ("ANGGARAN (RP.)", nil)], [
            ["Meningkatkan kualitas pelayanan", "Prosentase keikutsertaan", "-", "-", "55,56 %", "-", "452.750.000,00"],
        ])
        let rec = try #require(IndicatorReader(documentYear: 2016).read([t]).indicators.first)
        #expect(rec.target == nil)
        #expect(rec.periods.map(\.triwulan) == [1, 2, 3, 4])
        #expect(rec.periods.allSatisfy { $0.tahun == 2016 })
        #expect(rec.periods[2].target == Value(raw: "55,56 %", kind: .percent, payload: .number(55.56)))
        #expect(rec.periods[0].target == nil)
    }

    @Test func quarterLabelsLeftInTheBodyAreTheHeadersAndKegiatanIndicatorsGiveRecords() throws {
        let g = "Target Kinerja Sasaran"
        let t = table([("SASARAN STRATEGIS", nil), ("INDIKATOR KINERJA SASARAN", nil), (g, nil), (g, nil), (g, nil), (g, nil),
                       ("PROGRAM dan KEGIATAN", nil), ("INDIKATOR KEGIATAN", nil), ("TARGET KEGIATAN", nil), ("JADWAL KEGIATAN", nil)], [
            ["", "", "Trw I", "Trw II", "Trw III", "Trw IV", "", "", "", "Trw I"],
            ["Meningkatkan kualitas pelayanan", "Prosentase keikutsertaan", "-", "-", "55,56 %", "-", "Program Peningkatan", "", "", ""],
            ["", "", "", "", "", "", "Pemilihan Awak Kendaraan", "Jumlah Peserta (orang)", "35 orang", ""],
            ["SASARAN STRATEGIS", "INDIKATOR KINERJA SASARAN", "", "", "", "", "", "", "", ""],
            ["", "", "", "", "", "", "Penataan Terminal", "Jumlah Dokumen", "5.835 ijin", ""],
        ])
        let result = IndicatorReader(documentYear: 2016).read([t])
        #expect(result.tables[0].columns[2].header == "Trw I" && result.tables[0].columns[2].group == g)
        #expect(result.tables[0].columns[9].role == .jadwal)
        let sasaranLevel = try #require(result.indicators.first { $0.indikator == "Prosentase keikutsertaan" })
        #expect(sasaranLevel.periods.map(\.triwulan) == [1, 2, 3, 4] && sasaranLevel.periods[2].target?.number == 55.56)
        let kegiatan = result.indicators.filter { $0.indikator.hasPrefix("Jumlah") }
        #expect(kegiatan.map { $0.target?.number } == [35, 5835])
        #expect(kegiatan.map(\.sasaran) == ["Meningkatkan kualitas pelayanan", "Meningkatkan kualitas pelayanan"])
        #expect(kegiatan[0].target?.unit == "orang")
    }

    @Test func kinerjaAndMoneyPairsUnderEachQuarter() throws {
        let t = table([("Indikator Kinerja Program", nil), ("K", "Realisasi Kinerja Pada Triwulan I"), ("Rp", "Realisasi Kinerja Pada Triwulan I"),
                       ("K", "Realisasi Kinerja Pada Triwulan II"), ("Rp", "Realisasi Kinerja Pada Triwulan II")], [
            ["Jumlah dokumen perencanaan", "2", "78.928.000", "1", "43.160.000"],
        ])
        let result = IndicatorReader(documentYear: 2023).read([t])
        let rec = try #require(result.indicators.first)
        #expect(rec.periods.map(\.triwulan) == [1, 2])
        #expect(rec.periods.map { $0.realisasi?.number } == [2, 1])
        #expect(result.tables[0].columns.map(\.role) == [.indikator, .realisasi, .anggaran, .realisasi, .anggaran])
    }

    @Test func kinerjaAndMoneyLabelRowLeftInTheBodyIsTheHeadersLastLevel() throws {
        // Permendagri 86's Renja evaluation: `K` / `Rp` under each quarter, the labels read as the
        // first body row. The `Rp` amount is never the quarter's realisasi (an empty `K` stays empty).
        let g = "Realisasi Kinerja Pada Triwulan I - IV Tahun 2023"
        let t = table([("Program/Kegiatan", nil), ("Indikator Kinerja Program", nil), ("I", g), ("I", g), ("II", g), ("II", g),
                       ("Penanggung Jawab", nil)], [
            ["", "", "K", "Rp", "K", "Rp", ""],
            ["PROGRAM PENUNJANG", "Nilai LKE PMPRB", "", "66.466.456.344", "", "98.178.431.100", "DINKES"],
            ["Perencanaan", "Jumlah dokumen perencanaan", "2", "78.928.000", "1", "43.160.000", "DINKES"],
        ])
        let result = IndicatorReader(documentYear: 2023).read([t])
        let cols = result.tables[0].columns
        #expect(cols.map(\.role) == [.kegiatan, .indikator, .realisasi, .anggaran, .realisasi, .anggaran, .pelaksana])
        #expect(cols[2].header == "K" && cols[3].header == "Rp" && cols[4].group == g + " > II")
        // The label row gives no record; the two rows give theirs.
        #expect(result.indicators.map(\.indikator) == ["Nilai LKE PMPRB", "Jumlah dokumen perencanaan"])
        let lke = result.indicators[0]
        #expect(lke.periods.map(\.triwulan) == [1, 2] && lke.periods.allSatisfy { $0.tahun == 2023 && $0.realisasi == nil })
        #expect(result.indicators[1].periods.map { $0.realisasi?.number } == [2, 1])
        #expect(result.warnings.isEmpty)
        // `Kinerja` / `Keuangan` are the same pair; the money half is never a measure.
        #expect(ColumnRoles.pairLabel("Kinerja") == "k" && ColumnRoles.pairLabel("Keuangan") == "rp")
        #expect(ColumnRoles.role(header: "Keuangan", group: "Realisasi Triwulan I").0 == .anggaran)
        // The budget reads the same label row: one amount per quarter from the `Rp` columns.
        let budget = BudgetReader.read(result.tables, indicators: result.indicators).items
        #expect(budget.count == 2 && budget[0].periods.map { $0.realisasi?.number } == [66_466_456_344, 98_178_431_100])
        // A row of `(Rp)` alone (units of a tariff table) is no K / Rp pair: the headers stay.
        let tarif = table([("NO", nil), ("JENIS PELAYANAN", nil), ("JASA SARANA", nil), ("TARIF", nil)], [
            ["", "", "(Rp)", "(Rp)"], ["1", "Ruang Rawat Inap Kelas (III)", "45,000", "115,000"],
        ])
        #expect(IndicatorReader().read([tarif]).tables[0].columns.map(\.header) == ["NO", "JENIS PELAYANAN", "JASA SARANA", "TARIF"])
    }

    @Test func kriteriaCodesUnderACapaianHeaderAreNotMeasures() throws {
        let t = table([("Indikator Kinerja", nil), ("Target", nil), ("Realisasi", nil), ("Capaian", nil), ("Capaian", nil)], [
            ["Produksi telur", "100", "116", "116,00", "SB"],
            ["Produksi susu", "100", "84", "84,00", "B"],
            ["Populasi kambing", "100", "49", "49,00", "K"],
        ])
        let result = IndicatorReader().read([t])
        #expect(result.tables[0].columns.map(\.role) == [.indikator, .target, .realisasi, .capaian, .other])
        #expect(result.indicators[0].capaian?.number == 116)
    }

    @Test func groupRowsNameTheSasaranAcrossTheTableAndItsNextPart() throws {
        let headers: [(String, String?)] = [("No", nil), ("Indikator Kinerja", nil), ("Target", nil)]
        let p1 = table(id: "t1", headers, [
            ["Misi Pertama : Meningkatkan daya saing", "", ""],
            ["Sasaran ke-1 : Meningkatnya industri kecil", "", ""],
            ["1", "Pertumbuhan industri", "5%"],
            ["Sasaran ke-2 : Meningkatnya teknologi", "", ""],
            ["1", "Nilai produksi IKM", "10%"],
        ], pages: [32])
        let p2 = table(id: "t2", headers, [
            ["2", "Jumlah SDM bersertifikat", "2500"],
            ["Sasaran: Meningkatnya ekspor", "", ""],
            ["1", "Nilai ekspor", "2%"],
        ], pages: [33])
        let recs = IndicatorReader().read([p1, p2]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatnya industri kecil", "Meningkatnya teknologi", "Meningkatnya teknologi",
                                        "Meningkatnya ekspor"])
        #expect(recs.count == 4)   // group rows give no record
    }

    @Test func sasaranLabelAndOwnIndicatorNumbers() throws {
        let t = table([("No", nil), ("Misi/Sasaran Stratejik", nil), ("Indikator Kinerja", nil), ("Target", nil)], [
            ["1", "Sasaran Stratejik : Meningkatnya produksi", "1.1 Jumlah produksi :", ""],
            ["", "", "- Daging", "768.495"],
            ["", "", "1.2 Jumlah populasi", "466.272"],
        ])
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == Array(repeating: "Meningkatnya produksi", count: 3))
        #expect(recs.map(\.no) == ["1.1", nil, "1.2"])
        #expect(recs[0].indikator == "Jumlah produksi :")
    }

    @Test func aNewSasaranAtTheTopOfAContinuationPageIsNotGluedOn() throws {
        var t = table([("Tujuan", nil), ("Sasaran Strategis", nil), ("Indikator Kinerja", nil), ("Target %", nil)], [
            ["Meningkatkan ketersediaan kelengkapan jalan", "Meningkatkan ketersediaan kelengkapan jalan di ruas jalan Provinsi",
             "Prosentase fasilitas perlengkapan jalan", "21,00"],
            ["Meningkatkan penyediaan prasarana", "Meningkatnya Ketersedian Prasarana Transportasi",
             "Prosentase ketersediaan dermaga", "66,67"],
        ], pages: [1, 2])
        t.rowPages = [1, 2]
        t.segmentStarts = [1]
        let recs = IndicatorReader().read([t]).indicators
        #expect(recs.map(\.sasaran) == ["Meningkatkan ketersediaan kelengkapan jalan di ruas jalan Provinsi",
                                        "Meningkatnya Ketersedian Prasarana Transportasi"])
    }

    // Item 5/6: consistency checks fire on a crafted bad table and are silent on a good one.
    @Test func capaianThatRealisasiAndTargetDoNotGiveIsReported() throws {
        let headers: [(String, String?)] = [("Indikator Kinerja", nil), ("Target", nil), ("Realisasi", nil), ("Capaian", nil)]
        let good = table(headers, [
            ["Persentase layanan", "80%", "78%", "97,5%"],
            ["Persentase temuan (turun)", "10%", "8%", "120%"],      // less is better: (2t - r)/t
            ["Jumlah kasus", "0", "2", "92,59%"],                     // a zero: any capaian
            ["Persentase dokumen", "90%", "99%", "100%"],            // capped
        ])
        #expect(IndicatorReader().read([good]).warnings.isEmpty)
        let bad = table(headers, [["Persentase layanan", "80%", "78%", "18%"]])
        let warnings = IndicatorReader().read([bad]).warnings
        #expect(warnings.map(\.code) == ["capaian_inconsistent"])
        #expect(IndicatorReader().read([bad]).indicators[0].capaian?.number == 18)   // never changed silently
    }

    @Test func ocrSlipRepairedOnlyWhenOneReadingAgrees() throws {
        let headers: [(String, String?)] = [("Indikator Kinerja", nil), ("Target", nil), ("Realisasi", nil), ("Capaian", nil)]
        let scanned = table(headers, [["Persentase layanan", "100%", "85%", "8596"]], confidence: 90)
        let result = IndicatorReader().read([scanned])
        #expect(result.indicators[0].capaian == Value(raw: "8596", kind: .percent, payload: .number(85)))
        #expect(result.warnings.map(\.code) == ["ocr_value_repaired"])
        // Born-digital text is not repaired: reported.
        let native = table(headers, [["Persentase layanan", "100%", "85%", "8596%"]])
        let w = IndicatorReader().read([native]).warnings.map(\.code)
        #expect(w == ["capaian_inconsistent"])
        // OCR'd and far beyond any percentage, no agreeing reading: reported, value kept.
        let odd = table(headers, [["Persentase layanan", "100%", "40%", "8596"]], confidence: 90)
        let r = IndicatorReader().read([odd])
        #expect(r.indicators[0].capaian?.number == 8596)
        #expect(Set(r.warnings.map(\.code)) == ["percent_implausible", "capaian_inconsistent"])
    }

    @Test func separatorReadAgainstTheHabitIsRereadWhenTheCapaianSaysSo() throws {
        let t = table([("Indikator Kinerja", nil), ("Satuan", nil), ("Target", nil), ("Realisasi", nil), ("%", nil)], [
            ["Daging", "Ton", "768.495", "992.770", "129,18"],
            ["Susu", "Ton", "268.797", "352,390*", "131,10"],
            ["Sapi", "Ekor", "12.285.690", "10.040.345", "81,72"],
        ])
        let result = IndicatorReader().read([t])
        #expect(result.indicators[1].realisasi?.number == 352390)
        #expect(result.warnings.map(\.code) == ["value_reread"])
    }

    @Test func oneIndicatorWithTwoTargetsInOneReport() throws {
        let pk = table(id: "t1", [("Sasaran", nil), ("Indikator Kinerja", nil), ("Target", nil)], [
            ["Meningkatnya pelayanan", "Persentase layanan tepat waktu", "90%"],
            ["Meningkatnya pelayanan", "Persentase dokumen tersusun", "100%"],
        ])
        let capaian = table(id: "t2", [("Indikator Kinerja", nil), ("Target", nil), ("Realisasi", nil), ("Capaian", nil)], [
            ["Persentase layanan tepat waktu", "95%", "95%", "100%"],
            ["Persentase dokumen tersusun", "100%", "100%", "100%"],
        ])
        let w = IndicatorReader().read([pk, capaian]).warnings
        #expect(w.map(\.code) == ["target_mismatch"])
        #expect(w.first?.message.contains("Persentase layanan tepat waktu") == true)
    }
}
