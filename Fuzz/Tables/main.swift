import FuzzDriver
import KinerjaModel
import Tables

/// The table reconstructor on random words and rules (short, long, degenerate, outside
/// the page) over one to three pages: any geometry gives tables, never a trap or a hang.
@_cdecl("FuzzTables_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        var f = FuzzBytes(data, size)
        let pageCount = 1 + f.int(3)
        var pages: [Page] = []
        let vocabulary = ["No", "Sasaran", "Indikator", "Target", "Realisasi", "Capaian", "%", "100", "96,7",
                          "2024", "TAHUN", "(1)", "(2)", "1", "2", "Tabel", "3.1", "-", "Rp", "1.000.000"]
        for n in 1...pageCount {
            let w = 200 + Double(f.int(800)), h = 200 + Double(f.int(1000))
            var words: [Word] = []
            for _ in 0..<f.int(80) {
                let x = f.coordinate(w), y = f.coordinate(h)
                let text = f.byte() % 4 == 0 ? f.string(max: 6) : vocabulary[f.int(vocabulary.count)]
                let size = Double(1 + f.int(20))
                words.append(Word(text: text.isEmpty ? "x" : text,
                                  box: Rect(x0: x, y0: y, x1: x + Double(f.int(120)), y1: y + size),
                                  fontSize: size, bold: f.byte() % 5 == 0))
            }
            var rulings: [Ruling] = []
            for _ in 0..<f.int(40) {
                let horizontal = f.byte() % 2 == 0
                let a = f.coordinate(horizontal ? h : w), s = f.coordinate(horizontal ? w : h)
                rulings.append(Ruling(horizontal ? .horizontal : .vertical, at: a, from: s, to: s + f.coordinate(horizontal ? w : h)))
            }
            pages.append(Page(number: n, width: w, height: h, words: words, rulings: rulings, source: .native))
        }
        _ = TableReader().tables(in: pages)
        return 0
    }
}
