import Foundation
import KinerjaModel

/// Column roles from the Indonesian header vocabulary, tolerant of case, spacing,
/// typos and OCR noise (`Realiasi`, `TARGET  KINERJA`, `Indikator Kinerja strategis`).
public enum ColumnRoles {
    /// Lower-cased ASCII letters and digits, one space between words.
    static func words(_ s: String) -> [String] { HeaderText.words(s) }

    /// True when `word` is `key` or within a small edit distance of it (typos, OCR).
    static func like(_ word: String, _ key: String) -> Bool {
        if word == key { return true }
        guard key.count >= 5, abs(word.count - key.count) <= 2 else { return false }
        return editDistance(word, key, limit: key.count >= 8 ? 2 : 1) != nil
    }

    /// Levenshtein distance when ≤ limit, else nil.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
        let a = Array(a), b = Array(b)
        var prev = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var cur = [i] + Array(repeating: 0, count: b.count)
            var best = cur[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, cur[j])
            }
            if best > limit { return nil }
            prev = cur
        }
        return prev[b.count] <= limit ? prev[b.count] : nil
    }

    /// A header word like `key`; or, for long keys, `key` inside the letters run together,
    /// since narrow header cells break words without a hyphen (`REALIS ASI`, `CAPAIA N`).
    static func has(_ ws: [String], _ key: String) -> Bool {
        ws.contains { like($0, key) } || (key.count >= 6 && ws.count > 1 && ws.joined().contains(key))
    }

    /// A four-digit year 2000...2099 standing alone in a header.
    public static func year(in header: String) -> Int? {
        for w in words(header) where w.count == 4 {
            if let y = Int(w), (2000...2099).contains(y) { return y }
        }
        return nil
    }

    /// The role of a column from its own header and the group header above it.
    public static func role(header: String, group: String?) -> (ColumnRole, Int?) {
        let h = words(header)
        let g = words(group ?? "")
        let tahun = year(in: header) ?? year(in: group ?? "")

        // Under a schedule group (RENCANA PELAKSANAAN, Pelaksanaan Kegiatan Triwulan, BULAN).
        if !g.isEmpty, has(g, "pelaksanaan") || has(g, "triwulan") || has(g, "bulan") || has(g, "jadwal"),
           !has(g, "target"), !has(g, "realisasi") {
            return (.jadwal, nil)
        }
        if let y = year(in: header), h.count == 1 || (h.count == 2 && has(h, "tahun")) {
            // A bare year: its group says what it measures; alone it is a Renstra target.
            if has(g, "realisasi") { return (.realisasi, y) }
            if has(g, "capaian") { return (.capaian, y) }
            return (.target, y)
        }
        if h.isEmpty { return (.other, nil) }
        if h == ["no"] || h == ["nomor"] || h == ["no", "urut"] { return (.no, nil) }
        if has(h, "anggaran") || has(h, "pagu") || has(h, "biaya") || has(h, "dana") {
            return has(h, "realisasi") ? (.realisasiAnggaran, nil) : (.anggaran, nil)
        }
        if has(h, "target") {
            if has(h, "kegiatan") || has(h, "aksi") || has(h, "output") { return (.targetKegiatan, nil) }
            return (.target, tahun)
        }
        if has(h, "realisasi") || has(h, "realiasi") { return (.realisasi, tahun) }
        if has(h, "capaian") { return (.capaian, tahun) }
        if has(h, "indikator") { return (.indikator, nil) }
        if has(h, "sasaran") { return (.sasaran, nil) }
        if has(h, "pelaksana") || has(h, "penanggung") || has(h, "pic") { return (.pelaksana, nil) }
        if has(h, "pelaksanaan") { return (.pelaksana, nil) }
        if has(h, "keterangan") || h == ["ket"] { return (.keterangan, nil) }
        if has(h, "kegiatan") || has(h, "aksi") { return (.kegiatan, nil) }
        if has(h, "program") { return (.program, nil) }
        if HeaderText.isScheduleLabel(header), group != nil { return (.jadwal, nil) }
        return (.other, nil)
    }

    /// Assigns roles to every column of a table. Year columns that stand after the
    /// indikator column with no group are the Renstra's yearly targets.
    public static func assign(_ columns: [Column]) -> [Column] {
        columns.map { c in
            var c = c
            let (role, tahun) = role(header: c.header, group: c.group)
            c.role = role
            c.tahun = tahun
            return c
        }
    }
}
