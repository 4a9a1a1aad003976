import KinerjaModel
@testable import Layout
import Testing

/// The raster rule finder turns lengths in points into pixels with `Int(_:)`: a scale of
/// infinity, NaN or 1e300 (a hostile page size upstream) must not trap.
@Test(arguments: [1e300, .infinity, .nan, -.infinity, 0])
func rasterRulingsSurviveAHostileScale(_ scale: Double) {
    let w = 60, h = 40
    var px = [UInt8](repeating: 255, count: w * h)
    for x in 5..<55 { px[20 * w + x] = 0 }
    _ = RasterRulings().find(in: GrayImage(width: w, height: h, pixels: px), scale: scale)
}

@Test func clampingFiniteConversion() {
    #expect(Int(clampingFinite: 3.9) == 3)
    #expect(Int(clampingFinite: -3.9) == -3)
    #expect(Int(clampingFinite: .nan) == 0)
    #expect(Int(clampingFinite: .nan, nan: 7) == 7)
    #expect(Int(clampingFinite: 1e300) == .max)
    #expect(Int(clampingFinite: .infinity) == .max)
    #expect(Int(clampingFinite: -.infinity) == .min)
    #expect(Int(clampingFinite: 9.3e18) == .max)
    #expect(Int(clampingFinite: 1e9, in: 0...4096) == 4096)
    #expect(Int(clampingFinite: -5, in: 0...4096) == 0)
}
