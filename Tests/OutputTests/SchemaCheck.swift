import Foundation

/// Runs the repo's real JSON Schema validator (`scripts/validate_schema.py`, Python
/// jsonschema installed by `make deps`) on a JSON text, so every output test checks the
/// schema the same way.
enum SchemaCheck {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The validator's exit status for `json`: 0 valid, 1 invalid.
    static func status(of json: String) throws -> Int32 {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kinerja-schema-\(getpid())-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", root.appendingPathComponent("scripts/validate_schema.py").path, file.path]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        return p.terminationStatus
    }
}
