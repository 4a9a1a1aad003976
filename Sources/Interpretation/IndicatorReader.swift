import FoundationEssentials
import KinerjaModel
import Layout
import Values

/// Turns tables into indicator records (CONTRACT.md, Indicators and Multi-period tables).
public struct IndicatorReader: Sendable {
    /// The year the document reports on: the year of quarterly measures whose header names none.
    public var documentYear: Int?
    public init(documentYear: Int? = nil) { self.documentYear = documentYear }

    public struct Result: Sendable {
        public var tables: [Table]
        public var indicators: [Indicator]
        public var warnings: [Warning]
    }

    static let measures: [ColumnRole] = [.target, .realisasi, .capaian]

    /// Measures keyed by year (or the plan's year number, `Tahun ke-N`) and quarter.
    struct PeriodKey: Hashable, Comparable {
        var tahun: Int?
        var tahunKe: Int? = nil
        var triwulan: Int?
        static func < (a: PeriodKey, b: PeriodKey) -> Bool {
            (a.tahun ?? 0, a.tahunKe ?? 0, a.triwulan ?? 0) < (b.tahun ?? 0, b.tahunKe ?? 0, b.triwulan ?? 0)
        }
    }
    /// Where a measure goes: a period (or the record's own measures, `nil`) and its role.
    struct DashKey: Hashable { var period: PeriodKey?; var role: ColumnRole }

    public func read(_ input: [Table]) -> Result {
        var tables: [Table] = []
        var indicators: [Indicator] = []
        var warnings: [Warning] = []
        // The document's own way of writing numbers, from all its tables' unambiguous numbers;
        // a spanned cell is written once, so its copies in the rows below do not vote again.
        let habit = SeparatorHabit.learn(from: input.flatMap { $0.rows.flatMap { $0.filter { !$0.carried }.map(\.text) } })
        // A sasaran named by a group row goes on over the page break into the next part of the table.
        var previous: (signature: [String], lastPage: Int, sasaran: String?)? = nil
        var previousKegiatan: (signature: [String], lastPage: Int, sasaran: String?)? = nil
        for var table in input {
            absorbQuarterLabels(&table)
            absorbPairLabels(&table)
            table.columns = ColumnRoles.assign(table.columns)
            demoteCategoryColumns(&table)
            warnings += ColumnRoles.demoteProseMeasureColumns(&table)
            demoteFigureSasaranColumns(&table)
            demoteNumberingColumns(&table)
            let unitCols = pairUnitColumns(&table)
            inferNoColumn(&table)
            if let inferred = inferTargetColumn(&table) { warnings.append(inferred) }
            if let inferred = inferSasaranColumn(&table) { warnings.append(inferred) }
            let roles = table.columns.map(\.role)
            let indikatorCol = Self.indikatorColumn(table.columns)
            let measureCols = roles.indices.filter { Self.measures.contains(roles[$0]) }
            let hasRecords = indikatorCol != nil && !measureCols.isEmpty
            if hasRecords {
                joinSplitIndikatorColumn(&table, indikatorCol: indikatorCol!)
                joinPageSeams(&table)
                joinCutSasaran(&table)
                carrySpans(&table)
                splitSpannedValues(&table, valueCols: roles.indices.filter { Self.measures.contains(roles[$0]) || roles[$0] == .targetKegiatan })
                warnings += Self.repairOutlineNumbers(&table, indikatorCol: indikatorCol!)
                splitStackedCells(&table, measureCols: measureCols, indikatorCol: indikatorCol!)
                splitBulletedCells(&table, measureCols: measureCols, indikatorCol: indikatorCol!)
                joinContinuationRows(&table, indikatorCol: indikatorCol!)
            }
            let hints = valueHints(table)
            warnings += moneyWarnings(table)
            if hasRecords, let ic = indikatorCol {
                let signature = table.columns.map(\.header)
                let inherited = previous.flatMap { p in
                    p.signature == signature && (table.pages.first ?? 0) <= p.lastPage + 1 ? p.sasaran : nil
                }
                let (groups, groupRows) = groupSasaran(table, indikatorCol: ic, inherited: inherited)
                // A column that shows its own habit clearly (a report mixing tables typed in two
                // habits) reads by it; otherwise the document's.
                var columnHabits: [Int: SeparatorHabit] = [:]
                for c in measureCols {
                    let own = SeparatorHabit.learn(from: table.rows.compactMap { $0[c].carried ? nil : $0[c].text }, confirmingRepeatedMark: true)
                    if own != .unknown { columnHabits[c] = own.filling(from: habit) }
                    if let note = Self.repeatedMarkWarning(table, column: c) { warnings.append(note) }
                }
                let satuanCol = table.columns.firstIndex { c in
                    let w = HeaderText.words(c.header)
                    return c.role == .other && (w.contains("satuan") || w == ["sat"] || w == ["unit"])
                }
                // Indicators numbered inside their own cell (`1.1 Jumlah produksi`, sub-rows `- Daging`
                // unnumbered) take that number, not the group's number from the No column.
                // One year alone (`Target 2016`, a single `Tahun 2016` group) is the year the table
                // is about, not a series: its measures stay at the top level (ANNOTATION rule 6).
                let years = Set(measureCols.filter { c in
                    ColumnRoles.quarter(header: table.columns[c].header, group: table.columns[c].group) == nil
                }.compactMap { table.columns[$0].tahun })
                // Plan years (`Tahun ke-1 … ke-5`) are a series the same way.
                let yearNumbers = Set(measureCols.compactMap { table.columns[$0].tahunKe })
                let series = years.count >= 2 || yearNumbers.count >= 2
                let ownNumbers = table.rows.filter { !$0[ic].carried && Self.ownNumber($0[ic].text)?.no.contains(".") == true }.count >= 2
                let numberCol = Self.outlineNumberColumn(table, indikatorCol: ic)
                // The unit a composite indicator names (`Jumlah produksi (ton) :`) holds for its
                // bulleted sub-items (`- Daging`) that name none.
                var parentUnit: UnitTyping? = nil
                var countingParent = false
                var separatorNotes = AmbiguousSeparatorNotes()
                for (r, row) in table.rows.enumerated() {
                    // A carried indikator is the same indicator spanning several rows (kegiatan).
                    var indikator = row[ic].text
                    if indikator.isEmpty, r > 0, let above = secondMeasureLine(table, row: r, indikatorCol: ic, satuanCol: satuanCol) {
                        indikator = above
                    }
                    if indikator.isEmpty, let upper = upperLevelIndikator(table, row: r, indikatorCol: ic) { indikator = upper }
                    // A row under a spanning indikator with measures of its own (`Ada, 1 (satu) SOP`
                    // below the row reading `96.68%`) is a record of its own: its values are not
                    // the first row's, and dropping them loses them. Not a kegiatan row under its
                    // indicator (its figures are the activity's), nor a table with a second
                    // indikator column (the measures may be the other indikator's).
                    let ownMeasures = row[ic].carried && r > 0 && roles.filter({ $0 == .indikator }).count == 1
                        && !row.indices.contains { [.program, .kegiatan].contains(roles[$0]) && !row[$0].carried && !row[$0].text.isEmpty }
                        && measureCols.contains { !row[$0].carried && !row[$0].text.isEmpty }
                    guard !indikator.isEmpty, !row[ic].carried || ownMeasures, !groupRows.contains(r) else { continue }
                    // The header repeated inside the table (a continuation page) names no indicator.
                    if Self.repeatsHeader(row[ic], table.columns[ic]) { continue }
                    let own = Self.ownNumber(indikator)
                    if let own { indikator = own.text }
                    let item = Self.bulletItem(indikator)
                    if let item { indikator = item }
                    let page = table.rowPages[r]
                    let columnNo = text(row, roles.firstIndex(of: .no)).map(Self.listNumber)
                    var rec = Indicator(table: table.id, page: page,
                                        no: ownNumbers ? own?.no
                                            : numberCol.map { c in text(row, c).map(Self.outlineNumber) } ?? columnNo,
                                        sasaran: text(row, roles.firstIndex(of: .sasaran)).map(Self.sasaranText) ?? groups[r],
                                        indikator: indikator)
                    var unit = satuanCol.flatMap { text(row, $0) }.map { UnitTyping($0) } ?? UnitTyping(indikator: indikator)
                    if item == nil {
                        // Only a parent without values of its own heads a list of items.
                        parentUnit = measureCols.allSatisfy { row[$0].text.isEmpty } ? unit : nil
                    } else if parentUnit != nil, measureCols.allSatisfy({ row[$0].text.isEmpty }) {
                        // An item without values heads the items below it (`- Itik` … then `➢ Jumlah
                        // bibit …` over `• Ayam buras 11.500`): their unit is its own, not the outer
                        // parent's `(%)`.
                        parentUnit = unit
                    } else if unit.unit == .none, let parentUnit { unit = parentUnit }
                    // A lettered part (`a. Teh`) of a count (`Jumlah ketersediaan benih … (pohon/batang)`)
                    // counts too: its figure is no money for its size (UnitTyping).
                    if UnitTyping.isLetteredPart(indikator) {
                        if unit.unit == .none, countingParent { unit.countsThings = true }
                    } else if item == nil {
                        countingParent = unit.countsThings && !unit.namesMoney
                    }
                    var periods: [PeriodKey: Period] = [:]
                    // A measure the document marks as having no value (`-`) stays empty: a second
                    // column of the same role (`Realisasi s/d …` beside `Realisasi Tahun …`) means
                    // something else and must not fill it.
                    var dashed: Set<DashKey> = []
                    let satuanNamesOtherUnit = satuanCol.flatMap { text(row, $0) }.map { UnitTyping($0).unit }
                        .map { $0 != .percent && $0 != .none } ?? false
                    for c in measureCols {
                        let column = table.columns[c]
                        // A plan-year number (`1`) says which column only with its group.
                        let named = column.tahunKe != nil ? "\(column.group ?? "") \(column.header)" : column.header
                        let where_ = "\(table.id) no \(rec.no ?? "-") \(named)"
                        // A Satuan cell naming another unit (`kbm`, `Rupiah`) types its row whatever a
                        // template's header (`Target (%)`) says; the capaian stays a percentage.
                        let headerPercent = ColumnRoles.headerSaysPercent(column.header, group: column.group)
                            && (roles[c] == .capaian || !satuanNamesOtherUnit)
                        // A unit printed beside the figure (`Volume` | `Satuan`) types it.
                        let own = unitCols[c].flatMap { text(row, $0) }.map { UnitTyping($0) } ?? unit
                        let hint: ValueHint? = headerPercent ? .percent : (own.countsThings && hints[c] == .percent ? nil : hints[c])
                        let (read, cellWarnings) = MeasureReader.read(row[c], hint: hint, habit: columnHabits[c] ?? habit, where: where_, page: page)
                        separatorNotes.take(cellWarnings, raw: row[c].text, value: read, column: c,
                                            place: "\(table.id) \(column.group.map { "\($0) " } ?? "")\(column.header)", into: &warnings)
                        let v = read.map { headerPercent ? UnitTyping.percent($0) : (roles[c] == .capaian ? own.capaian($0) : own.type($0)) }
                        let quarter = ColumnRoles.quarter(header: column.header, group: column.group)
                        var slot: PeriodKey? = nil
                        if let q = quarter, let y = column.tahun ?? documentYear {
                            slot = PeriodKey(tahun: y, triwulan: q)
                        } else if let y = column.tahun, series {
                            slot = PeriodKey(tahun: y, triwulan: nil)
                        } else if let n = column.tahunKe, series {
                            slot = PeriodKey(tahun: nil, tahunKe: n, triwulan: nil)
                        }
                        let dashKey = DashKey(period: slot, role: roles[c])
                        if dashed.contains(dashKey) { continue }
                        if v == nil, !row[c].text.isEmpty { dashed.insert(dashKey) }
                        if let key = slot {
                            var per = periods[key] ?? Period(tahun: key.tahun, tahunKe: key.tahunKe, triwulan: key.triwulan)
                            set(&per, roles[c], v)
                            periods[key] = per
                        } else {
                            switch roles[c] {
                            case .target: if rec.target == nil { rec.target = v }
                            case .realisasi: if rec.realisasi == nil { rec.realisasi = v }
                            case .capaian: if rec.capaian == nil { rec.capaian = v }
                            default: break
                            }
                        }
                    }
                    rec.periods = periods.keys.sorted().map { periods[$0]! }
                    // Consistency of the measures (never noisy on correct documents; see Consistency).
                    let ocr = measureCols.contains { row[$0].confidence != nil }
                    let place = "\(table.id) no \(rec.no ?? "-") \"\(String(rec.indikator.prefix(40)))\""
                    // A `Capaian Sasaran` column holds the sasaran's capaian (often the mean of its
                    // indicators'): no check of one indicator's realisasi/target against it.
                    let sasaranCapaian = measureCols.contains { c in
                        roles[c] == .capaian && HeaderText.words(table.columns[c].header).contains("sasaran")
                    }
                    let (c, w, t2, r2) = Consistency.check(target: rec.target, realisasi: rec.realisasi,
                                                           capaian: sasaranCapaian ? nil : rec.capaian,
                                                           ocr: ocr, place: place, page: page)
                    if !sasaranCapaian { rec.capaian = c }
                    if let t2 { rec.target = t2 }
                    if let r2 { rec.realisasi = r2 }
                    warnings += w
                    for p in rec.periods.indices {
                        let per = rec.periods[p]
                        let (pc, pw, pt, pr) = Consistency.check(target: per.target, realisasi: per.realisasi, capaian: per.capaian,
                                                                 ocr: ocr, place: "\(place) \(per.tahun.map(String.init) ?? per.tahunKe.map { "tahun ke-\($0)" } ?? "")", page: page)
                        rec.periods[p].capaian = pc
                        if let pt { rec.periods[p].target = pt }
                        if let pr { rec.periods[p].realisasi = pr }
                        warnings += pw
                    }
                    // The table's closing row averaging the capaian above (`Rata-rata`, `RATA-RATA
                    // CAPAIAN SASARAN KE-1`), with no target or realisasi of its own, is no indicator.
                    if r == table.rows.count - 1, rec.target == nil, rec.realisasi == nil, rec.periods.isEmpty,
                       Self.namesAverage(rec.indikator) { continue }
                    indicators.append(rec)
                }
                separatorNotes.finish(&warnings)
                // A sasaran column's cell cut by the page break goes on over the next page's first
                // rows (left empty there): the table's last sasaran is the one the next part inherits.
                let lastColumnSasaran = roles.contains(.sasaran) ? indicators.last(where: { $0.table == table.id })?.sasaran : nil
                let carried = previousKegiatan.flatMap { p in
                    p.signature == signature && (table.pages.first ?? 0) <= p.lastPage + 1 ? p.sasaran : nil
                }
                let (kegiatan, lastSasaran) = kegiatanIndicators(table, habit: habit, groups: groups, inherited: carried,
                                                                 warnings: &warnings)
                indicators += kegiatan
                previousKegiatan = (signature, table.pages.last ?? 0, lastSasaran)
                previous = (signature, table.pages.last ?? 0, lastColumnSasaran ?? groups.last ?? nil)
            }
            tables.append(table)
        }
        let singleTarget = Set(tables.filter { t in t.columns.filter { $0.role == .target }.count == 1 }.map(\.id))
        warnings += Consistency.targetMismatches(indicators, tables: singleTarget)
        return Result(tables: tables, indicators: indicators, warnings: warnings)
    }

    /// `Rata-rata`, `Rata-rata capaian`, `RATA-RATA CAPAIAN SASARAN KE-2`: the label of an
    /// average, naming nothing measured (`Rata-rata capaian Nilai Tukar Petani` names an indicator).
    static func namesAverage(_ text: String) -> Bool {
        let words = HeaderText.words(text)
        guard words.count >= 2, words[0] == "rata", words[1] == "rata" else { return false }
        return words.dropFirst(2).allSatisfy { w in
            ["capaian", "sasaran", "kinerja", "ke", "indikator"].contains(w) || w.allSatisfy(\.isNumber)
        }
    }

    /// The column whose indicators the measures measure. A cascade (`Indikator Sasaran
    /// Strategis` | `Indikator Kinerja Program (Outcome)` | `Indikator Kinerja Kegiatan
    /// (Output)` | `Target`) sets each level's indicator beside the next level's rows, and the
    /// targets are the last level's: the indikator column nearest before the first measure.
    /// (One header over several columns, `Indikator` | `Indikator`, is one level: its first column.)
    static func indikatorColumn(_ columns: [Column]) -> Int? {
        let roles = columns.map(\.role)
        let indikators = roles.indices.filter { roles[$0] == .indikator }
        let header = { (c: Int) in HeaderText.fold(columns[c].header) }
        guard indikators.count >= 2, Set(indikators.map(header)).count >= 2,
              let m = roles.firstIndex(where: { measures.contains($0) }),
              var nearest = indikators.last(where: { $0 < m }) else { return indikators.first }
        while indikators.contains(nearest - 1), header(nearest - 1) == header(nearest) { nearest -= 1 }
        return nearest
    }

    /// A cell that reads as its column's own header: the header repeated inside the body.
    static func repeatsHeader(_ cell: Cell, _ column: Column) -> Bool {
        let w = HeaderText.words(cell.text)
        return !w.isEmpty && w == HeaderText.words(column.header)
    }

    static let leadingNumber = TextPattern(#"^\s*(\d{1,2}(?:\.\d{1,2}){0,4})\.?\s+(?=\S)"#)

    /// `1.1 Jumlah produksi` → (`1.1`, `Jumlah produksi`); `2. Persentase …` → (`2`, `Persentase …`);
    /// `- Daging` → (nil-number, `Daging`) is not a number: only digits count. Values are not
    /// indicators, so a cell that is only a number is left alone.
    static func ownNumber(_ s: String) -> (no: String, text: String)? {
        let bytes = Array(s.utf8)
        if SignatureScan.isPrintableASCII(bytes) {
            guard let m = leadingNumberASCII(bytes) else { return nil }
            let rest = String(decoding: bytes[m.end...], as: UTF8.self), n = String(decoding: bytes[m.no], as: UTF8.self)
            guard rest.first?.isLetter == true else { return nil }
            guard rest.first?.isUppercase == true || n.contains(".") else { return nil }
            return (n, rest)
        }
        guard let m = leadingNumber.firstMatch(in: s), let n = m[1] else { return nil }
        let all = m.range
        let rest = String(s[all.upperBound...])
        guard rest.first?.isLetter == true else { return nil }
        // A count at the start of a sentence (`2 dokumen`) is not a list number: those are
        // followed by a capitalised indicator name.
        guard rest.first?.isUppercase == true || s[n].contains(".") else { return nil }
        return (String(s[n]), rest)
    }

    /// `leadingNumber` on printable ASCII (nearly every cell), without the expression: the
    /// number and its optional dot are what stands before the first space after the leading
    /// spaces (they hold none and a space must follow), so the number is that token less one
    /// final dot, and must read `\d{1,2}(\.\d{1,2}){0,4}`; something must follow the spaces.
    /// Returns the number's bytes and where the match ends.
    static func leadingNumberASCII(_ b: [UInt8]) -> (no: Range<Int>, end: Int)? {
        let n = b.count
        var i = 0
        while i < n, b[i] == 0x20 { i += 1 }
        let start = i
        while i < n, b[i] != 0x20 { i += 1 }
        var end = i
        while end < n, b[end] == 0x20 { end += 1 }
        guard i < n, end < n else { return nil }
        var numberEnd = i
        if numberEnd > start, b[numberEnd - 1] == 0x2E { numberEnd -= 1 }
        var parts = 0, digits = 0
        for k in start..<numberEnd {
            if b[k] >= 0x30 && b[k] <= 0x39 {
                digits += 1
                guard digits <= 2 else { return nil }
            } else if b[k] == 0x2E, digits > 0 {
                parts += 1; digits = 0
            } else {
                return nil
            }
        }
        guard digits > 0, parts <= 4 else { return nil }
        return (start..<numberEnd, end)
    }

    /// Labels that stand before a sasaran's text in its cell or group row.
    static let sasaranLabel = TextPattern(
        #"^\s*sasaran(\s+(strategis|stratejik|strategik|program|kegiatan))?(\s*(ke\s*-?\s*)?\d+|\s+(pertama|kedua|ketiga|keempat|kelima))?\s*:\s*"#,
        ignoringCase: true)

    /// `Sasaran ke-1 : Meningkatnya …` → `Meningkatnya …`; text without such a label unchanged.
    static func sasaranText(_ s: String) -> String {
        // Most cells start otherwise: no ICU for them (issue 10, start-up).
        guard RegexGate.mayStart(s, with: "sasaran", thenContain: 0x3A) else { return s }
        guard let r = sasaranLabel.firstMatch(in: s)?.range else { return s }
        let rest = String(s[r.upperBound...]).trimmingWhitespace()
        return rest.isEmpty ? s : rest
    }

    /// `I. SASARAN : …` → `SASARAN : …`: the number of a labelled group row stands before its
    /// label. Text whose list marker is followed by no `sasaran` label stays as printed.
    static func withoutListMarker(_ s: String) -> String {
        let t = s.trimmingWhitespace()
        guard let space = t.firstIndex(of: " ") else { return s }
        let marker = t[..<space]
        guard marker.count >= 2, marker.count <= 6, marker.last == "." || marker.last == ")",
              marker.dropLast().allSatisfy({ $0.isNumber || "IVXivx.".contains($0) || $0.isLetter && marker.count == 2 }) else { return s }
        let rest = t[space...].trimmingWhitespace()
        return HeaderText.words(rest).first == "sasaran" ? rest : s
    }

    /// Full-width group rows (`Sasaran ke-1 : …`, `Misi Kedua : …`) above blocks of rows: a
    /// row whose only text is one cell starting with the label, no indikator and no value.
    /// A sasaran row names the sasaran of the rows below it, up to the next group row; a Misi
    /// or Tujuan row ends it. Rows above the first group row keep `inherited` (the sasaran
    /// the previous part of the table, on the page before, ended with).
    /// Unlabelled group rows are told by their shape (`spanningGroupRows`): their text is the
    /// sasaran of the rows below, and they are no indicator (`rows`).
    func groupSasaran(_ table: Table, indikatorCol: Int, inherited: String?) -> (sasaran: [String?], rows: Set<Int>) {
        let spanning = Self.spanningGroupRows(table, indikatorCol: indikatorCol)
        var current = inherited
        var out: [String?] = []
        for (r, row) in table.rows.enumerated() {
            let filled = row.indices.filter { !row[$0].text.isEmpty && !row[$0].carried }
            if filled.count == 1, let c = filled.first, c != indikatorCol || table.columns.count == 1 {
                let t = Self.withoutListMarker(row[c].text)
                let f = HeaderText.words(t)
                if f.first == "sasaran", t.contains(":") {
                    current = Self.sasaranText(t)
                    out.append(nil)
                    continue
                }
                if let w = f.first, ["misi", "tujuan"].contains(w), t.contains(":") {
                    current = nil
                    out.append(nil)
                    continue
                }
            }
            if let t = spanning[r] {
                if !t.isEmpty { current = Self.sasaranText(Self.withoutListMarker(t)) }
                out.append(nil)
                continue
            }
            out.append(current)
        }
        return (out, Set(spanning.keys))
    }

    /// Rows that head a block of indicator rows by their shape, whatever their words: one
    /// merged cell on the row alone, from the indikator column (or before it) across every
    /// measure column, holding the row's only text beside at most a short number to its left
    /// (`1`, `I.`, `A`), and the rows below it up to the next such row include one with a
    /// value. An indicator whose measures are merely empty keeps cells of its own; and a
    /// merged row with no valued row under it is left a row (a note, an unmeasured item),
    /// unless it ends the table and the table heads its other blocks the same way (the
    /// block goes on on the next page), or it stands right above another such row (a
    /// higher-level heading: it names no sasaran of the rows below). Gives each such row's
    /// text, empty for a row that names no group.
    static func spanningGroupRows(_ table: Table, indikatorCol ic: Int) -> [Int: String] {
        let roles = table.columns.map(\.role)
        let measureCols = roles.indices.filter { measures.contains(roles[$0]) }
        guard let lastMeasure = measureCols.max(), lastMeasure > ic else { return [:] }
        var candidates: [Int] = []
        var texts: [Int: String] = [:]
        for sp in table.spans where sp.row0 == sp.row1 && sp.col0 <= ic && sp.col1 >= lastMeasure && sp.row0 < table.rows.count {
            let row = table.rows[sp.row0]
            // The merged cell's text stands at its first column (copies may fill the rest).
            guard let textCol = (sp.col0...ic).first(where: { !row[$0].text.isEmpty && !row[$0].carried }) else { continue }
            // A heading over program or kegiatan columns (`PROGRAM WAJIB`) groups programs, not
            // indicators under a sasaran.
            guard [.no, .sasaran, .indikator, .other].contains(roles[textCol]),
                  !(sp.col0...sp.col1).contains(where: { [.program, .kegiatan].contains(roles[$0]) }) else { continue }
            let others = row.indices.filter { $0 != textCol && !row[$0].text.isEmpty && !row[$0].carried }
            guard others.allSatisfy({ c in
                c < sp.col0 && row[c].text.count <= 4 && !row[c].text.contains(" ")
            }) else { continue }
            candidates.append(sp.row0)
            // Inside a cell that spans down from the row above (its Tujuan, Sasaran) the row is
            // part of that row's block (`Analisis Kinerja : …` under an indicator): no
            // indicator, and it names no group.
            texts[sp.row0] = (0..<sp.col0).contains { row[$0].carried } ? "" : row[textCol].text
        }
        candidates = Array(Set(candidates)).sorted()
        guard !candidates.isEmpty else { return [:] }
        func valued(_ r: Int) -> Bool { measureCols.contains { !table.rows[r][$0].text.isEmpty && !table.rows[r][$0].carried } }
        var heads = Set<Int>()
        var trailing: Int? = nil
        for (i, r) in candidates.enumerated().reversed() {
            let end = i + 1 < candidates.count ? candidates[i + 1] : table.rows.count
            let block = (r + 1)..<end
            if block.contains(where: valued) {
                heads.insert(r)
            } else if block.isEmpty, end < table.rows.count, heads.contains(end) {
                heads.insert(r)
            } else if block.isEmpty, end == table.rows.count {
                trailing = r
            }
        }
        if let trailing, !heads.isEmpty { heads.insert(trailing) }
        return texts.filter { heads.contains($0.key) }
    }

    /// A Rencana Aksi that states kegiatan indicators beside the sasaran indicators, each
    /// with its own target column (`INDIKATOR KEGIATAN` | `TARGET KEGIATAN`): every kegiatan
    /// indicator row is a record too (ANNOTATION rule 1), its target at the top level, with
    /// the sasaran in force on its row.
    func kegiatanIndicators(_ table: Table, habit: SeparatorHabit, groups: [String?], inherited: String?,
                            warnings: inout [Warning]) -> ([Indicator], String?) {
        let roles = table.columns.map(\.role)
        let indikators = roles.indices.filter { roles[$0] == .indikator }
        guard indikators.count == 2, let tk = roles.firstIndex(of: .targetKegiatan), tk > indikators[1] else { return ([], nil) }
        let ic = indikators[1]
        let sasCol = roles.firstIndex(of: .sasaran)
        // The sasaran in force: the last one printed above (a blank cell carries it on, also
        // into the table's next part); a header repeated inside the table names none.
        var sasaran: String? = inherited
        var out: [Indicator] = []
        var separatorNotes = AmbiguousSeparatorNotes()
        for (r, row) in table.rows.enumerated() {
            if let sasCol, !row[sasCol].text.isEmpty,
               HeaderText.words(row[sasCol].text) != HeaderText.words(table.columns[sasCol].header) {
                sasaran = Self.sasaranText(row[sasCol].text)
            }
            let text = row[ic].text
            guard !text.isEmpty, !row[ic].carried, !Self.repeatsHeader(row[ic], table.columns[ic]) else { continue }
            let page = table.rowPages[r]
            var rec = Indicator(table: table.id, page: page, no: nil, sasaran: sasaran ?? groups[r], indikator: text)
            let place = "\(table.id) \(table.columns[tk].header)"
            let (v, w) = MeasureReader.read(row[tk], hint: nil, habit: habit, where: place, page: page)
            separatorNotes.take(w, raw: row[tk].text, value: v, column: tk, place: place, into: &warnings)
            rec.target = v.map { UnitTyping(indikator: text).type($0) }
            out.append(rec)
        }
        separatorNotes.finish(&warnings)
        return (out, sasaran)
    }

    /// A header block's last row of quarter labels (`Trw I … Trw IV` under `Target Kinerja
    /// Sasaran`) left as the first body row: the labels are the columns' own headers, the
    /// header above them their group. The row stays (it gives no record: it has no indikator).
    func absorbQuarterLabels(_ table: inout Table) {
        guard let row = table.rows.first else { return }
        let labelled = row.indices.filter { !row[$0].text.isEmpty }
        guard labelled.count >= 2,
              labelled.allSatisfy({ ColumnRoles.quarterLabel(row[$0].text) != nil && !table.columns[$0].header.isEmpty }) else { return }
        for c in labelled {
            let above = table.columns[c]
            let group = [above.group, above.header].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            table.columns[c] = Column(header: row[c].text, group: group, role: above.role, tahun: above.tahun)
        }
    }

    /// A `K` / `Rp` label row (Renja evaluation forms) left at the top of the body: the labels
    /// are the last level of the header block, so `Rp` (the money) is never taken as the
    /// quarter's measure and `K` keeps its group's role and period. The row stays (it gives no
    /// record: it has no indikator; BudgetReader finds it again to start its body below it).
    func absorbPairLabels(_ table: inout Table) {
        guard let r = ColumnRoles.pairLabelRow(table) else { return }
        let row = table.rows[r]
        // Both halves of the pair: a row of `(Rp)` alone (a tariff's units) names no pair.
        guard row.contains(where: { ColumnRoles.pairLabel($0.text) == "k" }) else { return }
        for c in row.indices where !row[c].text.isEmpty && !row[c].carried {
            let above = table.columns[c]
            // Header levels between the header and the labels left in the body too (the years
            // over each `Volume` | `Rp (juta)` pair): a cell spanning the pair names both halves.
            let between = (0..<r).compactMap { k in Self.headerLevelText(table, row: k, col: c) }
            let group = ([above.group, above.header].compactMap { $0 } + between).filter { !$0.isEmpty }.joined(separator: " > ")
            table.columns[c] = Column(header: row[c].text, group: group.isEmpty ? nil : group,
                                      role: above.role, tahun: above.tahun)
        }
    }

    /// The text a header level left in the body gives column `col`: its own cell's, or the
    /// text of a cell spanning it from the left. Nil when empty or longer than a label (four words).
    static func headerLevelText(_ table: Table, row: Int, col: Int) -> String? {
        var text = table.rows[row][col].carried ? "" : table.rows[row][col].text
        if text.isEmpty, let span = table.spans.first(where: { ($0.row0...$0.row1).contains(row) && ($0.col0...$0.col1).contains(col) }) {
            text = table.rows[span.row0][span.col0].text
        }
        guard !text.isEmpty, HeaderText.words(text).count <= 4 else { return nil }
        return text
    }

    /// A capaian column that holds categories (`SB`, `B`, `S`, `K`, `Sangat Baik`) is a kriteria
    /// column under a capaian header: not a measure.
    func demoteCategoryColumns(_ table: inout Table) {
        let words: Set<String> = ["sb", "b", "s", "k", "sk", "c", "t", "st", "r", "sr", "sangat baik", "baik", "cukup",
                                  "kurang", "sangat kurang", "sangat tinggi", "tinggi", "sedang", "rendah", "sangat rendah",
                                  "memuaskan", "sangat memuaskan", "tercapai", "tidak tercapai", "berhasil", "tidak berhasil"]
        let grades: Set<String> = ["b", "c"]
        for c in table.columns.indices where table.columns[c].role == .capaian {
            let cells = table.rows.map { HeaderText.fold($0[c].text).trimmingWhitespace() }.filter { !$0.isEmpty }
            guard cells.count >= 2 else { continue }
            let codes = cells.filter { words.contains($0) }
            if codes.count * 5 >= cells.count * 3, codes.contains(where: { !grades.contains($0) }) {
                table.columns[c].role = .other
            }
        }
    }

    /// `Sasaran Pada Renstra OPD` over `30,400`, `51,724`, `-`: there `sasaran` is the figure
    /// aimed at (a target), not the goal's text. A sasaran column whose cells are figures
    /// names no sasaran: its role goes (the records keep their sasaran from elsewhere or none).
    func demoteFigureSasaranColumns(_ table: inout Table) {
        for c in table.columns.indices where table.columns[c].role == .sasaran {
            let cells = table.rows.filter { !$0[c].carried }.map { $0[c].text.trimmingWhitespace() }.filter { !$0.isEmpty }
            guard cells.count >= 2 else { continue }
            // Figures in 8 cells of 10 at least: counted until more than 2 in 10 are text
            // (then it cannot be; a sasaran's prose is slow to read as a value).
            var text = 0
            for t in cells where !(t == "-" || (ValueReader.read(t).value.map { $0.kind != .text } ?? true)) {
                text += 1
                if text * 10 > cells.count * 2 { break }
            }
            if text * 10 <= cells.count * 2 { table.columns[c].role = .other }
        }
    }

    /// `1.1.1.2` | `Jumlah …`: the indicators' own outline numbers printed in a narrow column of
    /// their own straight left of the indikator text, under no header word of its own (the
    /// indikator header spans both). Its own cells are all such numbers, two at least with a
    /// dot between digits; a row without one (a bulleted sub-item) has none. Nil otherwise.
    static func outlineNumberColumn(_ table: Table, indikatorCol ic: Int) -> Int? {
        guard ic > 0, table.columns[ic - 1].role == .other,
              !table.columns[ic - 1].header.contains(where: \.isLetter)
                || HeaderText.fold(table.columns[ic - 1].header) == HeaderText.fold(table.columns[ic].header) else { return nil }
        let cells = table.rows.filter { !$0[ic - 1].carried }.map { $0[ic - 1].text.trimmingWhitespace() }.filter { !$0.isEmpty }
        func outline(_ s: String) -> Bool {
            let parts = (s.hasSuffix(".") ? String(s.dropLast()) : s).split(separator: ".", omittingEmptySubsequences: false)
            return (2...6).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.count <= 3 && $0.allSatisfy({ ("0"..."9").contains($0) }) }
        }
        guard cells.count >= 2, cells.filter(outline).count >= 2,
              cells.allSatisfy({ outline($0) || (Self.isListNumber($0) && $0.contains(where: \.isNumber)) }) else { return nil }
        return ic - 1
    }

    /// `1.1.1.2.` and `1.1.1.2` number the same row (the final dot is punctuation).
    static func outlineNumber(_ s: String) -> String {
        let t = s.trimmingWhitespace()
        return t.hasSuffix(".") && t.dropLast().allSatisfy({ ("0"..."9").contains($0) || $0 == "." }) ? String(t.dropLast()) : listNumber(t)
    }

    /// A scan can lose a narrow header cell's word (`No` over `1`…`9`). The first column, with
    /// no header word, left of the indikator column, whose own cells are all list numbers
    /// (`1`, `2.`, `1.2`; two at least, a digit in each), numbers the rows: it is the `no`
    /// column. The numbers are printed; only the column's name is supplied.
    func inferNoColumn(_ table: inout Table) {
        let roles = table.columns.map(\.role)
        guard !roles.contains(.no), roles.count >= 3, roles[0] == .other,
              !table.columns[0].header.contains(where: \.isLetter),
              let ic = Self.indikatorColumn(table.columns), ic > 0 else { return }
        let cells = table.rows.filter { !$0[0].carried }.map { $0[0].text.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard cells.count >= 2,
              cells.allSatisfy({ Self.isListNumber($0) && $0.contains(where: \.isNumber) }) else { return }
        table.columns[0].role = .no
    }

    /// A scan can garble the `Sasaran Strategis` header beyond reading (`—— 1`). In a table laid
    /// out `No | ? | Indikator | measures` with no sasaran column, the second column, whose
    /// header holds no word of three letters, and whose own cells are all phrases (two words at
    /// least, no value), is the sasaran — said in a warning.
    func inferSasaranColumn(_ table: inout Table) -> Warning? {
        let roles = table.columns.map(\.role)
        guard roles.count >= 4, roles[0] == .no, roles[1] == .other, roles[2] == .indikator,
              !roles.contains(.sasaran), roles.contains(where: Self.measures.contains),
              !HeaderText.words(table.columns[1].header).contains(where: { $0.count >= 3 && $0.allSatisfy(\.isLetter) }) else { return nil }
        let cells = table.rows.filter { !$0[1].carried }.map { $0[1].text.trimmingWhitespace() }.filter { !$0.isEmpty }
        guard cells.count >= 2, cells.allSatisfy({ t in
            HeaderText.words(t).filter { $0.count >= 3 && $0.allSatisfy(\.isLetter) }.count >= 2
                && (ValueReader.read(t).value?.kind ?? .text) == .text
        }) else { return nil }
        table.columns[1].role = .sasaran
        return Warning(code: "column_role_inferred",
                       message: "\(table.id): column \"\(table.columns[1].header)\" has no readable header; its text is read as the sasaran",
                       page: table.pages.first)
    }

    /// A scan can garble a header beyond reading (`TARGET` / `KINERJA` read as `NA`). A table
    /// with an indikator column but no measure column, and exactly one unnamed column whose
    /// cells are mostly values, has that column as its target — said in a warning.
    func inferTargetColumn(_ table: inout Table) -> Warning? {
        let roles = table.columns.map(\.role)
        guard roles.contains(.indikator), !roles.contains(where: Self.measures.contains) else { return nil }
        let candidates = table.columns.indices.filter { c in
            guard roles[c] == .other else { return false }
            // (A cell spanning rows is written once: its copies do not vote again.)
            let cells = table.rows.filter { !$0[c].carried }.map { $0[c].text }.filter { !$0.isEmpty }
            guard cells.count >= 2 else { return false }
            let values = cells.filter { (ValueReader.read($0).value?.kind ?? .text) != .text }
            return values.count * 10 >= cells.count * 8
        }
        guard candidates.count == 1, let c = candidates.first else { return nil }
        table.columns[c].role = .target
        return Warning(code: "column_role_inferred",
                       message: "\(table.id): column \"\(table.columns[c].header)\" has no readable header; its values are read as the target",
                       page: table.pages.first)
    }

    private func set(_ p: inout Period, _ role: ColumnRole, _ v: Value?) {
        switch role {
        case .target: if p.target == nil { p.target = v }
        case .realisasi: if p.realisasi == nil { p.realisasi = v }
        case .capaian: if p.capaian == nil { p.capaian = v }
        default: break
        }
    }

    /// `3.` and `3` number the same row: the list dot is punctuation, not part of the number.
    static func listNumber(_ s: String) -> String {
        s.hasSuffix(".") && s.dropLast().allSatisfy({ $0.isNumber || $0.isUppercase }) && s.count > 1 ? String(s.dropLast()) : s
    }

    private func text(_ row: [Cell], _ col: Int?) -> String? {
        guard let col, !row[col].text.isEmpty else { return nil }
        return row[col].text
    }

    /// A column whose readable values are mostly percentages is a percent column; there a
    /// decimal written without its sign (`73,1`) is a percentage too. A bare integer stays a
    /// number: in these tables it is as often a score (`Nilai evaluasi … 80`).
    func valueHints(_ table: Table) -> [Int: ValueHint] {
        var hints: [Int: ValueHint] = [:]
        for (c, col) in table.columns.enumerated() {
            switch col.role {
            case .anggaran, .realisasiAnggaran:
                hints[c] = .currency
            case .capaian:
                // A capaian is a percentage: a decimal there without its sign (`125,69`) is one;
                // a bare integer is left as it is (a score, `88`), as in other percent columns.
                hints[c] = .percent
            case .target, .realisasi:
                var percent = 0, numeric = 0
                for row in table.rows {
                    guard let v = ValueReader.read(row[c].text).value else { continue }
                    if v.kind == .percent { percent += 1 }
                    if v.kind == .percent || v.kind == .number { numeric += 1 }
                }
                if numeric > 0, percent * 2 >= numeric { hints[c] = .percent }
            default: break
            }
        }
        return hints.mapValues { $0 }
    }

    /// The percent hint applies to a written fraction only (`73,1`); see `valueHints`.
    static func hint(_ columnHint: ValueHint?, for raw: String) -> ValueHint {
        guard let columnHint else { return .none }
        if columnHint == .percent, !raw.contains(",") && !raw.contains(".") { return .none }
        return columnHint
    }

    /// Anggaran cells are not measures, but a malformed amount still deserves a warning.
    func moneyWarnings(_ table: Table) -> [Warning] {
        var out: [Warning] = []
        for (c, col) in table.columns.enumerated() where col.role == .anggaran || col.role == .realisasiAnggaran {
            // Amounts that repeat one mark for thousands and decimals, where the column confirms it.
            let habit = SeparatorHabit.repeatedMarkHabit(of: table.rows.compactMap { $0[c].carried ? nil : $0[c].text })
            if let note = Self.repeatedMarkWarning(table, column: c) { out.append(note) }
            for (r, row) in table.rows.enumerated() where !row[c].carried && ColumnRoles.pairLabel(row[c].text) == nil {
                if let p = ValueReader.read(row[c].text, hint: .currency, habit: habit).problem {
                    out.append(Warning(code: p.code, message: "\(table.id) \(col.header): \(p.message)", page: table.rowPages[r]))
                }
            }
        }
        return out
    }

    /// One warning for a column read by its repeated decimal mark (`641,773,572,00`), not one per cell.
    static func repeatedMarkWarning(_ table: Table, column c: Int) -> Warning? {
        let texts = table.rows.compactMap { $0[c].carried ? nil : $0[c].text }
        guard let message = SeparatorHabit.repeatedMarkMessage(texts) else { return nil }
        let r = table.rows.firstIndex { !$0[c].carried && SeparatorHabit.repeatedMark(in: [$0[c].text]) != nil }
        return Warning(code: ValueReading.Problem.decimalMarkRepeatedCode, message: "\(table.id) \(table.columns[c].header): \(message)",
                       page: r.map { table.rowPages[$0] } ?? table.pages.first ?? 1)
    }

    // MARK: - Rows

    /// A table continued on the next page may cut a row in two. Tables already folds a
    /// continuation row that by shape opens no entry (`TableContinuation`); what is left
    /// needs the columns' roles. The continuation's first row, when it has no number and no
    /// measure of its own, holds the rest of the cells above: its sasaran/indikator/program
    /// fragments end those cells (for every row the cell spans). A row with a measure is a
    /// new indicator of the same group; a sasaran fragment on it still ends the sasaran
    /// above (RA: `… di KPU Kabupaten` / `Bengkulu Tengah`).
    func joinPageSeams(_ table: inout Table) {
        let roles = table.columns.map(\.role)
        let noCol = roles.firstIndex(of: .no)
        let measureCols = roles.indices.filter { Self.measures.contains(roles[$0]) }
        // The `Rp` half of a K / Rp pair: its amount is the row's own, as the `K` beside it.
        let moneyCols = roles.indices.filter { roles[$0] == .anggaran && ColumnRoles.pairLabel(table.columns[$0].header) == "rp" }
        let keyCols = [ColumnRole.sasaran, .indikator, .program].compactMap { roles.firstIndex(of: $0) }
        for s in table.segmentStarts.sorted(by: >) where s > 0 && s < table.rows.count {
            // The row cut by the break was joined by Tables: the row above reaches onto this page.
            guard !table.rows[s - 1].contains(where: { $0.lines.contains { $0.page == table.rowPages[s] } }) else { continue }
            let row = table.rows[s]
            if let noCol, !row[noCol].text.isEmpty, !row[noCol].carried { continue }
            // (An amount of its own in the `Rp` half of a K / Rp pair opens a row too.)
            let newMeasure = (measureCols + moneyCols).contains { !row[$0].text.isEmpty && !row[$0].carried }
            // Without a measure, a cell beside the key cells written again word for word (a unit
            // every row repeats) opens a row: the rest of a cut row never repeats the cell it completes.
            if !newMeasure, row.indices.contains(where: { c in !keyCols.contains(c) && !row[c].carried && !row[c].text.isEmpty
                                                          && row[c].text == table.rows[s - 1][c].text }) { continue }
            // A new sasaran at the top of the page is not the rest of the one above: it opens
            // with its own `-nya` word (`Meningkatnya …`, `Tersedianya …`), or a column before it
            // (Tujuan, Misi) opens a new cell on the same row.
            let opensGroup: (Int) -> Bool = { c in
                Self.opensSasaran(row[c].text)
                    || (0..<c).contains { k in roles[k] == .other && !row[k].text.isEmpty && !row[k].carried }
            }
            let joinable = (newMeasure ? keyCols.filter { roles[$0] == .sasaran } : keyCols)
                .filter { roles[$0] != .sasaran || !opensGroup($0) }
            var joined = false
            for c in joinable where !row[c].text.isEmpty && !row[c].carried && !table.rows[s - 1][c].text.isEmpty {
                joinCell(&table, row: s, col: c)
                joined = true
            }
            // The row belongs to the group above: it carries that group's number.
            if joined, let noCol, table.rows[s][noCol].text.isEmpty {
                var above = table.rows[s - 1][noCol]
                above.carried = true
                table.rows[s][noCol] = above
            }
        }
    }

    /// Sasaran are written as nominalised results: `Meningkatnya …`, `Terwujudnya …`, or as
    /// an aim with a `me-…-kan` verb: `Mewujudkan …`, `Meningkatkan …`.
    /// (A narrow column breaks the word without a hyphen, `Meningkat nya`, `Meningkatn ya`:
    /// a short lower-case piece after it is the word's end.)
    static func opensSasaran(_ text: String) -> Bool {
        guard var first = SpaceTokens.first(text), first.first?.isUppercase == true else { return false }
        if !first.lowercased().hasSuffix("nya") {
            let tokens = text.split(separator: " ", maxSplits: 2)
            if tokens.count > 1, tokens[1].count <= 3, tokens[1].allSatisfy(\.isLowercase),
               (first + tokens[1]).lowercased().hasSuffix("nya") {
                first = Substring(first + tokens[1])
            }
        }
        let w = first.lowercased()
        return (first.count >= 6 && w.hasSuffix("nya")) || (first.count >= 8 && w.hasPrefix("me") && w.hasSuffix("kan"))
    }

    /// A sasaran cut where the grid cut its rows (a rule-less or zebra-shaded table whose
    /// row boundary falls inside a wrapped sasaran): the cell above stops on a word no
    /// sasaran ends with (`… Rencana Penataan Ruang di`) or this one goes on in lower case
    /// (`Meningkatnya kualitas` / `pelayanan`), and this row's sasaran opens none of its own
    /// (`Jawa Barat`). The two are one sasaran, carried on both rows. A row with a
    /// number of its own opens a new group and is left alone.
    func joinCutSasaran(_ table: inout Table) {
        let roles = table.columns.map(\.role)
        guard let sc = roles.firstIndex(of: .sasaran) else { return }
        let noCol = roles.firstIndex(of: .no)
        // A sasaran opens with a capital (`Meningkatnya …`): one in lower case (`pelayanan`) is
        // the rest of the one above — in a table whose sasaran open with capitals.
        let opening = table.rows.compactMap { $0[sc].carried ? nil : $0[sc].text.first }
        let capitals = opening.filter(\.isUppercase).count * 3 >= opening.count * 2
        for r in 1..<max(1, table.rows.count) {
            let cell = table.rows[r][sc], above = table.rows[r - 1][sc]
            let goesOn = Self.endsOpen(above.text) || (capitals && cell.text.first?.isLowercase == true)
            guard !cell.text.isEmpty, !cell.carried, !above.text.isEmpty, goesOn,
                  !Self.opensSasaran(cell.text), !Self.isHeaderLike(cell, table.columns[sc]) else { continue }
            if let noCol, !table.rows[r][noCol].text.isEmpty, !table.rows[r][noCol].carried { continue }
            joinCell(&table, row: r, col: sc)
        }
    }

    /// Appends the fragment in (row, col) to the cell above — to its origin and every row
    /// that carries it — and marks the fragment's row and its own carried copies as carrying
    /// the joined text.
    private func joinCell(_ table: inout Table, row s: Int, col c: Int) {
        let above = table.rows[s - 1][c].text
        let fragment = table.rows[s][c].text
        let joined = above + " " + fragment
        var r = s - 1
        while r >= 0, table.rows[r][c].text == above {
            table.rows[r][c].text = joined
            if !table.rows[r][c].carried { break }
            r -= 1
        }
        var k = s + 1
        while k < table.rows.count, table.rows[k][c].carried, table.rows[k][c].text == fragment {
            table.rows[k][c].text = joined
            k += 1
        }
        table.rows[s][c].lines = table.rows[s - 1][c].lines + table.rows[s][c].lines
        table.rows[s][c].text = joined
        table.rows[s][c].carried = true
    }

    /// Without rules (borderless tables, page continuations), a spanning no/sasaran/program
    /// shows only on its first row. A row with an indikator that starts no group of its own
    /// (no number and no sasaran of its own) takes the empty ones from the row above.
    func carrySpans(_ table: inout Table) {
        let roles = table.columns.map(\.role)
        let keyCols = [ColumnRole.no, .sasaran, .program].compactMap { roles.firstIndex(of: $0) }
        guard let indCol = Self.indikatorColumn(table.columns), !keyCols.isEmpty, table.rows.count > 1 else { return }
        let groupCols = [ColumnRole.no, .sasaran].compactMap { roles.firstIndex(of: $0) }
        for r in 1..<table.rows.count {
            let row = table.rows[r]
            guard !row[indCol].text.isEmpty else { continue }
            let startsGroup = groupCols.contains { !row[$0].text.isEmpty && !row[$0].carried }
            guard !startsGroup else { continue }
            for c in keyCols where row[c].text.isEmpty {
                // Rows of kegiatan only (no indikator) between two indicators of one group do not end its span.
                var k = r - 1
                while k > 0, table.rows[k][c].text.isEmpty, table.rows[k][indCol].text.isEmpty { k -= 1 }
                // A group row across the table (`I. SASARAN : …` written from the No column over
                // the indikator's) is the group's label, not this column's cell: nothing to carry.
                if table.spans.contains(where: { $0.row0 <= k && k <= $0.row1 && $0.col0 <= c && c <= $0.col1
                                                  && $0.col0 <= indCol && indCol <= $0.col1 }) { continue }
                var cell = table.rows[k][c]
                cell.carried = true
                table.rows[r][c] = cell
            }
        }
    }

    /// The pitch of a wrapped line in this table: the least distance between consecutive
    /// lines of a cell, 4 pt or more (nil when no cell has two lines on one page).
    static func linePitch(_ table: Table) -> Double? {
        var pitches: [Double] = []
        for row in table.rows {
            for cell in row where !cell.carried {
                for (a, b) in zip(cell.lines, cell.lines.dropFirst()) where a.page == b.page && b.top - a.top >= 4 {
                    pitches.append(b.top - a.top)
                }
            }
        }
        return pitches.min()
    }

    /// The cell's lines cut into items where value lines stand level (within 3 pt) with one of
    /// its lines, the first with its first line: each item runs from its value's line to the
    /// next one's. Nil when a value stands level with no line, or two with one.
    /// Items are set apart by more than a wrapped line's pitch (`linePitch`): an indicator
    /// wrapped onto a second line beside a value written over two lines stays whole.
    static func levelledItems(_ cell: Cell, valueTops: [Double], linePitch: Double?) -> [[CellLine]]? {
        let lines = cell.lines
        guard let linePitch, valueTops.count >= 2, lines.count >= valueTops.count, let page = lines.first?.page,
              lines.allSatisfy({ $0.page == page }) else { return nil }
        var starts: [Int] = []
        for top in valueTops.sorted() {
            guard let j = lines.indices.first(where: { abs(lines[$0].top - top) <= 3 }), j > (starts.last ?? -1) else { return nil }
            starts.append(j)
        }
        guard starts.first == 0,
              starts.dropFirst().allSatisfy({ lines[$0].top - lines[$0 - 1].top >= linePitch * 1.5 }) else { return nil }
        return starts.indices.map { i in Array(lines[starts[i]..<(i + 1 < starts.count ? starts[i + 1] : lines.count)]) }
    }

    /// The cell's lines cut at each line opening with a list number (`1.4.1.1 Jumlah …`),
    /// when there are as many numbered items as values and each value stands level (within
    /// 3 pt) with its own item's first or last line: targets printed at the foot of their
    /// items pair as surely as those at the head. Nil otherwise: values are never paired by
    /// order alone.
    static func numberedItems(_ cell: Cell, valueTops: [Double]) -> [[CellLine]]? {
        let lines = cell.lines
        guard valueTops.count >= 2, let first = lines.first, ownNumber(first.text) != nil,
              lines.allSatisfy({ $0.page == first.page }) else { return nil }
        var items: [[CellLine]] = []
        for line in lines {
            if ownNumber(line.text) != nil { items.append([line]) } else { items[items.count - 1].append(line) }
        }
        let tops = valueTops.sorted()
        guard items.count == tops.count else { return nil }
        for (item, top) in zip(items, tops) {
            guard abs(item[0].top - top) <= 3 || abs(item[item.count - 1].top - top) <= 3 else { return nil }
        }
        return items
    }

    /// One cell stacking several indicators (one per paragraph) beside a cell stacking as
    /// many targets (one per line): one record each. Columns with as many paragraphs are cut
    /// the same way; spanning cells go to every part; a lone amount to the first.
    func splitStackedCells(_ table: inout Table, measureCols: [Int], indikatorCol: Int) {
        let linePitch = Self.linePitch(table)
        var r = 0
        while r < table.rows.count {
            let row = table.rows[r]
            var k = 0
            var valueTops: [Double] = []
            for c in measureCols where !row[c].carried {
                let lines = row[c].lines
                guard lines.count >= 2, lines.allSatisfy({ l in
                    (ValueReader.read(l.text).value?.kind ?? .text) != .text
                }) else { continue }
                if lines.count > k { valueTops = lines.map(\.top) }
                k = max(k, lines.count)
            }
            var paragraphs = row[indikatorCol].paragraphs
            // Numbered items each level with its own value are surer than paragraph ends read
            // from where lines stop (OCR'd words lie about their widths: a wrapped line of one
            // item may read as opening a paragraph that runs into the next item's number).
            if k >= 2, paragraphs.count == k,
               let numbered = Self.numberedItems(row[indikatorCol], valueTops: valueTops), numbered != paragraphs {
                paragraphs = numbered
            }
            // Paragraphs not told apart (no edges known, an even line pitch): the value lines
            // cut the cell where each stands level with an indikator line.
            if k >= 2, paragraphs.count != k,
               let levelled = Self.levelledItems(row[indikatorCol], valueTops: valueTops, linePitch: linePitch) {
                paragraphs = levelled
            } else if k >= 2, paragraphs.count != k,
                      let numbered = Self.numberedItems(row[indikatorCol], valueTops: valueTops) {
                paragraphs = numbered
            }
            guard k >= 2, paragraphs.count == k, !row[indikatorCol].carried else { r += 1; continue }
            var parts: [[Cell]] = Array(repeating: row, count: k)
            for c in row.indices {
                let cell = row[c]
                let role = table.columns[c].role
                if cell.carried || [.no, .sasaran, .program, .pelaksana].contains(role) {
                    for p in 1..<k { parts[p][c].carried = true }
                    continue
                }
                let pieces: [[CellLine]]
                if measureCols.contains(c), cell.lines.count == k {
                    pieces = cell.lines.map { [$0] }
                } else if c == indikatorCol {
                    pieces = paragraphs
                } else if cell.paragraphs.count == k {
                    pieces = cell.paragraphs
                } else {
                    for p in 1..<k { parts[p][c] = .empty }
                    continue
                }
                for p in 0..<k {
                    parts[p][c] = Cell(text: TextLines.joinCellLines(pieces[p].map(\.text)), lines: pieces[p],
                                       left: cell.left, right: cell.right)
                }
            }
            Self.replaceRow(r, with: parts, in: &table)
            r += k
        }
    }
}
