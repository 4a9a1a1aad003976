// Shared by the fuzz targets: libFuzzer's entry points, reached from SwiftPM's renamed
// `main` (SwiftPM links an executable's entry point as `<Target>_main`).

public typealias FuzzBody = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ body: FuzzBody) -> CInt

/// Hands control to libFuzzer with `body` as the target (argv as libFuzzer expects it).
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ body: FuzzBody) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v, body)
}

/// Reads fuzz bytes as numbers and choices, deterministically (same bytes, same input).
public struct FuzzBytes {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    public init(_ p: UnsafePointer<UInt8>?, _ n: Int) { bytes = UnsafeBufferPointer(start: p, count: p == nil ? 0 : n) }
    public var isEmpty: Bool { i >= bytes.count }
    public mutating func byte() -> UInt8 { defer { i += 1 }; return i < bytes.count ? bytes[i] : 0 }
    /// 0..<n
    public mutating func int(_ n: Int) -> Int { n <= 1 ? 0 : Int(UInt16(byte()) << 8 | UInt16(byte())) % n }
    /// A coordinate in 0...limit, sometimes an extreme (negative, huge, NaN-free).
    public mutating func coordinate(_ limit: Double) -> Double {
        switch byte() % 16 {
        case 0: return -Double(int(1000))
        case 1: return 1e9
        default: return Double(int(Int(limit) * 4)) / 4
        }
    }
    public mutating func string(max: Int) -> String {
        let n = int(max + 1)
        var s: [UInt8] = []
        for _ in 0..<n { s.append(byte()) }
        return String(decoding: s, as: UTF8.self)
    }
}
