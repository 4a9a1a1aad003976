import FoundationEssentials
import KinerjaModel
import Values

/// Reads one measure cell with what its column tells, and says what the reader should
/// know: a number that cannot be read, an OCR'd cell of low confidence, a `%` sign the
/// OCR misread and the percent column let us repair. It never invents a value.
enum MeasureReader {
    /// Below this OCR confidence a measure cell is reported.
    static let lowConfidence = 70.0

    static func read(_ cell: Cell, hint columnHint: ValueHint?, habit: SeparatorHabit = .unknown,
                     where place: String, page: Int) -> (Value?, [Warning]) {
        var warnings: [Warning] = []
        let raw = cell.text
        var reading = ValueReader.read(raw, hint: IndicatorReader.hint(columnHint, for: raw), habit: habit)
        if let p = reading.problem {
            warnings.append(Warning(code: p.code, message: "\(place): \(p.message)", page: page))
        } else if columnHint == .percent, reading.value?.kind != .percent, let repaired = repairedPercent(raw) {
            // Tesseract's Indonesian model reads `%` as `Yo`/`Y6`: in a column of percentages,
            // and only when the rest is a clean number, read it as the percent it is.
            let fixed = ValueReader.read(repaired, hint: .percent)
            if var v = fixed.value, v.kind == .percent, fixed.problem == nil {
                v.raw = raw
                reading = ValueReading(value: v)
                warnings.append(Warning(code: "ocr_percent_repaired",
                                        message: "\(place): read \"\(raw)\" as \"\(repaired)\" (a misread % sign in a percent column)",
                                        page: page))
            }
        }
        if let v = reading.value, v.kind == .text, reading.problem == nil,
           let marked = markedNumber(raw, hint: columnHint, habit: habit) {
            reading = ValueReading(value: marked)
        }
        if let v = reading.value, v.kind == .text, reading.problem == nil, raw.contains(where: \.isNumber),
           ["√", "✓", "v", "V"].contains(raw) == false {
            warnings.append(Warning(code: "unreadable_value",
                                    message: "\(place): \"\(raw)\" is not a value this tool can read; kept as text", page: page))
        }
        if let v = reading.value, v.kind == .text, reading.problem == nil, !raw.contains(where: \.isNumber), isSpreadsheetError(raw) {
            // `#REF!`: the spreadsheet the table was printed from lost the figure.
            warnings.append(Warning(code: "unreadable_value",
                                    message: "\(place): \"\(raw)\" is a spreadsheet error printed in place of the value; kept as text", page: page))
        }
        if let w = ambiguousSeparator(raw, reading, habit: habit, where: place, page: page) { warnings.append(w) }
        if let c = cell.confidence, c < lowConfidence, !raw.isEmpty {
            warnings.append(Warning(code: "low_confidence",
                                    message: "\(place): OCR confidence \(Int(c)) for \"\(raw)\"", page: page))
        }
        return (reading.value, warnings)
    }

    /// A lone separator before three digits (`1.100`) read as a thousands mark when the
    /// document's numbers show no habit either way: the value is the usual reading, and the
    /// reader is told it was not confirmed by the document.
    static func ambiguousSeparator(_ raw: String, _ reading: ValueReading, habit: SeparatorHabit,
                                   where place: String, page: Int) -> Warning? {
        guard habit == .unknown, reading.problem == nil, let v = reading.value, v.kind != .percent,
              v.kind != .text, let n = v.number, n.rounded() == n, SeparatorHabit.isAmbiguous(raw) else { return nil }
        return Warning(code: ambiguousSeparatorCode,
                       message: "\(place): read \"\(raw)\" as \(Int(n)) (\(ambiguousSeparatorReason))",
                       page: page)
    }

    static let ambiguousSeparatorCode = "ambiguous_separator"
    static let ambiguousSeparatorDoubt = "the document's other numbers do not settle whether it writes decimals with a comma or a point"
    static let ambiguousSeparatorReason = "a lone separator before three digits taken as thousands; " + ambiguousSeparatorDoubt

    /// A number the document marks: a footnote mark after it (`12.540.550 *)`, `9.699 **`:
    /// the note says the figure is provisional, the figure is still the figure), or a minus
    /// sign set against it (`-1,02`: a decrease). The rest must read cleanly as a number or
    /// a percentage; the raw text is kept. A dash apart from the figure (`- 80`) is a list
    /// mark, not a minus, and is not read here.
    static func markedNumber(_ raw: String, hint columnHint: ValueHint?, habit: SeparatorHabit) -> Value? {
        var t = Substring(raw.trimmingWhitespace())
        var noted = false
        if t.hasSuffix("*)") { t = t.dropLast(); noted = true }
        while t.hasSuffix("*") { t = t.dropLast(); noted = true }
        t = Substring(String(t).trimmingWhitespace())
        var negative = false
        if let f = t.first, f == "-" || f == "\u{2212}", let n = t.dropFirst().first, n.isNumber {
            t = t.dropFirst()
            negative = true
        }
        guard noted || negative, !t.isEmpty, t.first?.isNumber == true else { return nil }
        let text = String(t)
        let reading = ValueReader.read(text, hint: IndicatorReader.hint(columnHint, for: text), habit: habit)
        guard var v = reading.value, reading.problem == nil else { return nil }
        if negative {
            guard v.kind == .number || v.kind == .percent, case .number(let x) = v.payload else { return nil }
            v.payload = .number(-x)
        } else if v.kind == .text {
            return nil
        }
        v.raw = raw
        return v
    }

    /// A spreadsheet's error value (`#REF!`, `#DIV/0!`, `#VALUE!`, `#N/A`, `#NAME?`) printed
    /// where the figure should be: the document lost it, and the reader should know.
    static func isSpreadsheetError(_ raw: String) -> Bool {
        let t = raw.trimmingWhitespace().uppercased()
        return ["#REF!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?", "#NUM!", "#NULL!"].contains(t)
    }

    /// `96,7 Yo` → `96,7 %`: the number must be clean and the tail one of the known misreads.
    static func repairedPercent(_ raw: String) -> String? {
        let misreads = ["Yo", "Y6", "yo", "Y0", "%o", "o/o", "0/0", "9o", "X", "%6", "°", "°o", "o"]
        let t = raw.trimmingWhitespace()
        for m in misreads where t.hasSuffix(m) {
            let number = t.dropLast(m.count).trimmingWhitespace()
            guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == " " }),
                  number.first?.isNumber == true, number.last?.isNumber == true else { continue }
            return number + " %"
        }
        return nil
    }
}

/// `ambiguous_separator` once per table column, not once per cell: a column of `1.100`s is
/// one doubt about the document's habit, and a warning per cell buried the others. The
/// column's warning stands where its first such cell gave it (that cell's page); once the
/// column is read, a column with more than one says how many and the first. Only the
/// warnings change: every cell is read as before.
struct AmbiguousSeparatorNotes {
    private struct Note { var at: Int; var place: String; var first: String; var number: Int; var count: Int }
    private var notes: [Int: Note] = [:]

    /// Passes one cell's warnings on to `warnings`, keeping only its column's first `ambiguous_separator`.
    mutating func take(_ cellWarnings: [Warning], raw: String, value: Value?, column: Int, place: String,
                       into warnings: inout [Warning]) {
        for w in cellWarnings {
            guard w.code == MeasureReader.ambiguousSeparatorCode else { warnings.append(w); continue }
            if notes[column] != nil { notes[column]!.count += 1; continue }
            notes[column] = Note(at: warnings.count, place: place, first: raw,
                                 number: value?.number.map { Int(clampingFinite: $0) } ?? 0, count: 1)
            warnings.append(w)
        }
    }

    /// Gives each column of several such cells its count (a column of one keeps the cell's warning).
    func finish(_ warnings: inout [Warning]) {
        for n in notes.values where n.count > 1 && warnings.indices.contains(n.at) {
            warnings[n.at].message = "\(n.place): \(n.count) numbers like \"\(n.first)\" (read as \(n.number)) have a lone separator before three digits, taken as thousands; \(MeasureReader.ambiguousSeparatorDoubt)"
        }
    }
}
