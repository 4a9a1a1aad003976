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
