import FoundationEssentials
import KinerjaModel
import Layout

/// Who signed, where and when; the decree number; the two parties of a Perjanjian Kinerja.
///
/// Signature blocks are found from their anchors: a place-and-date line (`Arga Makmur,
/// 17 Januari 2025`, `Ditetapkan di X` / `pada tanggal 10 Januari 2022`) and a `NIP.` line.
/// Above a NIP line stand the name and, after the space left for the signature, the jabatan;
/// below a date line with no NIP under it stand the jabatan, then (after the space) the
/// name. Blocks set side by side (PIHAK KEDUA | PIHAK PERTAMA) are told apart by the
/// horizontal gap between them on the same line.
public enum SignatureReader {
    /// One run of words on a line, separated from its neighbours by a wide gap.
    struct Segment {
        var text: String
        var box: Rect
        var size: Double
        var page: Int
    }

    public struct Result: Sendable {
        public var nomor: String?
        public var signed: [Signature]
        public var parties: [Party]
    }

    /// `pages`: the text lines of every page, in reading order.
    public static func read(pages: [(number: Int, lines: [TextLine])]) -> Result {
        var signed: [Signature] = []
        var partiesFromBlocks: [Party] = []
        for page in pages {
            let segs = page.lines.flatMap { Self.segments(of: $0, page: page.number) }
            let (blocks, parties) = blocksOnPage(segs)
            signed += blocks
            partiesFromBlocks += parties
        }
        let allLines = pages.flatMap { p in p.lines.map(\.text) }
        var parties = narrativeParties(allLines)
        if parties.isEmpty {
            for p in partiesFromBlocks where !parties.contains(p) { parties.append(p) }
        }
        return Result(nomor: decreeNumber(allLines), signed: signed, parties: parties)
    }

    /// Splits a line where the gap between two words exceeds three times the font size.
    static func segments(of line: TextLine, page: Int) -> [Segment] {
        let gaps = zip(line.words, line.words.dropFirst()).contains { a, b in
            b.box.x0 - a.box.x1 > max(12, 3 * max(a.fontSize, b.fontSize))
        }
        // Most lines are one run: no need to join their words again.
        if !gaps { return [Segment(text: line.text, box: line.box, size: line.fontSize, page: page)] }
        var out: [Segment] = []
        var current: [Word] = []
        func flush() {
            guard !current.isEmpty else { return }
            // Plain joining: most segments are table cells never looked at again; the text
            // that is kept (names, jabatan, places) is normalised by `clean`.
            let box = current.dropFirst().reduce(current[0].box) { $0.union($1.box) }
            out.append(Segment(text: current.map(\.text).joined(separator: " "), box: box,
                               size: current.map(\.fontSize).max() ?? 0, page: page))
            current = []
        }
        for w in line.words {
            if let last = current.last, w.box.x0 - last.box.x1 > max(12, 3 * max(w.fontSize, last.fontSize)) { flush() }
            current.append(w)
        }
        flush()
        return out
    }

    // MARK: - Dates

    static let months: [(String, Int)] = [
        ("januari", 1), ("jan", 1), ("februari", 2), ("pebruari", 2), ("feb", 2), ("peb", 2), ("maret", 3), ("mar", 3),
        ("april", 4), ("apr", 4), ("mei", 5), ("juni", 6), ("jun", 6), ("juli", 7), ("jul", 7), ("agustus", 8),
        ("agu", 8), ("agt", 8), ("ags", 8), ("agus", 8), ("september", 9), ("sept", 9), ("sep", 9), ("oktober", 10),
        ("okt", 10), ("november", 11), ("nopember", 11), ("nov", 11), ("nop", 11), ("desember", 12), ("des", 12),
    ]

    /// `17 Januari 2025` → `2025-01-17`; nil for anything else (`31 Februari` too).
    public static func isoDate(day: Int, month word: String, year: Int) -> String? {
        let w = HeaderText.fold(word).trimming(charactersIn: ".")
        guard let m = months.first(where: { $0.0 == w })?.1 else { return nil }
        // Gregorian years after the 1582 reform: the leap rule is plain arithmetic (Calendar
        // and String(format:) were ICU's and a share of a run); earlier years ask Calendar.
        if (1583...9999).contains(year) {
            let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
            let length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
            guard (1...length).contains(day) else { return nil }
            func padded(_ v: Int, _ width: Int) -> String {
                let digits = String(v)
                return String(repeating: "0", count: max(0, width - digits.count)) + digits
            }
            return "\(padded(year, 4))-\(padded(m, 2))-\(padded(day, 2))"
        }
        var c = DateComponents(); c.year = year; c.month = m; c.day = day
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard c.isValidDate(in: cal) else { return nil }
        return String(cFormat: "%04d-%02d-%02d", year, m, day)
    }

    static let dateRE = TextPattern(
        #"^(?:(?:ditetap\p{L}*|diundang\p{L}*|dibuat)\s+di\s*:?\s*)?(?:(\p{Lu}[\p{L}.' \-]{1,40}?)\s*,\s*|(\p{Lu}[\p{L}.' \-]{1,40}?)\s+)?(?:pada\s+)?(?:tanggal\s*:?\s*)?(\d{1,2})\s+(\p{L}{3,9}\.?)\s+((?:19|20)\d\d)\s*$"#,
        ignoringCase: true)
    static let placeOnlyRE = TextPattern(#"^(?:ditetap\p{L}*|diundang\p{L}*|dibuat)\s+di\s*:?\s*(.+)$"#, ignoringCase: true)

    /// (place, ISO date) of a place-and-date line.
    static func dateLine(_ s: String) -> (place: String?, date: String)? {
        // Cheap test first (this runs on every short line of every page): it ends in a year.
        let tail = s.utf8.suffix(4)
        guard tail.count == 4, tail.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), s.utf8.count <= 120 else { return nil }
        let bytes = Array(s.utf8)
        if SignatureScan.isPrintableASCII(bytes) {
            guard let m = SignatureScan.date(bytes) else { return nil }
            func group(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self).trimmingWhitespace() }
            guard let d = Int(group(m.day)), let y = Int(group(m.year)),
                  let iso = isoDate(day: d, month: group(m.month), year: y) else { return nil }
            var place = m.place.map(group)
            if let p = place, ["pada", "tanggal", "pada tanggal"].contains(p.lowercased()) { place = nil }
            return (place.map(clean), iso)
        }
        // The year group is the last four bytes (digits): 19xx or 20xx, or no match.
        guard bytes[bytes.count - 4] == 0x31 && bytes[bytes.count - 3] == 0x39
                || bytes[bytes.count - 4] == 0x32 && bytes[bytes.count - 3] == 0x30 else { return nil }
        guard let m = dateRE.firstMatch(in: s) else { return nil }
        func group(_ i: Int) -> String? { m[i].map { s[$0].trimmingWhitespace() } }
        guard let d = group(3).flatMap(Int.init), let y = group(5).flatMap(Int.init), let mon = group(4),
              let iso = isoDate(day: d, month: mon, year: y) else { return nil }
        var place = group(1) ?? group(2)
        if let p = place, ["pada", "tanggal", "pada tanggal"].contains(p.lowercased()) { place = nil }
        return (place.map(clean), iso)
    }

    static let placeYearRE = TextPattern(#"^(\p{Lu}[\p{L}.' \-]{1,40}?)\s*,\s*(?:\p{L}+\s+)?(?:19|20)\d\d$"#)

    /// The place of a signing line whose day (and month) are left blank: `Bandung, 2017`.
    static func placeWithoutDay(_ s: String) -> String? {
        let tail = s.utf8.suffix(4)
        guard tail.count == 4, tail.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), s.utf8.count <= 60 else { return nil }
        // The expression's literals: a comma, and the year (the last four bytes) 19xx or 20xx.
        let t = Array(tail)
        guard t[0] == 0x31 && t[1] == 0x39 || t[0] == 0x32 && t[1] == 0x30, s.utf8.contains(0x2C) else { return nil }
        let bytes = Array(s.utf8)
        if SignatureScan.isPrintableASCII(bytes) {
            return PlaceYearScan.place(bytes).map { clean(String(decoding: bytes[$0], as: UTF8.self)) }
        }
        guard let m = placeYearRE.firstMatch(in: s), let r = m[1] else { return nil }
        return clean(String(s[r]))
    }

    // MARK: - Blocks

    static let nipRE = TextPattern(#"^NIP\s*\.?\s*:?\s*([0-9][0-9 .]{16,30}[0-9])\s*$"#, ignoringCase: true)

    static func nip(_ s: String) -> String? {
        guard s.utf8.count >= 21, starts(s, "nip") else { return nil }
        let bytes = Array(s.utf8)
        if SignatureScan.isPrintableASCII(bytes) {
            guard let r = SignatureScan.nip(bytes) else { return nil }
            let digits = bytes[r].filter { $0 >= 0x30 && $0 <= 0x39 }
            return digits.count == 18 ? String(decoding: digits, as: UTF8.self) : nil
        }
        guard let m = nipRE.firstMatch(in: s), let r = m[1] else { return nil }
        let digits = String(s[r]).filter(\.isNumber)
        return digits.count == 18 ? digits : nil
    }

    static func isFiller(_ s: String) -> Bool {
        let f = HeaderText.fold(s).trimming(charactersIn: ".,:;() ")
        return ["ttd", "cap", "materai", "meterai", "ttd dan cap", "dto", ""].contains(f)
    }

    /// A civil-service rank line (`Pembina Utama Madya`, `Penata Tk. I`, `IV/c`).
    static func isPangkat(_ s: String) -> Bool {
        let w = HeaderText.words(s)
        guard let first = w.first, w.count <= 6 else { return false }
        // `PenataTk. I` comes glued from some PDFs.
        if ["pembina", "penata", "pengatur", "juru"].contains(where: { first == $0 || (first.hasPrefix($0) && first.hasSuffix("tk")) }) {
            return true
        }
        let bytes = Array(s.utf8)
        if SignatureScan.isPrintableASCII(bytes) { return SignatureScan.isRankClass(bytes) }
        return rankClass.matches(in: s)
    }
    static let rankClass = TextPattern(#"^\(?(I|II|III|IV)\s*/\s*[a-eA-E]\)?$"#)
    /// Spaces around a slash (`02 /ORT.07-Kpt`).
    static let slashSpacing = TextPattern(#"\s*/\s*"#)

    /// True when `s` starts with `word`, ignoring ASCII case (a cheap test before folding).
    /// (`word` is lower-case ASCII; one walk over both, no zipped views: their first use
    /// cost a runtime type look-up in every process.)
    static func starts(_ s: String, _ word: String) -> Bool {
        var bytes = s.utf8.makeIterator()
        for w in word.utf8 {
            guard let b = bytes.next(), b | 0x20 == w else { return false }
        }
        return true
    }

    static func partyRole(_ s: String) -> Party.Role? {
        guard starts(s, "pihak") else { return nil }
        let w = HeaderText.words(s)
        guard w.count <= 3, w.first == "pihak" else { return nil }
        if w.contains("pertama") || w.contains("kesatu") || w.contains("i") { return .pertama }
        if w.contains("kedua") || w.contains("ii") { return .kedua }
        return nil
    }

    static func isStop(_ s: String) -> Bool {
        let f = HeaderText.fold(s)
        return f.hasPrefix("mengetahui") || f.hasPrefix("menyetujui") || f.hasPrefix("salinan sesuai")
    }

    /// Same column: the horizontal extents overlap.
    static func sameColumn(_ a: Segment, _ b: Segment) -> Bool {
        min(a.box.x1, b.box.x1) - max(a.box.x0, b.box.x0) > -4
    }

    static func blocksOnPage(_ segs: [Segment]) -> ([Signature], [Party]) {
        let sorted = segs.sorted { ($0.box.y0, $0.box.x0) < ($1.box.y0, $1.box.x0) }
        var dates: [(index: Int, place: String?, date: String)] = []
        for (i, s) in sorted.enumerated() {
            guard var d = dateLine(s.text), s.text.split(separator: " ").count <= 9 else { continue }
            // `Ditetapkan di X` on the line above gives the place.
            if d.place == nil, let above = sorted[..<i].last(where: { sameColumn($0, s) && s.box.y0 - $0.box.y1 < 2 * s.size }) {
                if RegexGate.mayContain(above.text, anyOf: ["ditetap", "diundang", "dibuat"]),
                   let m = placeOnlyRE.firstMatch(in: above.text), let r = m[1] {
                    d.place = clean(String(above.text[r]))
                }
            }
            dates.append((i, d.place, d.date))
        }
        var out: [(top: Double, x: Double, signature: Signature)] = []
        var usedHeadings = Set<Int>()
        func key(_ seg: Segment) -> Int { sorted.firstIndex { $0.box == seg.box && $0.text == seg.text } ?? -1 }
        var parties: [Party] = []
        var usedDates = Set<Int>()
        // Blocks ending in a NIP line.
        for (i, s) in sorted.enumerated() {
            guard let n = nip(s.text) else { continue }
            let above = sorted[..<i].filter { sameColumn($0, s) && $0.box.midY < s.box.midY - s.size * 0.5 }.reversed()
            var name: Segment? = nil
            var jabatan: [Segment] = []
            var role: Party.Role? = nil
            var heading: Segment? = nil
            var blankDatePlace: String? = nil
            var blankYear: Segment? = nil
            var previous = s
            for a in above {
                let gap = previous.box.y0 - a.box.y1
                if isStop(a.text) || nip(a.text) != nil || dateLine(a.text) != nil { break }
                // `Bandung,      2017`: the day and month left blank to be filled by hand.
                if let p = placeWithoutDay(a.text) { blankDatePlace = p; break }
                // … or set apart from its year by the blank: `Bandung,` and `2017` are two runs.
                if a.text.count == 4, a.text.allSatisfy(\.isNumber) {
                    blankYear = a
                    continue
                }
                if let y = blankYear, abs(y.box.midY - a.box.midY) < a.size * 0.5, a.text.hasSuffix(","),
                   let p = placeWithoutDay(a.text + " " + y.text) {
                    blankDatePlace = p
                    break
                }
                if name == nil {
                    // `ttd.`, and the rank (`Pembina Utama Madya`) that may stand between name and NIP.
                    if isFiller(a.text) || isPangkat(a.text) { previous = a; continue }
                    guard gap < 3 * s.size else { break }
                    name = a
                } else {
                    if isFiller(a.text) { previous = a; continue }
                    // The space left for the signature lies between the name and the jabatan.
                    let limit = jabatan.isEmpty ? 10 * s.size : 1.2 * s.size
                    guard gap < limit else { break }
                    if let r = partyRole(a.text) { role = r; heading = a; usedHeadings.insert(key(a)); break }
                    if a.text.split(separator: " ").count > 12 || a.text.hasPrefix("Nama") { break }
                    jabatan.insert(a, at: 0)
                    if jabatan.count >= 5 { break }
                }
                previous = a
            }
            guard let name else { continue }
            let top = (heading ?? jabatan.first ?? name).box
            let size = max(s.size, name.size)
            // The nearest date line above the block (it may stand over the other column).
            let date = dates.last { d in
                let seg = sorted[d.index]
                return seg.box.midY < top.midY - 0.5 * size && top.y0 - seg.box.y1 < 14 * size
            }
            if let date { usedDates.insert(date.index) }
            var sig = Signature(page: s.page, place: date?.place, date: date?.date, name: clean(name.text), nip: n,
                                jabatan: jabatan.isEmpty ? nil : clean(jabatan.map(\.text).joined(separator: " ")))
            if sig.place == nil, date == nil { sig.place = blankDatePlace }
            if sig.place?.isEmpty == true { sig.place = nil }
            out.append((top.y0, top.x0, sig))
            if let role { parties.append(Party(role: role, name: sig.name, jabatan: sig.jabatan)) }
        }
        // Blocks under a date line, or under a PIHAK heading, with no NIP (`ttd.` and the name only).
        for d in dates where !usedDates.contains(d.index) {
            guard let (name, jabatan) = blockBelow(sorted, d.index) else { continue }
            let a = sorted[d.index]
            out.append((a.box.y0, a.box.x0, Signature(page: a.page, place: d.place, date: d.date, name: name, nip: nil, jabatan: jabatan)))
        }
        for (i, s) in sorted.enumerated() {
            guard let role = partyRole(s.text), !usedHeadings.contains(i),
                  let (name, jabatan) = blockBelow(sorted, i, heading: true) else { continue }
            let date = dates.last { d in
                let seg = sorted[d.index]
                return seg.box.midY < s.box.midY - 0.5 * s.size && s.box.y0 - seg.box.y1 < 14 * s.size
            }
            out.append((s.box.y0, s.box.x0, Signature(page: s.page, place: date?.place, date: date?.date, name: name, nip: nil, jabatan: jabatan)))
            parties.append(Party(role: role, name: name, jabatan: jabatan))
        }
        return (out.sorted { ($0.top, $0.x) < ($1.top, $1.x) }.map(\.signature), parties)
    }

    /// The jabatan lines right under an anchor, then (after the space for the signature, or
    /// after `ttd.`) the name.
    static func blockBelow(_ sorted: [Segment], _ index: Int, heading: Bool = false) -> (name: String, jabatan: String?)? {
        let anchor = sorted[index]
        let below = sorted[(index + 1)...].filter { sameColumn($0, anchor) }
        var jabatan: [Segment] = []
        var previous = anchor
        var signedHere = false
        for b in below {
            let gap = b.box.y0 - previous.box.y1
            if isStop(b.text) || dateLine(b.text) != nil || nip(b.text) != nil || partyRole(b.text) != nil { return nil }
            // `ttd.` stands where the signature is: the name follows.
            if isFiller(b.text) { previous = b; signedHere = !jabatan.isEmpty; continue }
            if !signedHere && (jabatan.isEmpty || gap < 1.2 * anchor.size) {
                if jabatan.isEmpty, gap > 4 * anchor.size {
                    // Under a PIHAK heading the name may follow the signature space directly.
                    guard heading, gap < 10 * anchor.size, b.text.split(separator: " ").count <= 8,
                          !b.text.contains(where: \.isNumber) else { return nil }
                    return (clean(b.text), nil)
                }
                guard b.text.split(separator: " ").count <= 12 else { return nil }
                jabatan.append(b)
            } else {
                guard gap < 10 * anchor.size, b.text.split(separator: " ").count <= 8,
                      !b.text.contains(where: \.isNumber), !jabatan.isEmpty else { return nil }
                return (clean(b.text), clean(jabatan.map(\.text).joined(separator: " ")))
            }
            if jabatan.count > 5 { return nil }
            previous = b
        }
        return nil
    }

    static func clean(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            .trimming(charactersIn: " ,;:").precomposed
    }

    // MARK: - Parties and the decree number

    /// `Nama : X` / `Jabatan : Y` / `… selanjutnya disebut PIHAK PERTAMA`.
    static func narrativeParties(_ lines: [String]) -> [Party] {
        var out: [Party] = []
        for (i, line) in lines.enumerated() {
            guard let name = labelled(line, "nama") else { continue }
            let bare = !line.contains(":")
            // This party's lines end where the next `Nama` starts.
            var end = min(lines.count, i + 6)
            if let next = lines[(i + 1)..<end].firstIndex(where: { labelled($0, "nama") != nil }) { end = next }
            var jabatan: String? = nil
            for j in (i + 1)..<min(end, i + 4) {
                guard let first = labelled(lines[j], "jabatan") else { continue }
                // A jabatan wraps onto the next lines, until the `selanjutnya disebut …` line.
                var parts = [first]
                for l in lines[(j + 1)..<min(end, j + 3)] {
                    let f = HeaderText.fold(l)
                    if ASCIISearch.contains("disebut", in: f) || f.hasPrefix("selaku") || f.hasPrefix("selanjutnya") || l.contains(":") { break }
                    parts.append(l)
                }
                jabatan = parts.joined(separator: " ")
                break
            }
            // The role is named right after `disebut`, on that line (or the next, when it wraps):
            // later lines speak of both parties (`PIHAK KESATU berjanji …`).
            let window = lines[(i + 1)..<max(i + 1, min(lines.count, end + 1))].map(HeaderText.fold)
            guard let k = window.firstIndex(where: { ASCIISearch.contains("disebut", in: $0) }),
                  let r = ASCIISearch.firstRange(of: "disebut", in: window[k]) else { continue }
            var tail = String(window[k][r.upperBound...])
            // The role word alone: a scan's text layer garbles `PIHAK` (`prHAK KEDUA`).
            if !tail.contains(where: \.isLetter), k + 1 < window.endIndex { tail += " " + window[k + 1] }
            var role: Party.Role?
            let first = ASCIISearch.firstRange(of: "pertama", in: tail) ?? ASCIISearch.firstRange(of: "kesatu", in: tail)
            switch (first, ASCIISearch.firstRange(of: "kedua", in: tail)) {
            case let (p?, k?): role = p.lowerBound < k.lowerBound ? .pertama : .kedua
            case (_?, nil): role = .pertama
            case (nil, _?): role = .kedua
            default: role = nil
            }
            // `Selaku atasan …, selanjutnya disebut PIHAK KEOUA`: the superior is the second party.
            if role == nil, ASCIISearch.contains("atasan", in: window[k]) { role = .kedua }
            // A name read without its colon needs the jabatan line to be sure it is a party.
            if bare, jabatan == nil { role = nil }
            guard let role else { continue }
            let party = Party(role: role, name: name, jabatan: jabatan)
            if !out.contains(party) { out.append(party) }
        }
        return out
    }

    /// The text after `Label :` on a line that starts with the label.
    /// A scan's text layer may lose the colon (`Nama      Ir. ANDRI ARFIANA`): then the label
    /// word must be followed by a word (the caller asks for more evidence).
    static func labelled(_ line: String, _ label: String) -> String? {
        guard starts(line, label) else { return nil }
        let t = line.trimmingWhitespace()
        guard let colon = t.firstIndex(of: ":") else {
            let rest = t.dropFirst(label.count)
            guard rest.first == " ", let next = rest.drop(while: { $0 == " " }).first, next.isLetter else { return nil }
            return rest.trimmingWhitespace()
        }
        let head = HeaderText.words(String(t[..<colon]))
        guard head == [label] else { return nil }
        let v = t[t.index(after: colon)...].trimmingWhitespace()
        return v.isEmpty ? nil : v
    }

    /// `NOMOR 02/ORT.07-Kpts/KPU-Kab/1709/I/2022`: the first line that is only a number label
    /// and a number with a slash in it (a sentence citing another regulation runs on).
    static func decreeNumber(_ lines: [String]) -> String? {
        for line in lines {
            // Lines come whitespace-collapsed and trimmed (TextLines).
            guard starts(line, "nomor") else { continue }
            let t = line.trimmingWhitespace()
            guard t.count <= 80 else { continue }
            var rest = t.dropFirst(5).trimmingWhitespace()
            if rest.hasPrefix(":") { rest = rest.dropFirst().trimmingWhitespace() }
            // Spaces around slashes are typesetting (`02 /ORT.07-Kpt`); no slash, no number.
            guard rest.utf8.contains(0x2F) else { continue }
            let joined = slashSpacing.replacingMatches(in: rest, with: "/")
            guard joined.contains("/"), !joined.contains(" "), joined.first?.isLetter == true || joined.first?.isNumber == true,
                  joined.contains(where: \.isNumber) else { continue }
            return joined
        }
        return nil
    }
}
