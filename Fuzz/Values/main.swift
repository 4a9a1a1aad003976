import FuzzDriver
import Values

/// The Indonesian value tokenizer on arbitrary text, under every column hint: it must
/// return (a value or a problem), never trap.
@_cdecl("FuzzValues_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runFuzzer(argc, argv) { data, size in
        let text = String(decoding: UnsafeBufferPointer(start: data, count: data == nil ? 0 : size), as: UTF8.self)
        for hint in [ValueHint.none, .percent, .currency] {
            let r = ValueReader.read(text, hint: hint)
            // A reading with neither a value nor a problem is allowed only for blank text.
            _ = r.value == nil && r.problem == nil
        }
        return 0
    }
}
