import KinerjaModel
@testable import Tables
import Testing

/// Pages built from words placed at (text, x, y) and rules: no vocabulary anywhere, so
/// every table here is found by geometry alone.
private func page(_ placed: [(String, Double, Double)], rules: [Ruling] = []) -> Page {
    Page(number: 1, width: 595, height: 842,
         words: placed.flatMap { PageFixture.words($0.0, x: $0.1, y: $0.2) }, rulings: rules, source: .native)
}

/// `header` over 16 body rows: a label at x 40 and five values right of it (x 211 … 436),
/// 14 pt apart from y 116: the body the header-label tests set their label lines over.
private func underLabelLine(_ header: [(String, Double, Double)]) -> [(String, Double, Double)] {
    var placed = header
    for r in 0..<16 {
        let y = 116 + Double(r) * 14
        placed.append(("Row \(r + 1)", 40, y))
        for (k, x) in [211.0, 256, 301, 346, 436].enumerated() { placed.append(("\(k)\(r % 10).5", x, y)) }
    }
    return placed
}

private let columnsX: [Double] = [40, 200, 280, 360]
private let states: [(String, [String])] = [
    ("Kerala", ["5738", "6633", "8864"]), ("Tamil Nadu", ["7387", "10217", "5813"]),
    ("Karnataka", ["6453", "8138", "12606"]), ("Andhra Pradesh", ["5844", "9920", "9545"]),
    ("Maharashtra", ["5112", "7600", "8100"]),
]

/// An English table: a header line, then one line per state, 14 points apart.
private func stateLines(top: Double = 100) -> [(String, Double, Double)] {
    var out: [(String, Double, Double)] = [("State", 40, top), ("1975-79", 200, top), ("1988-90", 280, top), ("1996-97", 360, top)]
    for (i, s) in states.enumerated() {
        let y = top + 16 + Double(i) * 14
        out.append((s.0, columnsX[0], y))
        for (k, v) in s.1.enumerated() { out.append((v, columnsX[k + 1], y)) }
    }
    return out
}

private func texts(_ t: Table) -> [[String]] { t.rows.map { $0.map(\.text) } }

@Suite("Tables: rule-less and partial grids, rows, spans, no false tables")
struct TextGridsTests {
    @Test func whitespaceOnlyTableInAnyLanguage() throws {
        let tables = TableReader().tables(in: [page(stateLines())])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.borderless)
        #expect(t.columns.count == 4)
        // Header words outside any vocabulary stay in the rows.
        #expect(texts(t).first == ["State", "1975-79", "1988-90", "1996-97"])
        #expect(texts(t).dropFirst().map(\.[0]) == states.map(\.0))
        #expect(texts(t)[2] == ["Tamil Nadu", "7387", "10217", "5813"])
    }

    @Test func headerRuleOnlyTable() throws {
        let rules = [Ruling(.horizontal, at: 96, from: 36, to: 400), Ruling(.horizontal, at: 111, from: 36, to: 400),
                     Ruling(.horizontal, at: 182, from: 36, to: 400)]
        let t = try #require(TableReader().tables(in: [page(stateLines(), rules: rules)]).first)
        #expect(t.rows.count == 6)
        #expect(texts(t)[5] == ["Maharashtra", "5112", "7600", "8100"])
    }

    @Test func partialGridOuterBoxAndHeaderOnly() throws {
        // An outer box and a rule under the header, nothing inside the body.
        let rules = [Ruling(.horizontal, at: 96, from: 36, to: 400), Ruling(.horizontal, at: 111, from: 36, to: 400),
                     Ruling(.horizontal, at: 182, from: 36, to: 400),
                     Ruling(.vertical, at: 36, from: 96, to: 182), Ruling(.vertical, at: 400, from: 96, to: 182)]
        let tables = TableReader().tables(in: [page(stateLines(), rules: rules)])
        #expect(tables.count == 1)
        let t = try #require(tables.first)
        #expect(t.columns.count == 4)
        #expect(t.rows.count == 6)
        #expect(texts(t)[1] == ["Kerala", "5738", "6633", "8864"])
    }

    @Test func wrappedCellsWithoutRulesJoinTheirRow() throws {
        let lines: [(String, Double, Double)] = [
            ("No", 40, 100), ("Description", 80, 100), ("Value", 300, 100), ("Unit", 380, 100),
            ("1", 40, 114), ("Share of services", 80, 114), ("100%", 300, 114), ("percent", 380, 114),
            ("delivered on time", 80, 125),
            ("2", 40, 139), ("Documents issued", 80, 139), ("12", 300, 139), ("files", 380, 139),
            ("3", 40, 153), ("Complaints closed", 80, 153), ("95%", 300, 153), ("percent", 380, 153),
            ("within the month", 80, 164),
        ]
        let t = try #require(TableReader().tables(in: [page(lines)]).first)
        #expect(texts(t) == [
            ["No", "Description", "Value", "Unit"],
            ["1", "Share of services delivered on time", "100%", "percent"],
            ["2", "Documents issued", "12", "files"],
            ["3", "Complaints closed within the month", "95%", "percent"],
        ])
    }

    @Test func missingRuleDoesNotMergeTwoEntries() throws {
        // NO | URAIAN | TARGET, one ruled body row holding two numbered entries.
        let g = GridSpec(xs: [40, 70, 300, 380], ys: [100, 115, 145],
                         cells: [(0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["URAIAN"]), (0, 2, 1, 1, ["TARGET"]),
                                 (1, 0, 1, 1, ["1", "2"]), (1, 1, 1, 1, ["Alpha", "Beta"]), (1, 2, 1, 1, ["100%", "95%"])])
        let t = try #require(PageFixture.firstTable(g))
        #expect(texts(t) == [["1", "Alpha", "100%"], ["2", "Beta", "95%"]])
    }

    @Test func wrappedRuledCellIsNotSplit() throws {
        let g = GridSpec(xs: [40, 70, 300, 380], ys: [100, 115, 145],
                         cells: [(0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["URAIAN"]), (0, 2, 1, 1, ["TARGET"]),
                                 (1, 0, 1, 1, ["1"]), (1, 1, 1, 1, ["Alpha", "continued"]), (1, 2, 1, 1, ["100%"])])
        let t = try #require(PageFixture.firstTable(g))
        #expect(texts(t) == [["1", "Alpha continued", "100%"]])
    }

    @Test func columnAndRowSpansAreListed() throws {
        // A sasaran over two rows, and a total row whose label spans two columns.
        let g = GridSpec(xs: [40, 70, 250, 400, 470], ys: [100, 115, 140, 165, 180],
                         cells: [(0, 0, 1, 1, ["NO"]), (0, 1, 1, 1, ["SASARAN"]), (0, 2, 1, 1, ["INDIKATOR"]), (0, 3, 1, 1, ["TARGET"]),
                                 (1, 0, 2, 1, ["1"]), (1, 1, 2, 1, ["Better service"]),
                                 (1, 2, 1, 1, ["Share on time"]), (1, 3, 1, 1, ["100%"]),
                                 (2, 2, 1, 1, ["Complaints closed"]), (2, 3, 1, 1, ["95%"]),
                                 (3, 0, 1, 3, ["Jumlah"]), (3, 3, 1, 1, ["2"])])
        let t = try #require(PageFixture.firstTable(g))
        #expect(t.rows.count == 3)
        #expect(t.spans == [Table.Span(row0: 0, col0: 0, row1: 1, col1: 0), Table.Span(row0: 0, col0: 1, row1: 1, col1: 1),
                            Table.Span(row0: 2, col0: 0, row1: 2, col1: 2)])
        // The text stands once; the row-span copies are carried for Interpretation.
        #expect(t.rows[1][1].carried && t.rows[1][1].text == "Better service")
        #expect(t.rows[2].map(\.text) == ["Jumlah", "", "", "2"])
    }

    @Test func rulelessGroupHeaderSpansItsColumns() throws {
        var lines = stateLines(top: 120)
        lines.append(("Survey rounds", 250, 106))   // over the year columns, not over State
        let t = try #require(TableReader().tables(in: [page(lines)]).first)
        #expect(texts(t).first?.contains("Survey rounds") == true)
        #expect(t.rows.count == 7)
    }

    @Test func chartIsNotATable() {
        // Axis ticks down the left, bar labels at their bars' heights, categories below.
        var placed: [(String, Double, Double)] = []
        for (i, v) in ["80", "60", "40", "20", "0"].enumerated() { placed.append((v, 40, 100 + Double(i) * 40)) }
        placed += [("72", 90, 130), ("55", 160, 165), ("61", 230, 150), ("38", 300, 205)]
        placed += [("2019", 85, 270), ("2020", 155, 270), ("2021", 225, 270), ("2022", 295, 270)]
        placed.append(("Figure 2 Realisation by year", 100, 290))
        #expect(TableReader().tables(in: [page(placed)]).isEmpty)
    }

    @Test func signatureBlockIsNotATable() {
        let placed: [(String, Double, Double)] = [
            ("PIHAK KEDUA,", 60, 600), ("PIHAK PERTAMA,", 350, 600),
            ("Kepala Dinas", 60, 611), ("Sekretaris Daerah", 350, 611),
            ("Budi Santoso", 60, 680), ("Siti Aminah", 350, 680),
            ("NIP. 19700101 199003 1 001", 60, 691), ("NIP. 19751231 200003 2 002", 350, 691),
        ]
        #expect(TableReader().tables(in: [page(placed)]).isEmpty)
    }

    @Test func numberedListIsNotATable() {
        var placed: [(String, Double, Double)] = []
        for (i, item) in ["Meningkatnya kualitas layanan", "Terwujudnya tata kelola", "Tersedianya data", "Meningkatnya kapasitas"].enumerated() {
            placed.append(("\(i + 1).", 60, 100 + Double(i) * 13))
            placed.append((item, 80, 100 + Double(i) * 13))
        }
        #expect(TableReader().tables(in: [page(placed)]).isEmpty)
    }

    @Test func rulelessTableContinuedOnNextPageIsOneTable() throws {
        var p1 = stateLines(top: 700)
        p1.append(("Page 1", 280, 810))
        var p2: [(String, Double, Double)] = []
        for (i, s) in states.enumerated() {
            let y = 60 + Double(i) * 14
            p2.append((s.0, columnsX[0], y))
            for (k, v) in s.1.enumerated() { p2.append((v, columnsX[k + 1], y)) }
        }
        p2.append(("The figures above are thousands.", 40, 200))
        var second = page(p2)
        second.number = 2
        let tables = TableReader().tables(in: [page(p1), second])
        #expect(tables.map(\.pages) == [[1, 2]])
        #expect(tables.first?.rows.count == 11)
    }

    @Test func verticalRulesOnlyGiveTheColumns() throws {
        // Column rules, no row rules: the rules are the boundaries, the lines the rows.
        let rules = [36.0, 190, 270, 350, 400].map { Ruling(.vertical, at: $0, from: 96, to: 182) }
        let t = try #require(TableReader().tables(in: [page(stateLines(), rules: rules)]).first)
        #expect(t.columns.count == 4)
        #expect(texts(t)[4] == ["Andhra Pradesh", "5844", "9920", "9545"])
    }

    @Test func zebraBandsSeparateRows() throws {
        // Shaded bands behind every other row arrive as their top and bottom edges. A
        // band holds a wrapped label: its two lines stay one row.
        var lines: [(String, Double, Double)] = [("Item", 40, 100), ("Amount", 300, 100), ("Share", 380, 100)]
        let items = [("Kerala", "5738", "12"), ("Tamil Nadu and", "7387", "15"), ("Karnataka", "6453", "9"), ("Goa", "5112", "4")]
        var rules: [Ruling] = []
        var y = 116.0
        for (i, item) in items.enumerated() {
            lines += [(item.0, 40, y), (item.1, 300, y), (item.2, 380, y)]
            var bottom = y + 11
            if i == 1 { lines.append(("Puducherry", 40, y + 11)); bottom += 11 }
            if i % 2 == 1 {
                rules += [Ruling(.horizontal, at: y - 2, from: 36, to: 420), Ruling(.horizontal, at: bottom + 1, from: 36, to: 420)]
            }
            y = bottom + 4
        }
        let t = try #require(TableReader().tables(in: [page(lines, rules: rules)]).first)
        #expect(texts(t) == [["Item", "Amount", "Share"], ["Kerala", "5738", "12"], ["Tamil Nadu and Puducherry", "7387", "15"],
                             ["Karnataka", "6453", "9"], ["Goa", "5112", "4"]])
    }

    @Test func framedNoteIsNotATable() {
        let rules = [Ruling(.horizontal, at: 96, from: 36, to: 500), Ruling(.horizontal, at: 130, from: 36, to: 500),
                     Ruling(.vertical, at: 36, from: 96, to: 130), Ruling(.vertical, at: 500, from: 96, to: 130)]
        let note: [(String, Double, Double)] = [("Catatan: angka sementara, akan diperbarui pada laporan berikutnya.", 40, 100),
                                                ("Sumber: data olahan.", 40, 111)]
        #expect(TableReader().tables(in: [page(note, rules: rules)]).isEmpty)
    }

    @Test func shortEntriesUnderASparseFirstColumnAreRows() throws {
        // Outer columns filled once, inner ones on every line: C2 is an entry, not a wrap of
        // C1 (C1 left its column room for it).
        var lines: [(String, Double, Double)] = [("Outer one", 40, 100), ("Long header one", 140, 100), ("Long header two", 260, 100)]
        lines += [("A1", 40, 114), ("C1", 140, 114), ("D1", 260, 114)]
        for (i, n) in ["2", "3", "4"].enumerated() {
            lines += [("C" + n, 140, 128 + Double(i) * 14), ("D" + n, 260, 128 + Double(i) * 14)]
        }
        let t = try #require(TableReader().tables(in: [page(lines)]).first)
        #expect(texts(t) == [["Outer one", "Long header one", "Long header two"], ["A1", "C1", "D1"],
                             ["", "C2", "D2"], ["", "C3", "D3"], ["", "C4", "D4"]])
    }

    @Test func hugePageStaysBounded() {
        // 50 000 words in 25 columns on a page three billion points wide: the work follows
        // the words, not the page's width.
        var words: [Word] = []
        for r in 0..<2000 {
            for c in 0..<25 {
                let x = Double(c) * 1.2e8, y = 40 + Double(r) * 12
                words.append(Word(text: "\(r * 25 + c)", box: Rect(x0: x, y0: y, x1: x + 20, y1: y + 9), fontSize: 9))
            }
        }
        let page = Page(number: 1, width: 3e9, height: 24_100, words: words, rulings: [], source: .native)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = TableReader().tables(in: [page]) }
        #expect(elapsed < .seconds(20))
    }

    @Test func labelValueFormIsNotATable() {
        let placed: [(String, Double, Double)] = [
            ("Name", 60, 200), (": Martin Luther, S.H.", 130, 200), ("Position", 60, 212), (": Head of Planning", 130, 212),
            ("Name", 60, 224), (": Samsul Bahri", 130, 224), ("Position", 60, 236), (": Secretary", 130, 236),
        ]
        #expect(TableReader().tables(in: [page(placed)]).isEmpty)
    }
}

/// Fuzzing found a header whose phrases sat 1e9 pt apart: the gutter search between them
/// must cost what the words cost, not what the distance costs (it once allocated 2 GB).
@Suite("Tables: far-apart header phrases")
struct FarApartPhrasesTests {
    @Test func gutterCostFollowsWordsNotDistance() {
        let far = 1e9
        var placed: [(String, Double, Double)] = [("No", 40, 100), ("Indikator", 80, 100), ("Target", far, 100)]
        for i in 0..<4 {
            let y = 116 + Double(i) * 14
            placed += [("\(i + 1)", 40, y), ("Persentase capaian \(i)", 80, y), ("\(90 + i)%", far, y)]
        }
        let p = Page(number: 1, width: far + 100, height: 842,
                     words: placed.flatMap { PageFixture.words($0.0, x: $0.1, y: $0.2) }, rulings: [], source: .native)
        let clock = ContinuousClock()
        let took = clock.measure { _ = TableReader().tables(in: [p]) }
        #expect(took < .seconds(2))
    }
}

@Suite("Tables: where a rule-less table ends")
struct TextGridsEndTests {
    /// A paragraph set under a rule-less table whose first line opens with a run-in
    /// heading ("Step 2.  Use the amount …") has two phrases like a row, but it stands apart
    /// from the table, its text runs across the table's gutters and the paragraph's next
    /// line follows it closely: it is the paragraph's first line, not a last row (us-007 in
    /// the tabula suite).
    @Test func paragraphOpeningWithARunInHeadingIsNotARow() throws {
        var placed = stateLines()
        placed += [("Step 2.", 40, 192), ("Use the amount figured in Step 1 and the", 90, 192),
                   ("number of withholding allowances claimed (generally limited to one allowance)", 40, 204),
                   ("to figure income tax withholding from the wages of the employee.", 40, 216)]
        let t = try #require(TableReader().tables(in: [page(placed)]).first)
        #expect(t.rows.count == 6)
        #expect(texts(t).last == ["Maharashtra", "5112", "7600", "8100"])
    }

    /// A spanning last row (a total, a note row) stays in the table when the text under it
    /// does not make it a paragraph's first line: at the table's own line spacing with prose
    /// right under it (evenly spaced lines are the table's, or justified prose, not a
    /// heading), or set apart from the text under it.
    @Test(arguments: [198.0, 214.0])
    func spanningLastRowStays(proseAt y: Double) throws {
        var placed = stateLines()
        placed += [("Total", 40, 186), ("all states of the survey listed above", 90, 186),
                   ("A paragraph of running text under the table, which goes on for a while here.", 40, y)]
        let t = try #require(TableReader().tables(in: [page(placed)]).first)
        #expect(t.rows.count == 7)
    }

    /// A header line whose labels stand one space apart, each over its own column (`method
    /// method sterilization sterilization`, camelot's rotated stream table), is cut at the
    /// columns' boundaries: one label a cell. A title centred over a group of columns, with
    /// fewer words than the columns it covers, stays one cell.
    @Test func headerLabelsOneSpaceApartGoToTheirOwnColumns() throws {
        let placed = underLabelLine([
            ("Modern method", 240, 88), ("Other", 420, 88),
            ("Group", 40, 100), ("sterilize", 200, 100), ("injection", 245, 100), ("implanted", 290, 100),
            ("condomize", 335, 100), ("Misc", 436, 100),
        ])
        let t = try #require(TableReader().tables(in: [page(placed)]).first)
        let header = try #require(texts(t).first { $0.first == "Group" })
        #expect(header == ["Group", "sterilize", "injection", "implanted", "condomize", "Misc"])
        #expect(texts(t).contains { $0.contains("Modern method") })
    }

    /// A two-word title over two columns in a line of labels, its words not set as the
    /// columns set their text (centred over the pair, not over each column), stays one cell.
    @Test func titleOverTwoColumnsInALabelLineStaysWhole() throws {
        let placed = underLabelLine([
            ("Group", 40, 100), ("Pencapaian", 190, 100), ("Kinerja", 237, 100), ("implanted", 290, 100),
            ("condomize", 335, 100), ("Misc", 436, 100),
        ])
        let t = try #require(TableReader().tables(in: [page(placed)]).first)
        let header = try #require(texts(t).first { $0.first == "Group" })
        #expect(header == ["Group", "Pencapaian Kinerja", "", "implanted", "condomize", "Misc"])
    }

    /// A header wider than the last column, sticking out past the body's right edge, adds
    /// no column of its own (one empty in every row but the header's span): us-007 p2's
    /// `Add Additional` over its amounts.
    @Test func headerStickingOutOfTheLastColumnAddsNoColumn() throws {
        var placed: [(String, Double, Double)] = [("Payroll Period", 40, 100), ("Add Additional", 300, 100)]
        let amounts = ["40.40", "80.80", "87.50", "175.00", "525.00", "1,050.00", "2,100.00", "8.10", "12.00"]
        for (r, a) in amounts.enumerated() {
            let y = 116 + Double(r) * 14
            placed.append(("Period \(r + 1)", 40, y))
            placed.append((a, 352.5 - Double(a.count) * PageFixture.charWidth, y))
        }
        let t = try #require(TableReader().tables(in: [page(placed)]).first)
        #expect(t.columns.count == 2)
        #expect(texts(t).first == ["Payroll Period", "Add Additional"])
        #expect(texts(t).last == ["Period 9", "12.00"])
    }

    /// The same at the left edge: a header wider than the first column, sticking out left of
    /// the body's numbers (`No.` over `1`…`9`), adds no column of its own (a pool LKjIP's
    /// p24, whose `No.` was otherwise a column empty in every row but the header's).
    @Test func headerStickingOutOfTheFirstColumnAddsNoColumn() throws {
        var placed: [(String, Double, Double)] = [("No.", 40, 100), ("Indikator Kinerja", 100, 100), ("Target", 300, 100)]
        for r in 0..<9 {
            let y = 116 + Double(r) * 14
            placed.append(("\(r + 1)", 46, y))
            placed.append(("Indicator \(r + 1)", 100, y))
            placed.append(("\(r + 1)0%", 300, y))
        }
        let t = try #require(TableReader().tables(in: [page(placed)]).first)
        #expect(t.columns.count == 3)
        #expect(texts(t).first == ["No.", "Indikator Kinerja", "Target"])
        #expect(texts(t).last == ["9", "Indicator 9", "90%"])
    }

    /// A cell's last line set with a hanging indent under the table's last row ("(each day
    /// of the payroll period)" under "Daily or Miscellaneous", us-007) belongs to the
    /// table; a paragraph's indented first line under a table, its paragraph close under
    /// it, does not.
    @Test func hangingIndentUnderTheLastRowStays() throws {
        var placed = stateLines()
        placed += [("(each day of the period)", 50, 184),
                   ("A paragraph of running text under the table, which goes on for a while here.", 40, 204)]
        let t = try #require(TableReader().tables(in: [page(placed)]).first)
        #expect(texts(t).joined().contains { $0.contains("(each day of the period)") })
        #expect(!texts(t).joined().contains { $0.contains("paragraph") })

        var prose = stateLines()
        prose += [("The wage amounts shown in", 50, 184),
                  ("the tables for income tax withholding are net wages after the deduction", 40, 195)]
        let u = try #require(TableReader().tables(in: [page(prose)]).first)
        #expect(u.rows.count == 6)
        #expect(!texts(u).joined().contains { $0.contains("wage") })
    }
}
