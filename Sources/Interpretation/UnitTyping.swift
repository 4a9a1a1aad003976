import FoundationEssentials
import KinerjaModel
import Values

/// What a row's unit says about its bare numbers (CONTRACT 1.1: "A unit column (`Satuan`)
/// or a unit in the header types the measures of its row or column"). The unit comes from
/// the row's Satuan cell, else from the indicator's own wording: a unit in brackets at its
/// end (`Jumlah produksi (ton)`, `Persentase … (%)`), and `Jumlah …` counts things, so its
/// numbers are never read as percentages even in a column of percentages.
struct UnitTyping {
    enum Unit: Equatable {
        case none
        case percent
        case quantity(String)
        /// Rupiah, times the multiplier the unit names (`Juta Rupiah` = 1e6).
        case currency(Double)
    }
    var unit: Unit
    /// The row counts things: a percent hint from its column does not apply to it.
    var countsThings: Bool

    /// Satuan words that name no unit of count (`Nilai 80` is a score, not 80 "nilai").
    static let notUnits: Set<String> = ["nilai", "indeks", "index", "skor", "angka", "predikat", "opini", "level",
                                        "tingkat", "rasio", "kategori", "status", "-", "poin"]

    /// From a Satuan cell: `%`, `Ton`, `Unit usaha`, `Triliun Rupiah`, `0rang`.
    init(_ satuan: String) {
        let folded = HeaderText.fold(satuan).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .replacingAll("/ ", with: "/").replacingAll(" /", with: "/")
        countsThings = true
        if folded == "%" || folded == "persen" || folded == "prosen" || folded == "(%)" || folded.hasPrefix("% ") {
            unit = .percent; countsThings = false; return
        }
        let words = folded.split(separator: " ").map(String.init)
        if words.contains(where: { $0 == "rupiah" || $0 == "rp" || $0 == "rp." }) {
            var m = 1.0
            if words.contains("ribu") { m = 1e3 }
            if words.contains("juta") { m = 1e6 }
            if words.contains("miliar") || words.contains("milyar") { m = 1e9 }
            if words.contains("triliun") || words.contains("trilyun") { m = 1e12 }
            unit = .currency(m); return
        }
        guard !folded.isEmpty, folded.count <= 30, !Self.notUnits.contains(folded),
              folded.contains(where: \.isLetter), !folded.contains(where: \.isNumber) || folded.hasPrefix("0") else {
            unit = .none; countsThings = false; return
        }
        // `0rang`: a zero typed for the letter O at the start of a word.
        var text = folded
        // `Ekspor tir`: a word broken by a narrow cell (its last one to three letters wrapped).
        let parts = text.split(separator: " ")
        if parts.count == 2, parts[0].count >= 3, (1...3).contains(parts[1].count),
           satuan.split(separator: " ").last?.first?.isLowercase == true, parts[1].allSatisfy(\.isLetter) {
            text = parts.joined()
        }
        if text.hasPrefix("0"), text.dropFirst().first?.isLetter == true { text = "o" + text.dropFirst() }
        unit = .quantity(ValueReader.normalisedUnit(text))
    }

    /// From the indicator's wording.
    init(indikator: String) {
        // (A closing `:` or `.` after the bracket, `… lamb crop (%).`, is punctuation.)
        let t = indikator.trimmingASCII { $0 == 0x20 || $0 == 0x3A || $0 == 0x2E }
        countsThings = HeaderText.words(t).first == "jumlah"
        unit = .none
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            let inside = t[t.index(after: open)..<t.index(before: t.endIndex)].trimmingWhitespace()
            // `(persen)`, `(prosen)`: the word for `%` (as a Satuan cell says it) is no count's unit.
            if inside.contains("%") || ["persen", "prosen"].contains(HeaderText.fold(inside)) {
                unit = .percent; countsThings = false
            } else if !inside.isEmpty, inside.count <= 20,
                      inside == inside.lowercased() || (countsThings && Self.isTitleCase(inside)),
                      inside.allSatisfy({ $0.isLetter || $0 == " " || $0 == "/" }) {
                unit = .quantity(ValueReader.normalisedUnit(inside)); countsThings = true
            }
        }
    }

    /// Units the reports write capitalised in brackets (`(Ton)`, `(Kab/Kota)`, `(Dok)`).
    static let capitalisedUnits: Set<String> = [
        "ton", "kg", "ha", "m", "km", "unit", "dokumen", "dok", "laporan", "lap", "orang", "org", "kali",
        "kasus", "lokasi", "paket", "jenis", "kab", "kota", "kabupaten", "kelompok", "buah", "bh", "desa",
        "kegiatan", "keg", "ekor", "judul", "sistem", "bulan", "hari", "tahun", "poktan", "gapoktan",
        "sekolah", "titik", "kawasan", "koperasi", "perusahaan", "rekomendasi", "sertifikat", "pegawai", "berkas",
    ]

    /// `Ton`, `Kabupaten/Kota`: each word capitalised, the rest lower case, and a unit the
    /// reports use (not an acronym such as `WTN`, a region `Jabar` or a name). Taken as a unit
    /// only after `Jumlah …`, which counts things.
    static func isTitleCase(_ s: String) -> Bool {
        let words = s.split(whereSeparator: { $0 == " " || $0 == "/" })
        return !words.isEmpty && words.allSatisfy { w in
            w.count >= 2 && w.first!.isUppercase && w.dropFirst().allSatisfy(\.isLowercase)
                && capitalisedUnits.contains(w.lowercased())
        }
    }

    /// A bare number read with this unit; anything that carries its own mark (`%`, `Rp`, a
    /// unit word) or is not a number is left as read.
    /// A range (`98,00- 98,50`) is typed the same way, end by end: it is two such numbers.
    func type(_ v: Value) -> Value {
        guard v.number != nil || v.range != nil, Self.isBare(v) else { return v }
        switch unit {
        case .none: return v
        case .percent:
            // Money-sized numbers (`409,070,737.00`) beside a percent indicator are its budget.
            return v.kind == .currency ? v : Self.typed(v, .percent)
        case .quantity(let u): return Self.typed(v, .quantity, unit: u)
        case .currency(let m): return Self.typed(v, .currency) { ($0 * m).rounded() }
        }
    }

    /// A header that says `%` makes its bare numbers percentages.
    static func percent(_ v: Value) -> Value {
        guard v.number != nil || v.range != nil, isBare(v), v.kind != .currency else { return v }
        return typed(v, .percent)
    }

    /// `v` as `kind`, its number (or both ends of its range) scaled; raw and bound kept.
    static func typed(_ v: Value, _ kind: ValueKind, unit: String? = nil, _ scale: (Double) -> Double = { $0 }) -> Value {
        var out = Value(raw: v.raw, kind: kind, payload: v.number.map { .number(scale($0)) } ?? .none, unit: unit, comparator: v.comparator)
        if let r = v.range { out.range = scale(r.lowerBound)...scale(r.upperBound) }
        return out
    }

    /// Read from digits alone: a number, or money only because of its size (no `Rp`), or a
    /// percentage only because of its column (no `%`).
    static func isBare(_ v: Value) -> Bool {
        let raw = v.raw.lowercased()
        switch v.kind {
        case .number: return true
        case .currency: return !raw.contains("rp")
        case .percent: return !raw.contains("%")
        default: return false
        }
    }
}
