import Dispatch
import FoundationEssentials
import Glibc
import Interpretation
import KinerjaModel
import Layout
import Output
import PDFReading
import Tables

/// How to extract (CLI flags map onto this).
public struct ExtractOptions: Sendable {
    public enum OCRMode: String, Sendable, CaseIterable { case auto, always, never }
    public var ocr: OCRMode = .auto
    /// Resolution for pages that must be rendered for OCR (not single-image scans).
    public var ocrDPI: Double = 300
    /// Threads reading born-digital pages, and Tesseract engines OCRing pages, at once
    /// (default: the cores; `kinerja batch` gives each of its documents a share).
    public var workers: Int {
        get { chosenWorkers ?? Self.cores }
        set { chosenWorkers = newValue }
    }
    private var chosenWorkers: Int?
    /// The cores this process may use, asked when first needed: counting them reads the
    /// cgroup's files (~1 % of a two-page document's run), and a short born-digital
    /// document is read by one thread whatever their number.
    private static let cores = ProcessInfo.processInfo.activeProcessorCount
    /// Opens a PDF locked with a user password.
    public var password: String?
    /// Seconds one page's content may take to read (0: no limit); a page past it is kept as
    /// far as it was read, with a `page_timeout` warning.
    public var pageTimeout: Double = 0
    public init(ocr: OCRMode = .auto, ocrDPI: Double = 300, workers: Int? = nil, password: String? = nil) {
        self.ocr = ocr; self.ocrDPI = ocrDPI; self.password = password
        if let workers { self.workers = max(1, workers) }
    }
}

/// Why a file could not be read at all. Each case prints as one clear line.
public enum ExtractError: Error, Sendable, CustomStringConvertible {
    case missing(String)
    case empty(String)
    case notPDF(String)
    case encrypted(String)
    /// A `--password` was given and it opens neither the user nor the owner lock.
    case wrongPassword(String)
    case damaged(String, detail: String)
    case unreadable(String, detail: String)

    public var description: String {
        switch self {
        case .missing(let p): return "\(p): no such file"
        case .empty(let p): return "\(p): the file is empty"
        case .notPDF(let p): return "\(p): not a PDF file"
        case .encrypted(let p): return "\(p): the PDF is encrypted (password protected; give it with --password)"
        case .wrongPassword(let p): return "\(p): the PDF is encrypted and the --password given does not open it"
        case .damaged(let p, let d): return "\(p): the PDF is damaged (\(d))"
        case .unreadable(let p, let d): return "\(p): cannot read the file (\(d))"
        }
    }
    /// A stable short code for manifests.
    public var code: String {
        switch self {
        case .missing: return "missing"
        case .empty: return "empty"
        case .notPDF: return "not_pdf"
        case .encrypted, .wrongPassword: return "encrypted"
        case .damaged: return "damaged"
        case .unreadable: return "unreadable"
        }
    }
}

/// The whole pipeline: PDF reading (and OCR) -> layout -> tables -> interpretation.
public struct Extractor: Sendable {
    public var options: ExtractOptions
    public init(options: ExtractOptions = .init()) { self.options = options }

    /// Extracts one PDF. `rawPath` is the path's bytes when they are not UTF-8 (`path`
    /// is then only the name shown in messages).
    /// `pageDeadline` is told the page count once the document is open (the CLI arms its
    /// per-page time limit with it).
    public func extract(path: String, rawPath: [UInt8]? = nil,
                        pageDeadline: (Int) -> Void = { _ in }) throws(ExtractError) -> ExtractedDocument {
        let data = try InputFile.read(rawPath: rawPath ?? Array(path.utf8), display: path)
        guard !data.isEmpty else { throw .empty(path) }
        let document: PDFDocument
        do { document = try PDFDocument(data: data, password: options.password) } catch {
            switch error {
            case .notPDF: throw .notPDF(path)
            case .encrypted: throw options.password == nil ? .encrypted(path) : .wrongPassword(path)
            case .damaged(let d): throw .damaged(path, detail: d)
            }
        }
        guard document.pageCount > 0 else { throw .damaged(path, detail: "no pages") }
        pageDeadline(document.pageCount)

        var clock = StageClock()
        let read = PageReader(options: options).read(document, data: data)
        clock.lap("pages")
        let tables = TableReader(hints: .sakip).tables(in: read.pages)
        clock.lap("tables")
        // Text lines of every page, once: the first two pages decide the type; running
        // headers, signature blocks and later prose name the agency and its region when the
        // cover does not; signature blocks and the decree number are read from them too.
        let allLines = read.pages.map { ($0.number, TextLines.lines(of: $0.words)) }
        clock.lap("lines")
        var info = DocumentInfoReader.read(lines: allLines.flatMap { number, lines in
            lines.map { ($0.text, number, $0.fontSize) }
        }, cells: tables.filter { ($0.pages.first ?? .max) <= 3 }.flatMap { table in
            table.rows.flatMap { row in row.map { (text: $0.text, page: table.pages.first ?? 1) } }
        })
        // Extensions: nomor, signatures, parties.
        info = DocumentExtras.documentInfo(info, pages: allLines)
        clock.lap("document")
        let interpreted = IndicatorReader(documentYear: info.tahun).read(tables)
        clock.lap("interpretation")
        // Extensions: RA RB records, schedules, budget rows.
        let extras = DocumentExtras.apply(tables: interpreted.tables, indicators: interpreted.indicators)
        clock.lap("extras")
        let sources = Set(read.pages.map(\.source))
        let textSource: TextSource = sources.count > 1 ? .mixed : (sources.first ?? .native)
        // A count of indicators the text states that no table gives (Consistency).
        let counted = Consistency.indicatorCountMismatches(
            interpreted.indicators, pages: allLines.map { (page: $0.0, text: $0.1.map(\.text).joined(separator: "\n")) })
        let warnings = (read.warnings + interpreted.warnings + extras.warnings + counted).sorted { ($0.page ?? 0) < ($1.page ?? 0) }
        var result = ExtractedDocument(
            source: Source(file: Self.fileName(of: path), sha256: Checksum.sha256Hex(data),
                           pages: document.pageCount, textSource: textSource),
            document: info, tables: interpreted.tables, indicators: extras.indicators,
            warnings: warnings)
        result.budget = extras.budget
        return result
    }

    /// The file's name as `source.file` gives it, `URL(fileURLWithPath: path).lastPathComponent`:
    /// read from the path's bytes when it ends in a plain name (what a readable file's path
    /// does), else from the URL (parsing the URL was ~0.5 % of a two-page document's run).
    static func fileName(of path: String) -> String {
        let utf8 = path.utf8
        let name = utf8.lastIndex(of: UInt8(ascii: "/")).map { path[utf8.index(after: $0)...] } ?? path[...]
        guard !name.isEmpty, name != ".", name != ".." else { return URL(fileURLWithPath: path).lastPathComponent }
        return String(name)
    }

    /// Extracts one PDF and returns the contract JSON bytes (deterministic).
    public func extractJSON(path: String, rawPath: [UInt8]? = nil, pageDeadline: (Int) -> Void = { _ in }) throws -> Data {
        Data(ContractJSON.data(try extract(path: path, rawPath: rawPath, pageDeadline: pageDeadline)))
    }
}

/// Stage timings on stderr when `KINERJA_TRACE` is set (used by `make bench`).
/// Each line gives the wall time and the process's CPU time (all threads) of the stage: on a
/// busy machine the wall time says little.
struct StageClock {
    private var last = DispatchTime.now()
    private var lastCPU = StageClock.cpuNanoseconds()
    private let enabled = getenv("KINERJA_TRACE") != nil

    /// Starts the clock; the first line is the CPU the process spent before (start-up,
    /// reading, hashing and opening the file).
    init() {
        guard enabled else { return }
        let line = Array("trace start (cpu \(String(cFormat: "%.1f", Double(lastCPU) / 1e6)) ms)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
    }
    mutating func lap(_ stage: String) {
        guard enabled else { return }
        let now = DispatchTime.now(), cpu = Self.cpuNanoseconds()
        let ms = Double(now.uptimeNanoseconds - last.uptimeNanoseconds) / 1e6
        let cpuMS = Double(cpu &- lastCPU) / 1e6
        let line = Array("trace \(stage) \(String(cFormat: "%.1f", ms)) ms (cpu \(String(cFormat: "%.1f", cpuMS)) ms)\n".utf8)
        _ = line.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
        last = now
        lastCPU = cpu
    }

    private static func cpuNanoseconds() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
        return UInt64(t.tv_sec) &* 1_000_000_000 &+ UInt64(t.tv_nsec)
    }
}
