import Foundation
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
