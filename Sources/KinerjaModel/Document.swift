/// The measures of one year (or one quarter of a year) in a multi-period table.
public struct Period: Sendable, Hashable {
    /// The calendar year; nil only when the document does not say it (a Renstra's
    /// `Tahun ke-1 … ke-5` in a plan whose years are not stated one to one).
    public var tahun: Int?
    /// The year of the plan (`Target Renstra Tahun ke-` / `1 … 5`): 1 for its first year.
    public var tahunKe: Int? = nil
    /// The quarter (1...4) for quarterly measures (CONTRACT 1.1); nil for a whole year.
    public var triwulan: Int?
    public var target: Value?
    public var realisasi: Value?
    public var capaian: Value?
    public init(tahun: Int?, tahunKe: Int? = nil, triwulan: Int? = nil, target: Value? = nil, realisasi: Value? = nil, capaian: Value? = nil) {
        self.tahun = tahun; self.tahunKe = tahunKe; self.triwulan = triwulan
        self.target = target; self.realisasi = realisasi; self.capaian = capaian
    }
}

/// One indicator row of a table that has an indicator column and a measure column.
public struct Indicator: Sendable, Hashable {
    public var table: String
    public var page: Int
    public var no: String?
    public var sasaran: String?
    public var indikator: String
    public var target: Value?
    public var realisasi: Value?
    public var capaian: Value?
    public var periods: [Period]
    /// Extensions: the schedule of a Rencana Aksi row, and the activity it belongs to.
    public var jadwal: Schedule? = nil
    public var kegiatan: String? = nil
    public var subKegiatan: String? = nil
    public var output: String? = nil
    /// Extension: the program of the row (an RKT's Program column).
    public var program: String? = nil

    public init(table: String, page: Int, no: String?, sasaran: String?, indikator: String,
                target: Value? = nil, realisasi: Value? = nil, capaian: Value? = nil, periods: [Period] = []) {
        self.table = table; self.page = page; self.no = no; self.sasaran = sasaran; self.indikator = indikator
        self.target = target; self.realisasi = realisasi; self.capaian = capaian; self.periods = periods
    }
}

/// Document types (CONTRACT.md, Document types).
public enum DocumentType: String, Sendable, Codable, CaseIterable {
    case lkjip
    case perjanjianKinerja = "perjanjian_kinerja"
    case rencanaKinerjaTahunan = "rencana_kinerja_tahunan"
    case rencanaAksiKinerja = "rencana_aksi_kinerja"
    case renstra
    case rencanaAksiRB = "rencana_aksi_rb"
    // CONTRACT 1.1
    case indikatorKinerjaUtama = "indikator_kinerja_utama"
    case rencanaKerja = "rencana_kerja"
    case evaluasiRencanaKerja = "evaluasi_rencana_kerja"
    case pohonKinerja = "pohon_kinerja"
    case unknown
}

public struct Source: Sendable, Hashable {
    public var file: String
    public var sha256: String
    public var pages: Int
    public var textSource: TextSource
    public init(file: String, sha256: String, pages: Int, textSource: TextSource) {
        self.file = file; self.sha256 = sha256; self.pages = pages; self.textSource = textSource
    }
}

public struct DocumentInfo: Sendable, Hashable {
    public var type: DocumentType
    public var instansi: String?
    public var tahun: Int?
    /// Extensions: the decree number, the signature blocks, the parties of an agreement.
    public var nomor: String? = nil
    public var signed: [Signature] = []
    public var parties: [Party] = []
    public init(type: DocumentType, instansi: String?, tahun: Int?) {
        self.type = type; self.instansi = instansi; self.tahun = tahun
    }
}

/// The whole result of extracting one PDF: what CONTRACT.md v1 serialises.
public struct ExtractedDocument: Sendable {
    public static let schemaVersion = "1.0"
    public var source: Source
    public var document: DocumentInfo
    public var tables: [Table]
    public var indicators: [Indicator]
    public var warnings: [Warning]
    /// Extension: program / kegiatan budget rows.
    public var budget: [BudgetItem] = []
    public init(source: Source, document: DocumentInfo, tables: [Table], indicators: [Indicator], warnings: [Warning]) {
        self.source = source; self.document = document; self.tables = tables
        self.indicators = indicators; self.warnings = warnings
    }
}
