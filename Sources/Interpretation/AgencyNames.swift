import FoundationEssentials
import KinerjaModel

/// The agency a document belongs to, for any agency and level: `Dinas Peternakan Provinsi
/// Jawa Barat`, `Inspektorat Kabupaten Jombang`, `Badan … Kota Tangerang Selatan`.
///
/// Agencies name themselves on the cover, in the title block, in running headers and in the
/// signature block (`KEPALA DINAS … PROVINSI JAWA BARAT`); they cite other bodies (BPK, BPS)
/// in passing. So every mention `<head> <Name words> [<level> <Region>]` is a candidate,
/// weighted by where it stands (cover pages, after `Kepala`, with a region), and the best
/// one wins. An agency named without its region (`DINAS KESEHATAN`) takes the region the
/// document names most (`Provinsi X`, `Gubernur X`, `Walikota X`).
enum AgencyNames {
    struct Token {
        var text: String
        /// Folded, without surrounding punctuation.
        var key: String
        var page: Int
        /// Index of the line the word is on: names run over line breaks, regions rarely do.
        var line: Int
        /// All letters capital (`DINAS`): a name in capitals goes on in capitals.
        let shouting: Bool
        /// Starts with a capital letter (or a digit): part of a proper name.
        let capital: Bool
        /// Ends with punctuation that closes a name (`Utara,`, `Barat.`, `Desa:`).
        let closes: Bool
        /// `key` is letters and hyphens only (a word of a name or a place).
        let plainKey: Bool

        /// The marks are read once, by bytes for ASCII words (`AgencyScan`): names are
        /// matched by reading them again and again.
        init(text: String, key: String, page: Int, line: Int) {
            self.text = text; self.key = key; self.page = page; self.line = line
            if let m = AgencyScan.marks(text) {
                (capital, shouting, closes) = (m.capital, m.shouting, m.closes)
            } else {
                shouting = text.contains(where: \.isLetter) && text == text.uppercased()
                capital = text.first.map { $0.isUppercase } ?? false
                closes = text.last.map { ",.:;)".contains($0) } ?? false
            }
            plainKey = AgencyScan.isLettersOrHyphens(key) ?? key.allSatisfy { $0.isLetter || $0 == "-" }
        }
    }

    /// `s` without punctuation at either end (`Utara,` → `Utara`).
    static func trimmedPunctuation(_ s: String) -> String {
        RegexGate.trimmingASCIIPunctuation(s) ?? s.trimming(.punctuation)
    }

    /// Words that open an agency's name (folded). Multi-word heads are matched on their first word.
    static let heads: [String: [String]] = [
        "dinas": [], "badan": [], "inspektorat": [], "biro": [], "sekretariat": [], "kantor": [],
        "kecamatan": [], "kelurahan": [], "rumah": ["sakit"], "rsud": [], "rsu": [],
        "satuan": ["polisi", "pamong", "praja"], "satpol": ["pp"], "bappeda": [], "bapenda": [],
        "bappelitbangda": [], "dpmptsp": [], "balai": [], "uptd": [],
    ]
    /// A technical unit (`Balai Pengujian … Cikole Lembang`, `UPTD …`) is the agency only of a
    /// document that names no other: a dinas's own reports cite its balai in every table.
    static let unitHeads: Set<String> = ["balai", "uptd"]
    /// Heads that are a whole name on their own (`Inspektorat Provinsi X`, `Kecamatan X` needs one word).
    static let standalone: Set<String> = ["inspektorat", "bappeda", "bapenda", "bappelitbangda", "rsud", "satpol", "satuan", "dpmptsp"]
    static let levels: [String: String] = [
        "provinsi": "Provinsi", "prov": "Provinsi", "propinsi": "Provinsi",
        "kabupaten": "Kabupaten", "kab": "Kabupaten", "kota": "Kota",
    ]
    /// Officials whose title names the region (`Gubernur Jawa Barat` → Provinsi Jawa Barat).
    static let officials: [String: String] = ["gubernur": "Provinsi", "bupati": "Kabupaten", "walikota": "Kota"]
    static let connectors: Set<String> = ["dan", "serta", "&"]
    /// Words that end a name even when capitalised.
    static let stops: Set<String> = [
        "tahun", "laporan", "perjanjian", "rencana", "kinerja", "akuntabilitas", "nomor", "no", "tentang",
        "selanjutnya", "disebut", "nama", "jabatan", "nip", "pangkat", "alamat", "jl", "jalan", "telp", "telepon",
        "pada", "di", "untuk", "dalam", "yang", "adalah", "dengan", "sesuai", "selaku", "sebagai", "periode",
        "lampiran", "bab", "tabel", "gambar", "sumber", "target", "realisasi", "capaian", "indikator", "sasaran",
        "program", "kegiatan", "pemerintah", "kepala", "sekretaris", "pihak", "bandung", "visi", "misi",
        "tujuan", "strategis", "renstra", "lkip", "lakip", "lkjip", "iku", "pk", "rkt", "anggaran", "dpa",
        "triwulan", "bidang", "urusan", "pendahuluan", "ini", "tersebut", "tahunan", "utama",
        // Words of indicator and activity names, never of an agency's.
        "jumlah", "persentase", "prosentase", "penyediaan", "pengadaan", "pemeliharaan", "fasilitasi",
        "operasional", "dokumen", "rasio", "nilai", "indeks", "cakupan", "peralatan", "perlengkapan", "paket",
        "penyusunan", "pelaksanaan", "penyelenggaraan", "review", "reviu", "predikat", "sakip", "peningkatan",
        "efektifitas", "efektivitas",
    ]
    /// Heads that are abbreviations: alone they name nothing without a region after them.
    static let acronymHeads: Set<String> = ["rsud", "rsu", "bappeda", "bapenda", "bappelitbangda", "dpmptsp"]
    /// Bodies every agency cites but none of them is.
    static let national: [String] = [
        "pemeriksa keuangan", "pusat statistik", "kepegawaian negara", "pengawasan keuangan", "nasional",
        "republik", "kementerian", "pusat",
    ]

    static func tokens(_ lines: [(text: String, page: Int, size: Double)]) -> [Token] {
        var out: [Token] = []
        for (n, l) in lines.enumerated() {
            for text in AgencyScan.words(l.text) ?? l.text.split(whereSeparator: \.isWhitespace).map(String.init) {
                let folded = DocumentInfoReader.fold(text)
                let key = RegexGate.trimmingASCIIPunctuation(folded) ?? folded.trimming(.punctuation)
                out.append(Token(text: text, key: key, page: l.page, line: n))
            }
        }
        return out
    }

    struct Candidate {
        var name: [String]
        var region: String?
        var squashedRegion: String?
        var weight: Double
    }

    static func find(_ lines: [(text: String, page: Int, size: Double)], coverPages: [Int]) -> String? {
        let toks = tokens(lines)
        // Words that end many lines and never stand inside one (a Penanggung Jawab column
        // repeating `DCKTR` at the right of every row): met inside a name, they are another
        // column's cell read across it.
        var lineFinal: [String: Int] = [:], inner: Set<String> = []
        for l in lines {
            let ws = AgencyScan.spaceSeparated(l.text) ?? l.text.split(separator: " ").map(String.init)
            guard let last = ws.last, ws.count >= 2 else { continue }
            lineFinal[last, default: 0] += 1
            inner.formUnion(ws.dropLast())
        }
        var candidates: [Candidate] = []
        var regions: [String: Double] = [:]
        var regionDisplay: [String: String] = [:]
        var i = 0
        while i < toks.count {
            let t = toks[i]
            // Region-only mentions: `Provinsi Jawa Barat`, `Gubernur Jawa Barat`.
            // Only where the text names a place (`wilayah Kota X`, `Pemerintah Provinsi X`), not inside
            // another name (`Kebijakan Kota Sehat`, `Kabupaten/Kota Sehat`).
            let anchored = i == 0 || !(toks[i - 1].capital || toks[i - 1].text.hasSuffix("/") || toks[i - 1].text == "/")
                || ["pemerintah", "wilayah", "kepala"].contains(toks[i - 1].key) || toks[i - 1].closes
            if t.capital, anchored, let level = levels[t.key] ?? officials[t.key], !t.closes,
               let (region, _) = regionName(toks, from: i + 1) {
                let display = level + " " + region
                let k = DocumentInfoReader.fold(display)
                regions[k, default: 0] += coverPages.contains(t.page) ? 2 : 1
                if regionDisplay[k] == nil || regionDisplay[k]!.uppercased() == regionDisplay[k]! { regionDisplay[k] = display }
            }
            guard t.capital, let rest = heads[t.key] else { i += 1; continue }
            // Inside another name (`Pengadaan Pakaian Dinas`), a head word opens nothing.
            if i > 0, toks[i - 1].line == t.line, toks[i - 1].capital, !toks[i - 1].closes,
               !stops.contains(toks[i - 1].key), levels[toks[i - 1].key] == nil {
                i += 1; continue
            }
            var j = i + 1
            var name = [trimmedPunctuation(t.text)]
            var ok = true
            for r in rest {
                guard j < toks.count, toks[j].key == r else { ok = false; break }
                name.append(toks[j].text); j += 1
            }
            guard ok else { i += 1; continue }
            var closed = toks[j - 1].closes
            var words = 0
            var squashed: String? = nil
            while !closed, j < toks.count, words < 10 {
                let w = toks[j]
                if levels[w.key] != nil || stops.contains(w.key) || w.key.isEmpty { break }
                // Another agency's head starts another name (`… Badan Pemeriksa Keuangan` / `Dinas …`).
                if words > 0, ["dinas", "badan", "inspektorat", "biro"].contains(w.key) { break }
                if w.key.hasPrefix("(") || w.text.hasPrefix("(") { break }
                if words > 0, w.shouting, (lineFinal[w.text] ?? 0) >= 3, !inner.contains(w.text) { j += 1; continue }
                // The agency's own abbreviation after its name (`DINAS KESEHATAN DINKES`).
                if words > 0, w.shouting, w.key.count <= 8, w.key.hasPrefix(String(t.key.prefix(3))) { break }
                if connectors.contains(w.key) {
                    guard j + 1 < toks.count, toks[j + 1].capital, levels[toks[j + 1].key] == nil,
                          !stops.contains(toks[j + 1].key) else { break }
                    name.append(w.key); j += 1; continue
                }
                guard w.capital, w.plainKey,
                      !t.shouting || w.shouting || w.key.count <= 1 else { break }
                // A letter-spaced region closed up (`PROVINSIJAWABARAT`).
                if let lv = levels.keys.first(where: { w.key.hasPrefix($0) && w.key.count > $0.count + 2 && $0.count >= 4 }) {
                    squashed = levels[lv]! + "|" + w.key.dropFirst(lv.count)
                    closed = true
                    j += 1
                    break
                }
                name.append(trimmedPunctuation(w.text))
                words += 1
                j += 1
                if w.closes { closed = !(w.text.hasSuffix(",") && listGoesOn(toks, from: j)) }
            }
            let acronym = acronymHeads.contains(t.key)
            if words == 0 && (!standalone.contains(t.key) || (acronym && squashed == nil && (j >= toks.count || levels[toks[j].key] == nil))) {
                i = j; continue
            }
            var region: String? = nil
            if !closed, j < toks.count, toks[j].capital, let level = levels[toks[j].key], !toks[j].closes,
               let (r, end) = regionName(toks, from: j + 1) {
                region = level + " " + r
                j = end
            }
            let folded = DocumentInfoReader.fold(name.joined(separator: " "))
            if national.contains(where: { folded.contains($0) }) { i += 1; continue }
            let nameKeys = name.dropFirst(1 + rest.count).map { DocumentInfoReader.fold($0) }
            if !nameKeys.isEmpty, nameKeys.allSatisfy(genericNameWords.contains) { i += 1; continue }
            if ["kecamatan", "kelurahan"].contains(t.key), let w = nameKeys.first, activityNouns.contains(w) { i += 1; continue }
            var weight = coverPages.contains(t.page) ? 3.0 : 1.0
            if i > 0, toks[i - 1].key == "kepala" { weight += 2 }
            if region != nil { weight += 1 }
            if unitHeads.contains(t.key) { weight *= 0.1 }
            candidates.append(Candidate(name: name, region: region, squashedRegion: squashed, weight: weight))
            i = max(j, i + 1)
        }
        guard !candidates.isEmpty else { return nil }
        // Sum the weight of each name; keep its regions.
        var byName: [String: (weight: Double, display: [String], regions: [String: Double], squashed: [String])] = [:]
        for c in candidates {
            let key = DocumentInfoReader.fold(c.name.joined(separator: " "))
            var e = byName[key] ?? (0, [], [:], [])
            e.weight += c.weight
            e.display.append(c.name.joined(separator: " "))
            if let r = c.region { e.regions[r, default: 0] += c.weight }
            if let s = c.squashedRegion { e.squashed.append(s) }
            byName[key] = e
        }
        // A longer name that extends a shorter one (`Dinas Perindustrian` / `… dan Perdagangan`)
        // is the same agency: the shorter one's mentions count for it.
        for (k, e) in byName {
            for k2 in byName.keys where k2 != k && k2.hasPrefix(k + " ") {
                byName[k2]!.weight += e.weight * 0.5
            }
        }
        guard var best = byName.max(by: { ($0.value.weight, $1.key) < ($1.value.weight, $0.key) }) else { return nil }
        // Named short in the prose (`Biro Organisasi`) and in full with its region in the title
        // (`Biro Organisasi Sekretariat Daerah Provinsi Jawa Barat`): the full name is the agency's.
        if best.value.regions.isEmpty, best.value.squashed.isEmpty,
           let full = byName.filter({ $0.key.hasPrefix(best.key + " ") && !$0.value.regions.isEmpty })
               .max(by: { ($0.value.weight, $1.key) < ($1.value.weight, $0.key) }) {
            best = full
        }
        let display = best.value.display.first { $0 != $0.uppercased() } ?? best.value.display[0]
        var region = best.value.regions.max { ($0.value, $1.key) < ($1.value, $0.key) }?.key
        if region == nil, let s = best.value.squashed.first {
            let parts = s.split(separator: "|", maxSplits: 1).map(String.init)
            region = regionDisplay.first { k, v in
                v.hasPrefix(parts[0]) && k.filter(\.isLetter).hasSuffix(parts[1])
            }?.value
        }
        if region == nil, let dominant = regions.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }) {
            region = regionDisplay[dominant.key]
        }
        let full = [display, region].compactMap { $0 }.joined(separator: " ")
        return titleCase(full)
    }

    /// The technical unit (`Balai …`, `UPTD …`) a jabatan heads: `Kepala Balai Pengujian Mutu
    /// Pakan Ternak Cikole Lembang` → `Balai Pengujian Mutu Pakan Ternak Cikole Lembang`. Nil
    /// when the jabatan heads anything else (`Kepala Seksi … pada Balai …`, `Kepala Dinas …`).
    static func unitHeaded(by jabatan: String) -> String? {
        let ws = jabatan.split(whereSeparator: \.isWhitespace).map { DocumentInfoReader.fold(String($0)) }
        guard let k = ws.firstIndex(of: "kepala"), k + 1 < ws.count, unitHeads.contains(ws[k + 1]) else { return nil }
        guard let name = find([(text: jabatan, page: 1, size: 10)], coverPages: [1]),
              let head = name.split(separator: " ").first.map({ DocumentInfoReader.fold(String($0)) }),
              unitHeads.contains(head), name.split(separator: " ").count >= 2 else { return nil }
        return name
    }

    /// `name` as a table cell holds it in full: a cell whose text begins with the name and
    /// goes on (`Dinas Koperasi, Usaha Kecil dan Menengah`) gives the longer name, read by the
    /// same rules; never another agency (a cell holding the name alone keeps it as it is).
    static func completed(_ name: String, from cells: [(text: String, page: Int)]) -> String {
        // Compared by words alone: the cut name keeps none of the list's commas.
        let key = nameWords(name)
        guard !key.isEmpty else { return name }
        // Each cell's words once (an ASCII cell's are those of its text with white space closed up).
        let cellWords = cells.map { nameWords($0.text) }
        // A cell holding just the name says it is whole (`Kecamatan Ciputat` beside
        // `Kecamatan Ciputat Timur`, two offices in one report).
        if cellWords.contains(key) { return name }
        let opening = key + " "
        for (cell, cellKey) in zip(cells, cellWords) {
            // A cell that does not begin with the name is passed over before its text is touched.
            if AgencyScan.isASCII(cell.text), !cellKey.hasPrefix(opening) { continue }
            let text = cell.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            guard nameWords(text).hasPrefix(opening),
                  let longer = find([(text: text, page: cell.page, size: 0)], coverPages: [cell.page]),
                  nameWords(longer).hasPrefix(opening) else { continue }
            return longer
        }
        return name
    }

    /// A name compared by its words alone (folded; the cut name keeps none of the list's commas).
    static func nameWords(_ s: String) -> String {
        AgencyScan.letterDigitRuns(s)
            ?? DocumentInfoReader.fold(s).split { !($0.isLetter || $0.isNumber) }.joined(separator: " ")
    }

    /// Up to three capitalised words after a level word (`Jawa Barat`, `Tangerang Selatan`).
    static func regionName(_ toks: [Token], from start: Int) -> (String, Int)? {
        var words: [String] = []
        var j = start
        while j < toks.count, words.count < 3 {
            let w = toks[j]
            // `Daerah` ends agency names (`Badan … Daerah`), it never names a place.
            // A chapter or page number in a running footer (`… Jawa Barat III - 1`) is no place.
            guard w.capital, !stops.contains(w.key), levels[w.key] == nil, !connectors.contains(w.key), w.key != "daerah",
                  w.key.count >= 2, w.plainKey, !isRomanNumeral(w.key) else { break }
            // Past a line break only to finish a one-word start (`Kota Tangerang` / `Selatan`);
            // in capitals after a level word in capitals.
            if w.line != toks[j - 1].line, words.count != 1 { break }
            if toks[start - 1].shouting != w.shouting, w.key.count > 3 { break }
            words.append(trimmedPunctuation(w.text))
            j += 1
            if w.closes { break }
        }
        return words.isEmpty ? nil : (words.joined(separator: " "), j)
    }

    /// After `Penelitian,` the name goes on when a list of its fields follows, ended by `dan`
    /// (`Badan Penelitian, Pengembangan dan Penerapan …`, `Dinas Koperasi, Usaha Kecil dan
    /// Menengah`): capitalised words up to the `dan`, on the same or the next line.
    static func listGoesOn(_ toks: [Token], from j: Int) -> Bool {
        var k = j
        while k < toks.count, k < j + 8 {
            let w = toks[k]
            if connectors.contains(w.key) {
                // `…, Penduduk, dan Keluarga Berencana`: the list's last item after a comma.
                guard k + 1 < toks.count, toks[k + 1].capital else { return false }
                return k > j || (heads[toks[k + 1].key] == nil && levels[toks[k + 1].key] == nil && !stops.contains(toks[k + 1].key))
            }
            guard w.capital, !stops.contains(w.key), levels[w.key] == nil, heads[w.key] == nil,
                  w.plainKey else { return false }
            k += 1
        }
        return false
    }

    /// `ii`, `iii`, `iv`, `viii`: chapter numbers.
    static func isRomanNumeral(_ key: String) -> Bool {
        !key.isEmpty && key.count <= 4 && key.allSatisfy { "ivx".contains($0) }
    }

    /// Words that never name an agency on their own: `Kinerja Dinas` / `Daerah` read across a
    /// line break is no `Dinas Daerah`.
    static let genericNameWords: Set<String> = ["daerah", "perangkat", "teknis", "kerja", "jabatan", "operasional", "terkait",
                                                "lainnya", "setempat", "induk", "vertikal"]
    /// After `Kecamatan` / `Kelurahan` comes a place, never the name of an activity
    /// (`Pelayanan kepada Masyarakat di Kecamatan` / `Perencanaan Kegiatan` read across cells).
    static let activityNouns: Set<String> = ["perencanaan", "pelayanan", "pemerintahan", "pembangunan", "penyelenggaraan",
                                             "pemberdayaan", "pengelolaan", "pelaksanaan", "kegiatan", "wilayah", "tingkat",
                                             "koordinasi", "pembinaan", "pengawasan", "penataan", "peningkatan", "dan"]

    /// Title case; connectors lower case; short all-capital acronyms (DPRD, RSUD, PP) kept.
    static func titleCase(_ s: String) -> String {
        let acronyms: Set<String> = ["DPRD", "RSUD", "RSU", "PP", "KPU", "OKU", "UPTD", "BPBD"]
        return s.split(whereSeparator: \.isWhitespace).map { w -> String in
            let word = String(w)
            let lower = word.lowercased()
            if connectors.contains(lower) { return lower }
            if acronyms.contains(word.uppercased()) { return word.uppercased() }
            if word.count <= 3, word == word.uppercased(), word.hasLetter { return word }
            return word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }
}
