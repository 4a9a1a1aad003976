import KinerjaModel
@testable import Tables
import Testing

private let xs: [Double] = [40, 70, 200, 380, 450, 520]

/// NO | Sasaran | Indikator | Target | Realisasi, with a column-number row and a sasaran
/// spanning two indicator rows.
private func capaianGrid(top: Double = 100) -> GridSpec {
    GridSpec(xs: xs, ys: [top, top + 30, top + 45, top + 80, top + 115],
             cells: [
                (0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["Sasaran Strategis"]), (0, 2, 1, 1, ["INDIKATOR KINERJA"]),
                (0, 3, 1, 1, ["TARGET", "KINERJA"]), (0, 4, 1, 1, ["REALIS", "ASI"]),
                (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["2"]), (1, 2, 1, 1, ["3"]), (1, 3, 1, 1, ["4"]), (1, 4, 1, 1, ["5"]),
                (2, 0, 2, 1, ["1"]), (2, 1, 2, 1, ["Terwujudnya Perencanaan", "Program"]),
                (2, 2, 1, 1, ["Penyusunan Program,", "Kegiatan"]), (2, 3, 1, 1, ["100%"]), (2, 4, 1, 1, ["96, 7 %"]),
                (3, 2, 1, 1, ["Opini BPK"]), (3, 3, 1, 1, ["WTP"]), (3, 4, 1, 1, ["WTP"]),
             ])
}

@Suite("Tables: grids, headers, spans, stitching")
struct TableReaderTests {
    @Test func ruledGridWithHeaderNumberRowAndRowSpan() throws {
        let page = PageFixture.page(1, grid: capaianGrid(), extra: [("Tabel 9: Capaian Kinerja", 200, 225)])
        let tables = TableReader(hints: .testWords).tables(in: [page])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.id == "t1")
        #expect(t.caption == "Tabel 9: Capaian Kinerja")
        #expect(t.columns.map(\.header) == ["NO", "Sasaran Strategis", "INDIKATOR KINERJA", "TARGET KINERJA", "REALIS ASI"])
        #expect(t.rows.count == 2)  // the 1 2 3 4 5 row is gone
        #expect(t.rows[0].map(\.text) == ["1", "Terwujudnya Perencanaan Program", "Penyusunan Program, Kegiatan", "100%", "96, 7 %"])
        // The spanning sasaran is carried onto the second row, and marked as carried.
        #expect(t.rows[1][1].text == "Terwujudnya Perencanaan Program")
        #expect(t.rows[1][1].carried && !t.rows[0][1].carried)
        #expect(t.rows[1][2].text == "Opini BPK")
    }

    @Test func multiLevelHeaderGivesGroups() throws {
        let g = GridSpec(xs: [40, 70, 250, 320, 390, 460, 530], ys: [100, 115, 135, 150, 170],
                         cells: [
                            (0, 0, 2, 1, ["NO"]), (0, 1, 2, 1, ["INDIKATOR KINERJA"]),
                            (0, 2, 1, 2, ["TAHUN 2023"]), (0, 4, 1, 2, ["TAHUN 2024"]),
                            (1, 2, 1, 1, ["TARGET"]), (1, 3, 1, 1, ["CAPAIA", "N"]), (1, 4, 1, 1, ["TARGET"]), (1, 5, 1, 1, ["CAPAIAN"]),
                            (2, 0, 1, 1, ["1"]), (2, 1, 1, 1, ["2"]), (2, 2, 1, 1, ["3"]), (2, 3, 1, 1, ["4"]), (2, 4, 1, 1, ["5"]), (2, 5, 1, 1, ["6"]),
                            (3, 0, 1, 1, ["1"]), (3, 1, 1, 1, ["Persentase layanan"]), (3, 2, 1, 1, ["100%"]),
                            (3, 3, 1, 1, ["98%"]), (3, 4, 1, 1, ["100%"]), (3, 5, 1, 1, ["97%"]),
                         ])
        let t = try #require(PageFixture.firstTable(g))
        #expect(t.columns.map(\.header) == ["NO", "INDIKATOR KINERJA", "TARGET", "CAPAIA N", "TARGET", "CAPAIAN"])
        #expect(t.columns.map(\.group) == [nil, nil, "TAHUN 2023", "TAHUN 2023", "TAHUN 2024", "TAHUN 2024"])
        #expect(t.rows.count == 1)
        #expect(t.rows[0].map(\.text) == ["1", "Persentase layanan", "100%", "98%", "100%", "97%"])
    }

    /// Month numbers under a schedule group are a header level; the row numbering every
    /// column (1 … 7) under them is the column-number row.
    @Test func monthNumbersUnderAGroupAreHeaderLabelsNotColumnNumbers() throws {
        let xs: [Double] = [40, 60, 200, 230, 260, 290, 320, 350]
        let g = GridSpec(xs: xs, ys: [100, 115, 130, 145, 165],
                         cells: [
                            (0, 0, 2, 1, ["NO"]), (0, 1, 2, 1, ["INDIKATOR KEBERHASILAN"]),
                            (0, 2, 1, 4, ["PELAKSANAAN (BULAN)"]), (0, 6, 2, 1, ["KET"]),
                            (1, 2, 1, 1, ["1"]), (1, 3, 1, 1, ["2"]), (1, 4, 1, 1, ["3"]), (1, 5, 1, 1, ["4"]),
                            (2, 0, 1, 1, ["1"]), (2, 1, 1, 1, ["2"]), (2, 2, 1, 1, ["3"]), (2, 3, 1, 1, ["4"]),
                            (2, 4, 1, 1, ["5"]), (2, 5, 1, 1, ["6"]), (2, 6, 1, 1, ["7"]),
                            (3, 0, 1, 1, ["1"]), (3, 1, 1, 1, ["Dokumen SOP"]), (3, 3, 1, 1, ["√"]),
                         ])
        let t = try #require(PageFixture.firstTable(g))
        #expect(t.columns.map(\.header) == ["NO", "INDIKATOR KEBERHASILAN", "1", "2", "3", "4", "KET"])
        #expect(t.columns[2].group == "PELAKSANAAN (BULAN)" && t.columns[5].group == "PELAKSANAAN (BULAN)")
        #expect(t.rows.count == 1)
        #expect(t.rows[0].map(\.text) == ["1", "Dokumen SOP", "", "√", "", "", ""])
    }

    /// A caption at the foot of a page belongs to the table that opens the next page.
    @Test func captionAtTheFootOfThePreviousPage() throws {
        let p1 = PageFixture.page(1, grid: nil, extra: [("Narasi capaian kinerja tahun ini.", 40, 600),
                                                        ("Tabel 9: Capaian Kinerja Tahun 2024", 40, 700),
                                                        ("Halaman 1", 280, 810)])
        let p2 = PageFixture.page(2, grid: capaianGrid(top: 60))
        let tables = TableReader(hints: .testWords).tables(in: [p1, p2])
        #expect(tables.count == 1)
        #expect(tables.first?.caption == "Tabel 9: Capaian Kinerja Tahun 2024")
        // Not when text stands between the caption and the page's end, nor above the table.
        let p1b = PageFixture.page(1, grid: nil, extra: [("Tabel 9: Capaian Kinerja Tahun 2024", 40, 600),
                                                         ("Uraian berikut menjelaskan capaian.", 40, 700)])
        #expect(TableReader(hints: .testWords).tables(in: [p1b, p2]).first?.caption == nil)
    }

    @Test func tableContinuedOnNextPageWithRepeatedHeaderIsOneTable() throws {
        let p1 = PageFixture.page(1, grid: capaianGrid(top: 650), extra: [("Halaman 1", 280, 810)])
        var g2 = capaianGrid(top: 60)
        // Page 2: repeated header and number row, then a row that continues the sasaran.
        g2.cells = g2.cells.filter { $0.0 < 2 } + [
            (2, 0, 2, 1, []), (2, 1, 2, 1, []),
            (2, 2, 1, 1, ["Nilai evaluasi"]), (2, 3, 1, 1, ["80"]), (2, 4, 1, 1, [""]),
            (3, 2, 1, 1, ["Persentase BMN"]), (3, 3, 1, 1, ["100%"]), (3, 4, 1, 1, ["97%"]),
        ]
        let p2 = PageFixture.page(2, grid: g2, extra: [("Tabel 9: Capaian", 200, 185)])
        let tables = TableReader(hints: .testWords).tables(in: [p1, p2])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.pages == [1, 2])
        #expect(t.rows.count == 4)
        #expect(t.rowPages == [1, 1, 2, 2])
        #expect(t.segmentStarts == [2])
        #expect(t.caption == "Tabel 9: Capaian")
        #expect(t.rows[2][2].text == "Nilai evaluasi")
    }

    @Test func narrativeBetweenTablesKeepsThemApart() {
        let p1 = PageFixture.page(1, grid: capaianGrid(top: 650))
        let p2 = PageFixture.page(2, grid: capaianGrid(top: 200), extra: [("2. Meningkatnya Kapasitas SDM", 40, 150)])
        #expect(TableReader(hints: .testWords).tables(in: [p1, p2]).map(\.pages) == [[1], [2]])
    }

    @Test func borderlessTableByAlignment() throws {
        var extra: [(String, Double, Double)] = [
            ("NO", 40, 100), ("Sasaran Strategis", 80, 100), ("Indikator Kinerja", 250, 100), ("Target", 480, 100),
            ("1", 40, 120), ("Terwujudnya Perencanaan", 80, 120), ("Persentase penyusunan", 250, 120), ("100%", 480, 120),
            ("Program", 80, 131), ("anggaran tepat waktu", 250, 131),
            ("Persentase revisi", 250, 150), ("95%", 480, 150),
        ]
        extra.append(("Dengan demikian seluruh target telah tercapai dengan baik pada tahun ini.", 40, 220))
        let t = try #require(TableReader(hints: .testWords).tables(in: [PageFixture.page(1, grid: nil, extra: extra)]).first)
        #expect(t.borderless)
        #expect(t.columns.map(\.header) == ["NO", "Sasaran Strategis", "Indikator Kinerja", "Target"])
        #expect(t.rows.map { $0.map(\.text) } == [
            ["1", "Terwujudnya Perencanaan Program", "Persentase penyusunan anggaran tepat waktu", "100%"],
            ["", "", "Persentase revisi", "95%"],
        ])
    }

    @Test func rulesAroundNothingAreNoTable() {
        // A lone horizontal line (a signature line, an underline) is not a table.
        let page = Page(number: 1, width: 595, height: 842, words: PageFixture.words("Sekretaris", x: 300, y: 700),
                        rulings: [Ruling(.horizontal, at: 690, from: 280, to: 450)], source: .native)
        #expect(TableReader(hints: .testWords).tables(in: [page]).isEmpty)
    }

    @Test func columnNumberRowsSurviveOCRScraps() {
        let rows: [[Cell]] = [
            ["1", "2:", "3", "4", "5", "6", "vd", "8"].map { Cell(text: $0) },
            ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"].map { Cell(text: $0) },
            ["(1)", "(2)", "(3)", "(4)"].map { Cell(text: $0) } + Array(repeating: Cell.empty, count: 4),
            ["1", "Program", "Sasaran", "Persentase", "97", "Bimtek", "840.977.000", "Subbagian"].map { Cell(text: $0) },
            ["1", "2", "3", "4", "5", "6", "7", "Subbagian Keuangan"].map { Cell(text: $0) },
        ]
        let kept = TableReader.withoutColumnNumbers(rows, columns: 8)
        // Full number rows go (one cell garbled is fine); a half-filled one, a data row and a
        // row with real text stay.
        #expect(kept.map { $0[1].text } == ["(2)", "Program", "2"])
    }
}
