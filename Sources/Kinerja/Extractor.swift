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
        let tableReader = TableReader(hints: .sakip)
        // Each page's own work (its grids, its text lines) is done with more than one worker
        // on a second thread: for a short document while the next page is read, for a long
        // one (read by several threads) after the reading, on the workers' threads.
        // (`workers == 1`, what `kinerja batch` gives each document on a busy machine, keeps
        // everything on one thread.)
        let early = LockedArray<PageWork?>(count: document.pageCount, filler: nil)
        let read = options.workers > 1
            ? PageReader(options: options).read(document, data: data) { i, page in
                early[i] = PageWork(page, tableReader) }
            : PageReader(options: options).read(document, data: data)
        clock.lap("pages")
        let work = pageWork(read.pages, early: early, tableReader)
        clock.lap("page work")
        let tables = tableReader.tables(in: read.pages, reads: work.map(\.tables))
        clock.lap("tables")
        // Text lines of every page, once: the first two pages decide the type; running
        // headers, signature blocks and later prose name the agency and its region when the
        // cover does not; signature blocks and the decree number are read from them too.
        let allLines = zip(read.pages, work).map { ($0.number, $1.lines) }
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

    /// What is read from one page alone, before the pages are read together.
    struct PageWork: Sendable {
        var tables: TableReader.PageTables
        /// The page's text lines (`TextLines.lines(of:)`).
        var lines: [TextLine]
        init(_ page: Page, _ tableReader: TableReader) {
            tables = tableReader.pageTables(page)
            lines = TextLines.lines(of: page.words)
        }
    }

    /// Each page's own work: what was done while the pages were read (a page OCR'd after
    /// all is done again), the rest now, on the workers' threads.
    private func pageWork(_ pages: [Page], early: LockedArray<PageWork?>, _ tableReader: TableReader) -> [PageWork] {
        var work: [PageWork?] = pages.map { p in
            p.source == .native && early.indices.contains(p.number - 1) ? early[p.number - 1] : nil
        }
        let missing = work.indices.filter { work[$0] == nil }
        if options.workers > 1 && missing.count > 1 {
            let done = LockedArray<PageWork?>(count: missing.count, filler: nil)
            DispatchQueue.concurrentPerform(iterations: min(options.workers, missing.count)) { t in
                for k in stride(from: t, to: missing.count, by: min(options.workers, missing.count)) {
                    done[k] = PageWork(pages[missing[k]], tableReader)
                }
            }
            for (k, i) in missing.enumerated() { work[i] = done[k] }
        } else {
            for i in missing { work[i] = PageWork(pages[i], tableReader) }
        }
        return work.map { $0! }
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
