import Foundation

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
    public static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        let isLink = (st.st_mode & S_IFMT) == S_IFLNK
        if isLink {
            guard stat(path, &st) == 0 else { return .missing }
            switch st.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .symlinkToDirectory
            default: return .other
            }
        }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    public static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }
}
