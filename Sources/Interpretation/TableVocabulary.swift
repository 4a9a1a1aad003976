import FoundationEssentials
import KinerjaModel

/// The words of SAKIP tables that give the table stage confidence (it finds tables by
/// geometry and knows no language): which cells name columns, which short labels sit under a
/// group header, which headers name columns that start rows, which lines are captions.
/// `Kinerja` hands these to `Tables` as its `HeaderHints`.
public enum TableVocabulary {
    /// Words that make a row a header row in these documents (compared folded, prefix-wise).
    static let vocabulary = [
        "no", "sasaran", "indikator", "target", "realisasi", "realiasi", "capaian", "program",
        "kegiatan", "anggaran", "pagu", "pelaksana", "keterangan", "ket", "uraian", "tujuan",
        "tahun", "jumlah", "status", "komponen", "bobot", "nilai", "rentang", "kategori",
        "subbagian", "area", "sub", "kinerja", "rencana", "triwulan", "bulan", "satuan", "output",
    ]

    /// A header-looking cell: at least one word from the vocabulary. Narrow header cells
    /// break words without a hyphen (`REALIS` / `ASI`), so the letters run together count too.
    @Sendable public static func isHeaderText(_ s: String) -> Bool {
        if let ascii = asciiIsHeaderText(s) { return ascii }
        let ws = HeaderText.words(s)
        guard !ws.isEmpty else { return false }
        // `No` names a numbering column only as the cell's whole text (`NO`, `No. Urut`):
        // inside a longer header it is the English "No. of …", which says nothing.
        let candidates = ws.count <= 2 ? vocabulary : vocabulary.filter { $0 != "no" }
        if ws.contains(where: { w in
            // ASCII words (the vocabulary is ASCII): the same test on the bytes.
            guard w.utf8.allSatisfy({ $0 < 0x80 }) else { return candidates.contains { w.hasPrefix($0) && (w.count <= $0.count + 4) } }
            let b = Array(w.utf8)
            return vocabularyBytes.contains { v in
                (ws.count <= 2 || v != noBytes) && b.count >= v.count && b.count <= v.count + 4 && b[..<v.count].elementsEqual(v)
            }
        }) { return true }
        let run = ws.joined()
        if run.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: a plain byte search finds what Foundation's `contains` finds, far faster.
            let bytes = Array(run.utf8)
            return longVocabulary.contains { v in
                bytes.count >= v.count && (0...(bytes.count - v.count)).contains { i in bytes[i..<(i + v.count)].elementsEqual(v) }
            }
        }
        return vocabulary.contains { $0.count >= 6 && run.contains($0) }
    }

    /// `isHeaderText` on ASCII text (nearly every cell) in one pass over the bytes, without a
    /// String per word: the folded words (`HeaderText.words`) are runs of the lower-cased
    /// letters and digits, and `run` is those runs joined. Nil for other text.
    static func asciiIsHeaderText(_ s: String) -> Bool? {
        var run: [UInt8] = []
        run.reserveCapacity(s.utf8.count)
        var wordCount = 0, wordStart = 0
        var vocabularyWord = false, noWord = false
        func endWord() {
            guard run.count > wordStart else { return }
            wordCount += 1
            let w = run[wordStart...]
            let first = w[w.startIndex]
            for v in vocabularyBytes where v[0] == first && w.count >= v.count && w.count <= v.count + 4
                && w.prefix(v.count).elementsEqual(v) {
                if v == noBytes { noWord = true } else { vocabularyWord = true }
            }
            wordStart = run.count
        }
        for b in s.utf8 {
            if b >= 0x80 { return nil }
            if (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) {
                run.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else {
                endWord()
            }
        }
        endWord()
        guard wordCount > 0 else { return false }
        // `no` counts only in a header of one or two words.
        if vocabularyWord || (noWord && wordCount <= 2) { return true }
        return longVocabulary.contains { v in
            run.count >= v.count && (0...(run.count - v.count)).contains { i in run[i] == v[0] && run[i..<(i + v.count)].elementsEqual(v) }
        }
    }

    /// The vocabulary as bytes, and `no` (a candidate only in short headers).
    private static let vocabularyBytes = vocabulary.map { Array($0.utf8) }
    private static let noBytes = Array("no".utf8)

    /// The vocabulary's words of six letters or more, as bytes (searched inside run-together words).
    private static let longVocabulary = vocabulary.filter { $0.count >= 6 }.map { Array($0.utf8) }

    /// A schedule label under its group (`B1`, `TW I`, a month).
    @Sendable public static func isSubLabel(_ s: String) -> Bool {
        HeaderText.isScheduleLabel(s)
    }

    /// A rule-less line with text under these headers is a new row: the numbering and the measures.
    @Sendable public static func startsRow(_ header: String) -> Bool {
        HeaderText.words(header).contains { $0.hasPrefix("target") || $0.hasPrefix("realisasi") || $0.hasPrefix("capaian") || $0 == "no" }
    }

    /// `Tabel 3.1 …`, `Table 2 …`.
    @Sendable public static func isCaption(_ text: String) -> Bool {
        let t = text.lowercased()
        return t.hasPrefix("tabel") || t.hasPrefix("table")
    }
}
