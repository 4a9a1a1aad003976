import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import KinerjaModel

/// One line of `manifest.jsonl`: what happened to one input.
public struct ManifestRecord: Sendable, Equatable {
    public enum Status: String, Sendable { case ok, warning, failed }

    /// The input's name relative to the batch base (the key for resume and merge).
    public var path: String
    /// The input's absolute path on the machine that ran it.
    public var input: String?
    /// The JSON written, relative to the output directory; nil when failed.
    public var output: String?
    public var sha256: String?
    public var status: Status
    /// Stable error code when failed: missing, empty, not_pdf, encrypted, damaged,
    /// timeout, crashed, bad_output, duplicate, unreadable, error.
    public var error: String?
    public var message: String?
    public var pages: Int?
    public var textSource: String?
    public var tables: Int?
    public var indicators: Int?
    public var warnings: Int?
    public var seconds: Double
    public var toolVersion: String
    /// ISO 8601 time the line was written.
    public var finishedAt: String?

    public init(path: String, input: String? = nil, output: String? = nil, sha256: String? = nil,
                status: Status, error: String? = nil, message: String? = nil, pages: Int? = nil,
                textSource: String? = nil, tables: Int? = nil, indicators: Int? = nil, warnings: Int? = nil,
                seconds: Double = 0, toolVersion: String, finishedAt: String? = nil) {
        self.path = path; self.input = input; self.output = output; self.sha256 = sha256
        self.status = status; self.error = error; self.message = message; self.pages = pages
        self.textSource = textSource; self.tables = tables; self.indicators = indicators
        self.warnings = warnings; self.seconds = seconds; self.toolVersion = toolVersion
        self.finishedAt = finishedAt
    }

    public var succeeded: Bool { status != .failed }

    /// The JSON line, without the newline. Keys in a fixed order.
    public var jsonLine: String {
        JSONText.object([
            ("path", .string(path)),
            ("input", .optional(input)),
            ("output", .optional(output)),
            ("sha256", .optional(sha256)),
            ("status", .string(status.rawValue)),
            ("error", .optional(error)),
            ("message", .optional(message)),
            ("pages", .optional(pages)),
            ("text_source", .optional(textSource)),
            ("tables", .optional(tables)),
            ("indicators", .optional(indicators)),
            ("warnings", .optional(warnings)),
            ("seconds", .double((seconds * 1000).rounded() / 1000)),
            ("tool_version", .string(toolVersion)),
            ("finished_at", .optional(finishedAt)),
        ])
    }

    /// Parses one manifest line; nil for anything that is not a complete record.
    public init?(jsonLine line: some DataProtocol) {
        guard let obj = JSONReading.object(Data(line)),
              let path = obj["path"] as? String,
              let statusText = obj["status"] as? String, let status = Status(rawValue: statusText),
              let version = obj["tool_version"] as? String else { return nil }
        func int(_ k: String) -> Int? { (obj[k] as? JSONNumber)?.intValue }
        func str(_ k: String) -> String? { obj[k] as? String }
        self.init(path: path, input: str("input"), output: str("output"), sha256: str("sha256"),
                  status: status, error: str("error"), message: str("message"), pages: int("pages"),
                  textSource: str("text_source"), tables: int("tables"), indicators: int("indicators"),
                  warnings: int("warnings"), seconds: (obj["seconds"] as? JSONNumber)?.doubleValue ?? 0,
                  toolVersion: version, finishedAt: str("finished_at"))
    }
}

public enum Manifest {
    public static let fileName = "manifest.jsonl"

    /// The manifests of an output directory in reading order: `manifest.jsonl`, then the
    /// shard manifests `manifest.shard-K-of-N.jsonl` by name.
    public static func files(in directory: String) -> [String] {
        var out: [String] = []
        let main = directory + "/" + fileName
        if PathUtil.kind(main) == .file { out.append(main) }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for n in names.sorted() where n.hasPrefix("manifest.shard-") && n.hasSuffix(".jsonl") {
            out.append(directory + "/" + n)
        }
        return out
    }
}

/// Appends whole lines to a manifest: one write(2) per line on an O_APPEND descriptor,
/// so a kill at any moment leaves either the whole line or none of it (a line torn by a
/// full disk or a crash mid-write is skipped by the reader, and the next open starts a
/// fresh line after it).
public final class ManifestWriter: @unchecked Sendable {
    private let fd: Int32
    private let lock = Lock()
    public let path: String

    public init(path: String) throws {
        self.path = path
        fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BatchError.io(path, String(cString: strerror(errno))) }
        // A torn last line (no newline) must not swallow the next record.
        var st = stat()
        if fstat(fd, &st) == 0, st.st_size > 0 {
            let rfd = open(path, O_RDONLY | O_CLOEXEC)
            if rfd >= 0 {
                var last: UInt8 = 0
                if pread(rfd, &last, 1, off_t(st.st_size - 1)) == 1, last != 0x0A {
                    _ = try? writeAll(Array("\n".utf8))
                }
                close(rfd)
            }
        }
    }

    deinit { close(fd) }

    public func append(_ record: ManifestRecord) throws {
        try appendLine(record.jsonLine)
    }

    public func appendLine(_ line: String) throws {
        let bytes = Array((line + "\n").utf8)
        lock.lock(); defer { lock.unlock() }
        try writeAll(bytes)
    }

    private func writeAll(_ bytes: [UInt8]) throws {
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BatchError.io(path, String(cString: strerror(errno)))
            }
            off += n
        }
    }

    public func sync() { fsync(fd) }
}

/// Reads a manifest line by line in fixed-size chunks (memory does not grow with the file).
public enum ManifestReader {
    public struct Stats: Sendable, Equatable {
        public var records = 0
        /// Lines that did not parse (a torn last line, stray garbage).
        public var ignored = 0
    }

    /// Calls `body` for every complete, well-formed record, in file order. A last line
    /// without its newline is torn (the writer was killed) and is ignored.
    @discardableResult
    public static func forEachRecord(in path: String, _ body: (ManifestRecord) throws -> Void) throws -> Stats {
        var stats = Stats()
        try forEachLine(in: path) { line, complete in
            if complete, let r = ManifestRecord(jsonLine: line) {
                stats.records += 1
                try body(r)
            } else if !line.isEmpty {
                stats.ignored += 1
            }
        }
        return stats
    }

    /// Every line's bytes (without the newline) and whether it ended with a newline.
    public static func forEachLine(in path: String, _ body: (ArraySlice<UInt8>, Bool) throws -> Void) throws {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw BatchError.io(path, String(cString: strerror(errno))) }
        defer { close(fd) }
        var carry: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BatchError.io(path, String(cString: strerror(errno)))
            }
            if n == 0 { break }
            var start = 0
            for i in 0..<n where chunk[i] == 0x0A {
                if carry.isEmpty {
                    try body(chunk[start..<i], true)
                } else {
                    carry += chunk[start..<i]
                    try body(carry[...], true)
                    carry.removeAll(keepingCapacity: true)
                }
                start = i + 1
            }
            if start < n { carry += chunk[start..<n] }
        }
        if !carry.isEmpty { try body(carry[...], false) }
    }
}

public enum BatchError: Error, CustomStringConvertible, Sendable {
    case io(String, String)
    case usage(String)

    public var description: String {
        switch self {
        case .io(let p, let m): return "\(p): \(m)"
        case .usage(let m): return m
        }
    }
}
