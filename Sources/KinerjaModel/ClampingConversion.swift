/// `Int(x)` traps when `x` is NaN, infinite or beyond Int's range, and a hostile PDF can put
/// any of those in a coordinate (a rule at y = 1e300, a word box past the page, a zero scale).
/// Geometry converted to Int goes through this instead: it never traps.
extension Int {
    /// `x` truncated toward zero and clamped into `range`; NaN gives `nan` (clamped too).
    public init(clampingFinite x: Double, nan: Int = 0, in range: ClosedRange<Int> = Int.min...Int.max) {
        if x.isNaN { self = Swift.min(Swift.max(nan, range.lowerBound), range.upperBound); return }
        // Double(Int.max) rounds up to 2^63, which Int cannot hold: compare before converting.
        if x >= Double(range.upperBound) { self = range.upperBound; return }
        if x <= Double(range.lowerBound) { self = range.lowerBound; return }
        self = Int(x)
    }
}
