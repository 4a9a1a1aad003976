import Foundation

/// RFC 4180 CSV text: fields holding a comma, a double quote, CR or LF are quoted,
/// with double quotes doubled; every record ends with the same line ending.
public enum CSV {
    public static func field(_ s: String) -> String {
        let needsQuotes = s.utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
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
