import Foundation
import Testing
@testable import Batch

@Suite struct DiscoveryTests {
    @Test func pathArithmetic() {
        #expect(PathUtil.absolute("a/./b/../c", cwd: "/x/y") == "/x/y/a/c")
        #expect(PathUtil.absolute("/a//b/", cwd: "/x") == "/a/b")
        #expect(PathUtil.absolute("../../..", cwd: "/x") == "/")
        #expect(PathUtil.commonAncestor(["/a/b/c", "/a/b/d/e", "/a/b"]) == "/a/b")
        #expect(PathUtil.commonAncestor(["/a/bc", "/a/b"]) == "/a")
        #expect(PathUtil.commonAncestor(["/x", "/y"]) == "/")
        #expect(PathUtil.relative("/a/b/c.pdf", to: "/a") == "b/c.pdf")
        #expect(PathUtil.relative("/a/b/c.pdf", to: "/") == "a/b/c.pdf")
        #expect(PathUtil.outputRelativePath(forInput: "2024/LKjIP.PDF") == "2024/LKjIP.json")
        #expect(PathUtil.outputRelativePath(forInput: "x.pdf") == "x.json")
        #expect(PathUtil.outputRelativePath(forInput: "notes.txt") == "notes.txt.json")
    }

    func tree() -> TempDir {
        let d = TempDir("disc")
        d.write("archive/2023/lkjip.pdf", "%PDF")
        d.write("archive/2023/pk.PDF", "%PDF")
        d.write("archive/2023/readme.txt", "x")
        d.write("archive/2024/lkjip.pdf", "%PDF")
        d.write("archive/2024/sub/deep/rkt.pdf", "%PDF")
        d.write("archive/2024/.hidden.pdf", "%PDF")
        d.write("archive/.cache/x.pdf", "%PDF")
        d.write("loose/a.pdf", "%PDF")
        return d
    }

    @Test func directoryIsWalkedRecursivelyInNameOrder() {
        let d = tree()
        defer { d.cleanup() }
        let found = InputDiscovery(arguments: ["archive"], cwd: d.path).map(\.relativePath)
        #expect(found == ["2023/lkjip.pdf", "2023/pk.PDF", "2024/lkjip.pdf", "2024/sub/deep/rkt.pdf"])
    }

    @Test func severalDirectoriesMirrorTheTreeBelowTheirCommonFolder() {
        let d = tree()
        defer { d.cleanup() }
        let disc = InputDiscovery(arguments: ["archive/2023", "archive/2024"], cwd: d.path)
        #expect(disc.base == d.sub("archive"))
        let items = Array(disc)
        #expect(items.map(\.outputPath) == ["2023/lkjip.json", "2023/pk.json", "2024/lkjip.json", "2024/sub/deep/rkt.json"])
        #expect(items.allSatisfy { $0.kind == .file })
    }

    @Test func filesAreNamedByBaseNameOrByTheirFolderWhenFromSeveralFolders() {
        let d = tree()
        defer { d.cleanup() }
        #expect(InputDiscovery(arguments: ["archive/2024/lkjip.pdf"], cwd: d.path).map(\.relativePath) == ["lkjip.pdf"])
        let two = InputDiscovery(arguments: ["archive/2023/lkjip.pdf", "archive/2024/lkjip.pdf"], cwd: d.path)
        #expect(two.map(\.outputPath) == ["2023/lkjip.json", "2024/lkjip.json"])
        // An explicitly named file is taken whatever its extension.
        #expect(InputDiscovery(arguments: ["archive/2023/readme.txt"], cwd: d.path).map(\.outputPath) == ["readme.txt.json"])
    }

    @Test func globsAreExpanded() {
        let d = tree()
        defer { d.cleanup() }
        let disc = InputDiscovery(arguments: ["archive/*/lkjip.pdf"], cwd: d.path)
        #expect(disc.base == d.sub("archive"))
        #expect(disc.map(\.relativePath) == ["2023/lkjip.pdf", "2024/lkjip.pdf"])
        // A pattern matching directories walks them.
        #expect(InputDiscovery(arguments: [d.sub("archive/202[4]")], cwd: "/").map(\.relativePath)
                == ["2024/lkjip.pdf", "2024/sub/deep/rkt.pdf"])
        let none = InputDiscovery(arguments: ["archive/*.doc"], cwd: d.path)
        #expect(Array(none).isEmpty)
        #expect(none.unmatchedPatterns == ["archive/*.doc"])
    }

    @Test func missingArgumentsAreReportedAsInputs() {
        let d = tree()
        defer { d.cleanup() }
        let items = Array(InputDiscovery(arguments: ["loose/a.pdf", "loose/nope.pdf"], cwd: d.path))
        #expect(items.map(\.relativePath) == ["a.pdf", "nope.pdf"])
        #expect(items[1].kind == .missing)
    }

    @Test func sameFileTwiceIsTakenOnceAndNameClashesAreFlagged() {
        let d = TempDir("dup")
        defer { d.cleanup() }
        d.write("in/x.pdf", "%PDF"); d.write("in/x.PDF", "%PDF"); d.write("in/y.pdf", "%PDF")
        let items = Array(InputDiscovery(arguments: ["in", "in/y.pdf", "in"], cwd: d.path))
        #expect(items.map(\.relativePath) == ["x.PDF", "x.pdf", "y.pdf"])
        #expect(items.map(\.kind) == [.file, .duplicate, .file])
    }

    @Test func outputDirectoryInsideTheInputTreeIsNotEntered() {
        let d = TempDir("excl")
        defer { d.cleanup() }
        d.write("a.pdf", "%PDF"); d.write("out/b.pdf", "%PDF")
        let items = InputDiscovery(arguments: ["."], cwd: d.path, excluding: ["out"]).map(\.relativePath)
        #expect(items == ["a.pdf"])
    }

    @Test func symlinkedDirectoriesAreNotFollowed() {
        let d = TempDir("link")
        defer { d.cleanup() }
        d.write("in/a.pdf", "%PDF")
        symlink(d.sub("in"), d.sub("in/loop"))
        symlink(d.sub("in/a.pdf"), d.sub("in/link.pdf"))
        #expect(InputDiscovery(arguments: ["in"], cwd: d.path).map(\.relativePath) == ["a.pdf", "link.pdf"])
    }

    @Test func discoveryIsLazy() {
        // The iterator yields before the walk is complete: taking 3 of 500 touches little.
        let d = TempDir("lazy")
        defer { d.cleanup() }
        for i in 0..<500 { d.write("in/d\(i / 50)/f\(i).pdf", "%PDF") }
        var it = InputDiscovery(arguments: ["in"], cwd: d.path).makeIterator()
        for _ in 0..<3 { #expect(it.next() != nil) }
        #expect(it.stack.count <= 2)
    }
}
