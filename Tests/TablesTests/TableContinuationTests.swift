import KinerjaModel
@testable import Tables
import Testing

/// A cell of one line on `page`, in a column from `left` to `right`; its line ends at `x1`.
private func cell(_ text: String, page: Int = 1, left: Double = 0, right: Double = 200, x1: Double? = nil) -> Cell {
    guard !text.isEmpty else { return .empty }
    let firstWord = Double(text.split(separator: " ").first?.count ?? 0) * 4.5
    let line = CellLine(text: text, top: 100, page: page, x0: left + 3, x1: x1 ?? min(right - 3, left + 3 + Double(text.count) * 4.5),
                        firstWordWidth: firstWord)
    return Cell(text: text, lines: [line], left: left, right: right)
}

/// A table stitched from two pages: `top` rows on page 1, `bottom` rows on page 2.
private func stitched(_ top: [[Cell]], _ bottom: [[Cell]], spans: [Table.Span] = []) -> Table {
    var t = Table(id: "t1", pages: [1, 2], caption: nil, columns: (0..<(top.first?.count ?? 0)).map { _ in Column(header: "") },
                  rows: top + bottom, rowPages: top.map { _ in 1 } + bottom.map { _ in 2 })
    t.segmentStarts = [top.count]
    t.spans = spans
    return t
}

private func texts(_ t: Table) -> [[String]] { t.rows.map { $0.map(\.text) } }

/// A rule-less table on page 1 with `columns` unheaded columns (`WrappedRows` joins only
/// borderless tables).
private func borderless(columns: Int, _ rows: [[Cell]]) -> Table {
    var t = Table(id: "t1", pages: [1], caption: nil, columns: (0..<columns).map { _ in Column(header: "") },
                  rows: rows, rowPages: Array(repeating: 1, count: rows.count))
    t.borderless = true
    return t
}

@Suite("Tables: a row cut by the page break (TableContinuation)")
struct TableContinuationTests {
    @Test func aContinuationOpeningNoEntryIsJoinedIntoTheRowAbove() {
        let t = stitched([
            [cell("1"), cell("Meningkatnya kualitas"), cell("Persentase dokumen yang"), cell("80%")],
            [cell("2"), cell("Meningkatnya akuntabilitas"), cell("Nilai evaluasi akuntabilitas"), cell("75")],
        ], [
            [cell("", page: 2), cell("kinerja instansi", page: 2), cell("disusun tepat waktu", page: 2), cell("", page: 2)],
            [cell("3", page: 2), cell("Meningkatnya layanan", page: 2), cell("Indeks kepuasan", page: 2), cell("82", page: 2)],
        ])
        let out = TableContinuation.joined(t)
        #expect(texts(out) == [
            ["1", "Meningkatnya kualitas", "Persentase dokumen yang", "80%"],
            ["2", "Meningkatnya akuntabilitas kinerja instansi", "Nilai evaluasi akuntabilitas disusun tepat waktu", "75"],
            ["3", "Meningkatnya layanan", "Indeks kepuasan", "82"],
        ])
        #expect(out.rowPages == [1, 1, 2])
        #expect(out.segmentStarts == [2])
        // The joined cell keeps the lines of both pages.
        #expect(out.rows[1][1].lines.map(\.page) == [1, 2])
    }

    @Test func aContinuationWithAValueOrANumberIsANewRow() {
        let top: [[Cell]] = [
            [cell("1"), cell("Meningkatnya kualitas"), cell("Persentase dokumen"), cell("80%")],
            [cell("2"), cell("Meningkatnya akuntabilitas"), cell("Nilai evaluasi"), cell("75")],
        ]
        // Its own value in the measure column: a new entry of the same group.
        let withValue = stitched(top, [[cell("", page: 2), cell("", page: 2), cell("Opini BPK", page: 2), cell("WTP", page: 2)]])
        #expect(TableContinuation.joined(withValue).rows.count == 3)
        // Text starting with a number (`12 Dokumen`): an entry, not the rest of a cell.
        let withCount = stitched(top, [[cell("", page: 2), cell("", page: 2), cell("Jumlah laporan", page: 2),
                                        cell("12 Dokumen", page: 2)]])
        #expect(TableContinuation.joined(withCount).rows.count == 3)
        // A fragment under an empty cell has nothing to continue.
        let underEmpty = stitched([[cell("1"), cell(""), cell("Persentase"), cell("80%")],
                                   [cell("2"), cell(""), cell("Nilai"), cell("75")]],
                                  [[cell("", page: 2), cell("Catatan", page: 2), cell("", page: 2), cell("", page: 2)]])
        #expect(TableContinuation.joined(underEmpty).rows.count == 3)
    }

    @Test func specksAtTheSeamOpenNoRow() {
        let t = stitched([[cell("1"), cell("Meningkatnya mutu"), cell("80%")], [cell("2"), cell("Menurunnya angka"), cell("5")]],
                         [[cell("=", page: 2), cell("", page: 2), cell("", page: 2)],
                          [cell("3", page: 2), cell("Indeks", page: 2), cell("70", page: 2)]])
        #expect(texts(TableContinuation.joined(t)) == [["1", "Meningkatnya mutu", "80%"], ["2", "Menurunnya angka", "5"],
                                                        ["3", "Indeks", "70"]])
    }

    /// Moved from Interpretation with the step: noise at the seam, then the rest of the indikator.
    @Test func noiseRowAtThePageSeamIsSkipped() {
        let t = stitched([[cell("26"), cell("Pendidikan Pemilih"), cell("Persentase satker KPU di Daerah"), cell("90 %"), cell("")]],
                         [[cell("", page: 2), cell("", page: 2), cell("", page: 2), cell("", page: 2), cell("=", page: 2)],
                          [cell("", page: 2), cell("", page: 2), cell("Potensi Pelanggaran Pemilu Tinggi", page: 2), cell("", page: 2),
                           cell("", page: 2)]])
        let out = TableContinuation.joined(t)
        #expect(texts(out) == [["26", "Pendidikan Pemilih", "Persentase satker KPU di Daerah Potensi Pelanggaran Pemilu Tinggi", "90 %", ""]])
    }

    /// Group rows across the table (one cell spanning every column): the next page's group
    /// row goes on from the one above only when that one was cut mid-line.
    @Test func aGroupRowAcrossTheTableContinuesOnlyWhereItWasCut() {
        func table(aboveEndsAt x1: Double) -> Table {
            let group = cell("Misi Keempat : Meningkatkan kinerja aparatur", left: 0, right: 400, x1: x1)
            let next = cell("Sasaran ke-1 : Meningkatnya sarana kerja", page: 2, left: 0, right: 400)
            return stitched([[cell("1"), cell("Indeks"), cell("70")], [cell("2"), cell("Nilai"), cell("75")],
                             [group, { var c = group; c.carried = true; return c }(), { var c = group; c.carried = true; return c }()]],
                            [[next, { var c = next; c.carried = true; return c }(), { var c = next; c.carried = true; return c }()],
                             [cell("1", page: 2), cell("Ketersediaan sarana", page: 2), cell("75", page: 2)]],
                            spans: [Table.Span(row0: 2, col0: 0, row1: 2, col1: 2), Table.Span(row0: 3, col0: 0, row1: 3, col1: 2)])
        }
        // Ended with room to spare: a complete group row; the next is a group row of its own.
        #expect(TableContinuation.joined(table(aboveEndsAt: 200)).rows.count == 5)
        // Ran to the cell's right edge: cut by the page break, joined (and its span goes with it).
        let joined = TableContinuation.joined(table(aboveEndsAt: 397))
        #expect(joined.rows.count == 4)
        #expect(joined.rows[2][0].text == "Misi Keempat : Meningkatkan kinerja aparatur Sasaran ke-1 : Meningkatnya sarana kerja")
        #expect(joined.spans == [Table.Span(row0: 2, col0: 0, row1: 2, col1: 2)])
    }

    @Test func aCutCellSpanningOnBelowKeepsOneTextAndOneSpan() {
        // The sasaran cut at the break spans two rows on page 2; its first row opens no entry.
        var fragment = cell("dan akuntabel", page: 2)
        let t = stitched([[cell("1"), cell("Meningkatnya tata kelola yang transparan"), cell("Opini BPK"), cell("WTP")]],
                         [[cell("", page: 2), fragment, cell("", page: 2), cell("", page: 2)],
                          [cell("", page: 2), { fragment.carried = true; return fragment }(), cell("Nilai SAKIP", page: 2), cell("BB", page: 2)]],
                         spans: [Table.Span(row0: 1, col0: 1, row1: 2, col1: 1)])
        let out = TableContinuation.joined(t)
        #expect(out.rows.count == 2)
        #expect(out.rows.map { $0[1].text } == ["Meningkatnya tata kelola yang transparan dan akuntabel",
                                                "Meningkatnya tata kelola yang transparan dan akuntabel"])
        #expect(out.rows[1][1].carried)
        #expect(out.spans == [Table.Span(row0: 0, col0: 1, row1: 1, col1: 1)])
    }
}

@Suite("Tables: a rule-less group cell wrapped onto the next rows (WrappedRows)")
struct WrappedRowsTests {
    @Test func theWrapOfAGroupCellGoesBackIntoItsCell() {
        let t = borderless(columns: 4, [
            [cell("1"), cell("Meningkatnya kualitas"), cell("Persentase dokumen"), cell("80%")],
            [cell(""), cell("pelayanan publik"), cell("Indeks kepuasan"), cell("75")],
            [cell(""), cell(""), cell("Jumlah pengaduan"), cell("12")],
            [cell("2"), cell("Menurunnya kemiskinan"), cell("Angka kemiskinan"), cell("8%")],
            [cell(""), cell(""), cell("Rasio gini"), cell("0,4")],
            [cell("3"), cell("Meningkatnya ekspor"), cell("Nilai ekspor"), cell("5%")],
        ])
        let out = WrappedRows.joined(t)
        #expect(out.rows.map { $0[1].text } == ["Meningkatnya kualitas pelayanan publik", "", "", "Menurunnya kemiskinan", "",
                                                "Meningkatnya ekspor"])
        // The indicator column is filled on unnumbered rows too: each line there is an entry.
        #expect(out.rows.map { $0[2].text } == t.rows.map { $0[2].text })
        #expect(out.rows.count == 6)
    }

    /// A table set right to left starts its rows on the right: its leftmost column holds
    /// values, not numbers, and a section heading (`צריכה`) under a row of values is no
    /// wrapped line of that row's label (indictb1h_14: headings were joined into labels).
    @Test func aRightToLeftTableIsNumberedFromTheRight() {
        let t = borderless(columns: 4, [
            [cell(""), cell(""), cell(""), cell("תוצר מקומי גולמי")],
            [cell("2.6"), cell("3.2"), cell(""), cell("סך הכל")],
            [cell("0.7"), cell("1.3"), cell(""), cell("סך הכל - לנפש")],
            [cell("2.2"), cell("2.4"), cell(""), cell("שימושים במקורות")],
            [cell(""), cell(""), cell(""), cell("צריכה")],
            [cell(""), cell(""), cell(":ההוצאה לצריכה ציבורית"), cell("")],
            [cell("3.8"), cell("3.5"), cell(""), cell("סך הכל")],
            [cell("8.6"), cell("2.3"), cell("הוצאה מקומית לביטחון"), cell("")],
        ])
        #expect(texts(WrappedRows.joined(t)) == texts(t))
    }

    @Test func withoutANumberingColumnNothingMoves() {
        let t = borderless(columns: 3, [
            [cell("Meningkatnya kualitas"), cell("Persentase dokumen"), cell("80%")],
            [cell("pelayanan publik"), cell("Indeks kepuasan"), cell("75")],
        ])
        #expect(texts(WrappedRows.joined(t)) == texts(t))
    }
}

@Suite("Tables: header block by structure, words only as hints")
struct HeaderBlockTests {
    private let xs: [Double] = [40, 70, 250, 330, 410]
    private func grid(numberRow: Bool) -> GridSpec {
        var cells: [(Int, Int, Int, Int, [String])] = [
            (0, 0, 1, 1, ["#"]), (0, 1, 1, 1, ["Measure"]), (0, 2, 1, 1, ["Goal"]), (0, 3, 1, 1, ["Actual"]),
        ]
        let body = numberRow ? 2 : 1
        if numberRow { cells += (0..<4).map { (1, $0, 1, 1, ["(\($0 + 1))"]) } }
        cells += [(body, 0, 1, 1, ["1"]), (body, 1, 1, 1, ["Share of permits issued"]), (body, 2, 1, 1, ["90%"]), (body, 3, 1, 1, ["87%"]),
                  (body + 1, 0, 1, 1, ["2"]), (body + 1, 1, 1, 1, ["Complaints answered"]), (body + 1, 2, 1, 1, ["100%"]),
                  (body + 1, 3, 1, 1, ["96%"])]
        return GridSpec(xs: xs, ys: numberRow ? [100, 115, 128, 145, 162] : [100, 115, 132, 149], cells: cells)
    }

    @Test func rowsAboveAColumnNumberRowAreTheHeaderInAnyLanguage() throws {
        let t = try #require(TableReader().tables(in: [PageFixture.page(1, grid: grid(numberRow: true))]).first)
        #expect(t.columns.map(\.header) == ["#", "Measure", "Goal", "Actual"])
        #expect(t.rows.map { $0[1].text } == ["Share of permits issued", "Complaints answered"])
    }

    @Test func withoutStructureOrWordsTheHeaderStaysARow() throws {
        let t = try #require(TableReader().tables(in: [PageFixture.page(1, grid: grid(numberRow: false))]).first)
        #expect(t.columns.allSatisfy { $0.header.isEmpty })
        #expect(t.rows.count == 3)
        #expect(t.rows[0].map(\.text) == ["#", "Measure", "Goal", "Actual"])
    }

    /// A header whose numbered columns are not the body's (a boundary between two numbers runs
    /// through every body cell): which header names which body column cannot be told.
    @Test func aHeaderOverABodyLaidOutApartIsNotTaken() throws {
        let g = GridSpec(xs: [40, 70, 150, 250, 330], ys: [100, 115, 128, 145, 162], cells: [
            (0, 0, 1, 1, ["#"]), (0, 1, 1, 1, ["Place"]), (0, 2, 1, 1, ["Measure"]), (0, 3, 1, 1, ["Goal"]),
            (1, 0, 1, 1, ["(1)"]), (1, 1, 1, 1, ["(2)"]), (1, 2, 1, 1, ["(3)"]), (1, 3, 1, 1, ["(4)"]),
            (2, 0, 1, 1, ["1"]), (2, 1, 1, 2, ["Share of permits issued on time"]), (2, 3, 1, 1, ["90%"]),
            (3, 0, 1, 1, ["2"]), (3, 1, 1, 2, ["Complaints answered"]), (3, 3, 1, 1, ["96%"]),
        ])
        let t = try #require(TableReader().tables(in: [PageFixture.page(1, grid: g)]).first)
        #expect(t.columns.allSatisfy { $0.header.isEmpty })
        #expect(t.rows.first?.map(\.text) == ["#", "Place", "Measure", "Goal"])
    }

    @Test func headerWordsFromTheHintsMakeAHeaderRow() throws {
        let g = GridSpec(xs: xs, ys: [100, 115, 132, 149], cells: [
            (0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["INDIKATOR"]), (0, 2, 1, 1, ["TARGET"]), (0, 3, 1, 1, ["REALISASI"]),
            (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["Persentase izin terbit"]), (1, 2, 1, 1, ["90%"]), (1, 3, 1, 1, ["87%"]),
            (2, 0, 1, 1, ["2"]), (2, 1, 1, 1, ["Pengaduan dijawab"]), (2, 2, 1, 1, ["100%"]), (2, 3, 1, 1, ["96%"]),
        ])
        let page = PageFixture.page(1, grid: g)
        // Found either way; the words only say where the body starts.
        #expect(try #require(TableReader().tables(in: [page]).first).rows.count == 3)
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.columns.map(\.header) == ["NO", "INDIKATOR", "TARGET", "REALISASI"])
        #expect(t.rows.count == 2)
    }
}

@Suite("Tables: running headers and footers")
struct RunningLinesTests {
    /// A running header set below the usual margin band (8 % of the page, under a letterhead)
    /// stands above the table's continuation on every page: it does not keep the parts apart.
    @Test func aRunningHeaderDoesNotStopAContinuation() {
        let xs: [Double] = [40, 70, 250, 330, 410]
        func rows(_ first: Int, top: Double) -> GridSpec {
            GridSpec(xs: xs, ys: [top, top + 17, top + 34], cells: (0..<2).flatMap { r in
                [(r, 0, 1, 1, ["\(first + r)"]), (r, 1, 1, 1, ["Share of permits \(first + r)"]), (r, 2, 1, 1, ["90%"]), (r, 3, 1, 1, ["87%"])]
            })
        }
        let running = ("REPORT YEAR 2016", 40.0, 62.0)   // 62 pt on an 842-pt page: 7.4 %
        let p1 = PageFixture.page(1, grid: rows(1, top: 790), extra: [running])
        let p2 = PageFixture.page(2, grid: rows(3, top: 80), extra: [running])
        let tables = TableReader().tables(in: [p1, p2])
        #expect(tables.map(\.pages) == [[1, 2]])
        // The same line on one page only is text above the table: two tables.
        let p2b = PageFixture.page(2, grid: rows(3, top: 80), extra: [("Another table follows here", 40, 62)])
        #expect(TableReader().tables(in: [p1, p2b]).count == 2)
    }

    /// A page number printed above the usual margin band (at 87 % of a landscape page)
    /// changes from page to page: the number one more on the next page at the same height
    /// makes it a running footer, not text under the table that ends it.
    @Test func aPageNumberAboveTheMarginBandDoesNotStopAContinuation() {
        let xs: [Double] = [40, 70, 250, 330, 410]
        func rows(_ first: Int, top: Double) -> GridSpec {
            GridSpec(xs: xs, ys: [top, top + 17, top + 34], cells: (0..<2).flatMap { r in
                [(r, 0, 1, 1, ["\(first + r)"]), (r, 1, 1, 1, ["Share of permits \(first + r)"]), (r, 2, 1, 1, ["90%"]), (r, 3, 1, 1, ["87%"])]
            })
        }
        let p1 = PageFixture.page(19, grid: rows(1, top: 440), extra: [("19", 850, 530)], width: 936, height: 612)
        let p2 = PageFixture.page(20, grid: rows(3, top: 60), extra: [("20", 850, 530)], width: 936, height: 612)
        #expect(TableReader().tables(in: [p1, p2]).map(\.pages) == [[19, 20]])
        // A number that is no neighbour's page number is text under the table: two tables.
        let p2b = PageFixture.page(20, grid: rows(3, top: 60), extra: [("7", 850, 530)], width: 936, height: 612)
        #expect(TableReader().tables(in: [p1, p2b]).count == 2)
        // A chapter's page number (`III-24`, `III-25`) runs the same way.
        let q1 = PageFixture.page(24, grid: rows(1, top: 440), extra: [("III-24", 850, 530)], width: 936, height: 612)
        let q2 = PageFixture.page(25, grid: rows(3, top: 60), extra: [("III-25", 850, 530)], width: 936, height: 612)
        #expect(TableReader().tables(in: [q1, q2]).map(\.pages) == [[24, 25]])
    }
}

@Suite("Tables: a missed rule never merges two entries (GridCleanup)")
struct MissedRuleTests {
    private let xs: [Double] = [40, 70, 250, 330]

    /// A ruled table whose rule between two body rows is missing (never drawn, or too faint);
    /// its column rules run from top to bottom.
    private func page(_ cells: [(Int, Int, Int, Int, [String])], ys: [Double], dropRuleAt y: Double) -> Page {
        var p = PageFixture.page(1, grid: GridSpec(xs: xs, ys: ys, cells: cells))
        p.rulings.removeAll { $0.orientation == .vertical || ($0.orientation == .horizontal && abs($0.position - y) < 0.5) }
        p.rulings += xs.map { Ruling(.vertical, at: $0, from: ys.first!, to: ys.last!) }
        return p
    }

    @Test func twoEntriesWithTheirNumbersAndValuesStayTwoRows() throws {
        let ys: [Double] = [100, 115, 130, 145]
        let p = page([(0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["INDIKATOR"]), (0, 2, 1, 1, ["TARGET"]),
                      (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["Persentase izin"]), (1, 2, 1, 1, ["90%"]),
                      (2, 0, 1, 1, ["2"]), (2, 1, 1, 1, ["Indeks kepuasan"]), (2, 2, 1, 1, ["82"])], ys: ys, dropRuleAt: 130)
        let t = try #require(TableReader(hints: .testWords).tables(in: [p]).first)
        #expect(t.rows.map { $0.map(\.text) } == [["1", "Persentase izin", "90%"], ["2", "Indeks kepuasan", "82"]])
    }

    @Test func twoNumberedEntriesWithoutValuesStayTwoRows() throws {
        let ys: [Double] = [100, 115, 130, 145]
        let p = page([(0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["URAIAN"]), (0, 2, 1, 1, ["KETERANGAN"]),
                      (1, 0, 1, 1, ["1."]), (1, 1, 1, 1, ["Dokumen rencana"]), (1, 2, 1, 1, ["Tersedia"]),
                      (2, 0, 1, 1, ["2."]), (2, 1, 1, 1, ["Laporan kinerja"]), (2, 2, 1, 1, ["Disusun"])], ys: ys, dropRuleAt: 130)
        let t = try #require(TableReader(hints: .testWords).tables(in: [p]).first)
        #expect(t.rows.map { $0[0].text } == ["1.", "2."])
        #expect(t.rows.map { $0[1].text } == ["Dokumen rencana", "Laporan kinerja"])
    }

    @Test func aWrappedCellWithoutARuleInsideStaysOneRow() throws {
        let ys: [Double] = [100, 115, 145]
        let p = page([(0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["INDIKATOR"]), (0, 2, 1, 1, ["TARGET"]),
                      (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["Persentase izin yang", "terbit tepat waktu"]), (1, 2, 1, 1, ["90%"])],
                     ys: ys, dropRuleAt: -1)
        let t = try #require(TableReader(hints: .testWords).tables(in: [p]).first)
        #expect(t.rows.map { $0.map(\.text) } == [["1", "Persentase izin yang terbit tepat waktu", "90%"]])
    }
}

@Suite("Tables: one row per ruled row when a ruled box is re-read from its text (GridCleanup.mergingWraps)")
struct RuledRowWrapsTests {
    /// A text grid of one row per line, inside ruled rows whose bounds are `bands`.
    private func grid(_ lines: [[String]], top: Double = 100, pitch: Double = 11) -> PageGrid {
        let xs: [Double] = [40, 70, 200, 330, 400]
        let cells = lines.enumerated().map { r, row in
            row.enumerated().map { c, t -> Cell in
                guard !t.isEmpty else { return .empty }
                return Cell(text: t, lines: [CellLine(text: t, top: top + Double(r) * pitch + 2, page: 1, x0: xs[c] + 3, x1: xs[c] + 3 + Double(t.count) * 4.5)],
                            left: xs[c], right: xs[c + 1])
            }
        }
        let ys = (0...lines.count).map { top + Double($0) * pitch }
        let origin = lines.indices.map { r in (0..<4).map { PageGrid.GridPos(row: r, col: $0) } }
        return PageGrid(page: 1, box: Rect(x0: 40, y0: top, x1: 400, y1: ys.last!), xs: xs, ys: ys, cells: cells, origin: origin,
                        borderless: false)
    }

    @Test func wrappedLinesJoinTheEntryOfTheirRuledRow() {
        let g = grid([["1", "Meningkatnya", "Jumlah kajian", "100"],
                      ["", "ketersediaan rencana", "perda tata ruang", ""],
                      ["", "Barat", "", ""],
                      ["2", "Meningkatnya akses", "Cakupan air minum", "100,2"]])
        // Rules under the header, after the third line and at the foot.
        let out = g.mergingWraps(withinRuledRows: [100, 133, 144])
        #expect(out.cells.map { $0.map(\.text) } == [["1", "Meningkatnya ketersediaan rencana Barat", "Jumlah kajian perda tata ruang", "100"],
                                                     ["2", "Meningkatnya akses", "Cakupan air minum", "100,2"]])
        #expect(out.ys == [100, 133, 144])
    }

    @Test func listItemsAndValuesInOneRuledRowStayRows() {
        let g = grid([["1.1", "Meningkatnya produksi", "Jumlah produksi", ""],
                      ["", "", "- Ducks (ton)", "741.709"],
                      ["", "", "- Eggs (ton)", ""],
                      ["", "", "➢ Share of farms", ""]])
        #expect(g.mergingWraps(withinRuledRows: [100, 144]).rowCount == 4)
    }

    @Test func aHeaderBandIsLeftAlone() {
        let g = grid([["States", "Revenue", "Capital", "Total"], ["", "Medical &", "Family", ""], ["", "Public Health", "", ""],
                      ["Assam", "14,874,821", "161,600", "17,590,618"]])
        #expect(g.mergingWraps(withinRuledRows: [100, 133, 144]).rowCount == 4)
    }
}
