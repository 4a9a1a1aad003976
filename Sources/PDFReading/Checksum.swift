import CPoppler
import Foundation

/// SHA-256 through GLib's GChecksum: GLib is already linked for poppler, and a
/// well-kept implementation beats a hand-written one.
public enum Checksum {
    public static func sha256Hex(_ data: Data) -> String {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return "" }
        defer { g_checksum_free(checksum) }
        data.withUnsafeBytes { raw in
            if let base = raw.baseAddress {
                g_checksum_update(checksum, base.assumingMemoryBound(to: guchar.self), gssize(raw.count))
            }
        }
        return String(cString: g_checksum_get_string(checksum))
    }
}

extension Checksum {
    /// SHA-256 of everything readable from an open descriptor (read in 1 MiB pieces, so
    /// a large archive file is never held in memory); nil on a read error.
    public static func sha256Hex(fileDescriptor fd: Int32) -> String? {
        guard let checksum = g_checksum_new(G_CHECKSUM_SHA256) else { return nil }
        defer { g_checksum_free(checksum) }
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let n = read(fd, buffer, size)
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            g_checksum_update(checksum, buffer.assumingMemoryBound(to: guchar.self), gssize(n))
        }
        return String(cString: g_checksum_get_string(checksum))
    }
}
