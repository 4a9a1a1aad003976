import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// `kinerja export DIR --format csv|jsonl`: one flat row per indicator — and per period
/// for multi-year tables, one row per (indicator, tahun) — from every contract JSON
/// under DIR (walked recursively in name order; hidden entries and the manifests skipped).
public enum Exporter {
    public enum Format: String, Sendable, CaseIterable { case csv, jsonl }

    public static let measures = ["target", "realisasi", "capaian"]
    public static let columns: [String] = [
        "document", "type", "instansi", "tahun", "table", "page", "no", "sasaran", "indikator", "period_tahun",
        "period_triwulan",
    ] + measures.flatMap { m in ["raw", "value", "kind", "unit"].map { "\(m)_\($0)" } }
        // Added after the first release: appended so earlier columns keep their places.
        + measures.map { "\($0)_comparator" }
        // The plan's year number of a `Tahun ke-N` period (`period_tahun` empty when the
        // document does not say the calendar year); empty for other rows.
        + ["period_tahun_ke"]
        // Both ends of a range written instead of one figure (`98,00- 98,50`, whose `*_value`
        // is empty); empty for anything else.
        + measures.flatMap { ["\($0)_range_min", "\($0)_range_max"] }

    /// What one row is: an indicator (the default) or a budget row (`--what budget`).
    public enum What: String, Sendable, CaseIterable { case indicators, budget }

    public static let budgetAmounts = ["anggaran", "realisasi", "capaian"]
    /// `indikator` is the text of the indicator on the budget row's row (RKT, Rencana Aksi), else empty.
    public static let budgetColumns: [String] = [
        "document", "type", "instansi", "tahun", "table", "page", "kode", "uraian", "total", "indikator",
    ] + budgetAmounts.flatMap { m in ["raw", "value", "kind", "unit"].map { "\(m)_\($0)" } }
        // A row split by quarter (`periods`) gives one row per period, as the indicator export does.
        + ["period_tahun", "period_triwulan"]
        // Added after the first release: a plan year's number (`Tahun 3`), empty for other rows.
        + ["period_tahun_ke"]
        // Both ends of a range (as the indicator export), appended.
        + budgetAmounts.flatMap { ["\($0)_range_min", "\($0)_range_max"] }

    public struct Summary: Sendable {
        public var documents = 0
        public var rows = 0
        /// JSON files that are not contract documents.
        public var skipped: [String] = []
    }

    public struct Options: Sendable {
        public var directory: String
        public var format: Format
        /// nil: standard output.
        public var output: String?
        public var lineEnding: String
        /// Start the CSV with a UTF-8 byte order mark (helps Excel; pandas then needs encoding="utf-8-sig").
        public var bom: Bool
        public var cwd: String
        public var what: What = .indicators
        public init(directory: String, format: Format, output: String? = nil, lineEnding: String = "\r\n",
                    bom: Bool = false, cwd: String = FileManager.default.currentDirectoryPath) {
            self.directory = directory; self.format = format; self.output = output
            self.lineEnding = lineEnding; self.bom = bom; self.cwd = cwd
        }
    }

    public static func run(_ o: Options) throws -> Summary {
        let dir = PathUtil.absolute(o.directory, cwd: o.cwd)
        guard PathUtil.kind(dir) == .directory || PathUtil.kind(dir) == .symlinkToDirectory else {
            throw BatchError.usage("\(o.directory): not a directory")
        }
        var tmp: String?, fd: Int32 = STDOUT_FILENO, dest = "standard output"
        if let output = o.output {
            let abs = PathUtil.absolute(output, cwd: o.cwd)
            dest = abs
            let prefix = "." + PathUtil.lastComponent(abs) + ".tmp-"
            sweepStaleTemporaries(in: PathUtil.parent(abs), prefix: prefix)
            let t = PathUtil.parent(abs) + "/" + prefix + "\(getpid())"
            fd = open(t, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw BatchError.io(abs, String(cString: strerror(errno))) }
            tmp = t
        }
        let sink = BufferedOutput(fd: fd, path: dest)
        var summary = Summary()
        do {
            if o.format == .csv {
                if o.bom { try sink.write("\u{FEFF}") }
                try sink.write(CSV.record(o.what == .budget ? budgetColumns : columns, lineEnding: o.lineEnding))
            }
            let names = o.what == .budget ? budgetColumns : columns
            try forEachJSON(under: dir) { path, rel in
                let found = o.what == .budget ? budgetRows(ofDocumentAt: path, relativePath: rel)
                    : rows(ofDocumentAt: path, relativePath: rel)
                guard let rows = found else {
                    summary.skipped.append(rel); return
                }
                summary.documents += 1
                for row in rows {
                    switch o.format {
                    case .csv: try sink.write(CSV.record(row.map(csvText), lineEnding: o.lineEnding))
                    case .jsonl: try sink.write(JSONText.object(Array(zip(names, row))) + "\n")
                    }
                    summary.rows += 1
                }
            }
            try sink.flush()
            if let tmp {
                fsync(fd); close(fd)
                if rename(tmp, dest) != 0 { throw BatchError.io(dest, String(cString: strerror(errno))) }
            }
        } catch {
            if let tmp { close(fd); try? FileManager.default.removeItem(atPath: tmp) }
            throw error
        }
        return summary
    }

    /// Removes `.NAME.tmp-PID` files an export killed before its rename (kill -9, power loss)
    /// left beside NAME: only ours by name, and only when that process is gone.
    static func sweepStaleTemporaries(in directory: String, prefix: String) {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
        for e in entries where e.hasPrefix(prefix) {
            guard let pid = Int32(e.dropFirst(prefix.count)), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(directory + "/" + e) }
        }
    }

    static func csvText(_ v: JSONScalar) -> String {
        switch v {
        case .null: return ""
        case .string(let s): return s
        default: return v.text
        }
    }

    /// Every `*.json` under `dir` in name order (directories first-come, depth first), skipping hidden entries.
    static func forEachJSON(under dir: String, _ body: (String, String) throws -> Void) throws {
        var stack: [(String, [String], Int)] = []
        func push(_ d: String) {
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: d)) ?? [])
                .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            stack.append((d, names, 0))
        }
        push(dir)
        while !stack.isEmpty {
            let top = stack.count - 1
            if stack[top].2 >= stack[top].1.count { stack.removeLast(); continue }
            let name = stack[top].1[stack[top].2]
            stack[top].2 += 1
            if name.hasPrefix(".") { continue }
            let path = stack[top].0 + "/" + name
            switch PathUtil.kind(path) {
            case .directory: push(path)
            case .file where name.hasSuffix(".json"): try body(path, PathUtil.relative(path, to: dir))
            default: break
            }
        }
    }

    /// The rows of one contract document, in `columns` order; nil when not a contract document.
    public static func rows(ofDocumentAt path: String, relativePath: String) -> [[JSONScalar]]? {
        guard let data = FileManager.default.contents(atPath: path),
              let obj = JSONReading.object(data) else { return nil }
        return rows(of: obj, relativePath: relativePath)
    }

    public static func rows(of obj: [String: Any], relativePath: String) -> [[JSONScalar]]? {
        guard let indicators = obj["indicators"] as? [Any], obj["source"] is [String: Any] else { return nil }
        let head = documentHead(obj, relativePath: relativePath)
        var out: [[JSONScalar]] = []
        for case let ind as [String: Any] in indicators {
            let fields: [JSONScalar] = [scalar(ind["table"]), scalar(ind["page"]), scalar(ind["no"]),
                                        scalar(ind["sasaran"]), scalar(ind["indikator"])]
            let periods = (ind["periods"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
            let topLevel = measures.contains { ind[$0] is [String: Any] }
            if periods.isEmpty || topLevel {
                out.append(head + fields + [.null, .null] + measures.flatMap { valueColumns(ind[$0]) }
                           + measures.map { comparator(ind[$0]) } + [.null] + measures.flatMap { rangeColumns(ind[$0]) })
            }
            for p in periods {
                out.append(head + fields + [scalar(p["tahun"]), scalar(p["triwulan"])]
                           + measures.flatMap { valueColumns(p[$0]) } + measures.map { comparator(p[$0]) } + [scalar(p["tahun_ke"])]
                           + measures.flatMap { rangeColumns(p[$0]) })
            }
        }
        return out
    }

    /// The columns every row starts with: the PDF's path relative to the export directory
    /// (the JSON's folder + the source file name), type, instansi and tahun.
    static func documentHead(_ obj: [String: Any], relativePath: String) -> [JSONScalar] {
        let source = obj["source"] as? [String: Any] ?? [:]
        let doc = obj["document"] as? [String: Any] ?? [:]
        var document = String(relativePath.dropLast(".json".count)) + ".pdf"
        if let file = source["file"] as? String, !file.isEmpty {
            let folder = PathUtil.parent("/" + relativePath)
            document = folder == "/" ? file : String(folder.dropFirst()) + "/" + file
        }
        return [.string(document), scalar(doc["type"]), scalar(doc["instansi"]), scalar(doc["tahun"])]
    }

    /// The budget rows of one contract document, in `budgetColumns` order; nil when not a
    /// contract document (a document without a `budget` array has none).
    public static func budgetRows(ofDocumentAt path: String, relativePath: String) -> [[JSONScalar]]? {
        guard let data = FileManager.default.contents(atPath: path),
              let obj = JSONReading.object(data) else { return nil }
        return budgetRows(of: obj, relativePath: relativePath)
    }

    public static func budgetRows(of obj: [String: Any], relativePath: String) -> [[JSONScalar]]? {
        guard let indicators = obj["indicators"] as? [Any], obj["source"] is [String: Any] else { return nil }
        let head = documentHead(obj, relativePath: relativePath)
        var out: [[JSONScalar]] = []
        for case let b as [String: Any] in obj["budget"] as? [Any] ?? [] {
            var indikator: JSONScalar = .null
            if let i = (b["indicator"] as? JSONNumber)?.exactInt, indicators.indices.contains(i), let rec = indicators[i] as? [String: Any] {
                indikator = scalar(rec["indikator"])
            }
            let fields: [JSONScalar] = [scalar(b["table"]), scalar(b["page"]), scalar(b["kode"]), scalar(b["uraian"]),
                                        (b["total"] as? JSONNumber).map { .bool($0.boolValue) } ?? .null, indikator]
            let periods = (b["periods"] as? [Any] ?? []).compactMap { $0 as? [String: Any] }
            if periods.isEmpty || budgetAmounts.contains(where: { b[$0] is [String: Any] }) {
                out.append(head + fields + budgetAmounts.flatMap { valueColumns(b[$0]) } + [.null, .null, .null]
                           + budgetAmounts.flatMap { rangeColumns(b[$0]) })
            }
            for p in periods {
                out.append(head + fields + budgetAmounts.flatMap { valueColumns(p[$0]) }
                    + [scalar(p["tahun"]), scalar(p["triwulan"]), scalar(p["tahun_ke"])]
                    + budgetAmounts.flatMap { rangeColumns(p[$0]) })
            }
        }
        return out
    }

    /// raw, value, kind, unit of a value object (all null for a null measure).
    static func valueColumns(_ v: Any?) -> [JSONScalar] {
        guard let v = v as? [String: Any] else { return [.null, .null, .null, .null] }
        return [scalar(v["raw"]), scalar(v["value"]), scalar(v["kind"]), scalar(v["unit"])]
    }

    /// The bound written before a measure (`>=` for `≥ 80`); null for a plain value.
    static func comparator(_ v: Any?) -> JSONScalar {
        scalar((v as? [String: Any])?["comparator"])
    }

    /// min, max of a value object's `range` (both null for a single figure or a null measure).
    static func rangeColumns(_ v: Any?) -> [JSONScalar] {
        let range = (v as? [String: Any])?["range"] as? [String: Any]
        return [scalar(range?["min"]), scalar(range?["max"])]
    }

    static func scalar(_ v: Any?) -> JSONScalar {
        switch v {
        case nil, is JSONNull: return .null
        case let s as String: return .string(s)
        case let n as JSONNumber:
            let d = n.doubleValue
            if d == d.rounded(), abs(d) < 1e15 { return .int(Int(d)) }
            return .double(d)
        case let b as Bool: return .bool(b)
        default: return .null
        }
    }
}
