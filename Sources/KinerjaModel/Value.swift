/// What kind of measure a cell holds (CONTRACT.md, Values).
public enum ValueKind: String, Sendable, Codable, CaseIterable {
    case percent, number, currency, quantity, grade, opinion, text
}

/// A measure read from a cell: the raw text always, and a normalised value when it can
/// be read without guessing.
public struct Value: Sendable, Hashable {
    public enum Payload: Sendable, Hashable {
        case number(Double)
        case string(String)
        case none
    }
    public var raw: String
    public var kind: ValueKind
    public var payload: Payload
    /// Normalised unit for quantities (`kali`, `laporan`, `orang`, ...).
    public var unit: String?

    public init(raw: String, kind: ValueKind, payload: Payload, unit: String? = nil) {
        self.raw = raw; self.kind = kind; self.payload = payload; self.unit = unit
    }

    public var number: Double? { if case .number(let n) = payload { return n } else { return nil } }
    public var string: String? { if case .string(let s) = payload { return s } else { return nil } }
}
