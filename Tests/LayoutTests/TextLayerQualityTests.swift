import KinerjaModel
@testable import Layout
import Testing

private func words(_ text: String) -> [Word] {
    text.split(separator: " ").enumerated().map { i, t in
        Word(text: String(t), box: Rect(x0: Double(i) * 40, y0: 0, x1: Double(i) * 40 + 35, y1: 10), fontSize: 10)
    }
}

@Suite("Layout: does a text layer read as words")
struct TextLayerQualityTests {
    @Test func scannerOCRSlipsAreGarbled() {
        // From a scanner's hidden OCR layer over a Perjanjian Kinerja (berjanji, kinerja,
        // perjanjian, TIRTARASIH, pelaksanaan), and a page of an OCR'd regulation.
        for t in ["be~anji", "kine~a", "pe~anjian", "TI~RASIH", "pe1aksanaan", "r\\r\\C\\", "Hicir\\lz»T*QYYi",
                  "IW^lldlllllClll", "QQlmrtnpllQ", "Tfrntl", "\u{E001}\u{E002}", "Kинерджa"] {
            #expect(TextLayerQuality.isGarbled(t) == true, "\(t)")
        }
    }

    @Test func bornDigitalWordsAreNot() {
        // Acronyms with digits, codes, e-mail and web addresses, compounds, numbers with
        // units, abbreviations, English.
        for t in ["Perjanjian", "kinerja,", "BP3IPTEK", "DP3AP2", "Bp3Iptek", "SKPD", "LKjIP", "KOTA_BOGOR",
                  "bkpd@jabar", "dishub@jabarprov.go.id", "www.dlsh.jabarprov.go.id", "perundang-undangan",
                  "(SNI)", "Rp.", "km2", "COVID-19", "R&D", "strengths", "Bangkrut",
                  "Tahun", "Indikator:", "“Sasaran”", "Pemda", "dll.", "yg",
                  "DBHCHT-Penguatan", "BPSBCiganitri,", "(downstream)", "(LP2B)."] {
            #expect(TextLayerQuality.isGarbled(t) == false, "\(t)")
        }
    }

    @Test func numbersAndMarksAreNotJudged() {
        for t in ["768.495", "1.1.", "100%", "-", "(%)", "2016", "a", "12,5", "m2", "2015/2016"] {
            #expect(TextLayerQuality.isGarbled(t) == nil, "\(t)")
        }
    }

    @Test func tallyCountsJudgedWords() {
        let t = TextLayerQuality.tally(words("PIHAK KESATU be~anji akan mewujudkan target kine~a 2016 sesuai lampiran"))
        #expect(t.judged == 9)
        #expect(t.garbled == 2)
        #expect(t.examples == ["be~anji", "kine~a"])
    }

    @Test func scanLayerIsJudgedOverTheDocument() {
        // The letter page shows the engine's slips; the table page after it has none of
        // its own, but the same engine made it: both go.
        let letter = TextLayerQuality.Tally(judged: 135, garbled: 7)
        let table = TextLayerQuality.Tally(judged: 131, garbled: 0)
        #expect(TextLayerQuality.replacesScanLayer([letter, table]))
        // One slip is not a garbled layer; a clean layer stays.
        #expect(!TextLayerQuality.replacesScanLayer([TextLayerQuality.Tally(judged: 140, garbled: 1), table]))
        #expect(!TextLayerQuality.replacesScanLayer([table, table]))
        #expect(!TextLayerQuality.replacesScanLayer([]))
    }

    @Test func unreadablePageNeedsManyGarbledWords() {
        #expect(TextLayerQuality.isUnreadable(TextLayerQuality.Tally(judged: 40, garbled: 20)))
        #expect(!TextLayerQuality.isUnreadable(TextLayerQuality.Tally(judged: 40, garbled: 3)))
        #expect(!TextLayerQuality.isUnreadable(TextLayerQuality.Tally(judged: 6, garbled: 6)))
    }

    @Test func textInAnotherScriptIsNotGarbled() {
        // A Japanese or Arabic text layer is the page's text: never a reason to OCR.
        #expect(TextLayerQuality.isGarbled("東京都の人口") == nil)
        #expect(TextLayerQuality.isGarbled("الجدول") == nil)
        let page = TextLayerQuality.tally(words("平成 年度 予算 決算 東京都 大阪府 人口 世帯数 面積 合計 平均 増減 比率 前年 今年 項目 備考 単位 区分 地域 番号"))
        #expect(page.garbled == 0)
        // Latin and Cyrillic letters inside one word are a font's or an engine's guess.
        #expect(TextLayerQuality.isGarbled("kinеrja") == true)
    }

    /// The ASCII fast path judges every token as the Character path does (random tokens
    /// over the characters the rules look at, plus control characters).
    @Test func asciiPathAgreesWithCharacterPath() {
        let alphabet = Array("aeiouyAEIOUYbcdfghjklmnpqrstvwxzBCDFGHKLMNPST0123456789~^{}|\\`<>=()[].,;:!?\"'*-/&@_+ \t\r\n\u{7f}")
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let n = Int.random(in: 1...12, using: &rng)
            let token = String((0..<n).map { _ in alphabet.randomElement(using: &rng)! })
            #expect(TextLayerQuality.isGarbledASCII(Array(token.utf8)) == TextLayerQuality.isGarbledCharacters(token), "\(token.debugDescription)")
        }
        for token in ["Tfrntl", "BPSBCiganitri", "pe1aksanaan", "be~anji", "BP3IPTEK", "r\\r\\C\\", "kine~a", "ngths", "(x)", "-", "1.1."] {
            #expect(TextLayerQuality.isGarbledASCII(Array(token.utf8)) == TextLayerQuality.isGarbledCharacters(token), "\(token)")
        }
    }
}

/// The symbol sets of the garble judge asked of a Character: an ASCII one by its byte
/// (issue 10, CPU), the same answer as the sets.
@Suite("Layout: garble judge symbol look-ups by byte")
struct GarbleSymbolLookupTests {
    @Test func sameAsTheSets() {
        let characters: [Character] = (0..<0x80).map { Character(Unicode.Scalar(UInt8($0))) }
            + ["\r\n", "“", "”", "•", "–", "—", "¬", "§", "©", "«", "é", "\u{37E}", ";\u{301}", "(\u{301}"]
        for c in characters {
            #expect(TextLayerQuality.isSurrounding(c) == TextLayerQuality.surrounding.contains(c), "\(c.unicodeScalars.map(\.value))")
            #expect(TextLayerQuality.isOdd(c) == TextLayerQuality.oddSymbols.contains(c), "\(c.unicodeScalars.map(\.value))")
        }
    }
}
