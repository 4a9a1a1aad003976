import FoundationEssentials
import KinerjaModel

/// Document type, instansi and tahun from the first pages' text (the cover decides:
/// a report that carries other documents as appendices has the type of its cover).
public enum DocumentInfoReader {
    /// `lines` are the text lines of the first pages in reading order, with their page and font size.
    /// Lines of later pages (running headers, signature blocks, prose naming the region) may
    /// follow; the first two pages still decide the type.
    ///
    /// `cells` are table cells' texts (their lines joined): a name set in a narrow cell over
    /// several lines is read across the other columns by the page's lines (`DINAS KOPERASI,
    /// 0,25 …`), so a name cut there is completed from the cell that holds it whole.
    public static func read(lines rawLines: [(text: String, page: Int, size: Double)],
                            cells: [(text: String, page: Int)] = []) -> DocumentInfo {
        let lines = rawLines.map { (text: unspaced($0.text), page: $0.page, size: $0.size) }
        let firstPages = Array(Set(lines.map(\.page)).sorted().prefix(2))
        let cover = lines.filter { firstPages.contains($0.page) }
        let type = documentType(cover, all: lines)
        let instansi = findInstansi(cover) ?? AgencyNames.find(lines, coverPages: firstPages).map {
            AgencyNames.completed($0, from: cells)
        }
        let tahun = findTahun(lines, cover: cover, type: type)
        return DocumentInfo(type: type, instansi: instansi, tahun: tahun)
    }

    /// Letter-spaced display text (`T A H U N 2 0 1 6`, `P R O V I N S I`) closed up: a run
    /// of three or more single letters or digits is one word.
    static func unspaced(_ s: String) -> String {
        // Printable ASCII (one byte per character) with no one-character word: nothing to
        // close up; a byte scan instead of splitting every line of the document.
        if !hasSingleASCIIToken(s) || closesNothing(s) { return s }
        let tokens = s.split(separator: " ", omittingEmptySubsequences: true)
        guard tokens.contains(where: { $0.count == 1 }) else { return s }
        var out: [String] = []
        var run: [Substring] = []
        func flush() {
            if run.count >= 3 { out.append(run.joined()) } else { out += run.map(String.init) }
            run = []
        }
        for t in tokens {
            if t.count == 1, let c = t.first, c.isLetter || c.isNumber { run.append(t) } else { flush(); out.append(String(t)) }
        }
        flush()
        return out.joined(separator: " ")
    }

    /// True when `s` is printable ASCII, single-spaced with no space at either end, and has
    /// no three one-letter (or one-digit) words in a row: splitting and joining it again
    /// would give it back unchanged (a single `a` or `-` in a line is common).
    private static func closesNothing(_ s: String) -> Bool {
        var runLength = 0, singles = 0
        var previous: UInt8 = 0x20
        func endWord() -> Bool {
            if runLength == 1, (previous | 0x20 >= 0x61 && previous | 0x20 <= 0x7A) || (previous >= 0x30 && previous <= 0x39) {
                singles += 1
            } else {
                singles = 0
            }
            return singles < 3
        }
        var last: UInt8 = 0x20
        for b in s.utf8 {
            guard b >= 0x20, b < 0x7F else { return false }
            if b == 0x20 {
                if last == 0x20 { return false }   // a leading or a double space
                guard endWord() else { return false }
                runLength = 0
            } else {
                runLength += 1
                previous = b
            }
            last = b
        }
        guard last != 0x20 else { return false }   // empty, or a trailing space
        return endWord()
    }

    /// False only when `s` is printable ASCII with no one-byte word between spaces.
    private static func hasSingleASCIIToken(_ s: String) -> Bool {
        var runLength = 0
        for b in s.utf8 {
            guard b >= 0x20, b < 0x7F else { return true }
            if b == 0x20 {
                if runLength == 1 { return true }
                runLength = 0
            } else {
                runLength += 1
            }
        }
        return runLength == 1
    }

    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: folding is lower-casing, white space is bytes (Foundation's folding was
            // a cost on every line of the document).
            // One pass: lower-case, runs of white space to one space, none at the ends.
            var out: [UInt8] = []
            out.reserveCapacity(s.utf8.count)
            var gap = false
            for b in s.utf8 {
                if b == 0x20 || (b >= 0x09 && b <= 0x0D) { gap = !out.isEmpty; continue }
                if gap { out.append(0x20); gap = false }
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            }
            return String(decoding: out, as: UTF8.self)
        }
        return s.foldingCaseAndDiacritics().collapsingWhitespace()
    }

    static let typePatterns: [(String, DocumentType)] = [
        ("rencana aksi reformasi birokrasi", .rencanaAksiRB),
        // Evaluasi Renja (Permendagri 86/2017 form): titled, or known by its quarter header.
        ("evaluasi terhadap hasil renja", .evaluasiRencanaKerja),
        ("evaluasi terhadap hasil rencana kerja", .evaluasiRencanaKerja),
        ("evaluasi hasil renja", .evaluasiRencanaKerja),
        ("evaluasi renja", .evaluasiRencanaKerja),
        ("evaluasi rencana kerja", .evaluasiRencanaKerja),
        ("realisasi kinerja pada triwulan", .evaluasiRencanaKerja),
        ("pohon kinerja", .pohonKinerja),
        ("laporan akuntabilitas kinerja", .lkjip),
        ("laporan kinerja", .lkjip),
        ("lakip", .lkjip),
        ("lkjip", .lkjip),
        ("lkip", .lkjip),
        ("perjanjian kinerja", .perjanjianKinerja),
        ("penetapan kinerja", .perjanjianKinerja),
        ("rencana kinerja tahunan", .rencanaKinerjaTahunan),
        ("rencana aksi", .rencanaAksiKinerja),
        ("rencana strategis", .renstra),
        ("rencana stratejik", .renstra),
        ("renstra", .renstra),
        ("indikator kinerja utama", .indikatorKinerjaUtama),
        ("rencana kerja tahunan", .rencanaKinerjaTahunan),
        ("rencana kerja perangkat daerah", .rencanaKerja),
        ("rencana kerja tahun", .rencanaKerja),
        ("rencana kerja (renja)", .rencanaKerja),
    ]

    /// A chapter or front-matter page of a report (no cover): its type is the document it
    /// keeps naming, not a plan it cites on its first lines.
    static let chapterOpening = TextPattern(
        #"^\s*(bab\s+(i|ii|iii|iv|v|vi|1|2|3|4|5)\b|kata\s+pengantar|ikhtisar\s+eksekutif|ringkasan\s+eksekutif|daftar\s+isi)"#)

    /// Whether folded `line` matches `chapterOpening`. An ASCII line is read byte by byte (its
    /// white space is single spaces after `fold`, none leading), so the ICU expression is
    /// compiled only for other text (issue 10, start-up).
    static func opensChapter(_ line: String) -> Bool {
        let b = Array(line.utf8)
        guard b.allSatisfy({ $0 < 0x80 }), !b.contains(where: { $0 < 0x20 || $0 == 0x7F }) else {
            return chapterOpening.matches(in: line)
        }
        var i = 0
        while i < b.count, b[i] == 0x20 { i += 1 }
        func word(_ w: String) -> Bool { b[i...].starts(with: w.utf8) }
        func spacedWord(_ w: String, _ j: Int) -> Int? {
            // `\s+` then `w`: the index after it.
            var k = j
            guard k < b.count, b[k] == 0x20 else { return nil }
            while k < b.count, b[k] == 0x20 { k += 1 }
            return b[k...].starts(with: w.utf8) ? k + w.utf8.count : nil
        }
        for (first, second) in [("kata", "pengantar"), ("ikhtisar", "eksekutif"), ("ringkasan", "eksekutif"), ("daftar", "isi")]
        where word(first) && spacedWord(second, i + first.utf8.count) != nil { return true }
        guard word("bab") else { return false }
        var k = i + 3
        guard k < b.count, b[k] == 0x20 else { return false }
        while k < b.count, b[k] == 0x20 { k += 1 }
        // `(i|ii|iii|iv|v|vi|1|2|3|4|5)\b`: some alternative followed by a non-word byte or the end.
        func isWord(_ c: UInt8) -> Bool {
            (c >= 0x30 && c <= 0x39) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) || c == 0x5F
        }
        return ["i", "ii", "iii", "iv", "v", "vi", "1", "2", "3", "4", "5"].contains { alt in
            guard b[k...].starts(with: alt.utf8) else { return false }
            let e = k + alt.utf8.count
            return e == b.count || !isWord(b[e])
        }
    }

    /// The first title phrase on the first page(s); the cover's largest text wins ties.
    static func documentType(_ lines: [(text: String, page: Int, size: Double)],
                             all: [(text: String, page: Int, size: Double)] = []) -> DocumentType {
        if let first = lines.first.map({ fold($0.text) }), opensChapter(first),
           let named = mostNamedType(all.isEmpty ? lines : all) {
            return named
        }
        // Join the first page's lines so a title split over lines ("LAPORAN" / "AKUNTABILITAS KINERJA") matches.
        for page in Set(lines.map(\.page)).sorted().prefix(2) {
            let pageLines = lines.filter { $0.page == page }
            let joined = fold(pageLines.map(\.text).joined(separator: " "))
            if joined.utf8.allSatisfy({ $0 < 0x80 }) {
                // ASCII (nearly every page): a byte search gives Foundation's positions.
                let hay = Array(joined.utf8)
                var best: (pos: Int, type: DocumentType)? = nil
                for (pattern, type) in typePatterns {
                    if let at = RegexGate.firstOffset(of: Array(pattern.utf8), in: hay, from: 0),
                       best == nil || at < best!.pos {
                        best = (at, type)
                    }
                }
                if let best { return best.type }
                continue
            }
            var best: (pos: Int, type: DocumentType)? = nil
            let hay = Array(joined.utf8)
            for (pattern, type) in typePatterns {
                if let at = firstMatch(Array(pattern.utf8), in: hay, of: joined, from: 0), best == nil || at < best!.pos {
                    best = (at, type)
                }
            }
            if let best { return best.type }
        }
        // The measurement form of an LKjIP (`PENGUKURAN KINERJA`, Lampiran 4) titled as such.
        if let page = lines.first?.page {
            let title = fold(lines.filter { $0.page == page }.prefix(3).map(\.text).joined(separator: " "))
            if title.contains("pengukuran kinerja") { return .lkjip }
        }
        return .unknown
    }

    /// The UTF-8 offset of the first `pattern` (ASCII) in `s` (`hay` is its UTF-8) at or after
    /// `from`, as `firstRange(of:)` finds it, read by bytes (the generic search was a cost on
    /// every text with one accent, issue 10): an ASCII character equals only itself, so a
    /// match is the pattern's bytes standing between two character boundaries.
    static func firstMatch(_ pattern: [UInt8], in hay: [UInt8], of s: String, from: Int) -> Int? {
        var from = from
        let u = s.utf8
        while let at = RegexGate.firstOffset(of: pattern, in: hay, from: from) {
            if String.Index(u.index(u.startIndex, offsetBy: at), within: s) != nil,
               String.Index(u.index(u.startIndex, offsetBy: at + pattern.count), within: s) != nil { return at }
            from = at + 1
        }
        return nil
    }

    /// The type whose phrases the text uses most (a report names itself: "Laporan Kinerja ini").
    static func mostNamedType(_ lines: [(text: String, page: Int, size: Double)]) -> DocumentType? {
        let joined = fold(lines.map(\.text).joined(separator: " "))
        var counts: [DocumentType: Int] = [:]
        if joined.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the same non-overlapping count with a byte search (no NSString bridge).
            let hay = Array(joined.utf8)
            for (pattern, type) in typePatterns {
                let needle = Array(pattern.utf8)
                var from = 0
                while let at = RegexGate.firstOffset(of: needle, in: hay, from: from) {
                    counts[type, default: 0] += 1
                    from = at + needle.count
                }
            }
        } else {
        let hay = Array(joined.utf8)
        for (pattern, type) in typePatterns {
            let needle = Array(pattern.utf8)
            var from = 0
            while let at = firstMatch(needle, in: hay, of: joined, from: from) {
                counts[type, default: 0] += 1
                from = at + needle.count
            }
        }
        }
        // "rencana aksi" also counts inside "rencana aksi reformasi birokrasi".
        if let rb = counts[.rencanaAksiRB] { counts[.rencanaAksiKinerja, default: 0] -= rb }
        return counts.filter { $0.value > 0 }.max { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) }?.key
    }

    /// Words that end an agency name on a cover or in a sentence.
    static let nameStops: Set<String> = [
        "laporan", "tahun", "perjanjian", "rencana", "sekretariat", "sekretaris", "ketua", "nomor", "tentang",
        "keputusan", "kinerja", "akuntabilitas", "alamat", "jl", "telp", "dan", "yang", "adalah", "dengan",
        "pada", "di", "untuk", "dalam", "sesuai", "kabupaten", "kota", "provinsi", "pemerintah", "salinan",
        "lampiran", "selaku", "periode", "komisi", "kpu", "sebagai", "berikut", "telah", "merupakan",
    ]

    /// `KPU Kabupaten X` / `Komisi Pemilihan Umum Provinsi X`, normalised to `KPU <level> <Name>`;
    /// the name may run over a line break (covers break titles anywhere) and ends at a stop
    /// word, a lower-case word, punctuation or after four words. Other agencies come from
    /// `Unit Organisasi : …` / `Instansi : …`.
    static func findInstansi(_ lines: [(text: String, page: Int, size: Double)]) -> String? {
        let text = lines.prefix(120).map(\.text).joined(separator: " ")
        // Only a text that may hold `kpu` or `komisi` (ignoring case) is cut into words.
        let named = RegexGate.mayContain(text, anyOf: ["kpu", "komisi"])
        // ASCII text: its white space is bytes (`\r\n`, one Character, is two of them).
        let tokens = !named ? [] : text.utf8.allSatisfy({ $0 < 0x80 })
            ? text.utf8.split(whereSeparator: { $0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D) }).map { String(decoding: $0, as: UTF8.self) }
            : text.split(whereSeparator: \.isWhitespaceQuick).map(String.init)
        let lower = tokens.map { $0.lowercased() }
        for i in tokens.indices {
            var j = i
            if lower[i] == "kpu" { j = i + 1 }
            else if lower[i] == "komisi", i + 2 < tokens.count, lower[i + 1] == "pemilihan", lower[i + 2] == "umum" { j = i + 3 }
            else { continue }
            guard j < tokens.count else { continue }
            let levelRaw = lower[j].trimming(.punctuation)
            let level: String
            switch levelRaw {
            case "kabupaten", "kab": level = "Kabupaten"
            case "kota": level = "Kota"
            case "provinsi", "prov": level = "Provinsi"
            default: continue
            }
            var name: [String] = []
            var k = j + 1
            while k < tokens.count, name.count < 4 {
                let t = tokens[k]
                let bare = t.trimming(.punctuation)
                guard let first = bare.first, first.isUppercaseQuick, !nameStops.contains(bare.lowercased()) else { break }
                name.append(bare)
                if bare != t { break }   // "Utara," or "Utara." ends the name
                k += 1
            }
            if !name.isEmpty { return "KPU \(level) \(titleCase(name.joined(separator: " ")))" }
        }
        let joined = lines.prefix(120).map(\.text).joined(separator: "\n")
        let labelled = #"(?im)^\s*(?:nama\s*/?\s*unit\s+organisasi|unit\s+organisasi|instansi|satuan\s+kerja|nama\s+instansi)\s*:\s*(.+)$"#
        if RegexGate.mayHoldInstansiLabel(joined),
           let m = TextPattern(labelled).firstMatch(in: joined),
           let r = m[1] {
            // A code or page number printed at the end of the line (`… Jawa Barat   1.42`) is not the name.
            var words = String(joined[r]).split(whereSeparator: \.isWhitespace)
            while let last = words.last, !last.contains(where: \.isLetter) { words.removeLast() }
            if !words.isEmpty { return titleCase(words.joined(separator: " ")) }
        }
        return nil
    }

    /// Capitalises each word but keeps acronyms (OKU, DPRD) upper-case.
    static func titleCase(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespaceQuick).map { w -> String in
            let word = String(w)
            if word.count <= 3, word == word.uppercased(), word.hasLetter,
               !["DAN", "DI"].contains(word) { return word }
            return word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// `TAHUN 2024`, `TAHUN : 2025`, `Tahun Anggaran 2024`: first in the title lines (the
    /// cover's lines before its prose, and running headers), then anywhere on the first
    /// pages; never a cited regulation's year (`Nomor 23 Tahun 2014`, `Perpres 29 Tahun
    /// 2014`) nor, except in a Renstra (its first year), a period (`Tahun 2013 – 2018`).
    /// Else the most frequent year of the cover.
    static func findTahun(_ lines: [(text: String, page: Int, size: Double)],
                          cover: [(text: String, page: Int, size: Double)], type: DocumentType) -> Int? {
        let first = Array(cover.prefix(150))
        let titleLines = first.filter { $0.page == first.first?.page }.prefix(12).map(\.text)
        let headers = runningHeaders(lines)
        for block in [titleLines + headers, first.map(\.text)] {
            if let y = reportedYear(in: block.joined(separator: " "), type: type) { return y }
        }
        // A chapter whose first pages name only plans and periods: the year the whole text
        // reports on most often (`Tahun 2016` runs through an LKIP 2016).
        var reported: [Int: Int] = [:]
        for y in reportedYears(in: lines.map(\.text).joined(separator: " "), type: type) { reported[y, default: 0] += 1 }
        if let best = reported.max(by: { ($0.value, -$0.key) < ($1.value, -$1.key) }), best.value >= 2 { return best.key }
        var counts: [Int: Int] = [:]
        var compiled: TextPattern? = nil
        for l in first where l.page == first.first?.page {
            // Printable ASCII lines are read by bytes; the expression is compiled for others only.
            guard RegexGate.contains(l.text, "20") else { continue }
            let bytes = Array(l.text.utf8)
            if bytes.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) {
                for y in RegexGate.years(bytes) { counts[y, default: 0] += 1 }
                continue
            }
            let yr = compiled ?? TextPattern(#"\b(20\d\d)\b"#)
            compiled = yr
            for m in yr.allMatches(in: l.text) {
                if let r = m[1], let y = Int(l.text[r]) { counts[y, default: 0] += 1 }
            }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }

    static let tahunPattern = TextPattern(
        #"(?i)\btahun(?:\s+anggaran)?\s*:?\s*(20\d\d)\b(\s*[-–—/]\s*20\d\d\b|\s*(?:s\.?\s*d\.?|sampai(?:\s+dengan)?)\s*(?:tahun\s*)?20\d\d\b)?"#)
    /// What stands before `Tahun` in a citation: a number (`Nomor 23 Tahun`, `PP 8 Tahun`).
    static let citationTail = TextPattern(#"(?i)(\b\d{1,3}[a-z]?|\bno\.?|\bnomor)\s*$"#)

    static func reportedYear(in text: String, type: DocumentType) -> Int? {
        reportedYears(in: text, type: type, first: true).first
    }

    static func reportedYears(in text: String, type: DocumentType, first: Bool = false) -> [Int] {
        var out: [Int] = []
        guard RegexGate.mayContain(text, anyOf: ["tahun"]) else { return out }
        if TahunScan.canRead(text) {
            // Printable ASCII (and inert punctuation): the same matches read by bytes, no ICU.
            let bytes = Array(text.utf8)
            for m in TahunScan.matches(bytes) {
                let from = TahunScan.offset(bytes, charactersBefore: m.whole.lowerBound, count: 12)
                if TahunScan.isCitationTail(bytes[from..<m.whole.lowerBound]) { continue }
                if m.period, type != .renstra { continue }
                out.append(m.year)
                if first { break }
            }
            return out
        }
        for m in tahunPattern.allMatches(in: text) {
            guard let r = m[1], let y = Int(text[r]) else { continue }
            let whole = m.range
            let before = String(text[text.index(whole.lowerBound, offsetBy: -min(12, text.distance(from: text.startIndex, to: whole.lowerBound)))..<whole.lowerBound])
            if citationTail.matches(in: before) { continue }
            if m[2] != nil, type != .renstra { continue }
            out.append(y)
            if first { break }
        }
        return out
    }

    /// Lines that stand at the top or bottom of most pages with the same text (LKIP TAHUN 2016,
    /// the agency's name): the document says there what it is, on every page.
    static func runningHeaders(_ lines: [(text: String, page: Int, size: Double)]) -> [String] {
        let pages = Set(lines.map(\.page))
        guard pages.count >= 3 else { return [] }
        var byPage: [Int: [String]] = [:]
        for l in lines { byPage[l.page, default: []].append(l.text) }
        var seen: [String: Set<Int>] = [:]
        for (p, ls) in byPage {
            for t in Set(ls.prefix(2) + ls.suffix(2)) {
                let key = fold(t)
                seen[key, default: []].insert(p)
            }
        }
        let wanted = seen.filter { $0.value.count * 2 >= pages.count && $0.value.count >= 2 }.keys.sorted()
        guard !wanted.isEmpty else { return [] }
        // The first line printed as each running header (only those are looked up).
        let wantedKeys = Set(wanted)
        var texts: [String: String] = [:]
        // An ASCII line folds to its first non-blank byte lower-cased first: a line starting
        // otherwise than every header is not folded (this looked at every line, issue 10).
        let firstBytes = Set(wanted.map { $0.utf8.first ?? 0 })
        for l in lines {
            if texts.count == wantedKeys.count { break }
            if l.text.utf8.allSatisfy({ $0 < 0x80 }) {
                let b = l.text.utf8.first { !($0 == 0x20 || ($0 >= 0x09 && $0 <= 0x0D)) } ?? 0
                if !firstBytes.contains(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) { continue }
            }
            let k = fold(l.text)
            if wantedKeys.contains(k), texts[k] == nil { texts[k] = l.text }
        }
        return wanted.compactMap { texts[$0] }
    }
}
