import Foundation
import Testing
@testable import Interpretation

/// `Consistency.statedCounts` reads ASCII pages with a byte scanner: it finds the matches of
/// `countStatement` (in order, without overlap) with the same four groups.
@Suite("Interpretation: stated counts scanned as the expression finds them")
struct CountStatementScanTests {
    static func regexMatches(_ text: String) -> [[String]] {
        let ns = text as NSString
        return Consistency.countStatement.ns.matches(in: text, range: NSRange(location: 0, length: ns.length))
            .map { m in (1...4).map { ns.substring(with: m.range(at: $0)) } }
    }

    static func scanMatches(_ text: String) -> [[String]] {
        let b = Array(text.utf8)
        return Consistency.countStatementsASCII(b).map { m in
            [m.lead, m.count, m.words, m.tail].map { String(decoding: b[$0], as: UTF8.self) }
        }
    }

    @Test func sameMatchesAsTheExpression() {
        var texts = ["diukur melalui 14 (Empat Belas) indikator kinerja utama yang", "sebanyak 35 (Tiga Puluh Lima) indikator",
                     "terdapat 12 ( dua belas ) buah indikator, yaitu", "dengan 9 (sembilan)indikator", "x 5 (lima) indikatornya",
                     "ada 1234 (seribu) indikator", "(\n4 (empat)\nindikator\ntidak tercapai a b c d e f g",
                     "melalui 3(tiga)  buah  indikator\tkinerja", "dari 7 (tujuh ) buahindikator", "atas 6 (enam) buah indikator_x",
                     "yaitu 8 (delapan) BUAH INDIKATOR a b", "ke 10 (Se puluh) indikator dan 11 (sebelas) indikator lagi",
                     "ke 2 (du) indikator", "ke 2 (dua\nbelas) indikator", "ke\u{0B}2 (dua) indikator", "14 (Empat Belas) indikator",
                     " 14 (Empat Belas) indikator", "a  14 (Empat) indikator",
                     "total 3 (" + String(repeating: "a", count: 41) + ") indikator",
                     "total 3 (" + String(repeating: "a", count: 40) + " ) indikator"]
        texts += texts.map { "Kinerja " + $0 + " selesai.\nLalu " + $0 }
        for c in Array(0..<32) + [127] {
            let ch = String(UnicodeScalar(UInt8(c)))
            texts += ["ke 2 (dua) indikator a b c d e f g".replacingOccurrences(of: " ", with: ch), "x" + ch + "ke 2 (dua) indikator"]
        }
        var found = 0
        for t in texts {
            let r = Self.regexMatches(t)
            found += r.count
            #expect(r == Self.scanMatches(t), "\(t.debugDescription)")
        }
        #expect(found > 20)
    }
}
