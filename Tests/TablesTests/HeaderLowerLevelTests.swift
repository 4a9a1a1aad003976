import KinerjaModel
@testable import Tables
import Testing

private let xs: [Double] = [40, 200, 360, 420, 480, 540, 600]

/// Sasaran | Indikator | a group over years, each year over labels no hint knows
/// (`TARGET | BIAYA` under 2017, `TARGET | BL` under 2018), then one body row.
private func grid(lower: [String], body: [String]) -> GridSpec {
    GridSpec(xs: xs, ys: [100, 115, 130, 145, 190],
             cells: [
                (0, 0, 3, 1, ["Sasaran"]), (0, 1, 3, 1, ["Indikator Kinerja"]),
                (0, 2, 1, 4, ["Kinerja dan Pendanaan"]),
                (1, 2, 1, 2, ["2017"]), (1, 4, 1, 2, ["2018"]),
                (2, 2, 1, 1, [lower[0]]), (2, 3, 1, 1, [lower[1]]), (2, 4, 1, 1, [lower[2]]), (2, 5, 1, 1, [lower[3]]),
                (3, 0, 1, 1, [body[0]]), (3, 1, 1, 1, [body[1]]), (3, 2, 1, 1, [body[2]]),
                (3, 3, 1, 1, [body[3]]), (3, 4, 1, 1, [body[4]]), (3, 5, 1, 1, [body[5]]),
             ])
}

private let body = ["Meningkatnya rumah layak huni", "Cakupan rumah layak huni", "75%", "159.600", "80%", "86.250"]

@Suite("Tables: a header's lower level of labels no hint knows")
struct HeaderLowerLevelTests {
    @Test func repeatingLabelsUnderGroupsAreTheHeadersLowerLevel() throws {
        let page = PageFixture.page(1, grid: grid(lower: ["TARGET", "BIAYA", "TARGET", "BL"], body: body))
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.map { $0.map(\.text) } == [body])
        #expect(t.columns.dropFirst(2).map(\.header) == ["TARGET", "BIAYA", "TARGET", "BL"])
        #expect(t.columns[3].group == "Kinerja dan Pendanaan > 2017")
        #expect(t.columns[5].group == "Kinerja dan Pendanaan > 2018")
    }

    @Test func labelsWithAUnitAndTheirGroupsYearAreTheLowerLevel() throws {
        // `Target (%) | Capkin 2017` under 2017, `Target ( %) | Capkin 2018` under 2018: the
        // bracketed unit and the group's year only qualify the label.
        let lower = ["Target (%)", "Capkin 2017", "Target ( %)", "Capkin 2018"]
        let page = PageFixture.page(1, grid: grid(lower: lower, body: body))
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.map { $0.map(\.text) } == [body])
        #expect(t.columns.dropFirst(2).map(\.header) == lower)
        #expect(t.columns[5].group == "Kinerja dan Pendanaan > 2018")
    }

    @Test func labelsWithFiguresBesideTheirWordsStayABodyRow() throws {
        // A figure that is no year (`Target 75`) is a body row's.
        let page = PageFixture.page(1, grid: grid(lower: ["Target 75", "Capkin 2017", "Target 80", "Capkin 2018"], body: body))
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.count == 2)
    }

    @Test func aThirdLevelOfLabelsUnderTheLowerLevelIsTheHeadersToo() throws {
        // `Mutasi 2013 | Mutasi 2014` over `Berkurang | Bertambah` twice over `Barang | Harga (Rp)`
        // four times: three header rows, whatever their words.
        var cells: [(Int, Int, Int, Int, [String])] = [(0, 0, 3, 1, ["Nama Barang"]), (0, 1, 1, 4, ["Mutasi 2013"]), (0, 5, 1, 4, ["Mutasi 2014"])]
        for k in 0..<4 {
            cells.append((1, 1 + 2 * k, 1, 2, [k % 2 == 0 ? "Berkurang" : "Bertambah"]))
            cells += [(2, 1 + 2 * k, 1, 1, ["Barang"]), (2, 2 + 2 * k, 1, 1, ["Harga (Rp)"])]
        }
        let row = ["Tanah", "0", "-", "1", "25.000", "0", "-", "2", "40.000"]
        cells += row.enumerated().map { (3, $0.offset, 1, 1, [$0.element]) }
        let spec = GridSpec(xs: [40, 140] + (1...8).map { 140 + Double($0) * 52 }, ys: [100, 115, 130, 145, 160], cells: cells)
        let t = try #require(TableReader(hints: .testWords).tables(in: [PageFixture.page(1, grid: spec)]).first)
        #expect(t.rows.map { $0.map(\.text) } == [row])
        #expect(t.columns[2].header == "Harga (Rp)")
        #expect(t.columns[2].group == "Mutasi 2013 > Berkurang")
    }

    @Test func wordsThatDoNotRepeatStayABodyRow() throws {
        // Four different words under the groups: as likely a row of verdicts as a header.
        let page = PageFixture.page(1, grid: grid(lower: ["Baik", "Cukup", "Kurang", "Buruk"], body: body))
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.count == 2)
        #expect(t.rows.first?.map(\.text) == ["", "", "Baik", "Cukup", "Kurang", "Buruk"])
    }

    @Test func aRowWithFiguresIsNoHeaderLevel() throws {
        let page = PageFixture.page(1, grid: grid(lower: ["TARGET", "100", "TARGET", "BL"], body: body))
        let t = try #require(TableReader(hints: .testWords).tables(in: [page]).first)
        #expect(t.rows.count == 2)
    }

    @Test func yearGroupsOverRepeatingLabelsAreAHeaderWithOneHeaderWord() throws {
        // `Indikator Sasaran | 2015 | 2016` over `TARGET | REALISASI` twice: one header word
        // only, the shape says header.
        let spec = GridSpec(xs: [40, 240, 300, 360, 420, 480], ys: [100, 115, 130, 175],
                            cells: [
                                (0, 0, 2, 1, ["Indikator Sasaran"]), (0, 1, 1, 2, ["2015"]), (0, 3, 1, 2, ["2016"]),
                                (1, 1, 1, 1, ["TARGET"]), (1, 2, 1, 1, ["REALISASI"]),
                                (1, 3, 1, 1, ["TARGET"]), (1, 4, 1, 1, ["REALISASI"]),
                                (2, 0, 1, 1, ["Persentase rumah tangga ber-PHBS"]), (2, 1, 1, 1, ["40 %"]),
                                (2, 2, 1, 1, ["53,6 %"]), (2, 3, 1, 1, ["55%"]), (2, 4, 1, 1, ["56,03%"]),
                            ])
        let t = try #require(TableReader(hints: .testWords).tables(in: [PageFixture.page(1, grid: spec)]).first)
        #expect(t.rows.map { $0.map(\.text) } == [["Persentase rumah tangga ber-PHBS", "40 %", "53,6 %", "55%", "56,03%"]])
        #expect(t.columns.dropFirst().map(\.header) == ["TARGET", "REALISASI", "TARGET", "REALISASI"])
        #expect(t.columns.dropFirst().map(\.group) == ["2015", "2015", "2016", "2016"])
    }
}
