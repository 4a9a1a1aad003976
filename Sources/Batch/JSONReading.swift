import FoundationEssentials

/// JSON read into `[String: Any]` trees as `JSONSerialization` gave them, without Foundation
/// proper (which links ICU: issue 10). Numbers and booleans are `JSONNumber` (where
/// JSONSerialization gave NSNumber, a boolean being 1 or 0), null is `JSONNull`, strings,
/// arrays and objects are `String`, `[Any]` and `[String: Any]`.
enum JSONReading {
    /// The top-level object of `data`; nil when it is not valid JSON or not an object.
    static func object(_ data: Data) -> [String: Any]? {
        (try? JSONDecoder().decode(Node.self, from: data))?.value as? [String: Any]
    }

    private struct Node: Decodable {
        let value: Any
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if c.decodeNil() { value = JSONNull() }
            else if let b = try? c.decode(Bool.self) { value = JSONNumber(b ? 1 : 0, isBool: true) }
            else if let d = try? c.decode(Double.self) { value = JSONNumber(d, isBool: false) }
            else if let s = try? c.decode(String.self) { value = s }
            else if let a = try? c.decode([Node].self) { value = a.map(\.value) as [Any] }
            else { value = try c.decode([String: Node].self).mapValues(\.value) as [String: Any] }
        }
    }
}

/// A JSON null (NSNull).
struct JSONNull {}

/// A JSON number or boolean (NSNumber).
struct JSONNumber {
    let doubleValue: Double
    let isBool: Bool
    init(_ d: Double, isBool: Bool) { doubleValue = d; self.isBool = isBool }
    var boolValue: Bool { doubleValue != 0 }
    /// NSNumber's `intValue`: truncated; Int.min out of range.
    var intValue: Int { doubleValue >= -9.2e18 && doubleValue <= 9.2e18 ? Int(doubleValue) : Int.min }
    /// `as? Int`: the number when it is a whole one.
    var exactInt: Int? { Int(exactly: doubleValue) }
}
