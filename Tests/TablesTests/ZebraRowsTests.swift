import KinerjaModel
import Testing
@testable import Tables

/// A table without rules whose rows are told apart only by alternating fills (zebra bands):
/// every line of one band belongs to one row, even a wrapped line that starts with a capital
/// beside text in the first column; lines of two bands are never one row.
@Suite("Tables: zebra-shaded rows without rules")
struct ZebraRowsTests {
    static let xs: [Double] = [40, 160, 300, 360]
    static let blue = RGBColor(r: 0.86, g: 0.9, b: 0.95)
    static let grey = RGBColor(r: 0.6, g: 0.7, b: 0.85)

    /// Bands of (top, lines of [column 0, column 1, column 2]); the header band first.
    static let bands: [(top: Double, lines: [[String]])] = [
        (100, [["Sasaran", "Indikator Kinerja", "Target"]]),
        (115, [["Meningkatnya akses", "Cakupan Pelayanan", "70%"],
               ["Masyarakat terhadap", "Hijau Ruang Terbuka", ""],
               ["Air Minum", "", ""]]),
        (151, [["Terselenggaranya", "Persentase SDM Jasa", "31 %"],
               ["Ruang Berkelanjutan", "Konstruksi Bersertifikat", ""]]),
        (176, [["Meningkatnya Jumlah", "Cakupan Rumah", "92 %"],
               ["Rumah Layak", "Layak Huni", ""]]),
        (201, [["Terwujudnya Pelayanan", "Jumlah Contoh Uji", "1.320"],
               ["Uji Mutu", "Dapat Dilayani", ""]]),
    ]
    static let foot: Double = 226

    /// The page: words of every band, a fill under the header and every other body band,
    /// one fill per cell and, inside it, one per text line (as word processors paint
    /// paragraph shading), no rules.
    static func page(header: [String]) -> Page {
        var words: [Word] = []
        var fills: [Fill] = []
        for (b, band) in bands.enumerated() {
            let bottom = b + 1 < bands.count ? bands[b + 1].top : foot
            for (l, line) in band.lines.enumerated() {
                let texts = b == 0 ? header : line
                for (c, text) in texts.enumerated() where !text.isEmpty {
                    words += PageFixture.words(text, x: xs[c] + 3, y: band.top + 3 + Double(l) * PageFixture.pitch)
                }
            }
            guard b % 2 == 0 || b == 0 else { continue }
            let colour = b == 0 ? grey : blue
            for c in 0..<(xs.count - 1) {
                fills.append(Fill(box: Rect(x0: xs[c], y0: band.top, x1: xs[c + 1], y1: bottom), color: colour, order: fills.count))
                for l in band.lines.indices {
                    let y = band.top + 2 + Double(l) * PageFixture.pitch
                    fills.append(Fill(box: Rect(x0: xs[c] + 2, y0: y, x1: xs[c + 1] - 2, y1: y + PageFixture.pitch),
                                      color: colour, order: fills.count))
                }
            }
        }
        var page = PageFixture.page(1, grid: nil)
        page.words = words
        page.shading = fills
        return page
    }

    func table(header: [String]) throws -> Table {
        let tables = TableReader(hints: .testWords).tables(in: [Self.page(header: header)])
        return try #require(tables.first)
    }

    /// Found by the header's words (known to the hints) and by geometry alone (words the
    /// hints do not know): the same rows either way.
    @Test(arguments: [["Sasaran", "Indikator Kinerja", "Target"], ["Goal", "Measure", "Value"]])
    func eachBandIsOneRow(header: [String]) throws {
        let t = try table(header: header)
        // (A header of unknown words stays a first row: which row heads a table is not this test's matter.)
        let rows = t.rows.filter { $0[0].text != header[0] }
        #expect(rows.count == 4)
        #expect(rows.map { $0[0].text } == ["Meningkatnya akses Masyarakat terhadap Air Minum",
                                             "Terselenggaranya Ruang Berkelanjutan",
                                             "Meningkatnya Jumlah Rumah Layak",
                                             "Terwujudnya Pelayanan Uji Mutu"])
        #expect(rows.map { $0[1].text } == ["Cakupan Pelayanan Hijau Ruang Terbuka",
                                             "Persentase SDM Jasa Konstruksi Bersertifikat",
                                             "Cakupan Rumah Layak Huni",
                                             "Jumlah Contoh Uji Dapat Dilayani"])
        #expect(rows.map { $0[2].text } == ["70%", "31 %", "92 %", "1.320"])
    }
}
