import Foundation
import KinerjaModel

/// Document type, instansi and tahun from the first pages' text (the cover decides:
/// a report that carries other documents as appendices has the type of its cover).
public enum DocumentInfoReader {
    /// `lines` are the text lines of the first pages in reading order, with their page and font size.
    public static func read(lines: [(text: String, page: Int, size: Double)]) -> DocumentInfo {
        let type = documentType(lines)
        let instansi = findInstansi(lines)
        let tahun = findTahun(lines, type: type)
        return DocumentInfo(type: type, instansi: instansi, tahun: tahun)
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static let typePatterns: [(String, DocumentType)] = [
        ("rencana aksi reformasi birokrasi", .rencanaAksiRB),
        ("laporan akuntabilitas kinerja", .lkjip),
        ("laporan kinerja", .lkjip),
        ("lakip", .lkjip),
        ("lkjip", .lkjip),
        ("perjanjian kinerja", .perjanjianKinerja),
        ("penetapan kinerja", .perjanjianKinerja),
        ("rencana kinerja tahunan", .rencanaKinerjaTahunan),
        ("rencana aksi", .rencanaAksiKinerja),
        ("rencana strategis", .renstra),
        ("renstra", .renstra),
    ]

    /// The first title phrase on the first page(s); the cover's largest text wins ties.
    static func documentType(_ lines: [(text: String, page: Int, size: Double)]) -> DocumentType {
        // Join the first page's lines so a title split over lines ("LAPORAN" / "AKUNTABILITAS KINERJA") matches.
        for page in Set(lines.map(\.page)).sorted().prefix(2) {
            let pageLines = lines.filter { $0.page == page }
            let joined = fold(pageLines.map(\.text).joined(separator: " "))
            var best: (pos: String.Index, type: DocumentType)? = nil
            for (pattern, type) in typePatterns {
                if let r = joined.range(of: pattern), best == nil || r.lowerBound < best!.pos {
                    best = (r.lowerBound, type)
                }
            }
            if let best { return best.type }
        }
        return .unknown
    }

    /// Words that end an agency name on a cover or in a sentence.
    static let nameStops: Set<String> = [
        "laporan", "tahun", "perjanjian", "rencana", "sekretariat", "sekretaris", "ketua", "nomor", "tentang",
        "keputusan", "kinerja", "akuntabilitas", "alamat", "jl", "telp", "dan", "yang", "adalah", "dengan",
        "pada", "di", "untuk", "dalam", "sesuai", "kabupaten", "kota", "provinsi", "pemerintah", "salinan",
        "lampiran", "selaku", "periode", "komisi", "kpu", "sebagai", "berikut", "telah", "merupakan",
    ]

    /// `KPU Kabupaten X` / `Komisi Pemilihan Umum Provinsi X`, normalised to `KPU <level> <Name>`;
    /// the name may run over a line break (covers break titles anywhere) and ends at a stop
    /// word, a lower-case word, punctuation or after four words. Other agencies come from
    /// `Unit Organisasi : …` / `Instansi : …`.
    static func findInstansi(_ lines: [(text: String, page: Int, size: Double)]) -> String? {
        let text = lines.prefix(120).map(\.text).joined(separator: " ")
        let tokens = text.split(whereSeparator: \.isWhitespace).map(String.init)
        let lower = tokens.map { $0.lowercased() }
        for i in tokens.indices {
            var j = i
            if lower[i] == "kpu" { j = i + 1 }
            else if lower[i] == "komisi", i + 2 < tokens.count, lower[i + 1] == "pemilihan", lower[i + 2] == "umum" { j = i + 3 }
            else { continue }
            guard j < tokens.count else { continue }
            let levelRaw = lower[j].trimmingCharacters(in: .punctuationCharacters)
            let level: String
            switch levelRaw {
            case "kabupaten", "kab": level = "Kabupaten"
            case "kota": level = "Kota"
            case "provinsi", "prov": level = "Provinsi"
            default: continue
            }
            var name: [String] = []
            var k = j + 1
            while k < tokens.count, name.count < 4 {
                let t = tokens[k]
                let bare = t.trimmingCharacters(in: .punctuationCharacters)
                guard let first = bare.first, first.isUppercase, !nameStops.contains(bare.lowercased()) else { break }
                name.append(bare)
                if bare != t { break }   // "Utara," or "Utara." ends the name
                k += 1
            }
            if !name.isEmpty { return "KPU \(level) \(titleCase(name.joined(separator: " ")))" }
        }
        let joined = lines.prefix(120).map(\.text).joined(separator: "\n")
        let labelled = #"(?im)^\s*(?:nama\s*/?\s*unit\s+organisasi|unit\s+organisasi|instansi|satuan\s+kerja|nama\s+instansi)\s*:\s*(.+)$"#
        if let re = try? NSRegularExpression(pattern: labelled),
           let m = re.firstMatch(in: joined, range: NSRange(joined.startIndex..., in: joined)),
           let r = Range(m.range(at: 1), in: joined) {
            return titleCase(String(joined[r]).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Capitalises each word but keeps acronyms (OKU, DPRD) upper-case.
    static func titleCase(_ s: String) -> String {
        s.split(whereSeparator: \.isWhitespace).map { w -> String in
            let word = String(w)
            if word.count <= 3, word == word.uppercased(), word.rangeOfCharacter(from: .letters) != nil,
               !["DAN", "DI"].contains(word) { return word }
            return word.prefix(1).uppercased() + word.dropFirst().lowercased()
        }.joined(separator: " ")
    }

    /// `TAHUN 2024`, `TAHUN : 2025`, `Tahun Anggaran 2024` on the first page(s); else the
    /// most frequent year of the cover.
    static func findTahun(_ lines: [(text: String, page: Int, size: Double)], type: DocumentType) -> Int? {
        let first = lines.prefix(150)
        let re = try! NSRegularExpression(pattern: #"(?i)\btahun(?:\s+anggaran)?\s*:?\s*(20\d\d)\b"#)
        // Look line by line and also across a line break ("TAHUN" / ": 2025").
        let joined = first.map(\.text).joined(separator: " ")
        if let m = re.firstMatch(in: joined, range: NSRange(joined.startIndex..., in: joined)),
           let r = Range(m.range(at: 1), in: joined) { return Int(joined[r]) }
        var counts: [Int: Int] = [:]
        let yr = try! NSRegularExpression(pattern: #"\b(20\d\d)\b"#)
        for l in first where l.page == first.first?.page {
            for m in yr.matches(in: l.text, range: NSRange(l.text.startIndex..., in: l.text)) {
                if let r = Range(m.range(at: 1), in: l.text), let y = Int(l.text[r]) { counts[y, default: 0] += 1 }
            }
        }
        return counts.max { ($0.value, $0.key) < ($1.value, $1.key) }?.key
    }
}
