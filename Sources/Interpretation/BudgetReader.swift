import FoundationEssentials
import KinerjaModel
import Values

/// Budget rows (an extension of CONTRACT.md: the top-level `budget` array).
///
/// Every table with an anggaran, pagu or realisasi anggaran column gives one record per row
/// holding an amount: its code as printed (a code column, or a code before the name —
/// `1.02.01 Program …` — or after it in brackets — `Program … (076.01.CQ)`), its name, the
/// amounts as currency values and, in a table without indicators, its realisasi and
/// capaian. A `Jumlah` / `Total` row is marked `total`. Beside indicators (RKT, Rencana
/// Aksi) each record points at the indicator of its row.
public enum BudgetReader {
    public struct Result: Sendable {
        public var items: [BudgetItem]
        public var warnings: [Warning]
    }

    public static func read(_ tables: [Table], indicators: [Indicator]) -> Result {
        var items: [BudgetItem] = []
        var warnings: [Warning] = []
        for table in tables {
            let r = read(table, indicators: indicators)
            items += r.items
            warnings += r.warnings
        }
        return Result(items: items, warnings: warnings)
    }

    /// The columns a budget row is read from.
    struct Layout {
        var anggaran: Int?
        var realisasi: Int?
        var capaian: Int?
        var realisasiIsMoneyColumn: Bool
        /// Amount columns of single periods (quarters, years).
        var periods: [PeriodColumn] = []
        var first: Int { ([anggaran, realisasi].compactMap { $0 } + periods.map(\.col)).min() ?? 0 }
    }

    static func layout(_ table: Table) -> Layout? {
        let roles = table.columns.map(\.role)
        let hasIndicators = roles.contains(.indikator)
        var anggaran: Int? = nil, capaian: Int? = nil
        var yearly: [PeriodColumn] = []
        var shares: [Int] = []
        /// A money role's columns sorted: growth skipped; shares (`Capaian Anggaran`,
        /// `% Anggaran`, `Realisasi Keuangan (%)` beside `Realisasi Keuangan (Rp)`) and
        /// columns of one year collected; the first other column is the role's amount. (A
        /// column headed `Biaya` that lists the items by name is no amount column.)
        func amountColumn(_ role: ColumnRole, target: Bool) -> Int? {
            var first: Int? = nil
            for c in roles.indices where roles[c] == role && !(role == .anggaran && listsNames(table, column: c)) {
                if isGrowth(table.columns[c]) { continue }
                if isShare(table.columns[c]) {
                    shares.append(c)
                } else if let p = yearColumn(table.columns[c], col: c, target: target) {
                    yearly.append(p)
                } else if first == nil {
                    first = c
                }
            }
            return first
        }
        anggaran = amountColumn(.anggaran, target: true)
        var realisasi = amountColumn(.realisasiAnggaran, target: false)
        let moneyColumn = roles.contains(.realisasiAnggaran)
        // Amounts under two or more years (`Anggaran Pada Tahun ke-` / `2009 … 2013`, `Rp`
        // under each year of a Renstra's Pendanaan Indikatif) are a series of periods; one
        // year alone is the year the table is about: its amounts stay the row's.
        let years = Set(yearly.map { [$0.tahun ?? 0, $0.tahunKe ?? 0] })
        if years.count < 2 {
            for p in yearly {
                if p.target, anggaran == nil { anggaran = p.col }
                if !p.target, realisasi == nil { realisasi = p.col }
            }
            yearly = []
        }
        // (In a series, the share of one year is no share of the row.)
        capaian = shares.first { c in yearly.isEmpty || (table.columns[c].tahun == nil && table.columns[c].tahunKe == nil) }
        // In a budget table (no indicators) a plain Realisasi / Capaian beside the anggaran
        // is the money spent and its share.
        if !hasIndicators, anggaran != nil {
            if realisasi == nil { realisasi = roles.indices.first { roles[$0] == .realisasi && $0 > anggaran! } }
            if capaian == nil { capaian = roles.indices.first { roles[$0] == .capaian && $0 > anggaran! } }
        }
        guard anggaran != nil || moneyColumn || !yearly.isEmpty else { return nil }
        return Layout(anggaran: anggaran, realisasi: realisasi, capaian: capaian, realisasiIsMoneyColumn: moneyColumn,
                      periods: yearly)
    }

    /// `Rata-rata Pertumbuhan` / `Anggaran`: the growth rate of the money, neither an amount nor its share.
    static func isGrowth(_ column: Column) -> Bool {
        HeaderText.words((column.group ?? "") + " " + column.header).contains("pertumbuhan")
    }

    /// A money column that holds a share, not an amount: `Capaian Anggaran`, `% Anggaran`,
    /// `Realisasi Keuangan (%)`, or a year under `Rasio Antara Realisasi dan Anggaran Tahun ke-`.
    static func isShare(_ column: Column) -> Bool {
        let says = { (text: String) -> Bool in
            let w = HeaderText.words(text)
            return w.contains("capaian") || w.contains("persentase") || w.contains("rasio") || text.contains("%")
        }
        if says(column.header) { return true }
        // A bare year or plan-year number: the level above says what it is.
        let bare = ColumnRoles.year(in: column.header) != nil || column.tahunKe != nil
        guard bare, HeaderText.words(column.header).count <= 2,
              let lowest = column.group?.components(separatedBy: " > ").last else { return false }
        return says(lowest)
    }

    /// The amount column of one year (`2014`, `Rp` under `2014`, `Anggaran Tahun ke-` / `3`).
    static func yearColumn(_ column: Column, col: Int, target: Bool) -> PeriodColumn? {
        guard column.tahun != nil || column.tahunKe != nil else { return nil }
        return PeriodColumn(col: col, triwulan: nil, tahun: column.tahun, tahunKe: column.tahunKe, target: target)
    }

    /// The column lists names, not amounts: most of its filled cells are words
    /// (`Belanja Langsung`, `Total Biaya` under a header `Biaya`).
    static func listsNames(_ table: Table, column c: Int) -> Bool {
        let cells = table.rows.map { $0[c] }.filter { !$0.text.isEmpty && !$0.carried }.map(\.text)
        let names = cells.filter { t in t.lowercased().split { !$0.isLetter }.contains { !amountWords.contains(String($0)) } }.count
        let amounts = cells.filter(holdsAmount).count
        return names * 2 > cells.count && names > amounts
    }

    /// Every filled cell of the column is a bare number (a count).
    static func holdsNumbersOnly(_ table: Table, column c: Int) -> Bool {
        let cells = table.rows.map { $0[c] }.filter { !$0.text.isEmpty && !$0.carried }.map(\.text)
        return !cells.isEmpty && cells.allSatisfy { $0.allSatisfy { $0.isNumber || " .,-".contains($0) } }
    }

    static func read(_ table: Table, indicators: [Indicator]) -> Result {
        // A form pairing K and Rp under each group is read by its Rp columns; otherwise by roles.
        let split = periodLayout(table)
        guard let lay = split?.layout ?? layout(table) else { return Result(items: [], warnings: []) }
        let periodCols = split?.periods ?? lay.periods
        let bodyStart = split?.unitRow.map { $0 + 1 } ?? 0
        let roles = table.columns.map(\.role)
        let amountCols = [lay.anggaran, lay.realisasi].compactMap { $0 } + periodCols.map(\.col)
        // Money columns IndicatorReader warns about itself.
        let readElsewhere = { (c: Int?) in c.map { [.anggaran, .realisasiAnggaran].contains(roles[$0]) } ?? true }
        // Amounts that repeat one mark for thousands and decimals, where the column confirms it.
        var repeatedMarks: [Int: SeparatorHabit] = [:]
        for c in amountCols {
            let habit = SeparatorHabit.repeatedMarkHabit(of: table.rows.compactMap { $0[c].carried ? nil : $0[c].text })
            if habit != .unknown { repeatedMarks[c] = habit }
        }
        var noted: Set<Int> = []
        let scales = table.columns.map(headerScale)
        let codeCol = codeColumn(table, before: lay.first)
        // (A `Jumlah Kegiatan` column holds counts, not names.)
        let nameCols = table.columns.indices.filter { c in
            c < lay.first && c != codeCol && [.program, .kegiatan].contains(roles[c]) && !holdsNumbersOnly(table, column: c)
        }
        let fallbackCols = table.columns.indices.filter { c in
            c < lay.first && c != codeCol
                && ([.other, .indikator, .sasaran].contains(roles[c]) || (roles[c] == .anggaran && listsNames(table, column: c)))
        }
        // Which indicator each row belongs to.
        var rowIndicator: [Int: Int] = [:]
        if roles.contains(.indikator) {
            let mine = indicators.indices.filter { indicators[$0].table == table.id }
            let rows = ScheduleReader.recordRows(table, records: mine.map { indicators[$0] })
            for (k, covered) in rows.enumerated() { for r in covered { rowIndicator[r] = mine[k] } }
        }
        var items: [BudgetItem] = []
        var warnings: [Warning] = []
        for (r, row) in table.rows.enumerated() where r >= bodyStart {
            // A row with an amount of its own (words only there: a sub-header such as `MURNI PERUBAHAN`).
            // (Under a header in millions, `450` is an amount too.)
            guard amountCols.contains(where: { c in
                !row[c].carried && (Self.holdsAmount(row[c].text) || (scales[c] != nil && Self.isBareNumber(row[c].text)))
            }) else { continue }
            let page = table.rowPages[r]
            let own = { (c: Int) in !row[c].text.isEmpty && !row[c].carried }
            let name = nameCols.last(where: own) ?? nameCols.last(where: { !row[$0].text.isEmpty })
                ?? fallbackCols.last(where: own) ?? fallbackCols.last(where: { !row[$0].text.isEmpty })
            var uraian = name.map { row[$0].text } ?? ""
            // A totals row often writes `Jumlah` in its first cells, spanning the name columns.
            // (An indicator `Jumlah dokumen …` on the row names no total.)
            let texts = row.indices.filter { $0 < lay.first && own($0) && roles[$0] != .indikator }
                .map { row[$0].text }
            let nameIsIndicator = name.map { roles[$0] == .indikator } ?? false
            let total = texts.contains(where: isTotal) || (!nameIsIndicator && isTotal(uraian))
            if total, !isTotal(uraian), let t = texts.first(where: isTotal) { uraian = t }
            var kode: String? = nil
            if !total {
                if let codeCol, own(codeCol) || !row[codeCol].text.isEmpty {
                    kode = row[codeCol].text
                } else if let (k, rest) = splitCode(uraian) {
                    kode = k; uraian = rest
                }
            }
            var item = BudgetItem(table: table.id, page: page, kode: kode, uraian: uraian, total: total,
                                  indicator: rowIndicator[r])
            func money(_ c: Int?, warn: Bool) -> Value? {
                guard let c, !row[c].text.isEmpty, !row[c].carried else { return nil }
                let reading = ValueReader.read(row[c].text, hint: .currency, habit: repeatedMarks[c] ?? .unknown)
                if warn, repeatedMarks[c] != nil, noted.insert(c).inserted,
                   let note = IndicatorReader.repeatedMarkWarning(table, column: c) { warnings.append(note) }
                if warn, let p = reading.problem {
                    warnings.append(Warning(code: p.code, message: "\(table.id) \(table.columns[c].header): \(p.message)", page: page))
                }
                return Self.scaled(reading.value, by: scales[c])
            }
            // Anggaran and realisasi anggaran columns are already warned about by IndicatorReader.
            item.anggaran = money(lay.anggaran, warn: split != nil && !readElsewhere(lay.anggaran))
            item.realisasi = money(lay.realisasi, warn: split != nil ? !readElsewhere(lay.realisasi) : !lay.realisasiIsMoneyColumn)
            // Per period, in the order of the columns; a quarter given twice (target and
            // realisasi) is one period.
            for pc in periodCols {
                let v = money(pc.col, warn: !readElsewhere(pc.col))
                if let k = item.periods.firstIndex(where: { $0.triwulan == pc.triwulan && $0.tahun == pc.tahun && $0.tahunKe == pc.tahunKe }) {
                    if pc.target { item.periods[k].anggaran = item.periods[k].anggaran ?? v }
                    else { item.periods[k].realisasi = item.periods[k].realisasi ?? v }
                } else {
                    item.periods.append(BudgetPeriod(tahun: pc.tahun, tahunKe: pc.tahunKe, triwulan: pc.triwulan,
                                                     anggaran: pc.target ? v : nil, realisasi: pc.target ? nil : v))
                }
            }
            if let c = lay.capaian, !row[c].text.isEmpty, !row[c].carried {
                let reading = ValueReader.read(row[c].text, hint: .percent)
                item.capaian = reading.value
                if let p = reading.problem {
                    warnings.append(Warning(code: p.code, message: "\(table.id) \(table.columns[c].header): \(p.message)", page: page))
                }
            }
            items.append(item)
        }
        return Result(items: items, warnings: warnings)
    }

    // MARK: - K / Rp pairs (Renja evaluation forms)

    /// A money column of a form that pairs Kinerja and Rupiah (`K` | `Rp`) under each of its
    /// groups — Permendagri 86's Renja evaluation: Target Renja, Realisasi Triwulan I … IV,
    /// Realisasi Renja, Tingkat Capaian — read into a period when its group names a quarter.
    struct PeriodColumn: Equatable {
        var col: Int
        /// The quarter (a Renja evaluation form), nil for a whole year.
        var triwulan: Int?
        var tahun: Int?
        /// The plan's year number (`Tahun ke-3`), when the header counts years.
        var tahunKe: Int? = nil
        /// Target Rp of the quarter (else its realisasi).
        var target: Bool
    }

    struct SplitLayout {
        /// A row at the top of the body holding only the `K` / `Rp` labels (nil when they are the headers).
        var unitRow: Int?
        /// The whole-year Rp columns (target → anggaran, realisasi, tingkat capaian).
        var layout: Layout
        var periods: [PeriodColumn]
    }

    /// `K` (kinerja) or `Rp` (rupiah), the labels of the two halves of a pair (shared with
    /// IndicatorReader, which reads the same label row as the header's last level).
    static func unitLabel(_ s: String) -> String? { ColumnRoles.pairLabel(s) }

    /// The quarter one header level names: `I`, `Triwulan II`, `TW 3`, `Realisasi Triwulan IV`
    /// — not a range such as `Triwulan I - IV`.
    static func quarter(of level: String) -> Int? {
        if let q = ColumnRoles.quarterLabel(level) { return q }
        let w = HeaderText.words(level)
        let romans = ["i": 1, "ii": 2, "iii": 3, "iv": 4]
        let named = w.compactMap { romans[$0] }
        guard named.count == 1, let k = w.firstIndex(where: { romans[$0] != nil }), k > 0,
              ["triwulan", "tw", "trw"].contains(w[k - 1]) else { return nil }
        return named[0]
    }

    static func periodLayout(_ table: Table) -> SplitLayout? {
        let unitRow = ColumnRoles.pairLabelRow(table)
        let labels = table.columns.indices.map { c in
            unitLabel(table.columns[c].header) ?? unitRow.flatMap { unitLabel(table.rows[$0][c].text) }
        }
        guard labels.contains("k"), labels.contains("rp") else { return nil }
        var lay = Layout(anggaran: nil, realisasi: nil, capaian: nil, realisasiIsMoneyColumn: true)
        var periods: [PeriodColumn] = []
        var yearly: [PeriodColumn] = []
        for c in table.columns.indices where labels[c] == "rp" {
            let col = table.columns[c]
            // The header levels above the `Rp` label (the leaf header too when the labels stand in the body).
            var levels = (col.group ?? "").components(separatedBy: " > ").filter { !$0.isEmpty }
            if unitLabel(col.header) == nil { levels.append(col.header) }
            let text = levels.joined(separator: " ")
            let w = HeaderText.words(text)
            // Last year's, or the Renstra's (five-year) money, is not this plan's budget; nor
            // is the base year's (`Kondisi Tahun Dasar`, `Kondisi Awal`, `Baseline`).
            if w.contains("lalu") || w.contains("sebelumnya") || w.contains("renstra") { continue }
            if (w.contains("kondisi") && (w.contains("dasar") || w.contains("awal"))) || w.contains("baseline") { continue }
            let says = { (key: String) in w.contains { ColumnRoles.like($0, key) } }
            if says("tingkat") || text.contains("%") {
                if lay.capaian == nil { lay.capaian = c }
            } else if let q = levels.reversed().lazy.compactMap(quarter(of:)).first {
                periods.append(PeriodColumn(col: c, triwulan: q, tahun: ColumnRoles.year(in: text),
                                            target: says("target") && !says("realisasi")))
            } else if let y = levels.lazy.compactMap(bareYear).first {
                // `Rp (juta)` under `2014` (a Renstra's Pendanaan Indikatif): the plan's money that year.
                yearly.append(PeriodColumn(col: c, triwulan: nil, tahun: y, target: !says("realisasi")))
            } else if let n = levels.lazy.compactMap(ColumnRoles.planYearLevel).first {
                // `Rp (Juta)` under `Tahun 3`: the plan's money in its third year.
                yearly.append(PeriodColumn(col: c, triwulan: nil, tahun: nil, tahunKe: n, target: !says("realisasi")))
            } else if says("realisasi") {
                if lay.realisasi == nil { lay.realisasi = c }
            } else if says("target") || says("anggaran") || says("pagu") {
                if lay.anggaran == nil { lay.anggaran = c }
            }
        }
        // Two years or more are a series; one year alone is the row's money.
        if Set(yearly.map { [$0.tahun ?? 0, $0.tahunKe ?? 0] }).count >= 2 {
            periods += yearly
        } else {
            for p in yearly {
                if p.target, lay.anggaran == nil { lay.anggaran = p.col }
                if !p.target, lay.realisasi == nil { lay.realisasi = p.col }
            }
        }
        guard lay.anggaran != nil || lay.realisasi != nil || !periods.isEmpty else { return nil }
        lay.periods = periods
        return SplitLayout(unitRow: unitRow, layout: lay, periods: periods)
    }

    /// A header level that is a year and nothing more (`2014`, `Tahun 2014`); a year inside a
    /// longer header (`Realisasi … s/d Tahun 2022`) says something else.
    static func bareYear(_ level: String) -> Int? {
        let w = HeaderText.words(level)
        guard w.count == 1 || (w.count == 2 && w[0] == "tahun") else { return nil }
        return ColumnRoles.year(in: level)
    }

    /// The scale a money header states for its figures: `Rp (juta)`, `(dalam juta rupiah)`,
    /// `Rp ribu`, `Miliar Rp`.
    static func headerScale(_ column: Column) -> Double? {
        let w = HeaderText.words((column.group ?? "") + " " + column.header)
        if w.contains("juta") { return 1e6 }
        if w.contains("miliar") || w.contains("milyar") { return 1e9 }
        if w.contains("ribu") { return 1e3 }
        return nil
    }

    /// A currency read from a cell under a scaled header is that many rupiah (`2.500` under
    /// `Rp (juta)` is 2 500 000 000); `raw` stays as printed. A cell naming its own scale keeps it.
    static func scaled(_ v: Value?, by scale: Double?) -> Value? {
        guard var v, let scale, v.kind == .currency, let n = v.number else { return v }
        let own = v.raw.lowercased().split { !$0.isLetter }
        guard !own.contains(where: { ["ribu", "juta", "miliar", "milyar", "triliun", "rb", "jt"].contains(String($0)) }) else { return v }
        // (To the sen: `2,483` × 10⁶ is 2 483 000, not 2 483 000.0000000005.)
        v.payload = .number((n * scale * 100).rounded() / 100)
        return v
    }

    /// Digits and separators only, at least one digit not zero (`450`, `2.500`; not `-`, `0`).
    static func isBareNumber(_ s: String) -> Bool {
        let t = s.trimmingWhitespace()
        return !t.isEmpty && t.allSatisfy { $0.isNumber || $0 == "." || $0 == "," }
            && t.contains { $0.isNumber && $0 != "0" }
    }

    /// An amount has at least four digits in one run of digits and separators (`840.977.000`,
    /// `1,159,691,000`, `2.57.212.000`); a column-number row (`1 2 3 4`) or a word has none.
    static func holdsAmount(_ s: String) -> Bool {
        // A sentence that mentions an amount (`sebesar Rp190.000.000,00`, `Rp142.400.000,00
        // atau`: prose read as a table) is not an amount cell.
        let words = s.lowercased().split { !$0.isLetter }
        guard words.allSatisfy({ amountWords.contains(String($0)) }) else { return false }
        var run = 0
        for ch in s {
            if ch.isNumber { run += 1; if run >= 4 { return true } }
            else if ch != "." && ch != "," { run = 0 }
        }
        return false
    }

    /// Words an amount cell may hold besides its digits.
    static let amountWords: Set<String> = ["rp", "idr", "ribu", "juta", "miliar", "milyar", "triliun"]

    static func isTotal(_ s: String) -> Bool {
        let w = HeaderText.words(s)
        guard let first = w.first, w.count <= 6 else { return false }
        return first == "jumlah" || first == "total" || (first == "grand" && w.dropFirst().first == "total")
    }

    // MARK: - Codes

    /// A budget code as these documents print it: `CQ`, `CQ.6639`, `WA.3355`, `6709.QGE`,
    /// `076.01.CQ`, `1.02.01`, `1.02.01.2.01`. A lone `1.` or `2.1` is a list number, not a code.
    static func isCode(_ s: String, standalone: Bool) -> Bool {
        let t = s.trimming(charactersIn: "() ")
        guard !t.isEmpty, t.hasAtMostCharacters(24), !t.hasSuffix("."), !t.hasPrefix(".") else { return false }
        let groups = t.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.allSatisfy({ g in !g.isEmpty && g.count <= 5 && g.allSatisfy { ($0.isASCII && $0.isUppercase) || $0.isNumber } }) else {
            return false
        }
        let letters = groups.contains { $0.contains(where: \.isLetter) }
        if groups.count == 1 {
            // A bare group: two or three capitals (`CQ`, `WA`) or digits only in a code column.
            guard standalone else { return false }
            return (letters && t.count <= 3 && t.allSatisfy(\.isLetter)) || (!letters && t.count >= 3)
        }
        return letters || groups.count >= 3 || groups.dropFirst().contains { $0.hasPrefix("0") && $0.count >= 2 }
    }

    /// A column left of the amounts whose filled cells are (almost) all codes.
    static func codeColumn(_ table: Table, before limit: Int) -> Int? {
        for c in 0..<limit where table.columns[c].role != .no {
            let cells = table.rows.map { $0[c] }.filter { !$0.text.isEmpty && !$0.carried }.map(\.text)
            guard cells.count >= 2 else { continue }
            // Codes (or totals) in 9 cells of 10 at least: counted until more than 1 in 10 is
            // neither (then it cannot be).
            var others = 0
            for t in cells where !(isCode(t, standalone: true) || isTotal(t)) {
                others += 1
                if others * 10 > cells.count { break }
            }
            if others * 10 <= cells.count, cells.contains(where: { isCode($0, standalone: true) }) { return c }
        }
        return nil
    }

    /// `1.02.01 Program …` → (`1.02.01`, `Program …`); `Program … (076.01.CQ)` → (`076.01.CQ`, `Program …`).
    static func splitCode(_ s: String) -> (String, String)? {
        let parts = s.split(separator: " ", maxSplits: 1).map(String.init)
        if parts.count == 2, isCode(parts[0], standalone: false), !parts[0].hasPrefix("(") {
            return (parts[0], parts[1].trimming(charactersIn: "-–: "))
        }
        if s.hasSuffix(")"), let open = s.lastIndex(of: "(") {
            let inner = String(s[s.index(after: open)..<s.index(before: s.endIndex)])
            let isYear = inner.count == 4 && Int(inner).map { (1900...2099).contains($0) } == true
            if !isYear, isCode(inner, standalone: inner.contains(where: \.isNumber) && inner.count >= 4) {
                let rest = s[..<open].trimmingWhitespace()
                if !rest.isEmpty { return (inner, rest) }
            }
        }
        return nil
    }
}
