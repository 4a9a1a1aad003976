import FoundationEssentials

/// A JSON value with ordered object keys, so output is byte-for-byte deterministic and
/// keys come in the contract's reading order rather than hash or alphabetical order.
public indirect enum JSON: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.number(x), .number(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)): return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Pretty-printed with two-space indentation; short arrays of scalars stay on one line.
    public func serialized() -> String { String(decoding: serializedBytes(), as: UTF8.self) }

    /// `serialized()` as UTF-8 bytes, for writing to a file without a String in between.
    public func serializedBytes() -> [UInt8] {
        var out = [UInt8]()
        out.reserveCapacity(1 << 16)
        write(into: &out, indent: 0)
        out.append(0x0A)
        return out
    }

    // The writers build UTF-8 bytes, not a String: appending to a byte array is a copy, where
    // appending scalars to a String re-validates and re-counts each one (it was most of the
    // writer's time).
    private func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .number(let n): out.append(contentsOf: JSON.format(n).utf8)
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            if items.allSatisfy(\.isScalar) {
                out.append(UInt8(ascii: "["))
                for (i, v) in items.enumerated() {
                    if i > 0 { out.append(contentsOf: ", ".utf8) }
                    v.write(into: &out, indent: indent)
                }
                out.append(UInt8(ascii: "]"))
                return
            }
            out.append(contentsOf: "[\n".utf8)
            for (i, v) in items.enumerated() {
                JSON.pad(&out, indent + 1)
                v.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i + 1 < items.count ? ",\n" : "\n").utf8)
            }
            JSON.pad(&out, indent)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            if fields.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(contentsOf: "{\n".utf8)
            for (i, (k, v)) in fields.enumerated() {
                JSON.pad(&out, indent + 1)
                JSON.quote(k, into: &out)
                out.append(contentsOf: ": ".utf8)
                v.write(into: &out, indent: indent + 1)
                out.append(contentsOf: (i + 1 < fields.count ? ",\n" : "\n").utf8)
            }
            JSON.pad(&out, indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    private static func pad(_ out: inout [UInt8], _ indent: Int) {
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * indent))
    }

    /// On one line with no spaces (JSON Lines, manifests).
    public func compact() -> String {
        var out = [UInt8]()
        writeCompact(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private func writeCompact(into out: inout [UInt8]) {
        switch self {
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, v) in items.enumerated() { if i > 0 { out.append(UInt8(ascii: ",")) }; v.writeCompact(into: &out) }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (i, (k, v)) in fields.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                JSON.quote(k, into: &out); out.append(UInt8(ascii: ":")); v.writeCompact(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        default:
            write(into: &out, indent: 0)
        }
    }

    private var isScalar: Bool {
        switch self { case .array, .object: return false; default: return true }
    }

    /// Integers print without a fraction; other numbers in Swift's shortest round-trip form.
    public static func format(_ n: Double) -> String {
        guard n.isFinite else { return "null" }
        if n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return "\(n)"
    }

    /// Escapes byte-wise over the UTF-8: `"`, `\\`, controls, and U+2028/U+2029
    /// (E2 80 A8/A9); every other byte is copied as it is.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { b in
            let n = b.count
            var i = 0
            // Bytes that need no escape are copied a run at a time.
            var plain = 0
            func flush(_ end: Int) {
                if end > plain { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[plain..<end])) }
            }
            while i < n {
                let c = b[i]
                if c >= 0x20, c != UInt8(ascii: "\""), c != UInt8(ascii: "\\"), c != 0xE2 { i += 1; continue }
                switch c {
                case UInt8(ascii: "\""): flush(i); out.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): flush(i); out.append(contentsOf: "\\\\".utf8)
                case 0x0A: flush(i); out.append(contentsOf: "\\n".utf8)
                case 0x0D: flush(i); out.append(contentsOf: "\\r".utf8)
                case 0x09: flush(i); out.append(contentsOf: "\\t".utf8)
                case 0xE2 where i + 2 < n && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9):
                    // Valid JSON either way, but JavaScript string literals reject them raw.
                    flush(i)
                    out.append(contentsOf: (b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    i += 2
                case 0xE2:
                    i += 1
                    continue
                default:
                    flush(i)
                    out.append(contentsOf: "\\u00".utf8)
                    for d in [c >> 4, c & 0xF] { out.append(d < 10 ? 0x30 + d : 0x57 + d) }
                }
                i += 1
                plain = i
            }
            flush(n)
        }
        out.append(UInt8(ascii: "\""))
    }
}
