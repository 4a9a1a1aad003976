import FoundationEssentials
import KinerjaModel
import Values

/// Column roles from the Indonesian header vocabulary, tolerant of case, spacing,
/// typos and OCR noise (`Realiasi`, `TARGET  KINERJA`, `Indikator Kinerja strategis`).
public enum ColumnRoles {
    /// Lower-cased ASCII letters and digits, one space between words.
    static func words(_ s: String) -> [String] { HeaderText.words(s) }

    /// True when `word` is `key` or within a small edit distance of it (typos, OCR).
    static func like(_ word: String, _ key: String) -> Bool {
        if word == key { return true }
        // ASCII without CR (one Character a byte): the lengths are byte counts; most words
        // are told apart by length alone, without counting Characters (this runs for every
        // word of every header against every key).
        if let w = asciiLength(word), let k = asciiLength(key) {
            // (The distance is at least the difference in length: beyond the limit, no pair.)
            let limit = k >= 8 ? 2 : 1
            guard k >= 5, abs(w - k) <= limit else { return false }
            return editDistance(word, key, limit: limit) != nil
        }
        guard key.count >= 5, abs(word.count - key.count) <= 2 else { return false }
        return editDistance(word, key, limit: key.count >= 8 ? 2 : 1) != nil
    }

    /// The length of ASCII text without CR (where Characters are bytes), else nil.
    private static func asciiLength(_ s: String) -> Int? {
        var n = 0
        for b in s.utf8 {
            if b >= 0x80 || b == 0x0D { return nil }
            n += 1
        }
        return n
    }

    /// Levenshtein distance when ≤ limit, else nil.
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int? {
        // Header words are nearly always ASCII, where characters are bytes: the same distance
        // on the UTF-8 without building arrays of Characters (it was ~4 % of a run).
        if a.utf8.allSatisfy({ $0 < 0x80 }), b.utf8.allSatisfy({ $0 < 0x80 }) {
            var a = a, b = b
            return a.withUTF8 { a in b.withUTF8 { b in asciiEditDistance(a, b, limit: limit) } }
        }
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

    /// `editDistance` over bytes, with two rows reused.
    private static func asciiEditDistance(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int) -> Int? {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= limit ? max(a.count, b.count) : nil }
        // The two rows on the stack (header words are short): no allocation per pair.
        return withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * (b.count + 1)) { rows in
            var prev = UnsafeMutableBufferPointer(rebasing: rows[0...b.count])
            var cur = UnsafeMutableBufferPointer(rebasing: rows[(b.count + 1)...])
            for j in 0...b.count { prev[j] = j }
            return asciiEditDistanceRows(a, b, limit: limit, prev: &prev, cur: &cur)
        }
    }

    private static func asciiEditDistanceRows(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>, limit: Int,
                                              prev: inout UnsafeMutableBufferPointer<Int>,
                                              cur: inout UnsafeMutableBufferPointer<Int>) -> Int? {
        for i in 1...a.count {
            cur[0] = i
            var best = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                best = min(best, cur[j])
            }
            if best > limit { return nil }
            swap(&prev, &cur)
        }
        return prev[b.count] <= limit ? prev[b.count] : nil
    }

    /// A header word like `key`; or, for long keys, `key` inside the letters run together,
    /// since narrow header cells break words without a hyphen (`REALIS ASI`, `CAPAIA N`).
    static func has(_ ws: [String], _ key: String) -> Bool {
        ws.contains { like($0, key) } || (key.count >= 6 && ws.count > 1 && contains(ws.joined(), key))
    }

    /// `text.contains(key)`; byte-wise when both are ASCII (no canonical equivalence to mind).
    private static func contains(_ text: String, _ key: String) -> Bool {
        // On the strings' own UTF-8 (no copies into arrays: this runs for many keys per header).
        var text = text, key = key
        let found: Bool? = text.withUTF8 { t in
            key.withUTF8 { k -> Bool? in
                guard t.allSatisfy({ $0 < 0x80 }), k.allSatisfy({ $0 < 0x80 }), !k.isEmpty else { return nil }
                guard t.count >= k.count else { return false }
                for i in 0...(t.count - k.count) where t[i] == k[0] {
                    var j = 1
                    while j < k.count, t[i + j] == k[j] { j += 1 }
                    if j == k.count { return true }
                }
                return false
            }
        }
        return found ?? text.contains(key)
    }

    /// A four-digit year 2000...2099 standing alone in a header.
    public static func year(in header: String) -> Int? {
        for w in words(header) where w.count == 4 {
            if let y = Int(w), (2000...2099).contains(y) { return y }
        }
        // (A year printed against its word, `Tahun2016`, `Th2016`.)
        for w in words(header) where w.count > 4 {
            let digits = w.suffix(4), word = w.dropLast(4)
            if word.allSatisfy(\.isLetter), digits.allSatisfy(\.isASCII), let y = Int(digits), (2000...2099).contains(y) { return y }
        }
        return nil
    }

    /// The quarter (1...4) a column stands for: `Trw I`, `TW 2`, `Triwulan III`, a bare `IV`
    /// under a group naming a measure, or the quarter its group ends with (`… Triwulan II` / `K`).
    public static func quarter(header: String, group: String?) -> Int? {
        if let q = quarterLabel(header) { return q }
        // `K` (kinerja) under `Triwulan II`: the group's last word names the quarter.
        if let group, let last = words(group).last, words(group).count >= 2,
           let q = romanOrDigit(last), has(words(group).dropLast().map { $0 }, "triwulan") || words(group).dropLast().last == "trw" || words(group).dropLast().last == "tw" {
            return q
        }
        return nil
    }

    static func romanOrDigit(_ w: String) -> Int? {
        switch w {
        case "i", "1": return 1
        case "ii", "2": return 2
        case "iii", "3": return 3
        case "iv", "4": return 4
        default: return nil
        }
    }

    /// `Trw I`, `TW.2`, `Triwulan III`, `Tw IV`, `I`…`IV` alone.
    public static func quarterLabel(_ header: String) -> Int? {
        let w = words(header)
        if w.count == 1, w[0].count <= 3, let q = romanOrDigit(w[0]), w[0] != "1" && w[0] != "2" && w[0] != "3" && w[0] != "4" { return q }
        if w.count == 1, w[0].hasPrefix("tw"), let q = romanOrDigit(String(w[0].dropFirst(2))) { return q }
        if w.count == 2, ["trw", "tw", "triwulan", "tri", "q"].contains(w[0]) || like(w[0], "triwulan"), let q = romanOrDigit(w[1]) { return q }
        return nil
    }

    /// `K` / `Kinerja` (the measure) or `Rp` / `Keuangan` (the money): the labels of the two
    /// halves of the pair Permendagri 86's Renja evaluation puts under each quarter and group.
    /// Returns `k` or `rp`.
    /// A Renstra's "Rencana Program, Kegiatan, Indikator Kinerja, Kelompok Sasaran dan
    /// Pendanaan Indikatif" (Permendagri 54) pairs `Target` or `Volume` with `Rp (juta)` under each year.
    public static func pairLabel(_ s: String) -> String? {
        let w = words(s)
        if w.count == 2, w[0] == "rp", ["juta", "ribu", "miliar", "milyar", "000"].contains(w[1]) { return "rp" }
        guard w.count == 1 else { return nil }
        switch w[0] {
        case "k", "kinerja", "target", "volume": return "k"
        case "rp", "keuangan", "rupiah": return "rp"
        default: return nil
        }
    }

    /// A row at the top of the body holding only `K` / `Rp` labels (at least two, one of them
    /// money): the last level of the header block, left in the body by the table reader.
    public static func pairLabelRow(_ table: Table) -> Int? {
        table.rows.prefix(3).indices.first { r in
            // (A copy of a header cell spanning down into the row is no label of its own.)
            let texts = table.rows[r].filter { !$0.text.isEmpty && !$0.carried }.map(\.text)
            return texts.count >= 2 && texts.allSatisfy { pairLabel($0) != nil } && texts.contains { pairLabel($0) == "rp" }
        }
    }

    /// A header that says what its column's numbers are: `Target %`, `Realisasi (%)`, `%`.
    public static func headerSaysPercent(_ header: String, group: String?) -> Bool {
        (header + " " + (group ?? "")).contains("%")
    }

    /// The year of the plan a column counts (1 for its first year): a number `1`…`10`, or
    /// `ke-N`, under a group ending in `tahun ke-` (`Target Renstra OPD Tahun ke -`,
    /// `Rasio capaian pada tahun ke-`). A calendar year in the header is no plan year.
    public static func yearNumber(header: String, group: String?) -> Int? {
        guard let group else { return nil }
        return yearNumber(words(header), words(group))
    }

    /// A header level naming one year of the plan by its number: `Tahun 1`, `Tahun ke-3`,
    /// `Thn 2` (a Renstra's Pendanaan Indikatif over each `Target` | `Rp (Juta)` pair).
    public static func planYearLevel(_ level: String) -> Int? {
        var w = words(level)
        guard w.first == "tahun" || w.first == "thn" else { return nil }
        w.removeFirst()
        if w.first == "ke" { w.removeFirst() }
        guard w.count == 1, let n = Int(w[0]), (1...10).contains(n) else { return nil }
        return n
    }

    /// The plan year of a column: a number under `… Tahun ke-` (`yearNumber`), or the group's
    /// lowest level `Tahun N` over the column's measure or money.
    public static func planYear(header: String, group: String?) -> Int? {
        if let n = yearNumber(header: header, group: group) { return n }
        guard let lowest = group?.components(separatedBy: " > ").last else { return nil }
        return planYearLevel(lowest)
    }

    /// `yearNumber` on the header's and group's words (already split by `role`).
    static func yearNumber(_ h: [String], _ g: [String]) -> Int? {
        guard g.count >= 2, g[g.count - 1] == "ke", g[g.count - 2] == "tahun" || g[g.count - 2] == "thn" else { return nil }
        var h = h
        if h.count == 2, h[0] == "ke" { h.removeFirst() }
        guard h.count == 1, let n = Int(h[0]), (1...10).contains(n) else { return nil }
        return n
    }

    /// The measure a `… tahun ke-` group names: `Rasio capaian` is the capaian, `Realisasi
    /// Capaian` the realisasi. Money (`Anggaran Pada Tahun ke-`, `Realisasi Anggaran pada Tahun
    /// ke-`) is no measure: the plan year's anggaran or realisasi anggaran.
    static func yearNumberRole(_ g: [String]) -> ColumnRole? {
        if namesMoney(g), !namesPerformance(g) { return has(g, "realisasi") ? .realisasiAnggaran : .anggaran }
        if has(g, "anggaran") || has(g, "pagu") || g.contains("rp") || has(g, "keuangan") { return nil }
        if has(g, "rasio") && has(g, "capaian") { return .capaian }
        if has(g, "realisasi") { return .realisasi }
        if has(g, "capaian") { return .capaian }
        if has(g, "target") { return .target }
        return nil
    }

    /// The role of a column from its own header and the group header above it.
    /// A measure column whose header names money (`Realisasi (Rp)`, `Keuangan` / `Realisasi`,
    /// `Anggaran Pada Tahun ke-` / `2014`) is the money, never a measure of the indicator.
    public static func role(header: String, group: String?) -> (ColumnRole, Int?) {
        let (role, tahun) = headerRole(header: header, group: group)
        guard [.target, .realisasi, .capaian].contains(role), let money = moneyRole(header: header, group: group) else {
            return (role, tahun)
        }
        return (money, tahun ?? year(in: header) ?? year(in: group ?? ""))
    }

    /// Words that name money in a header: `Rp`, `(Rp.)`, `Rupiah`, `Anggaran`, `Pagu`, `Dana`,
    /// `Keuangan`, `Pendanaan`.
    static func namesMoney(_ w: [String]) -> Bool {
        w.contains("rp") || w.contains("dana") || w.contains("pagu") || w.contains("idr")
            || has(w, "anggaran") || has(w, "keuangan") || has(w, "rupiah")
            // (Exactly: `Pendapatan`, the revenue a `Target Pendapatan` column plans, is no budget.)
            || w.contains("pendanaan")
    }

    /// Words that name the performance half beside the money (`Target Kinerja … dan Kerangka
    /// Pendanaan`, `Realisasi Fisik dan Keuangan`): such a level names both, and decides nothing.
    static func namesPerformance(_ w: [String]) -> Bool {
        has(w, "kinerja") || has(w, "fisik") || w.contains("volume") || w.contains("k")
    }

    /// The money role of a column whose lowest header level that speaks of money or performance
    /// names money alone: `realisasi_anggaran` when a level from there down says `Realisasi`,
    /// else `anggaran`. Nil when that level names performance (or both: `Target Kinerja dan
    /// Kerangka Pendanaan` over `Target` | `Rp` — the lower level decides, and `Target` is the
    /// measure) or no level names money (`Target` of an indicator whose unit is rupiah).
    static func moneyRole(header: String, group: String?) -> ColumnRole? {
        let levels = ((group ?? "").components(separatedBy: " > ") + [header]).map(words).filter { !$0.isEmpty }
        var below: [String] = []
        for w in levels.reversed() {
            below += w
            let money = namesMoney(w), performance = namesPerformance(w)
            if performance { return nil }
            if money { return has(below, "realisasi") || has(below, "realiasi") ? .realisasiAnggaran : .anggaran }
        }
        return nil
    }

    /// Words that name the start of a plan period (`Tahun Awal`, `Kondisi … Awal Periode`,
    /// `Data Capaian pada Tahun Awal Perencanaan`): what was, not what is planned or reached.
    static func namesBaseline(_ w: [String]) -> Bool {
        w.contains("awal") && (has(w, "tahun") || has(w, "periode") || has(w, "kondisi"))
            && !has(w, "target") && !has(w, "realisasi") && !has(w, "indikator")
    }

    /// The role a column's header words give, before the money rule.
    static func headerRole(header: String, group: String?) -> (ColumnRole, Int?) {
        var h = words(separatingRunTogether(header))
        // A purpose clause (`Program … Untuk Pencapaian arah Kebijakan`) qualifies the head
        // before it: its words (`pencapaian`) name no column.
        if let u = h.firstIndex(of: "untuk"), u > 0 { h = Array(h[..<u]) }
        let g = words(separatingRunTogether(group ?? ""))
        let tahun = year(in: header) ?? year(in: group ?? "")

        // Never measures, whatever else the header says: a category of the capaian
        // (Kriteria/Predikat/Kategori `Sangat Baik`), the unit, the baseline, the source.
        // (A header run together with its neighbour, `Indikator Kinerja Satuan`, is still the indikator.)
        if !has(h, "indikator"), has(h, "kriteria") || has(h, "predikat") || has(h, "kategori") {
            return (.other, nil)
        }
        // The baseline the plan starts from (`Data Capaian pada Tahun Awal Perencanaan`, or a
        // bare year under `Tahun Awal` / `Kondisi Kinerja pada Awal Periode`): no measure of a plan year.
        if namesBaseline(h) || (h.count == 1 && year(in: header) != nil
                                && namesBaseline(words(group?.components(separatedBy: " > ").last ?? ""))) {
            return (.other, nil)
        }
        // Under the remainder (`SILPA` | `Sisa` | `Selisih` over `Rp` and `%`): what was left
        // unspent or unreached is neither a budget nor a capaian.
        if g.contains(where: { $0 == "silpa" || $0 == "sisa" || $0 == "selisih" }) { return (.other, nil) }
        // `Volume` (or `Volume Satuan` run together) under `Target` / `Realisasi`: the
        // quantity half of a volume / unit pair is the group's measure.
        if h.first == "volume", !g.isEmpty {
            if has(g, "realisasi") { return (.realisasi, tahun) }
            if has(g, "capaian") { return (.capaian, tahun) }
            if has(g, "target") { return (.target, tahun) }
        }
        if !has(h, "indikator"), !has(h, "target"), !has(h, "realisasi"),
           has(h, "satuan") || h == ["sat"] || (has(h, "kondisi") && has(h, "awal")) || has(h, "baseline")
            || has(h, "eksisting") || (has(h, "sumber") && has(h, "data")) {
            return (.other, nil)
        }
        // `1 … 5` under `Target Renstra OPD Tahun ke-`: the group's measure in the plan's Nth year.
        if yearNumber(h, g) != nil, let role = yearNumberRole(g) { return (role, nil) }
        // Last year's measure (`Capaian Thn Lalu`) beside this year's is no measure of this year.
        if h.contains("lalu") || h.contains("sebelumnya") { return (.other, nil) }
        // `Rp` under a quarter or a year: the money beside the measure.
        // (Straight under `Realisasi` / `Realisasi Keuangan`: the money spent.)
        let spent = group.map { !$0.contains(">") && (has(g, "realisasi") || has(g, "realiasi")) && !namesPerformance(g) && quarter(header: header, group: group) == nil } ?? false
        if h.contains("rp") && !has(h, "realisasi") { return (spent ? .realisasiAnggaran : .anggaran, nil) }
        // `Keuangan` (the money half of a K / Keuangan pair) is never a measure either.
        if h == ["keuangan"] { return (.anggaran, nil) }
        // `%` alone beside target and realisasi: the capaian.
        if header.trimmingWhitespace() == "%" || h == ["persen"] { return (.capaian, tahun) }
        // A quarter (`Trw I`, or `K` under `… Triwulan I`) under a group that names the measure.
        if !g.isEmpty, quarter(header: header, group: group) != nil, h.count <= 2 || h == ["k"] {
            if has(g, "realisasi") { return (.realisasi, tahun) }
            if has(g, "capaian") { return (.capaian, tahun) }
            if has(g, "target") { return (.target, tahun) }
        }
        // A quarter under a group that names no measure (`JADWAL KEGIATAN` / `Trw I`): a schedule.
        if !g.isEmpty, quarterLabel(header) != nil, !has(g, "target"), !has(g, "realisasi"), !has(g, "capaian") {
            return (.jadwal, nil)
        }
        if h == ["k"] || h == ["kinerja"], !g.isEmpty {
            // `Tingkat Capaian Kinerja dan Realisasi Anggaran`: that realisasi is the money's
            // (the `Rp` half); the kinerja half is the capaian.
            let g = withoutMoneyRealisasi(g)
            if has(g, "realisasi") { return (.realisasi, tahun) }
            if has(g, "capaian") { return (.capaian, tahun) }
            if has(g, "target") { return (.target, tahun) }
        }

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
        // `% Realisasi`, `% Pencapaian`, `% Capai kinerja` beside target and realisasi: the share
        // of the target reached, the capaian (`Realisasi (%)`, the sign after, is the realisasi in percent).
        if header.trimmingWhitespace().hasPrefix("%"), !has(h, "target"),
           has(h, "realisasi") || h.contains("pencapaian") || h.first?.hasPrefix("capai") == true {
            return (.capaian, tahun)
        }
        // The capaian against the plan's final target (`Capaian Thn 2016 terhadap Target Akhir
        // Renstra`) is no measure of the year: neither its capaian nor a target.
        // Against the year's (`Capaian terhadap Target Renstra (%)`), it is the capaian, not a target.
        if has(h, "capaian"), has(h, "terhadap") { return h.contains("akhir") ? (.other, nil) : (.capaian, tahun) }
        if has(h, "target") {
            if has(h, "kegiatan") || has(h, "aksi") || has(h, "output") { return (.targetKegiatan, nil) }
            return (.target, tahun)
        }
        if has(h, "realisasi") || has(h, "realiasi") { return (.realisasi, tahun) }
        // (`Capkin`: the reports' short form of Capaian Kinerja.)
        if has(h, "capaian") || h.contains("capkin") { return (.capaian, tahun) }
        if has(h, "indikator") { return (.indikator, nil) }
        if has(h, "sasaran") { return (.sasaran, nil) }
        if has(h, "pelaksana") || has(h, "penanggung") || has(h, "pic") { return (.pelaksana, nil) }
        if has(h, "pelaksanaan") { return (.pelaksana, nil) }
        if has(h, "keterangan") || h == ["ket"] { return (.keterangan, nil) }
        if has(h, "kegiatan") || has(h, "aksi") { return (.kegiatan, nil) }
        if has(h, "program") { return (.program, nil) }
        // A month or quarter label under a group; numbers under a group that names a measure
        // (`Target Renstra OPD Tahun ke-` / `1 … 5`) count years, not months: no schedule.
        if HeaderText.isScheduleLabel(header), group != nil,
           !has(g, "target"), !has(g, "realisasi"), !has(g, "capaian") { return (.jadwal, nil) }
        // A label no word here knows (`IKT`, `Ssrn Strag`) straight under a one-level group that
        // names one measure (`Capaian %`): a lower header level splitting that measure. Not
        // under a title over the whole header (`CAPAIAN KINERJA TAHUN 2016 DINAS …`).
        if let group, !group.contains(">"), g.count <= 3, h.count <= 2, !header.contains(where: \.isNumber) {
            // (`Sebelum Perubahan` | `Setelah Perubahan` under `Anggaran`: the money, split.)
            if namesMoney(g), !namesPerformance(g) { return (has(g, "realisasi") ? .realisasiAnggaran : .anggaran, nil) }
            // (`Narasi` | `Indikator` under `Sasaran Strategis`, `Uraian` under `Kegiatan`: the
            // group's own text beside its indicator.)
            if !has(g, "indikator"), !has(g, "target"), !has(g, "realisasi"), !has(g, "capaian") {
                if has(g, "sasaran") { return (.sasaran, nil) }
                if has(g, "kegiatan") { return (.kegiatan, nil) }
                if has(g, "program") { return (.program, nil) }
            }
            let named = [("target", ColumnRole.target), ("realisasi", .realisasi), ("capaian", .capaian)].filter { has(g, $0.0) }
            if named.count == 1 { return (named[0].1, tahun) }
        }
        return (.other, nil)
    }

    /// `IndikatorKinerja`, `SasaranStrategis`: header words printed without the space between
    /// them (a lower-case letter, then a capitalised word) are separated, so each is read as
    /// a word. ASCII only; other text is returned as it is.
    static func separatingRunTogether(_ s: String) -> String {
        let u = Array(s.utf8)
        func lower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func upper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        guard u.count >= 5, u.allSatisfy({ $0 < 0x80 }) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(u.count + 4)
        for i in u.indices {
            if i >= 2, i + 1 < u.count, upper(u[i]), lower(u[i + 1]), lower(u[i - 1]), lower(u[i - 2]) {
                out.append(0x20)
            }
            out.append(u[i])
        }
        return out.count == u.count ? s : String(decoding: out, as: UTF8.self)
    }

    /// The words of a group header without a `realisasi` that names the money (`Realisasi
    /// Anggaran`, `Realisasi Keuangan`): it speaks of the `Rp` half of a K / Rp pair.
    static func withoutMoneyRealisasi(_ g: [String]) -> [String] {
        var out: [String] = []
        for (i, w) in g.enumerated() {
            if like(w, "realisasi"), i + 1 < g.count, has([g[i + 1]], "anggaran") || g[i + 1] == "keuangan" { continue }
            out.append(w)
        }
        return out
    }

    /// A target, realisasi or capaian column whose cells are prose — not one of them a measure,
    /// most of them several words (`Program Nasional (yang melekat di Kementrian) …`,
    /// `Jumlah Lembaga Koperasi yang berkualitas (1.100 Koperasi/tahun)`) — holds names or
    /// descriptions under a header that only sounds like a measure (`Target SPM / Standar
    /// Nasional`, `Capaian Sasaran Renstra …`): its role goes, so its text becomes no record's
    /// value. A column with even one measure keeps its role (its text cells are what the
    /// document wrote for those rows, kept raw).
    /// When every measure column of the table is prose or empty, the empty ones go too: the
    /// table states no measure, and its rows are no records.
    /// Each demoted column of a table with an indikator column is said in a `column_not_measure` warning.
    @discardableResult
    public static func demoteProseMeasureColumns(_ table: inout Table) -> [Warning] {
        let measureCols = table.columns.indices.filter { [.target, .realisasi, .capaian].contains(table.columns[$0].role) }
        var demoted: [Int] = [], empty: [Int] = []
        for c in measureCols {
            let cells = table.rows.filter { !$0[c].carried }.map { $0[c].text.trimmingWhitespace() }.filter { !$0.isEmpty }
            if cells.isEmpty { empty.append(c); continue }
            guard cells.count >= 2, isProse(cells) else { continue }
            table.columns[c].role = .other
            demoted.append(c)
        }
        if !demoted.isEmpty, demoted.count + empty.count == measureCols.count {
            for c in empty { table.columns[c].role = .other }
        }
        // Said only where it changes records: in a table with an indikator column.
        guard table.columns.contains(where: { $0.role == .indikator }) else { return [] }
        return demoted.map { c in
            Warning(code: "column_not_measure",
                    message: "\(table.id): column \"\(table.columns[c].header)\" holds descriptions, not measures; its text is no record's value",
                    page: table.pages.first)
        }
    }

    /// No cell reads as a measure, and at least three in five are prose.
    static func isProse(_ cells: [String]) -> Bool {
        var prose = 0
        for t in cells {
            if let v = ValueReader.read(t).value, v.kind != .text { return false }
            if isProseCell(t) { prose += 1 }
        }
        return prose * 5 >= cells.count * 3
    }

    /// Three or more words of two or more letters (`Pengisian struktur Jabatan`), or a long
    /// text: a description, where a qualitative target is a word or two (`Tersedia`, `Baik`, `WTP`).
    /// A text that starts with its figure (`7.201 Koleksi dan 28 Naskah`) states a measure, even
    /// one no single value holds: it is no prose.
    static func isProseCell(_ t: String) -> Bool {
        guard t.first?.isLetter == true else { return false }
        let words = t.split(whereSeparator: { $0.isWhitespace || $0 == "/" || $0 == "(" || $0 == ")" || $0 == "," })
            .filter { $0.count >= 2 && $0.allSatisfy(\.isLetter) }
        return words.count >= 3 || (words.count >= 2 && t.count >= 25)
    }

    /// Assigns roles to every column of a table. Year columns that stand after the
    /// indikator column with no group are the Renstra's yearly targets.
    public static func assign(_ columns: [Column]) -> [Column] {
        columns.map { c in
            var c = c
            let (role, tahun) = role(header: c.header, group: c.group)
            c.role = role
            c.tahun = tahun
            c.tahunKe = [.target, .realisasi, .capaian, .anggaran, .realisasiAnggaran].contains(role)
                ? planYear(header: c.header, group: c.group) : nil
            return c
        }
    }
}
