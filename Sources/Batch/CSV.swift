import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import KinerjaModel

/// RFC 4180 CSV text: fields holding a comma, a double quote, CR or LF are quoted,
/// with double quotes doubled; every record ends with the same line ending.
///
/// Formula injection (OWASP "CSV Injection"): a cell that starts with `=`, `+`, `-`, `@`,
/// a tab or a CR would run as a formula when an analyst opens the file in a spreadsheet
/// (`=HYPERLINK(…)` in an indicator's name). Such a cell gets a leading `'`, which
/// spreadsheets show as text and do not evaluate. A plain number (`-5`, `+2.5`, `-1e3`)
/// is left alone, so a negative value stays a number.
public enum CSV {
    public static func field(_ raw: String) -> String {
        let s = neutralized(raw)
        let needsQuotes = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return s }
        return "\"" + s.replacingAll("\"", with: "\"\"") + "\""
    }

    /// `raw` with a leading `'` when a spreadsheet would read it as a formula.
    public static func neutralized(_ raw: String) -> String {
        guard let first = raw.utf8.first, [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D].contains(first) else { return raw }
        return isPlainNumber(raw) ? raw : "'" + raw
    }

    /// `-5`, `+2.5`, `-1e3`, `-.5`: a number a spreadsheet reads as a value, nothing more.
    static func isPlainNumber(_ s: String) -> Bool {
        var u = Array(s.utf8)[...]
        if let f = u.first, f == 0x2B || f == 0x2D { u = u.dropFirst() }
        var digits = 0, i = u.startIndex
        while i < u.endIndex, (0x30...0x39).contains(u[i]) { digits += 1; i += 1 }
        if i < u.endIndex, u[i] == 0x2E {
            i += 1
            while i < u.endIndex, (0x30...0x39).contains(u[i]) { digits += 1; i += 1 }
        }
        guard digits > 0 else { return false }
        if i < u.endIndex, u[i] == 0x65 || u[i] == 0x45 {
            i += 1
            if i < u.endIndex, u[i] == 0x2B || u[i] == 0x2D { i += 1 }
            var exp = 0
            while i < u.endIndex, (0x30...0x39).contains(u[i]) { exp += 1; i += 1 }
            guard exp > 0 else { return false }
        }
        return i == u.endIndex
    }

    public static func record(_ fields: [String], lineEnding: String = "\r\n") -> String {
        fields.map(field).joined(separator: ",") + lineEnding
    }
}

/// Buffered writing to a file descriptor (standard output or an opened file).
final class BufferedOutput {
    private var buffer: [UInt8] = []
    private let fd: Int32
    private let path: String

    init(fd: Int32, path: String) { self.fd = fd; self.path = path; buffer.reserveCapacity(1 << 16) }

    func write(_ s: String) throws {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { try flush() }
    }

    func flush() throws {
        var off = 0
        while off < buffer.count {
            let n = buffer[off...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw BatchError.io(path, String(cString: strerror(errno)))
            }
            off += n
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
