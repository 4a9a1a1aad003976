import FoundationEssentials
import KinerjaModel

/// The text of a report states how many indicators it measures ("… diukur melalui 14 (Empat
/// Belas) indikator", "sebanyak 35 (Tiga Puluh Lima) indikator kinerja"). When no table of
/// the document (nor the document as a whole, nor one sasaran's group) has that many
/// indicators, either the extraction lost rows or the report contradicts itself: an analyst
/// should know (issue 9 item 6). Never noisy: only a count written both in digits and in
/// words that agree, stated as a whole (not "4 (empat) indikator tercapai", a subset), and
/// only when the document gave records at all.
extension Consistency {
    /// A count in digits, its words in brackets, then `indikator` and what follows.
    static let countStatement = TextPattern(
        #"(?:^|\s)(\S+)\s+(\d{1,3})\s*\(\s*([A-Za-z][A-Za-z ]{2,40}?)\s*\)\s*(?:buah\s+)?indikator\b((?:\s+\S+){0,6})"#,
        ignoringCase: true)

    /// Words before the count that introduce a whole set (`diukur melalui 9`, `terdapat 12`).
    static let wholeSetLeads: Set<String> = ["melalui", "dengan", "dari", "sebanyak", "terdapat", "ditetapkan", "berjumlah",
                                             "memuat", "atas", "seluruhnya", "total", "ke", "yaitu", "adalah", "memiliki"]
    /// Words after `indikator` that make the count a subset or another kind of indicator.
    static let subsetWords: Set<String> = ["tidak", "belum", "mengalami", "tercapai", "mencapai", "capaian", "pencapaian",
                                           "pencapaiannya", "melebihi", "melampaui", "merupakan", "program", "kegiatan",
                                           "outcome", "output", "dibawah", "bawah", "berhasil", "gagal",
                                           "kurang", "lebih", "sudah", "masih", "menurun", "meningkat", "memenuhi"]

    /// `Tiga Puluh Lima` → 35, `dua belas` → 12, `seratus lima` → 105; nil for anything else.
    static func numberWords(_ s: String) -> Int? {
        let units = ["nol": 0, "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
                     "delapan": 8, "sembilan": 9]
        var total = 0, current = 0
        let words = s.lowercased().split(whereSeparator: { !$0.isLetter })
        guard !words.isEmpty else { return nil }
        for w in words {
            if let u = units[String(w)] { current += u; continue }
            switch w {
            case "sepuluh": current += 10
            case "sebelas": current += 11
            case "seratus": total += 100
            case "belas": guard (1...9).contains(current % 10), current < 10 else { return nil }; current += 10
            case "puluh": guard (1...9).contains(current) else { return nil }; current *= 10
            case "ratus": guard (1...9).contains(current) else { return nil }; total += current * 100; current = 0
            default: return nil
            }
        }
        return total + current
    }

    /// False only when `countStatement` cannot match: no `ator` (of `indikator`; no letter of it
    /// has a non-ASCII case variant) or no `(` after a digit and spaces. A byte scan, where the
    /// regular expression tried at every space of every page (~3 % of a run).
    static func mayStateCount(_ text: String) -> Bool {
        let b = Array(text.utf8)
        guard b.count >= 4 else { return false }
        var ator = false
        for i in 0..<(b.count - 3) where b[i] | 0x20 == 0x61
            && b[i + 1] | 0x20 == 0x74 && b[i + 2] | 0x20 == 0x6F && b[i + 3] | 0x20 == 0x72 {
            ator = true
            break
        }
        guard ator else { return false }
        // Back from each `(` over spaces to a digit; any non-ASCII byte may be either.
        for i in b.indices where b[i] == 0x28 {
            var j = i - 1
            while j >= 0, b[j] == 0x20 || (0x09...0x0D).contains(b[j]) { j -= 1 }
            if j >= 0, b[j] >= 0x80 || (0x30...0x39).contains(b[j]) { return true }
        }
        return false
    }

    /// The matches of `countStatement` in ASCII text, in order and without overlap as
    /// `matches(in:)` finds them: its four groups (lead word, count, count in words, the words
    /// after `indikator`). In ASCII `\s` is 0x09–0x0D and space (ICU's white space), `\d` a
    /// digit 0–9, `\b` the edge of a run of letters, digits and `_`. Every part of the
    /// expression but the count in words is forced by its neighbours (each stops where the
    /// next part's first character cannot be its own), so a start either matches one way or
    /// not at all; the count in words is lazy: its shortest run before spaces and `)`.
    static func countStatementsASCII(_ b: [UInt8]) -> [(lead: Range<Int>, count: Range<Int>, words: Range<Int>, tail: Range<Int>)] {
        let n = b.count
        func space(_ i: Int) -> Bool { i < n && (b[i] == 0x20 || (b[i] >= 0x09 && b[i] <= 0x0D)) }
        func solid(_ i: Int) -> Bool { i < n && !space(i) }
        func letter(_ i: Int) -> Bool { i < n && b[i] | 0x20 >= 0x61 && b[i] | 0x20 <= 0x7A }
        func digit(_ i: Int) -> Bool { i < n && b[i] >= 0x30 && b[i] <= 0x39 }
        func wordChar(_ i: Int) -> Bool { letter(i) || digit(i) || (i < n && b[i] == 0x5F) }
        func spaces(_ i: Int) -> Int { var i = i; while space(i) { i += 1 }; return i }
        func word(_ i: Int, _ w: String) -> Bool {
            let u = Array(w.utf8)
            guard i + u.count <= n else { return false }
            for k in 0..<u.count where b[i + k] | 0x20 != u[k] { return false }
            return true
        }
        /// The match whose lead word starts at `l`, as (groups, end).
        func match(_ l: Int) -> ((lead: Range<Int>, count: Range<Int>, words: Range<Int>, tail: Range<Int>), Int)? {
            guard solid(l) else { return nil }
            var i = l
            while solid(i) { i += 1 }
            let lead = l..<i
            guard space(i) else { return nil }
            i = spaces(i)
            let c0 = i
            while digit(i) { i += 1 }
            guard i - c0 >= 1, i - c0 <= 3 else { return nil }
            let count = c0..<i
            i = spaces(i)
            guard i < n, b[i] == 0x28 else { return nil }
            i = spaces(i + 1)
            guard letter(i) else { return nil }
            let w0 = i
            var m = 1
            while m <= 40 {
                // Body `w0 ..< w0 + 1 + m`; its last character must be a letter or a space.
                let last = w0 + m
                guard letter(last) || (last < n && b[last] == 0x20) else { return nil }
                var j = spaces(last + 1)
                if m >= 2, j < n, b[j] == 0x29 {
                    let words = w0..<(last + 1)
                    j = spaces(j + 1)
                    if word(j, "buah"), space(j + 4) {
                        let k = spaces(j + 4)
                        if word(k, "indikator"), !wordChar(k + 9) { j = k }
                    }
                    guard word(j, "indikator"), !wordChar(j + 9) else { return nil }
                    let t0 = j + 9
                    var end = t0
                    for _ in 0..<6 {
                        guard space(end) else { break }
                        let s = spaces(end)
                        guard solid(s) else { break }
                        var e = s
                        while solid(e) { e += 1 }
                        end = e
                    }
                    return ((lead, count, words, t0..<end), end)
                }
                m += 1
            }
            return nil
        }
        var out: [(lead: Range<Int>, count: Range<Int>, words: Range<Int>, tail: Range<Int>)] = []
        var p = 0
        search: while p < n {
            // `^` at the text's start, else a space before the lead word.
            if p == 0, let (g, end) = match(0) { out.append(g); p = end; continue }
            var s = p
            while s < n {
                if space(s), let (g, end) = match(s + 1) { out.append(g); p = end; continue search }
                s += 1
            }
            break
        }
        return out
    }

    /// The stated whole counts of indicators on each page: (count, the words as printed, page).
    static func statedCounts(pages: [(page: Int, text: String)]) -> [(count: Int, text: String, page: Int)] {
        var out: [(Int, String, Int)] = []
        for (page, text) in pages where mayStateCount(text) {
            let bytes = Array(text.utf8)
            if bytes.allSatisfy({ $0 < 0x80 }) {
                // ASCII (nearly every page): the same matches from a byte scanner, no regex engine.
                func str(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
                for m in countStatementsASCII(bytes) {
                    let lead = str(m.lead).lowercased()
                    guard let n = Int(str(m.count)), n >= 3, numberWords(str(m.words)) == n,
                          wholeSetLeads.contains(lead) else { continue }
                    let after = str(m.tail).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
                    if after.prefix(4).contains(where: subsetWords.contains) { continue }
                    out.append((n, "\(n) (\(str(m.words))) indikator", page))
                }
                continue
            }
            func group(_ m: TextPattern.Match, _ i: Int) -> String { m[i].map { String(text[$0]) } ?? "" }
            for m in countStatement.allMatches(in: text) {
                let lead = group(m, 1).lowercased()
                guard let n = Int(group(m, 2)), n >= 3,
                      numberWords(group(m, 3)) == n,
                      wholeSetLeads.contains(lead) else { continue }
                let after = group(m, 4).lowercased()
                    .split(whereSeparator: { !$0.isLetter }).map(String.init)
                // Up to the end of the phrase: what qualifies the indicators comes first.
                if after.prefix(4).contains(where: subsetWords.contains) { continue }
                out.append((n, "\(n) (\(group(m, 3))) indikator", page))
            }
        }
        return out
    }

    /// Every way the records can be counted that a report's text might mean: per table (all
    /// rows, rows with a measure, distinct numbers), per sasaran group, and the document's
    /// distinct indicators.
    static func recordCounts(_ indicators: [Indicator]) -> Set<Int> {
        func key(_ s: String) -> String { HeaderText.words(s).joined(separator: " ") }
        func measured(_ i: Indicator) -> Bool {
            i.target != nil || i.realisasi != nil || i.capaian != nil || !i.periods.isEmpty
        }
        var counts: Set<Int> = []
        // Each record's key and measured-ness once; groups hold indices, not copies of records.
        let keys = indicators.map { key($0.indikator) }
        let isMeasured = indicators.map(measured)
        let byTable = Dictionary(grouping: indicators.indices, by: { indicators[$0].table })
        for (_, recs) in byTable {
            counts.insert(recs.count)
            counts.insert(recs.filter { isMeasured[$0] }.count)
            counts.insert(Set(recs.compactMap { indicators[$0].no }).count)
            counts.insert(Set(recs.map { keys[$0] }).count)
            for (_, group) in Dictionary(grouping: recs, by: { indicators[$0].sasaran ?? "" }) {
                counts.insert(group.count)
                counts.insert(group.filter { isMeasured[$0] }.count)
            }
        }
        counts.insert(Set(keys).count)
        counts.insert(Set(indicators.indices.filter { isMeasured[$0] }.map { keys[$0] }).count)
        return counts
    }

    /// `indicator_count_mismatch` for each stated whole count no way of counting the records
    /// gives (one warning per count).
    public static func indicatorCountMismatches(_ indicators: [Indicator], pages: [(page: Int, text: String)]) -> [Warning] {
        guard !indicators.isEmpty else { return [] }
        let counts = recordCounts(indicators)
        var out: [Warning] = []
        var seen: Set<Int> = []
        for s in statedCounts(pages: pages) where !counts.contains(s.count) && !seen.contains(s.count) {
            seen.insert(s.count)
            let tables = Dictionary(grouping: indicators, by: \.table).map { "\($0.key): \($0.value.count)" }.sorted()
            out.append(Warning(code: "indicator_count_mismatch",
                               message: "the text says \"\(s.text)\" but no table gives \(s.count) indicators (records per table: \(tables.joined(separator: ", ")))",
                               page: s.page))
        }
        return out
    }
}
