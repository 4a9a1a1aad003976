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
    /// The bound the document writes before the number (`≥ 80`, `<10`, `min. 80%`): the
    /// value is that bound, not an exact figure. nil for a plain value.
    public var comparator: Comparator?
    /// A range the document writes instead of one figure (`98,00 - 98,50`, a Renstra target):
    /// both ends, with `payload` `.none` (a range is not one number). nil for anything else.
    public var range: ClosedRange<Double>?

    /// A bound written before a number, as the output writes it.
    public enum Comparator: String, Sendable, Hashable, CaseIterable {
        case atLeast = ">=", greaterThan = ">", atMost = "<=", lessThan = "<"
    }

    public init(raw: String, kind: ValueKind, payload: Payload, unit: String? = nil, comparator: Comparator? = nil) {
        self.raw = raw; self.kind = kind; self.payload = payload; self.unit = unit; self.comparator = comparator
    }

    public var number: Double? { if case .number(let n) = payload { return n } else { return nil } }
    public var string: String? { if case .string(let s) = payload { return s } else { return nil } }
}
