import KinerjaModel

/// What the column a cell sits in tells about its values (decided by Interpretation).
public enum ValueHint: Sendable, Hashable {
    /// Nothing known: read the cell on its own.
    case none
    /// The column holds percentages: a bare `73,1` is a percent.
    case percent
    /// The column holds money (anggaran, pagu): a bare number is rupiah.
    case currency
}

/// The result of reading one cell.
public struct ValueReading: Sendable, Hashable {
    /// nil for an empty cell or one holding only `-`.
    public var value: Value?
    /// Set when the text looks like a measure but cannot be read without guessing
    /// (e.g. `2.57.212.000`): the value then has kind text/number with `payload: .none`.
    public var problem: Problem?

    public struct Problem: Sendable, Hashable {
        public var code: String
        public var message: String
        public init(code: String, message: String) { self.code = code; self.message = message }
    }

    public init(value: Value?, problem: Problem? = nil) { self.value = value; self.problem = problem }
}

extension ValueReading.Problem {
    /// The warning code (CONTRACT.md) for a cell that looks like a number but has no
    /// reading that does not guess.
    public static let malformedNumberCode = "malformed_number"
    /// The warning code for a cell holding several values side by side, none of them chosen.
    public static let severalValuesCode = "several_values"
    /// The warning code for an amount read although its decimal mark stands with no digits
    /// after it (`19.954.920.000,`): written like `,-`, no cents.
    public static let trailingDecimalMarkCode = "trailing_decimal_mark"
    /// The warning code for a column whose amounts repeat one mark for thousands and
    /// decimals (`641,773,572,00`), read because the column confirms the habit (one per column).
    public static let decimalMarkRepeatedCode = "decimal_mark_repeated"
}

/// Turns the text of one table cell into a measure (CONTRACT.md, "Values").
public enum ValueReader {
    /// Reads one cell's text (already whitespace-collapsed) into a measure.
    ///
    /// `raw` is kept exactly as given. Anything that is not clearly a measure (codes
    /// like `6709.QGE`, NIP numbers, dates, words, `√` schedule marks) becomes kind
    /// `text` with no payload; a number-shaped cell that cannot be read without
    /// guessing keeps its kind, gets `payload: .none` and a `malformed_number` problem.
    public static func read(_ raw: String, hint: ValueHint = .none, habit: SeparatorHabit = .unknown) -> ValueReading {
        ReadingMemo.shared.reading(raw, hint: hint, habit: habit) { readAfresh(raw, hint: hint, habit: habit) }
    }

    static func readAfresh(_ raw: String, hint: ValueHint, habit: SeparatorHabit) -> ValueReading {
        let reading = readWhole(raw, hint: hint, habit: habit)
        if reading.value == nil || (reading.value?.kind != .text && reading.problem == nil) { return reading }
        // A value broken by a narrow cell (`1.437 Keputusa n`, `Rp. 2.859.905.02 2`) is read
        // rejoined when — and only when — exactly one rejoining reads cleanly.
        let joined = rejoinings(raw).compactMap { j -> ValueReading? in
            let r = readWhole(j, hint: hint, habit: habit)
            guard var v = r.value, v.kind != .text, r.problem == nil else { return nil }
            v.raw = raw
            return ValueReading(value: v)
        }
        if joined.count == 1 { return joined[0] }
        if reading.value?.kind == .text, reading.problem == nil, let several = severalValues(raw, hint: hint, habit: habit) {
            return ValueReading(value: reading.value, problem: several)
        }
        return reading
    }

    /// Two or more values side by side in one cell (`17.803.394.426,00 25.897.885.000,00`,
    /// `99,02 101,81`): rows stacked in one cell, or a K and an Rp figure together. Which one
    /// the row means cannot be told from the cell, so none is chosen; the cell stays text and
    /// the problem says why.
    static func severalValues(_ raw: String, hint: ValueHint, habit: SeparatorHabit) -> ValueReading.Problem? {
        // `Rp 1.000.000 Rp 2.000.000`: the currency sign goes with the figure after it.
        var parts: [String] = []
        for w in trimmed(raw).split(whereSeparator: \.isWhitespaceQuick).map(String.init) {
            if let last = parts.last, ["rp", "rp."].contains(last.lowercased()) { parts[parts.count - 1] += " " + w } else { parts.append(w) }
        }
        guard parts.count >= 2 else { return nil }
        for p in parts {
            // Each figure marked as one (a separator, `%`, `Rp`): bare digits apart (`96 7`,
            // `1 2 3`) may be one number cut by the layout as well as several.
            guard p.contains(where: { $0.isNumberSeparator || $0 == "%" }) || p.lowercased().hasPrefix("rp") else { return nil }
            let r = readWhole(p, hint: hint, habit: habit)
            guard let v = r.value, v.kind != .text, r.problem == nil else { return nil }
        }
        return ValueReading.Problem(code: ValueReading.Problem.severalValuesCode,
                                    message: "\"\(ValueReading.oneLine(raw))\" holds \(parts.count) values; which one is meant cannot be told, kept as text")
    }

    /// A unit word as the output writes it: lower case, abbreviations expanded (`lap` → `laporan`).
    public static func normalisedUnit(_ word: String) -> String {
        word.split(whereSeparator: \.isWhitespace).map { Units.normalise(String($0)) }.joined(separator: " ")
    }

    static func readWhole(_ raw: String, hint: ValueHint, habit: SeparatorHabit) -> ValueReading {
        let text = trimmed(raw)
        if isBlank(text) { return ValueReading(value: nil) }
        if let label = Label(text) {
            return ValueReading(value: Value(raw: raw, kind: label.kind, payload: .string(label.text)))
        }
        if let rate = Rate.read(text, raw: raw, habit: habit) { return rate }
        if let range = RangeReading.read(text, raw: raw, hint: hint, habit: habit) { return range }
        // `≥ 80`, `<10`, `min. 80%`: the bound is read like the number would be without its
        // sign, and kept beside it; a bound before anything but a measure leaves the cell text.
        if let (comparator, rest) = Bound.split(text) {
            let r = MeasureParts(rest, hint: hint).read(raw: raw, hint: hint, habit: habit)
            guard var v = r.value, v.kind != .text else { return .text(raw) }
            v.comparator = comparator
            return ValueReading(value: v, problem: r.problem)
        }
        return MeasureParts(text, hint: hint).read(raw: raw, hint: hint, habit: habit)
    }

    /// The cell's text with one space closed where a narrow cell breaks a value: a word cut
    /// before its last one to three letters (`Keputusa n`), or a number cut inside its last
    /// thousands group (`2.859.905.02 2`: the group before the space is short, the one
    /// after completes it to three digits).
    static func rejoinings(_ raw: String) -> [String] {
        let parts = trimmed(raw).split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 2 else { return [] }
        var out: [String] = []
        for i in 0..<(parts.count - 1) {
            let left = parts[i], right = parts[i + 1]
            var ok = false
            if left.count >= 3, (1...3).contains(right.count), left.allSatisfy(\.isLetterQuick), right.allSatisfy(\.isLetterQuick),
               right.first?.isLowercaseQuick == true, Units.scales[left.lowercased()] == nil,
               // `Kabupaten dan`: a word of its own, not the cut-off end of the one before.
               right != "dan", !Units.clauseWords.contains(right) {
                ok = true
            }
            if let lastSep = left.lastIndex(where: { $0 == "." || $0 == "," }), right.allSatisfy(\.isASCIIDigit) {
                let tailDigits = left[left.index(after: lastSep)...]
                if tailDigits.allSatisfy(\.isASCIIDigit), (1...2).contains(tailDigits.count),
                   tailDigits.count + right.count == 3,
                   left[..<lastSep].contains(where: { $0 == "." || $0 == "," }) {
                    ok = true
                }
            }
            // `27,5 0`: decimals cut by a narrow cell, one digit wrapped onto the next line; read
            // together they are the two decimals the document's other figures carry (`33,33`).
            if let sep = left.firstIndex(where: \.isNumberSeparator), left.filter(\.isNumberSeparator).count == 1,
               left[..<sep].allSatisfy(\.isASCIIDigit), (1...3).contains(left[..<sep].count),
               left[left.index(after: sep)...].count == 1, left.last?.isASCIIDigit == true,
               right.count == 1, right.allSatisfy(\.isASCIIDigit) {
                ok = true
            }
            // `48. 592.221.203,-`, `1,584,085, 700`: an amount broken after a thousands mark (the
            // group after the space has its three digits).
            if left.count >= 2, left.last?.isNumberSeparator == true, left.first?.isASCIIDigit == true,
               left.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator }),
               right.prefix(while: \.isASCIIDigit).count == 3 {
                ok = true
            }
            if ok {
                var p = parts
                p[i] = left + right
                p.remove(at: i + 1)
                out.append(p.joined(separator: " "))
            }
        }
        return out
    }

    /// Empty, or only dashes: tables mark "nothing here" with `-` (and OCR turns it
    /// into `–`/`—`); a run like `---` is the same mark drawn wider.
    static func isBlank(_ text: String) -> Bool {
        // `-- -- --`: the same mark for each of several stacked rows.
        text.allSatisfy { "-–—−".contains($0) || $0 == " " }
    }

    static func trimmed(_ s: String) -> String {
        // Already trimmed when both ends are ASCII other than white space (most cells): the
        // first and last Characters then begin with a non-space scalar.
        if let f = s.utf8.first, let l = s.utf8.last, f < 0x80, l < 0x80,
           f != 0x20, !(0x09...0x0D).contains(f), l != 0x20, !(0x09...0x0D).contains(l) { return s }
        // The same Characters dropped from each end, walked by index (the reversed views and a
        // String built Character by Character cost more than the reading they serve).
        var start = s.startIndex, end = s.endIndex
        while start < end, s[start].isWhitespaceQuick { start = s.index(after: start) }
        while end > start {
            let before = s.index(before: end)
            guard s[before].isWhitespaceQuick else { break }
            end = before
        }
        return String(s[start..<end])
    }
}

/// A SAKIP predikat or a BPK audit opinion: short fixed words, kept as strings.
private struct Label {
    /// Predikat SAKIP, best to worst.
    static let grades: Set<String> = ["AA", "A", "BB", "B", "CC", "C", "D"]
    /// Opini BPK: Wajar Tanpa Pengecualian, Wajar Dengan Pengecualian, Tidak Menyatakan
    /// Pendapat, Tidak Wajar.
    static let opinions: Set<String> = ["WTP", "WDP", "TMP", "TW"]

    var kind: ValueKind
    var text: String

    init?(_ cell: String) {
        let upper = cell.uppercased()
        if Self.grades.contains(upper) {
            (kind, text) = (.grade, upper)
        } else if Self.opinions.contains(upper) {
            (kind, text) = (.opinion, upper)
        } else {
            return nil
        }
    }
}

/// A cell cut into the parts a measure can have around its number: `Rp` before it,
/// `%` or one unit word after it. What is left, `body`, should be a single number.
private struct MeasureParts {
    var rupiah = false
    var percent = false
    /// The unit word as written (`Lap`, `SK`).
    var unit: String?
    var body: Substring
    /// Percent columns are read with a lone separator as a decimal mark (see NumberGrammar).
    var readAsPercent = false
    /// `(3.14)`: accountants' negative.
    var negative = false
    /// The factor of a scale word after the number (`juta` = 1e6); nil without one.
    var scale: Double?
    /// `19.954.920.000,`: the decimal mark with nothing after it, dropped; the number is read by it.
    var trailingDecimalMark: Character?

    init(_ text: String, hint: ValueHint) {
        body = Substring(text)
        // Marks after a value that are not part of it: footnote stars (`992.770 *`, angka
        // sementara), a category label in brackets (`125,69 (SB)`, `100 (Hijau)`) and a remark
        // in brackets after a value that stands on its own (`22,7 % (75%)`, `10% (190 temuan)`):
        // the cell's value is the one it states first.
        while true {
            let before = body
            while body.last == "*" { body = Self.trimmed(body.dropLast()) }
            if body.last == ")", let open = body.lastIndex(of: "("), open > body.startIndex,
               Self.isRemark(body[body.index(after: open)..<body.index(before: body.endIndex)],
                             after: Self.trimmed(body[..<open])),
               body[body.index(after: open)...].count > 1 {
                body = Self.trimmed(body[..<open])
            }
            if body == before { break }
        }
        if body.count >= 3, body.first == "(", body.last == ")",
           body.dropFirst().dropLast().allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator || $0 == "%" || $0 == " " }),
           // `(6709)` is a code; an accountant's negative has its decimals (`(3.14)`).
           body.contains(where: \.isNumberSeparator) {
            negative = true
            body = Self.trimmed(body.dropFirst().dropLast())
        }
        if let rest = Self.droppingRupiahPrefix(body) { rupiah = true; body = rest }
        if let rest = Self.droppingNoCentsSuffix(body) { rupiah = true; body = rest }
        if let (rest, mark) = Self.droppingTrailingDecimalMark(body) { trailingDecimalMark = mark; body = rest }
        if body.hasSuffix("%") {
            percent = true
            body = Self.trimmed(body.dropLast())
        }
        if !percent, let (number, factor, rest) = Self.splittingScale(body) {
            // `11 juta ekor`, `1,5 miliar`, `Rp 2 triliun`: the number times the word's factor;
            // what follows must be a unit, else the cell is text (`5 juta ekor udang; 1 juta …`).
            scale = factor
            body = number
            if let rest {
                if !rupiah, let phrase = Units.phrase(rest) { unit = phrase } else { body = Substring(text) }
            }
        } else if !rupiah, !percent, let (number, word) = Self.splittingUnit(body) {
            unit = word
            body = number
        }
        readAsPercent = percent || (hint == .percent && !rupiah && unit == nil)
        if readAsPercent { body = Self.closingSpacesAroundSeparators(body) }
    }

    /// Text in brackets after a value that is not part of it: words (`SB`, `Hijau`), or — after
    /// a value marked `%` or a plain number — a short remark of its own (`75%`, `190 temuan`).
    static func isRemark(_ inside: Substring, after value: Substring) -> Bool {
        if inside.allSatisfy({ $0.isLetter || $0 == " " }) { return true }
        guard inside.count <= 24, value.last == "%" || value.last?.isASCIIDigit == true,
              value.contains(where: \.isASCIIDigit),
              value.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator || $0 == "%" || $0 == " " }),
              inside.allSatisfy({ $0.isLetter || $0.isASCIIDigit || $0.isNumberSeparator || " %/".contains($0) }) else { return false }
        return true
    }

    func read(raw: String, hint: ValueHint, habit: SeparatorHabit) -> ValueReading {
        // A space left inside means several things (`19710703 199903 2 007`, `3 Januari 2024`).
        guard body.contains(where: \.isASCIIDigit), !body.contains(where: \.isWhitespace) else {
            return .text(raw)
        }
        if body.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator }) {
            return readNumber(raw: raw, hint: hint, habit: habit)
        }
        // `1O0 %`: an OCR'd letter O among digits. Flag it; repairing is not ours to do.
        if body.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator || $0 == "O" || $0 == "o" }) {
            return .malformed(raw, kind: markedKind ?? .text, unit: normalisedUnit,
                              reason: "letter O among the digits")
        }
        return .text(raw)
    }

    private func readNumber(raw: String, hint: ValueHint, habit: SeparatorHabit) -> ValueReading {
        // A long bare digit run is an identifier (an 18-digit NIP), not a quantity.
        if markedKind == nil, body.count > NumberGrammar.maxSignificantDigits,
           body.allSatisfy(\.isASCIIDigit) {
            return .text(raw)
        }
        // A mark left at the end says which mark the number's decimals would take.
        let habit = trailingDecimalMark.map { SeparatorHabit(decimalMark: $0) } ?? habit
        switch NumberGrammar.parse(String(body), singleSeparatorIsDecimal: readAsPercent, habit: habit) {
        case .number(let n, let groups):
            if let mark = trailingDecimalMark {
                let kind = kindOfNumber(thousandsGroups: groups, hint: hint)
                return ValueReading(value: Value(raw: raw, kind: kind, payload: .number(negative ? -n : n), unit: normalisedUnit),
                                    problem: .init(code: ValueReading.Problem.trailingDecimalMarkCode,
                                                   message: "read \"\(ValueReading.oneLine(raw))\" as \(String(cFormat: "%.0f", n)): the decimal mark \"\(mark)\" stands with no digits after it, taken as no cents"))
            }
            if let scale {
                // `220.738 ribu ton`: 220738 thousand, or 220.738 thousand? A scale word is written
                // after a short number (`1,5 juta`); grouped digits before one are not read.
                if groups > 0 {
                    return .malformed(raw, kind: markedKind ?? .number, unit: normalisedUnit,
                                      reason: "a thousands separator before a scale word (ribu, juta, …) is ambiguous")
                }
                // Counts and amounts written with a scale word are whole: `1,5 juta` is 1500000.
                let kind: ValueKind = markedKind ?? (hint == .currency ? .currency : .number)
                return ValueReading(value: Value(raw: raw, kind: kind, payload: .number((n * scale).rounded()), unit: normalisedUnit))
            }
            let kind = kindOfNumber(thousandsGroups: groups, hint: hint)
            return ValueReading(value: Value(raw: raw, kind: kind, payload: .number(negative ? -n : n), unit: normalisedUnit))
        case .malformed(let reason):
            return .malformed(raw, kind: kindOfMalformed(hint: hint), unit: normalisedUnit, reason: reason)
        case .notANumber:
            return .text(raw)
        }
    }

    /// The kind the cell itself announces with `%`, `Rp` or a unit word.
    private var markedKind: ValueKind? {
        if percent { return .percent }
        if unit != nil { return .quantity }
        if rupiah { return .currency }
        return nil
    }

    /// Two or more thousands separators mean at least a million: in these reports
    /// only rupiah amounts (anggaran, pagu, realisasi) get that large, so such a
    /// number is money even without `Rp`, and even in a column hinted as percent.
    private func kindOfNumber(thousandsGroups: Int, hint: ValueHint) -> ValueKind {
        if let marked = markedKind { return marked }
        if thousandsGroups >= 2 { return .currency }
        switch hint {
        case .percent: return .percent
        case .currency: return .currency
        case .none: return .number
        }
    }

    /// Without a reading, size alone decides: seven or more digits is anggaran-sized.
    private func kindOfMalformed(hint: ValueHint) -> ValueKind {
        if let marked = markedKind { return marked }
        switch hint {
        case .percent: return .percent
        case .currency: return .currency
        case .none: return body.filter(\.isASCIIDigit).count >= 7 ? .currency : .number
        }
    }

    private var normalisedUnit: String? { unit.map(ValueReader.normalisedUnit) }

    // MARK: Cutting

    /// `Rp19.599.520.000`, `Rp. 57.487.073.000`, `Rp 680.000.000,00`; nil when the
    /// text does not start with `Rp` as a currency sign (`RPP` is a word).
    private static func droppingRupiahPrefix(_ s: Substring) -> Substring? {
        guard s.count >= 2, s.prefix(2).lowercased() == "rp" else { return nil }
        var rest = s.dropFirst(2)
        if rest.first == "." { rest = rest.dropFirst() }
        guard rest.isEmpty || rest.first!.isWhitespace || rest.first!.isASCIIDigit else { return nil }
        return rest.drop(while: \.isWhitespace)
    }

    /// `500.000,-`: the dash in place of cents is written only after rupiah amounts.
    private static func droppingNoCentsSuffix(_ s: Substring) -> Substring? {
        guard s.hasSuffix(",-") || s.hasSuffix(".-") else { return nil }
        let rest = s.dropLast(2)
        guard rest.last?.isASCIIDigit == true else { return nil }
        return rest
    }

    /// `19.954.920.000,` -> (`19.954.920.000`, `,`): a decimal mark at the end with no digits
    /// after it, after thousands written with the other mark — the number is whole, as with
    /// `,-`. A mark doubled (`4.430.638.,00`: a group lost, or a stray mark?) is not this.
    private static func droppingTrailingDecimalMark(_ s: Substring) -> (Substring, Character)? {
        guard let mark = s.last, mark.isNumberSeparator else { return nil }
        let rest = s.dropLast()
        guard rest.last?.isASCIIDigit == true, rest.first?.isASCIIDigit == true,
              rest.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator }) else { return nil }
        let others = rest.filter(\.isNumberSeparator)
        guard !others.isEmpty, !others.contains(mark) else { return nil }
        // Thousands groups only before it (`1.1,` is no amount).
        let groups = rest.split(separator: others.first!, omittingEmptySubsequences: false)
        guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        return (rest, mark)
    }

    /// `11 juta ekor` -> (`11`, 1e6, `ekor`): a number, a scale word, and what follows it.
    /// The word may be glued to the number (`18,4juta`), as typists write units (`5Lap`).
    private static func splittingScale(_ s: Substring) -> (Substring, Double, Substring?)? {
        guard let numberEnd = s.firstIndex(where: { !($0.isASCIIDigit || $0.isNumberSeparator) }) else { return nil }
        let number = s[..<numberEnd]
        guard number.first?.isASCIIDigit == true, number.last?.isASCIIDigit == true || s[numberEnd].isWhitespaceQuick,
              s[numberEnd].isWhitespaceQuick || s[numberEnd].isLetterQuick else { return nil }
        let after = s[numberEnd...].drop(while: \.isWhitespaceQuick)
        let wordEnd = after.firstIndex(where: \.isWhitespaceQuick) ?? after.endIndex
        guard let factor = Units.scales[after[..<wordEnd].lowercased()] else { return nil }
        let rest = trimmed(after[wordEnd...])
        return (number, factor, rest.isEmpty ? nil : rest)
    }

    /// `12 Kali` -> (`12`, `Kali`) when the last word can be a unit; also written without
    /// the space (`8Kali`, `5Lap`), which typists and OCR both produce. A short noun phrase
    /// after the number is a unit too (`25 karya Iptek`, `27 Kabupaten dan Kota`).
    private static func splittingUnit(_ s: Substring) -> (Substring, String)? {
        if let space = s.lastIndex(where: \.isWhitespaceQuick) {
            let number = trimmed(s[..<space])
            let word = String(s[s.index(after: space)...])
            if !number.isEmpty, !number.contains(where: \.isWhitespaceQuick), Units.isUnitWord(word) { return (number, word) }
            if let first = s.firstIndex(where: \.isWhitespaceQuick) {
                let number = s[..<first]
                if number.first?.isASCIIDigit == true, number.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator }),
                   let phrase = Units.phrase(s[first...]) {
                    return (number, phrase)
                }
            }
            if !number.isEmpty, Units.isUnitWord(word) { return (number, word) }
        }
        // Glued: digits (with separators) directly followed by letters only.
        guard let firstLetter = s.firstIndex(where: \.isLetterQuick), firstLetter > s.startIndex,
              s[s.index(before: firstLetter)].isASCIIDigit,
              s[firstLetter...].allSatisfy({ $0.isLetterQuick || $0 == "." }) else { return nil }
        let number = trimmed(s[..<firstLetter])
        let word = String(s[firstLetter...])
        guard !number.isEmpty, !number.contains(where: \.isWhitespaceQuick), Units.isUnitWord(word) else { return nil }
        return (number, word)
    }

    /// `96, 7` -> `96,7`. Only spaces touching a separator go: removing every space
    /// would turn `96 7` into 967.
    private static func closingSpacesAroundSeparators(_ s: Substring) -> Substring {
        let chars = Array(s)
        var kept = ""
        for (i, c) in chars.enumerated() {
            if c.isWhitespace {
                let before = chars[..<i].last(where: { !$0.isWhitespace })
                let after = chars[(i + 1)...].first(where: { !$0.isWhitespace })
                if before?.isNumberSeparator == true || after?.isNumberSeparator == true { continue }
            }
            kept.append(c)
        }
        return Substring(kept)
    }

    private static func trimmed(_ s: Substring) -> Substring {
        Substring(ValueReader.trimmed(String(s)))
    }
}

/// Unit words after a count (`2 lap`, `36 Pegawai`), normalised to lower-case full words.
enum Units {
    /// Abbreviations used in target columns, mapped to the full word.
    static let aliases: [String: String] = [
        "lap": "laporan", "lpr": "laporan",
        "org": "orang",
        "keg": "kegiatan", "kgt": "kegiatan",
        "dok": "dokumen",
        "bln": "bulan", "thn": "tahun", "hr": "hari",
        "pgw": "pegawai", "pkt": "paket", "bh": "buah", "kl": "kali",
    ]

    /// After a number these make a date (`3 Januari`), not a quantity.
    static let months: Set<String> = [
        "januari", "februari", "pebruari", "maret", "april", "mei", "juni", "juli", "agustus",
        "september", "oktober", "november", "nopember", "desember",
        "jan", "feb", "peb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "agust",
        "sep", "sept", "okt", "nov", "nop", "des",
    ]

    /// One word of two or more letters, optionally abbreviated with a final dot.
    /// Single letters are left out: after a number they are more often OCR debris
    /// or a list letter than a unit.
    /// Two or three such words joined by `/` are one unit (`Kab/Kota`, `kasus/tahun`).
    static func isUnitWord(_ word: String) -> Bool {
        let letters = word.hasSuffix(".") ? String(word.dropLast()) : word
        let lower = letters.lowercased()
        let parts = lower.split(separator: "/", omittingEmptySubsequences: false)
        if (2...3).contains(parts.count) {
            return letters.count <= 24 && parts.allSatisfy { $0.count >= 2 && $0.allSatisfy(\.isLetter) && $0 != "rp" }
        }
        return (2...24).contains(letters.count) && letters.allSatisfy(\.isLetter)
            && !months.contains(lower) && lower != "rp"
    }

    /// Scale words after a number (`11 juta ekor`). `M`/`T` alone are left out: `1.834 T` may
    /// be triliun or ton, and `M` is also meter.
    static let scales: [String: Double] = [
        "ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "milyar": 1e9, "trilyun": 1e12, "triliun": 1e12,
    ]

    /// Words that make the text after a number a clause, not the name of what is counted
    /// (`20 karya IPTEK yang didaftarkan untuk …`).
    static let clauseWords: Set<String> = [
        "yang", "untuk", "oleh", "dari", "di", "ke", "pada", "dengan", "atau", "dalam", "telah", "akan", "per",
        "sd", "s/d", "tiap", "setiap", "sebesar", "sebanyak", "menjadi", "adalah", "yaitu", "terhadap", "bagi",
        "hingga", "sampai", "dan/atau", "tidak", "belum", "sudah", "dari", "atas", "se", "secara",
    ]

    /// A unit of up to four words after a count (`karya Iptek`, `Kabupaten dan Kota`,
    /// `kg/kap/ tahun`), as written with spaces around `/` closed; nil for anything that
    /// reads as a clause or holds digits or marks.
    static func phrase(_ s: Substring) -> String? {
        var text = String(s.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        text = text.replacingAll("/ ", with: "/").replacingAll(" /", with: "/")
        let words = text.split(separator: " ").map(String.init)
        guard (1...4).contains(words.count), text.count <= 40,
              words.allSatisfy({ isUnitWord($0) && !$0.hasSuffix(".") }) else { return nil }
        let lower = words.map { $0.lowercased() }
        guard !lower.contains(where: { clauseWords.contains($0) || $0.hasSuffix("nya") || scales[$0] != nil }),
              lower.first != "dan", lower.last != "dan" else { return nil }
        return text
    }

    static func normalise(_ word: String) -> String {
        let lower = (word.hasSuffix(".") ? String(word.dropLast()) : word).lowercased()
        return aliases[lower] ?? lower
    }
}

extension ValueReading {
    static func text(_ raw: String) -> ValueReading {
        ValueReading(value: Value(raw: raw, kind: .text, payload: .none))
    }

    static func malformed(_ raw: String, kind: ValueKind, unit: String?, reason: String) -> ValueReading {
        ValueReading(
            value: Value(raw: raw, kind: kind, payload: .none, unit: unit),
            problem: Problem(code: Problem.malformedNumberCode,
                             message: "cannot read \"\(oneLine(raw))\" as a number: \(reason)"))
    }

    /// Warnings are one line each; a runaway cell is cut so the line stays readable.
    static func oneLine(_ raw: String) -> String {
        let flat = String(raw.map { $0.isNewline ? " " : $0 })
        return flat.count > 80 ? String(flat.prefix(80)) + "…" : flat
    }
}

/// Readings already made in this process. Interpretation reads a cell's text again and again
/// (column roles, numbering, sub-indicators, then the measure itself): reading is a pure
/// function of the text's exact bytes, the hint and the habit, so a repeated reading is
/// looked up (~1.5 % of a 22-page document's run, issue 10). Keys compare the UTF-8 bytes, not
/// `String` equality (canonically equivalent texts keep their own `raw`). Emptied past
/// `limit` entries, so a long-lived batch worker stays small.
final class ReadingMemo: @unchecked Sendable {
    static let shared = ReadingMemo()
    static let limit = 4096

    struct Key: Hashable {
        var raw: String
        var hint: ValueHint
        var habit: SeparatorHabit
        static func == (a: Key, b: Key) -> Bool {
            a.hint == b.hint && a.habit == b.habit && a.raw.utf8.elementsEqual(b.raw.utf8)
        }
        func hash(into hasher: inout Hasher) {
            hasher.combine(hint); hasher.combine(habit)
            var raw = raw
            raw.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
    }

    private let lock = Lock()
    private var readings: [Key: ValueReading] = [:]

    func reading(_ raw: String, hint: ValueHint, habit: SeparatorHabit, make: () -> ValueReading) -> ValueReading {
        let key = Key(raw: raw, hint: hint, habit: habit)
        if let known = lock.withLock({ readings[key] }) { return known }
        let made = make()
        lock.withLock {
            if readings.count >= Self.limit { readings.removeAll(keepingCapacity: true) }
            readings[key] = made
        }
        return made
    }
}

/// A bound written before a number: `≥ 80`, `>= 80`, `<10`, `min. 80%`, `maksimal 10`,
/// `paling sedikit 75`. Only the sign or word and the measure after it; anything else
/// (`Naik 10%`, `> 100 (125%)` is handled by the remark rule after the sign is cut) is not a bound.
enum Bound {
    static let signs: [(String, Value.Comparator)] = [
        (">=", .atLeast), ("=>", .atLeast), ("≥", .atLeast), ("≧", .atLeast),
        ("<=", .atMost), ("=<", .atMost), ("≤", .atMost), ("≦", .atMost),
        (">", .greaterThan), ("<", .lessThan),
    ]
    /// Longest first, so `lebih dari` is not read as `lebih`.
    static let words: [(String, Value.Comparator)] = [
        ("sekurang-kurangnya", .atLeast), ("setidak-tidaknya", .atLeast), ("tidak kurang dari", .atLeast),
        ("paling sedikit", .atLeast), ("paling rendah", .atLeast), ("minimal", .atLeast), ("minimum", .atLeast),
        ("min.", .atLeast), ("min", .atLeast),
        ("setinggi-tingginya", .atMost), ("tidak lebih dari", .atMost), ("paling banyak", .atMost),
        ("paling tinggi", .atMost), ("maksimal", .atMost), ("maksimum", .atMost), ("maks.", .atMost), ("maks", .atMost),
        ("max.", .atMost), ("max", .atMost),
        ("lebih dari", .greaterThan), ("kurang dari", .lessThan),
    ]

    /// The comparator and the text after it, when that text starts like a measure
    /// (a digit, or `Rp`).
    static func split(_ text: String) -> (Value.Comparator, String)? {
        guard let first = text.first, !first.isASCIIDigit else { return nil }
        var found: (Value.Comparator, Substring)?
        for (sign, c) in signs where text.hasPrefix(sign) {
            found = (c, text.dropFirst(sign.count)); break
        }
        // Only the letters the bound words start with are lower-cased and compared (most cells
        // starting with a letter are names, not bounds).
        if found == nil, "mMpPsStTlLkK".contains(first) {
            let lower = text.lowercased()
            for (word, c) in words where lower.hasPrefix(word) {
                let rest = text.dropFirst(word.count)
                // A whole word: `min 80`, `min.80`, `minimal75` — never `mingguan`.
                guard word.hasSuffix(".") || rest.first.map({ !$0.isLetter }) ?? false else { continue }
                found = (c, rest); break
            }
        }
        guard let (c, rest) = found else { return nil }
        var r = rest.drop(while: { $0.isWhitespace || $0 == ":" })
        if r.isEmpty { return nil }
        guard r.first!.isASCIIDigit || r.lowercased().hasPrefix("rp") else { return nil }
        // A second bound or a range after it (`> 100 - 120`) is not one bound.
        r = Substring(ValueReader.trimmed(String(r)))
        return (c, String(r))
    }
}

/// A rate written against a base, as health indicators write them: `89/100.000 KH` (maternal
/// deaths per 100 000 live births), `5,8/1000 KH`, `4,01/ 1000KH`, `2 ‰`. The value is the
/// number before the base; the unit says the base and what is counted (`per 100000 kh`).
/// The base must be a power of ten of at least 1000 followed by a unit word, so a fraction
/// (`3/5`, `2/4 dokumen`) is never read as a rate; a base cut by a narrow cell
/// (`100.00 0`, `100 0`) is read rejoined only when the rejoined digits are such a power.
enum Rate {
    static func read(_ text: String, raw: String, habit: SeparatorHabit) -> ValueReading? {
        if text.hasSuffix("‰") {
            let body = ValueReader.trimmed(String(text.dropLast()))
            guard !body.isEmpty, body.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator }) else { return nil }
            return reading(numerator: body, base: 1000, unit: nil, raw: raw, habit: habit)
        }
        guard let slash = text.firstIndex(of: "/") else { return nil }
        let numerator = ValueReader.trimmed(String(text[..<slash]))
        guard numerator.first?.isASCIIDigit == true,
              numerator.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator }) else { return nil }
        let after = text[text.index(after: slash)...]
        let baseEnd = after.firstIndex(where: { !($0.isASCIIDigit || $0.isNumberSeparator || $0.isWhitespace) }) ?? after.endIndex
        let baseText = after[..<baseEnd].filter { !$0.isWhitespace }
        guard baseText.first?.isASCIIDigit == true,
              case .number(let base, _) = NumberGrammar.parse(baseText, singleSeparatorIsDecimal: false),
              isPowerOfTen(base), base >= 1000 else { return nil }
        let unitText = Substring(ValueReader.trimmed(String(after[baseEnd...])))
        guard !unitText.isEmpty else { return nil }
        let unit: String
        if !unitText.contains(where: \.isWhitespace), Units.isUnitWord(String(unitText)) {
            unit = String(unitText)
        } else if let phrase = Units.phrase(unitText) {
            unit = phrase
        } else {
            return nil
        }
        return reading(numerator: numerator, base: base, unit: unit, raw: raw, habit: habit)
    }

    static func isPowerOfTen(_ n: Double) -> Bool {
        var p = 10.0
        while p < n { p *= 10 }
        return p == n
    }

    private static func reading(numerator: String, base: Double, unit: String?, raw: String, habit: SeparatorHabit) -> ValueReading {
        let perUnit = "per \(Int(base))" + (unit.map { " " + ValueReader.normalisedUnit($0) } ?? "")
        switch NumberGrammar.parse(numerator, singleSeparatorIsDecimal: false, habit: habit) {
        case .number(let n, _):
            return ValueReading(value: Value(raw: raw, kind: .quantity, payload: .number(n), unit: perUnit))
        case .malformed(let reason):
            return .malformed(raw, kind: .quantity, unit: perUnit, reason: reason)
        case .notANumber:
            return .text(raw)
        }
    }
}

/// A range written instead of one figure, as Renstra targets often are: `98,00- 98,50`,
/// `112-113`, `8,25 - 8,30 %`, `0 sd 5,99 %`. A range is not one number, so `value` stays
/// null (never a midpoint) and both ends go in `range`; the kind is the ends' kind. Not a
/// range: years (`2016-2018`), small counts that read as list numbers (`1-3`), codes and
/// dates (`1.02.01-05`, `17-08-2016`), a minus (`-5`), ends that do not rise (`5-3`).
enum RangeReading {
    static func read(_ text: String, raw: String, hint: ValueHint, habit: SeparatorHabit) -> ValueReading? {
        guard let first = text.first, first.isASCIIDigit else { return nil }
        guard let (left, right) = split(text) else { return nil }
        // A `%` or a unit after the upper end belongs to both: `98 - 99 %`.
        let rightParts = MeasureParts(right, hint: hint)
        let r = rightParts.read(raw: right, hint: hint, habit: habit)
        guard let rv = r.value, r.problem == nil, let hi = rv.number, rv.range == nil,
              [.percent, .number, .quantity, .currency].contains(rv.kind) else { return nil }
        var leftText = left
        if left.allSatisfy({ $0.isASCIIDigit || $0.isNumberSeparator }) {
            if rv.kind == .percent, right.hasSuffix("%") { leftText = left + " %" }
            if rv.kind == .quantity, let u = rightParts.unit { leftText = left + " " + u }
        }
        let l = MeasureParts(leftText, hint: hint).read(raw: leftText, hint: hint, habit: habit)
        guard let lv = l.value, l.problem == nil, let lo = lv.number, lv.range == nil,
              lv.kind == rv.kind, lv.unit == rv.unit, lo < hi else { return nil }
        let leftBare = left.allSatisfy(\.isASCIIDigit), rightBare = right.allSatisfy(\.isASCIIDigit)
        if leftBare, rightBare {
            // `2016-2018`: years; `1-3`: list numbers, chapters, Triwulan spans.
            if (1900...2100).contains(lo) && (1900...2100).contains(hi) { return nil }
            if lo < 10 { return nil }
        }
        var v = Value(raw: raw, kind: rv.kind, payload: .none, unit: rv.unit)
        v.range = lo...hi
        return ValueReading(value: v)
    }

    /// The two ends around one dash (`-`, `–`, `—`) or `s/d`, `sd`, `s.d.`, `sampai`, `hingga`.
    static func split(_ text: String) -> (String, String)? {
        let dashes: Set<Character> = ["-", "–", "—"]
        let dashCount = text.filter { dashes.contains($0) }.count
        var left: Substring, right: Substring
        if dashCount == 1, let d = text.firstIndex(where: { dashes.contains($0) }) {
            left = text[..<d]; right = text[text.index(after: d)...]
        } else if dashCount == 0 {
            let words = text.split(separator: " ")
            guard words.count >= 3, let k = words.firstIndex(where: { ["s/d", "sd", "s.d", "s.d.", "sampai", "hingga"].contains($0.lowercased()) }),
                  k > 0, k < words.count - 1 else { return nil }
            left = Substring(words[..<k].joined(separator: " ")); right = Substring(words[(k + 1)...].joined(separator: " "))
        } else {
            return nil
        }
        let l = ValueReader.trimmed(String(left)), r = ValueReader.trimmed(String(right))
        guard !l.isEmpty, !r.isEmpty, l.last?.isASCIIDigit == true || l.last == "%", r.first?.isASCIIDigit == true else { return nil }
        return (l, r)
    }
}
