import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Lexical path arithmetic: absolute paths, `.`/`..` removal, common ancestors and
/// relative paths. Symbolic links are not resolved, so the names a user sees are the
/// names that end up in the output tree and the manifest.
public enum PathUtil {
    /// `path` made absolute against `cwd` and normalized (no `.`, `..`, `//`, trailing `/`).
    public static func absolute(_ path: String, cwd: String = FileManager.default.currentDirectoryPath) -> String {
        let joined = path.hasPrefix("/") ? path : cwd + "/" + path
        var parts: [Substring] = []
        for c in joined.split(separator: "/", omittingEmptySubsequences: true) {
            if c == "." { continue }
            if c == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `absolute` on a path's raw bytes (a name that is not UTF-8 stays as it is).
    public static func absolute(raw path: [UInt8], cwd: String = FileManager.default.currentDirectoryPath) -> [UInt8] {
        let joined = path.first == 0x2F ? path : Array(cwd.utf8) + [0x2F] + path
        var parts: [ArraySlice<UInt8>] = []
        for c in joined.split(separator: 0x2F, omittingEmptySubsequences: true) {
            if c.elementsEqual([0x2E]) { continue }
            if c.elementsEqual([0x2E, 0x2E]) { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(c)
        }
        var out: [UInt8] = []
        for p in parts { out.append(0x2F); out += p }
        return out.isEmpty ? [0x2F] : out
    }

    public static func components(_ absolutePath: String) -> [Substring] {
        absolutePath.split(separator: "/", omittingEmptySubsequences: true)
    }

    /// The deepest directory that contains every path (all absolute and normalized).
    public static func commonAncestor(_ paths: [String]) -> String {
        guard var common = paths.first.map(components) else { return "/" }
        for p in paths.dropFirst() {
            let c = components(p)
            var n = 0
            while n < common.count, n < c.count, common[n] == c[n] { n += 1 }
            common = Array(common.prefix(n))
        }
        return "/" + common.joined(separator: "/")
    }

    /// `path` relative to `base` (both absolute, normalized; `path` inside `base`).
    public static func relative(_ path: String, to base: String) -> String {
        let b = components(base), p = components(path)
        guard p.count >= b.count, Array(p.prefix(b.count)) == b else {
            return p.joined(separator: "/")
        }
        return p.dropFirst(b.count).joined(separator: "/")
    }

    public static func parent(_ absolutePath: String) -> String {
        var c = components(absolutePath)
        if !c.isEmpty { c.removeLast() }
        return "/" + c.joined(separator: "/")
    }

    public static func lastComponent(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// `a/b.pdf` -> `a/b.json`; a name not ending in `.pdf` (any case) keeps it: `a/b.txt.json`.
    public static func outputRelativePath(forInput relativePath: String) -> String {
        let lower = relativePath.lowercased()
        if lower.hasSuffix(".pdf"), relativePath.count > 4 {
            return String(relativePath.dropLast(4)) + ".json"
        }
        return relativePath + ".json"
    }

    public static func isPDFName(_ name: String) -> Bool { name.lowercased().hasSuffix(".pdf") }

    public static func hasGlobCharacters(_ s: String) -> Bool {
        s.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    /// Creates `dir` and its parents; fine if it exists.
    public static func makeDirectories(_ dir: String) throws {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    }

    public enum Kind { case file, directory, symlinkToDirectory, other, missing }

    /// What is at `path` (symbolic links followed for files; a link to a directory is told apart).
    public static func kind(_ path: String) -> Kind { kind(raw: Array(path.utf8)) }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// `kind` on raw path bytes (a name that is not UTF-8 is read as it is).
    public static func kind(raw: [UInt8]) -> Kind {
        (raw + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { c in
                var st = stat()
                guard lstat(c, &st) == 0 else { return Kind.missing }
                let isLink = (st.st_mode & S_IFMT) == S_IFLNK
                if isLink { guard stat(c, &st) == 0 else { return .missing } }
                switch st.st_mode & S_IFMT {
                case S_IFREG: return .file
                case S_IFDIR: return isLink ? .symlinkToDirectory : .directory
                default: return .other
                }
            }
        }
    }

    /// The names in a directory as raw bytes (readdir(3)): FileManager drops or mangles
    /// names that are not UTF-8. Sorted bytewise; `.` and `..` left out.
    public static func listDirectory(_ dir: [UInt8]) throws -> [[UInt8]] {
        let d = (dir + [0]).withUnsafeBufferPointer { p in
            p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: p.count) { opendir($0) }
        }
        guard let d else { throw BatchError.io(String(decoding: dir, as: UTF8.self), String(cString: strerror(errno))) }
        defer { closedir(d) }
        var names: [[UInt8]] = []
        while let e = readdir(d) {
            let name: [UInt8] = withUnsafeBytes(of: &e.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            names.append(name)
        }
        return names.sorted { $0.lexicographicallyPrecedes($1) }
    }

    /// True when the bytes are valid UTF-8 (a String round-trips them).
    public static func isUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}
