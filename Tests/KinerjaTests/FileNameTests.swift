import Foundation
import Testing
@testable import Kinerja

/// `source.file` is read from the path's bytes: it must be what the URL gave before, on
/// every kind of path a readable file may have (and on the ones it may not).
@Suite("Pipeline: the source file's name")
struct FileNameTests {
    @Test func sameAsTheURLsLastComponent() {
        let names = ["x.pdf", "LKjIP 2024 (final).pdf", "a%41b.pdf", "a#b?c;d.pdf", "100%.pdf", "café.pdf", "cafe\u{301}.pdf",
                     "caf\u{FFFD}.pdf", "back\\slash.pdf", "~x.pdf", ".hidden.pdf", "a b", "x..pdf", "…", "ﬁle.pdf", "+ -=.pdf"]
        let dirs = ["", "./", "../", "dir/", "/tmp/", "a//b/", "/", "a/./b/", "a/../b/", "~/", "sp ace/", "%20/"]
        var paths: [String] = []
        for d in dirs { for n in names { paths.append(d + n) } }
        paths += ["", "/", ".", "..", "a/", "a/.", "a/..", "//", "a//", "/tmp/x.pdf/"]
        for p in paths {
            #expect(Extractor.fileName(of: p) == URL(fileURLWithPath: p).lastPathComponent, "\(p.debugDescription)")
        }
    }
}
