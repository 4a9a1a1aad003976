import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// One input found by `InputDiscovery`.
public struct DiscoveredInput: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case file
        /// Named on the command line but not there.
        case missing
        /// A directory that could not be listed.
        case unreadable(String)
        /// A different input already maps to the same output name (e.g. `a.pdf` and `a.PDF`).
        case duplicate
    }
    /// Absolute, normalized path of the input.
    public var path: String
    /// Path relative to the discovery base, `/`-separated: the input's name in the manifest.
    public var relativePath: String
    /// Where its JSON goes, relative to the output directory (`a/b.pdf` -> `a/b.json`).
    public var outputPath: String
    public var kind: Kind
    /// The path's bytes when its name is not UTF-8 (`path` then shows U+FFFD in their place).
    public var rawPath: [UInt8]? = nil
}

/// Expands command-line PATHs (files, directories walked recursively, glob(3) patterns)
/// into a lazy, deterministic stream of inputs.
///
/// Names: every input is named relative to one *base*, the deepest directory containing
/// all the arguments (a directory argument itself, a file's parent, a pattern's fixed
/// prefix). `batch archive --out o` writes `o/2024/x.json` for `archive/2024/x.pdf`;
/// `batch a/x.pdf b/x.pdf --out o` writes `o/a/x.json` and `o/b/x.json` — the input tree is
/// mirrored, so two inputs never share an output. The names do not depend on where the
/// archive is mounted, which keeps shards and resume stable across machines.
///
/// Memory: directories are listed one at a time as the walk reaches them; nothing but a
/// small stack of listings and two 8-byte hashes per yielded input (duplicate detection)
/// is held.
public struct InputDiscovery: Sequence, Sendable {
    /// A command-line input; `raw` holds its path's bytes when they are not UTF-8.
    enum Root: Sendable, Hashable { case file(String, raw: [UInt8]?), directory(String, raw: [UInt8]?), missing(String) }

    let roots: [Root]
    /// The directory every relative path is relative to.
    public let base: String
    /// Patterns that matched nothing (the caller should say so).
    public let unmatchedPatterns: [String]
    /// Absolute directories never entered (the output directory, when it sits inside an input tree).
    public var excluded: Set<String>
    public var shard: Shard?

    /// `rawArguments`, when given, are the arguments' own bytes (one per argument): a name
    /// that is not UTF-8 reaches Swift "repaired" into U+FFFD, which names no file.
    public init(arguments: [String], rawArguments: [[UInt8]]? = nil, cwd: String = FileManager.default.currentDirectoryPath,
                excluding excluded: [String] = [], shard: Shard? = nil) {
        var roots: [Root] = [], anchors: [String] = [], unmatched: [String] = []
        for (i, arg) in arguments.enumerated() {
            var abs = PathUtil.absolute(arg, cwd: cwd)
            var rawAbs: [UInt8]? = nil
            if let raw = rawArguments?[i], !PathUtil.isUTF8(raw) {
                let bytes = PathUtil.absolute(raw: raw, cwd: cwd)
                rawAbs = bytes
                abs = String(decoding: bytes, as: UTF8.self)
            }
            switch rawAbs.map({ PathUtil.kind(raw: $0) }) ?? PathUtil.kind(abs) {
            case .directory, .symlinkToDirectory:
                roots.append(.directory(abs, raw: rawAbs)); anchors.append(abs)
            case .file, .other:
                roots.append(.file(abs, raw: rawAbs)); anchors.append(PathUtil.parent(abs))
            case .missing:
                if PathUtil.hasGlobCharacters(arg) {
                    let pattern = arg.hasPrefix("/") ? arg : cwd + "/" + arg
                    anchors.append(InputDiscovery.fixedPrefix(of: pattern))
                    let matches = InputDiscovery.glob(pattern)
                    if matches.isEmpty { unmatched.append(arg) }
                    for m in matches {
                        let p = PathUtil.absolute(m, cwd: cwd)
                        switch PathUtil.kind(p) {
                        case .directory, .symlinkToDirectory: roots.append(.directory(p, raw: nil))
                        case .missing: continue
                        default: roots.append(.file(p, raw: nil))
                        }
                    }
                } else {
                    roots.append(.missing(abs)); anchors.append(PathUtil.parent(abs))
                }
            }
        }
        self.roots = roots
        self.base = PathUtil.commonAncestor(anchors.isEmpty ? [PathUtil.absolute(cwd)] : anchors)
        self.unmatchedPatterns = unmatched
        self.excluded = Set(excluded.map { PathUtil.absolute($0, cwd: cwd) })
        self.shard = shard
    }

    /// The directory part of a pattern before its first component with a wildcard.
    static func fixedPrefix(of pattern: String) -> String {
        var fixed: [Substring] = []
        for c in pattern.split(separator: "/", omittingEmptySubsequences: true) {
            if PathUtil.hasGlobCharacters(String(c)) { break }
            fixed.append(c)
        }
        return PathUtil.absolute("/" + fixed.joined(separator: "/"))
    }

    /// glob(3), sorted in a locale-independent order.
    static func glob(_ pattern: String) -> [String] {
        var g = glob_t()
        defer { globfree(&g) }
        let flags = Int32(GLOB_TILDE | GLOB_BRACE)
        guard Glibc.glob(pattern, flags, nil, &g) == 0 else { return [] }
        var out: [String] = []
        for i in 0..<Int(g.gl_pathc) {
            if let p = g.gl_pathv[i] { out.append(String(cString: p)) }
        }
        return out.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    public func makeIterator() -> Iterator { Iterator(discovery: self) }

    public struct Iterator: IteratorProtocol, Sendable {
        let discovery: InputDiscovery
        var rootIndex = 0
        /// Directory listings being walked, innermost last (raw bytes: names need not be UTF-8).
        var stack: [(dir: [UInt8], names: [[UInt8]], next: Int)] = []
        /// Pending items to yield before walking on (e.g. an unreadable directory).
        var pending: [DiscoveredInput] = []
        /// Hashes of the input names and output names yielded so far.
        var seenInputs = Set<UInt64>()
        var seenOutputs = Set<UInt64>()

        init(discovery: InputDiscovery) { self.discovery = discovery }

        public mutating func next() -> DiscoveredInput? {
            while let raw = nextRaw() {
                if let shard = discovery.shard, !shard.contains(raw.outputPath) { continue }
                guard seenInputs.insert(FNV1a.hash(raw.relativePath)).inserted else { continue }  // named twice
                if case .file = raw.kind, !seenOutputs.insert(FNV1a.hash(raw.outputPath)).inserted {
                    var dup = raw
                    dup.kind = .duplicate
                    return dup
                }
                return raw
            }
            return nil
        }

        private func item(_ path: String, _ kind: DiscoveredInput.Kind, raw: [UInt8]? = nil) -> DiscoveredInput {
            let rel = PathUtil.relative(path, to: discovery.base)
            return DiscoveredInput(path: path, relativePath: rel,
                                   outputPath: PathUtil.outputRelativePath(forInput: rel), kind: kind,
                                   rawPath: raw.flatMap { PathUtil.isUTF8($0) ? nil : $0 })
        }

        private mutating func nextRaw() -> DiscoveredInput? {
            while true {
                if !pending.isEmpty { return pending.removeFirst() }
                if !stack.isEmpty {
                    let top = stack.count - 1
                    if stack[top].next >= stack[top].names.count { stack.removeLast(); continue }
                    let rawName = stack[top].names[stack[top].next]
                    stack[top].next += 1
                    if rawName.first == 0x2E { continue }  // hidden
                    let raw = stack[top].dir == [0x2F] ? [0x2F] + rawName : stack[top].dir + [0x2F] + rawName
                    let path = String(decoding: raw, as: UTF8.self)
                    let name = String(decoding: rawName, as: UTF8.self)
                    switch PathUtil.kind(raw: raw) {
                    case .directory:
                        if discovery.excluded.contains(path) { continue }
                        push(raw)
                    case .file, .other:
                        // A FIFO or device named *.pdf is listed too: it is refused with
                        // its reason (never opened for reading), not skipped in silence.
                        if PathUtil.isPDFName(name) { return item(path, .file, raw: raw) }
                    default:
                        continue  // links to directories are not followed (no loops), sockets etc. skipped
                    }
                    continue
                }
                guard rootIndex < discovery.roots.count else { return nil }
                let root = discovery.roots[rootIndex]
                rootIndex += 1
                switch root {
                case .file(let p, let raw): return item(p, .file, raw: raw)
                case .missing(let p): return item(p, .missing)
                case .directory(let p, let raw):
                    if discovery.excluded.contains(p) { continue }
                    push(raw ?? Array(p.utf8))
                }
            }
        }

        private mutating func push(_ dir: [UInt8]) {
            do {
                stack.append((dir, try PathUtil.listDirectory(dir), 0))
            } catch BatchError.io(_, let reason) {
                pending.append(item(String(decoding: dir, as: UTF8.self), .unreadable("cannot list the directory: \(reason)"), raw: dir))
            } catch {
                pending.append(item(String(decoding: dir, as: UTF8.self), .unreadable("cannot list the directory: \(error)"), raw: dir))
            }
        }
    }
}
