import Foundation

/// A JSON scalar or a one-level object with keys in a fixed order — what manifest lines
/// and JSONL export rows need. (JSONSerialization cannot keep key order.)
public enum JSONScalar: Sendable, Equatable {
    case null
    case string(String)
    case int(Int)
    case double(Double)
    case bool(Bool)

    public static func optional(_ s: String?) -> JSONScalar { s.map { .string($0) } ?? .null }
    public static func optional(_ i: Int?) -> JSONScalar { i.map { .int($0) } ?? .null }
    public static func optional(_ d: Double?) -> JSONScalar { d.map { .double($0) } ?? .null }

    public var text: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return JSONText.number(d)
        case .string(let s): return JSONText.quote(s)
        }
    }
}

public enum JSONText {
    /// `{"k":v,...}` on one line, keys in the given order.
    public static func object(_ fields: [(String, JSONScalar)]) -> String {
        var s = "{"
        for (i, (k, v)) in fields.enumerated() {
            if i > 0 { s += "," }
            s += quote(k); s += ":"; s += v.text
        }
        return s + "}"
    }

    public static func quote(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if u.value < 0x20 {
                    out += String(format: "\\u%04x", u.value)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }

    /// Shortest text that reads back as the same number; integral values without `.0`.
    public static func number(_ d: Double) -> String {
        guard d.isFinite else { return "null" }
        if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
        return "\(d)"
    }
}
