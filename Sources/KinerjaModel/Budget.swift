/// One program / kegiatan / sub-kegiatan row of a table with an anggaran, pagu or
/// realisasi anggaran column (an extension of CONTRACT.md: the top-level `budget` array).
public struct BudgetItem: Sendable, Hashable {
    public var table: String
    /// The page the row starts on.
    public var page: Int
    /// The code as printed (`CQ`, `CQ.6639`, `6709.QGE`, `076.01.CQ`, `1.02.01`), split from the name.
    public var kode: String?
    /// The name of the program or kegiatan (or of the totals row: `Jumlah`).
    public var uraian: String
    /// The budget (anggaran, pagu), a currency value.
    public var anggaran: Value?
    /// The money spent (realisasi anggaran), a currency value.
    public var realisasi: Value?
    /// The share spent, as the table prints it (a percent).
    public var capaian: Value?
    /// True for a totals row (`Jumlah`, `Total`): it sums the rows above, it is no program.
    public var total: Bool
    /// Index into the document's `indicators` of the indicator on this row (a budget column
    /// beside indicators: RKT, Rencana Aksi), nil in a budget table.
    public var indicator: Int?
    /// Amounts split by period (a Renja evaluation form's `Rp` under each Triwulan); empty
    /// when the table gives the row's amounts for the whole year only.
    public var periods: [BudgetPeriod] = []

    public init(table: String, page: Int, kode: String?, uraian: String, anggaran: Value? = nil,
                realisasi: Value? = nil, capaian: Value? = nil, total: Bool = false, indicator: Int? = nil) {
        self.table = table; self.page = page; self.kode = kode; self.uraian = uraian
        self.anggaran = anggaran; self.realisasi = realisasi; self.capaian = capaian
        self.total = total; self.indicator = indicator
    }
}

/// The amounts of a budget row for one period: a quarter (`triwulan` 1...4) of `tahun`.
public struct BudgetPeriod: Sendable, Hashable {
    /// The year the header names, nil when it names none.
    public var tahun: Int?
    public var triwulan: Int?
    /// The year of the plan (`Anggaran Tahun ke-` / `3`), when the header counts years instead of naming them.
    public var tahunKe: Int? = nil
    /// The period's budget (target Rp), a currency value.
    public var anggaran: Value?
    /// The money spent in the period (realisasi Rp), a currency value.
    public var realisasi: Value?
    public init(tahun: Int?, tahunKe: Int? = nil, triwulan: Int?, anggaran: Value? = nil, realisasi: Value? = nil) {
        self.tahun = tahun; self.tahunKe = tahunKe; self.triwulan = triwulan; self.anggaran = anggaran; self.realisasi = realisasi
    }
}

/// When an activity of a Rencana Aksi is scheduled: the months or quarters whose cell holds a
/// mark (`√`, `v`, `x`, `•`) or a quantity (`36 Pegawai`, kept as text in `notes`).
public struct Schedule: Sendable, Hashable {
    public enum Unit: String, Sendable, Hashable { case bulan, triwulan }
    public var unit: Unit
    /// Months 1...12 or quarters 1...4, ascending, without repeats.
    public var periods: [Int]
    /// Cells holding more than a mark: (period, text as printed).
    public var notes: [Note]

    public struct Note: Sendable, Hashable {
        public var period: Int
        public var text: String
        public init(period: Int, text: String) { self.period = period; self.text = text }
    }

    public init(unit: Unit, periods: [Int], notes: [Note] = []) {
        self.unit = unit; self.periods = periods; self.notes = notes
    }
}

/// A signature block: who signed, where and when (the date as printed and as ISO 8601).
public struct Signature: Sendable, Hashable {
    public var page: Int
    public var place: String?
    /// ISO 8601 (`2025-01-17`), nil when no date stands with the block.
    public var date: String?
    public var name: String?
    /// The NIP digits without spaces (`197107031999032007`).
    public var nip: String?
    public var jabatan: String?
    public init(page: Int, place: String? = nil, date: String? = nil, name: String? = nil, nip: String? = nil, jabatan: String? = nil) {
        self.page = page; self.place = place; self.date = date; self.name = name; self.nip = nip; self.jabatan = jabatan
    }
}

/// One party of a Perjanjian Kinerja: the first (who promises) or the second (the superior).
public struct Party: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable { case pertama, kedua }
    public var role: Role
    public var name: String?
    public var jabatan: String?
    public init(role: Role, name: String?, jabatan: String?) {
        self.role = role; self.name = name; self.jabatan = jabatan
    }
}
