import FoundationEssentials
import Output

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

/// One-line JSON for manifest lines and JSONL rows, written by Output's `JSON` (one
/// quoting and number-formatting routine for the whole tool).
public enum JSONText {
    /// `{"k":v,...}` on one line, keys in the given order.
    public static func object(_ fields: [(String, JSONScalar)]) -> String {
        JSON.object(fields.map { ($0.0, $0.1.json) }).compact()
    }

    public static func quote(_ s: String) -> String { JSON.string(s).compact() }

    /// Shortest text that reads back as the same number; integral values without `.0`.
    public static func number(_ d: Double) -> String { JSON.format(d) }
}

extension JSONScalar {
    var json: JSON {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .number(Double(i))
        case .double(let d): return .number(d)
        case .string(let s): return .string(s)
        }
    }
}
