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
    /// The indicator's wording names money (`Jumlah pendapatan …`): its large figures may be rupiah.
    var namesMoney = false

    /// Words by which an indicator that counts (`Jumlah …`) may count rupiah.
    static let moneyWords: Set<String> = [
        "pendapatan", "pad", "anggaran", "dana", "investasi", "nilai", "rupiah", "rp", "belanja", "pajak",
        "retribusi", "kredit", "modal", "biaya", "omzet", "omset", "penerimaan", "pembiayaan", "transaksi",
        "aset", "asset", "pinjaman", "hibah", "tabungan", "simpanan", "penjualan", "pagu", "keuangan",
        "subsidi", "insentif", "honor", "gaji", "harga", "bantuan", "apbd", "apbn", "pnbp", "devisa", "upah",
    ]

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
        // `Ton Ton Ton`: the Satuan cells of several rows run together into one. The same word
        // throughout is still this row's unit; different words (`Ton Ton Tangkai`) cannot be
        // told apart from the row's own — but units they are, so the row counts, not money.
        var text = folded
        if words.count >= 2, Set(words).count < words.count {
            guard Set(words).count == 1 else { unit = .none; return }
            text = words[0]
        }
        // `Ekspor tir`: a word broken by a narrow cell (its last one to three letters wrapped).
        let parts = text.split(separator: " ")
        if parts.count == 2, parts[0].count >= 3, (1...3).contains(parts[1].count),
           satuan.split(separator: " ").last?.first?.isLowercase == true, parts[1].allSatisfy(\.isLetter) {
            text = parts.joined()
        }
        // `0rang`: a zero typed for the letter O at the start of a word.
        if text.hasPrefix("0"), text.dropFirst().first?.isLetter == true { text = "o" + text.dropFirst() }
        unit = .quantity(ValueReader.normalisedUnit(text))
    }

    /// The percent sign written as a word (`Persentase … (persen)`).
    static let percentWords: Set<String> = ["persen", "prosen", "percent"]

    /// From the indicator's wording.
    init(indikator: String) {
        // (A closing `:` or `.` after the bracket, `… lamb crop (%).`, is punctuation.)
        let t = indikator.trimmingASCII { $0 == 0x20 || $0 == 0x3A || $0 == 0x2E }
        let words = HeaderText.words(t)
        countsThings = words.first == "jumlah"
        namesMoney = words.contains { Self.moneyWords.contains($0) }
        unit = .none
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            let inside = t[t.index(after: open)..<t.index(before: t.endIndex)].trimmingWhitespace()
            // `(persen)` names the percent sign in words, as a Satuan cell `Persen` does: no
            // count's unit.
            if inside.contains("%") || Self.percentWords.contains(HeaderText.fold(inside)) {
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
        case .none:
            // `Jumlah produksi padi` 12.540.550: tonnes counted, not rupiah — only the figure's
            // size called it money (no `Rp`, no money column, no money in the indicator's words).
            if countsThings, !namesMoney, v.kind == .currency { return Self.typed(v, .number) }
            return v
        case .percent:
            // Money-sized numbers (`409,070,737.00`) beside a percent indicator are its budget.
            return v.kind == .currency ? v : Self.typed(v, .percent)
        case .quantity(let u): return Self.typed(v, .quantity, unit: u)
        case .currency(let m): return Self.typed(v, .currency) { ($0 * m).rounded() }
        }
    }

    /// A capaian keeps its own reading (it is a share of the target, whatever the row's unit),
    /// except that a count's figure is not money for its size (see `type`).
    func capaian(_ v: Value) -> Value {
        guard countsThings, !namesMoney, v.kind == .currency, Self.isBare(v), v.number != nil || v.range != nil else { return v }
        return Self.typed(v, .number)
    }

    /// `a. Teh`, `b) Kopi`: one letter and a dot or bracket before a name — a part of the
    /// indicator above it.
    static func isLetteredPart(_ indikator: String) -> Bool {
        let t = indikator.trimmingWhitespace()
        guard let letter = t.first, letter.isLetter, letter.isLowercase, let mark = t.dropFirst().first,
              mark == "." || mark == ")" else { return false }
        let rest = t.dropFirst(2)
        return rest.first?.isWhitespace == true && rest.contains(where: \.isLetter)
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
