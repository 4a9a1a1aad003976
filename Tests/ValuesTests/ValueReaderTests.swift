import KinerjaModel
import Testing
@testable import Values

/// One expected reading: the cell text, the column hint, and exactly what must come out.
struct Expected: Sendable, CustomTestStringConvertible {
    var raw: String
    var hint: ValueHint = .none
    var kind: ValueKind
    var payload: Value.Payload
    var unit: String? = nil

    var testDescription: String { "\"\(raw)\" (hint \(hint)) -> \(kind)" }

    static func percent(_ raw: String, _ n: Double, hint: ValueHint = .none) -> Expected {
        Expected(raw: raw, hint: hint, kind: .percent, payload: .number(n))
    }
    static func number(_ raw: String, _ n: Double) -> Expected {
        Expected(raw: raw, kind: .number, payload: .number(n))
    }
    static func currency(_ raw: String, _ n: Double, hint: ValueHint = .none) -> Expected {
        Expected(raw: raw, hint: hint, kind: .currency, payload: .number(n))
    }
    static func quantity(_ raw: String, _ n: Double, _ unit: String) -> Expected {
        Expected(raw: raw, kind: .quantity, payload: .number(n), unit: unit)
    }
    static func grade(_ raw: String, _ s: String) -> Expected {
        Expected(raw: raw, kind: .grade, payload: .string(s))
    }
    static func opinion(_ raw: String, _ s: String) -> Expected {
        Expected(raw: raw, kind: .opinion, payload: .string(s))
    }
    static func text(_ raw: String, hint: ValueHint = .none) -> Expected {
        Expected(raw: raw, hint: hint, kind: .text, payload: .none)
    }
}

/// Every distinct value form found in the target / realisasi / capaian / anggaran /
/// target-kegiatan columns of shared/seeds/*.txt.
let seedForms: [Expected] = [
    // Percentages: comma or dot decimals, with or without a space before `%`.
    .percent("100%", 100), .percent("100 %", 100), .percent("0%", 0), .percent("90%", 90),
    .percent("90 %", 90), .percent("100,00%", 100), .percent("0,00%", 0), .percent("97%", 97),
    .percent("97 %", 97), .percent("96%", 96), .percent("96 %", 96), .percent("99,87%", 99.87),
    .percent("99,85%", 99.85), .percent("97,10%", 97.1), .percent("98%", 98), .percent("95%", 95),
    .percent("95 %", 95), .percent("87%", 87), .percent("85,58%", 85.58), .percent("85,51%", 85.51),
    .percent("85 %", 85), .percent("99.42 %", 99.42), .percent("99,42 %", 99.42),
    .percent("99,98%", 99.98), .percent("99%", 99), .percent("96, 7 %", 96.7),
    .percent("96,7 %", 96.7), .percent("87.22 %", 87.22), .percent("87,22 %", 87.22),
    .percent("70 %", 70), .percent("88%", 88), .percent("67%", 67), .percent("98,00%", 98),
    .percent("97,76%", 97.76), .percent("97,70%", 97.7), .percent("95,26%", 95.26),
    .percent("88,24%", 88.24), .percent("86,76%", 86.76), .percent("86,57%", 86.57),
    .percent("80 %", 80), .percent("73%", 73), .percent("67,13%", 67.13), .percent("97.5 %", 97.5),
    .percent("91.57 %", 91.57), .percent("87.5 %", 87.5), .percent("75 %", 75),
    .percent("74.55 %", 74.55), .percent("73,1 %", 73.1), .percent("72 %", 72),
    // A bare number in a percent column (the capaian cell `73,1` next to `73%`).
    .percent("73,1", 73.1, hint: .percent), .percent("73", 73, hint: .percent),

    // Plain numbers: nilai, counts of logistics, scores with comma decimals.
    .number("97", 97), .number("95", 95), .number("100", 100), .number("80", 80), .number("79", 79),
    .number("78", 78), .number("77", 77), .number("76", 76), .number("88", 88), .number("0", 0),
    .number("503", 503), .number("226560", 226_560), .number("7199", 7199), .number("3581", 3581),
    .number("3238", 3238), .number("3018", 3018), .number("2012", 2012), .number("10885", 10885),
    .number("1006", 1006), .number("97.16", 97.16), .number("73,1", 73.1), .number("9,00", 9),
    .number("70,70", 70.7), .number("23,70", 23.7), .number("5,40", 5.4), .number("6,30", 6.3),
    .number("12,00", 12), .number("33,25", 33.25), .number("23,45", 23.45), .number("4,80", 4.8),
    .number("7,20", 7.2), .number("10,50", 10.5), .number("22,50", 22.5), .number("1,80", 1.8),
    .number("2,70", 2.7), .number("15,50", 15.5), .number("5,25", 5.25), .number("6,25", 6.25),
    .number("4,00", 4), .number("14,00", 14), .number("1.680", 1680),

    // Anggaran with dots: two or more thousands groups make it money without `Rp`.
    .currency("54.559.031.000", 54_559_031_000), .currency("2.928.042.000", 2_928_042_000),
    .currency("49.792.963.636", 49_792_963_636), .currency("2.848.973.746", 2_848_973_746),
    .currency("28.829.406.000", 28_829_406_000), .currency("1.258.160.000", 1_258_160_000),
    .currency("19.650.212.000", 19_650_212_000), .currency("1.981.161.000", 1_981_161_000),
    .currency("2.753.403.000", 2_753_403_000), .currency("5.516.984.000", 5_516_984_000),
    .currency("5.463.310.000", 5_463_310_000), .currency("27.835.310.000", 27_835_310_000),
    .currency("2.485.138.000", 2_485_138_000), .currency("2.764.680.000", 2_764_680_000),
    .currency("840.977.000", 840_977_000), .currency("163.362.000", 163_362_000),
    .currency("53.579.000", 53_579_000), .currency("22.958.000", 22_958_000),
    .currency("22.538.000", 22_538_000), .currency("15.182.000", 15_182_000),
    .currency("10.152.000", 10_152_000), .currency("57.487.073.000", 57_487_073_000),
    // Anggaran with commas (Pagu Anggaran column of the Banten RKT).
    .currency("1,159,691,000", 1_159_691_000), .currency("4,600,000", 4_600_000),
    .currency("39,044,000", 39_044_000), .currency("29,295,000", 29_295_000),
    .currency("9,000,000", 9_000_000), .currency("886,388,000", 886_388_000),
    .currency("81,348,000", 81_348_000), .currency("8,204,000", 8_204_000),
    .currency("7,084,000", 7_084_000), .currency("6,800,000", 6_800_000),
    .currency("6,514,000", 6_514_000), .currency("6,080,000", 6_080_000),
    .currency("58,001,000", 58_001_000), .currency("43,934,000", 43_934_000),
    .currency("42,220,000", 42_220_000), .currency("30,398,000", 30_398_000),
    .currency("27,258,000", 27_258_000), .currency("250,152,000", 250_152_000),
    .currency("23,134,000", 23_134_000), .currency("22,000,000", 22_000_000),
    .currency("2,190,000", 2_190_000), .currency("2,100,000", 2_100_000),
    .currency("191,955,000", 191_955_000), .currency("14,548,000", 14_548_000),
    .currency("14,180,000", 14_180_000), .currency("12,389,000", 12_389_000),
    // Rupiah-prefixed, with and without a space, a dot, and `,00` cents.
    .currency("Rp87.025.000", 87_025_000), .currency("Rp748.855.000", 748_855_000),
    .currency("Rp48.792.000", 48_792_000), .currency("Rp320.000.000", 320_000_000),
    .currency("Rp121.997.000", 121_997_000), .currency("Rp19.599.520.000", 19_599_520_000),
    .currency("Rp2.764.680.000,00", 2_764_680_000), .currency("Rp15.283.000,00", 15_283_000),
    .currency("Rp1.948.085.000,00", 1_948_085_000), .currency("Rp 83.061.000,00", 83_061_000),
    .currency("Rp 680.000.000,00", 680_000_000), .currency("Rp 599.500.000,00", 599_500_000),
    .currency("Rp 53.579.000,00", 53_579_000), .currency("Rp 480.363.000,00", 480_363_000),
    .currency("Rp 20.099.550.000,00", 20_099_550_000), .currency("Rp 2.753.403.000,00", 2_753_403_000),
    .currency("Rp 19.650.212.000,00", 19_650_212_000), .currency("Rp 168.430.000,00", 168_430_000),
    .currency("Rp. 57.487.073.000", 57_487_073_000),

    // Counts with a unit word, normalised to lower case and full words.
    .quantity("12 Kali", 12, "kali"), .quantity("8 Kali", 8, "kali"), .quantity("2 kali", 2, "kali"),
    .quantity("2 lap", 2, "laporan"), .quantity("4 lap", 4, "laporan"), .quantity("5 Lap", 5, "laporan"),
    .quantity("12 lap", 12, "laporan"), .quantity("14 lap", 14, "laporan"),
    .quantity("1 Laporan", 1, "laporan"), .quantity("2 Laporan", 2, "laporan"),
    .quantity("12 Laporan", 12, "laporan"), .quantity("1 orang", 1, "orang"),
    .quantity("3 Orang", 3, "orang"), .quantity("5 Orang", 5, "orang"), .quantity("8 Orang", 8, "orang"),
    .quantity("11 Orang", 11, "orang"), .quantity("24 Orang", 24, "orang"),
    .quantity("3 Perkara", 3, "perkara"), .quantity("3 perkara", 3, "perkara"),
    .quantity("1 perkara", 1, "perkara"), .quantity("2 perkara", 2, "perkara"),
    .quantity("4 kegiatan", 4, "kegiatan"), .quantity("36 Pegawai", 36, "pegawai"),
    .quantity("34 Pegawai", 34, "pegawai"), .quantity("89 Pegawai", 89, "pegawai"),
    .quantity("1.680 SK", 1680, "sk"), .quantity("1 rancangan", 1, "rancangan"),

    // Predikat SAKIP and Opini BPK.
    .grade("B", "B"), .grade("BB", "BB"), .opinion("WTP", "WTP"),
]

@Test(arguments: seedForms)
func readsEverySeedForm(_ e: Expected) {
    check(e)
}

@Test func seedTableIsBroad() {
    #expect(seedForms.count >= 60)
    #expect(Set(seedForms.map(\.raw)).count == seedForms.count - 1)  // only `73,1` twice (two hints)
}

/// The dot is the hard case: `1.680` is a count, `99.42` a decimal.
let ambiguousForms: [Expected] = [
    .number("1.680", 1680),           // dot + exactly 3 digits: thousands separator
    .number("99.42", 99.42),          // dot + 2 digits: decimal mark
    .number("97.5", 97.5),            // dot + 1 digit: decimal mark
    .number("1,680", 1680),           // the same rule for a comma
    .number("87,22", 87.22),
    .percent("1.680", 1.68, hint: .percent),  // no report has a 1680 % target
    .percent("99,875 %", 99.875),
    .currency("1.680", 1680, hint: .currency),
    .currency("99.42", 99.42, hint: .currency),
    .currency("320000000", 320_000_000, hint: .currency),
    .currency("54.559.031.000", 54_559_031_000, hint: .percent),  // money-sized beats the hint
    .number("1.234,5", 1234.5),       // the last, different separator is the decimal mark
    .currency("1,234,567.89", 1_234_567.89),
    .currency("Rp 500.000,-", 500_000),  // `,-` in place of cents is rupiah notation
    .currency("500.000,-", 500_000),
    .currency("Rp 500.000", 500_000),
    .number("97", 97),
    .percent("97", 97, hint: .percent),
    .quantity("1.680 SK", 1680, "sk"),
    .quantity("2 lap.", 2, "laporan"), .quantity("3 org", 3, "orang"), .quantity("4 keg", 4, "kegiatan"),
    .quantity("1 dok", 1, "dokumen"), .quantity("6 bln", 6, "bulan"), .quantity("2 lpr", 2, "laporan"),
    .quantity("1,5 bulan", 1.5, "bulan"),
    // Written (or OCR'd) without the space between count and unit.
    .quantity("8Kali", 8, "kali"), .quantity("5Lap", 5, "laporan"), .quantity("36Pegawai", 36, "pegawai"),
    .grade("bb", "BB"), .grade("AA", "AA"), .grade("A", "A"), .grade("CC", "CC"), .grade("C", "C"),
    .grade("D", "D"),
    .opinion("WDP", "WDP"), .opinion("TMP", "TMP"), .opinion("TW", "TW"), .opinion("wtp", "WTP"),
]

@Test(arguments: ambiguousForms)
func readsAmbiguousForms(_ e: Expected) {
    check(e)
}

@Test func unitWinsOverPercentHint() {
    let r = ValueReader.read("1.680 SK", hint: .percent)
    #expect(r.value == Value(raw: "1.680 SK", kind: .quantity, payload: .number(1680), unit: "sk"))
}

/// Cells that are not measures: text, no payload, no problem.
let notValues: [Expected] = [
    // Activity and program codes.
    .text("6709.QGE"), .text("CQ.6639"), .text("076.01.CQ"), .text("CQ"), .text("WA.3355"),
    .text("WA.3360"), .text("(6709)"), .text("076.01"), .text("076"),
    // NIP numbers, dates, years in text.
    .text("196810011989031005"), .text("19710703 199903 2 007"), .text("3 Januari 2024"),
    .text("06 Januari 2025"), .text("17/01/2025"), .text("3 Januari"), .text("Tahun 2024"),
    .text("TAHUN 2023"), .text("Revisi ke 4"),
    // Schedule marks: they must come through as plain text.
    .text("√"), .text("✓"), .text("✔"), .text("v"), .text("V"),
    .text("√", hint: .percent), .text("v", hint: .currency),
    // Headers, list markers, criteria ranges and other words from the seeds.
    .text("B1"), .text("B12"), .text("I"), .text("II"), .text("IV"), .text("1."), .text("ii-iii"),
    // (`>100` is read as a bound since CONTRACT-extensions "comparator": see BoundsScalesPhrasesTests;
    // `91 – 100`, `90 %-99%` as ranges since CONTRACT-extensions "range": see ValueHabitsTests.)
    .text("➤ 100 %"), .text("(%)"), .text("(n)"),
    .text("1 (20%) Keberadaa n"), .text("<p>95</p> <p>100</p> <p>100</p>"), .text("<p>1.720.000</p>"),
    .text("Sangat Efektif"), .text("Tim terdiri dari:"), .text("buah"), .text("Baik"),
    .text("KPU Kabupaten Bengkulu Tengah"), .text("RPP"), .text("CCC"), .text("E"),
    .text("100 % seluruh wajib lapor LHKASN"), .text("Baik", hint: .percent),
    // Separated digits are several numbers, never one: `96 7 %` must not become 967.
    .text("96 7 %"), .text("96 7"), .text("1 2 3"),
    // Not ASCII digits.
    .text("١٠٠"), .text("１００％"), .text("🙂"),
]

@Test(arguments: notValues)
func leavesNonValuesAsText(_ e: Expected) {
    let r = ValueReader.read(e.raw, hint: e.hint)
    #expect(r.problem == nil)
    check(e, reading: r)
}

/// Number-shaped cells with no reading: keep the kind, no payload, a warning.
let malformedForms: [Expected] = [
    Expected(raw: "2.57.212.000", kind: .currency, payload: .none),  // from an anggaran column
    Expected(raw: "1.2.3", kind: .number, payload: .none),
    Expected(raw: "96,7,1 %", kind: .percent, payload: .none),
    Expected(raw: "1.234.56", kind: .number, payload: .none),
    Expected(raw: "1.234,567", kind: .currency, payload: .none),  // seven digits: anggaran-sized
    Expected(raw: "1.23,456", kind: .number, payload: .none),
    Expected(raw: "1.2345", kind: .number, payload: .none),
    Expected(raw: "0.125", kind: .number, payload: .none),
    Expected(raw: "1,234.567.000", kind: .currency, payload: .none),  // mixed thousands marks
    Expected(raw: ",5", kind: .number, payload: .none),
    Expected(raw: "5,", kind: .number, payload: .none),
    Expected(raw: "1..5", kind: .number, payload: .none),
    Expected(raw: "Rp 2.57.212.000", kind: .currency, payload: .none),
    Expected(raw: "12.5.0", hint: .percent, kind: .percent, payload: .none),
    Expected(raw: "1.2.3 lap", kind: .quantity, payload: .none, unit: "laporan"),
    // Longer than a Double holds exactly: refused, not rounded.
    Expected(raw: "1.234.567.890.123.456.789", kind: .currency, payload: .none),
    Expected(raw: "123456789012345678901234567890 %", kind: .percent, payload: .none),
    Expected(raw: "Rp 1234567890123456789", kind: .currency, payload: .none),
    // An OCR'd letter O among digits is flagged, not repaired.
    Expected(raw: "1O0 %", kind: .percent, payload: .none),
    Expected(raw: "9o,5%", kind: .percent, payload: .none),
    Expected(raw: "1O0", kind: .text, payload: .none),
    Expected(raw: "Rp 1.0O0.000", kind: .currency, payload: .none),
]

@Test(arguments: malformedForms)
func flagsMalformedNumbers(_ e: Expected) throws {
    let r = ValueReader.read(e.raw, hint: e.hint)
    check(e, reading: r)
    let problem = try #require(r.problem)
    #expect(problem.code == "malformed_number")
    #expect(problem.code == ValueReading.Problem.malformedNumberCode)
    #expect(problem.message.contains("\"\(e.raw)\""))
    let newlines = problem.message.filter(\.isNewline)
    #expect(newlines.isEmpty)
}

@Test(arguments: ["", " ", "-", "–", "—", "---", " - ", "--"])
func blankCellsHaveNoValue(_ raw: String) {
    let r = ValueReader.read(raw)
    #expect(r.value == nil)
    #expect(r.problem == nil)
}

/// Odd strings must neither crash nor produce a number.
@Test(arguments: ["%", ",", ".", "Rp", "Rp.", "rp", "Rp %", "% %", ",,,", "...", ".,.", "Rp,-", ",-",
                  "\u{0}", "\u{200B}", "e\u{301}", "Ø", "ǅ", "\t\n", "Rp\u{00A0}", "1e5", "0x10",
                  "inf", "nan", "NaN", "+5", "-5", "5-", "-5%", "∞"])
func oddStringsAreText(_ raw: String) {
    let r = ValueReader.read(raw)
    #expect(r.problem == nil)
    let trimmedEmpty = raw.allSatisfy(\.isWhitespace)
    if trimmedEmpty {
        #expect(r.value == nil)
    } else {
        #expect(r.value?.kind == .text)
        #expect(r.value?.payload == Value.Payload.none)
        #expect(r.value?.raw == raw)
    }
}

@Test func thirtyDigitsAreAnIdentifierNotGarbage() {
    let raw = "123456789012345678901234567890"
    for hint in [ValueHint.none, .percent, .currency] {
        let r = ValueReader.read(raw, hint: hint)
        #expect(r.value == Value(raw: raw, kind: .text, payload: .none))
    }
}

@Test func fifteenDigitsAreStillExact() {
    let r = ValueReader.read("999.999.999.999.999")
    #expect(r.value == Value(raw: "999.999.999.999.999", kind: .currency, payload: .number(999_999_999_999_999)))
}

@Test func rawIsKeptAsGiven() {
    let r = ValueReader.read(" 96, 7 % ")
    #expect(r.value == Value(raw: " 96, 7 % ", kind: .percent, payload: .number(96.7)))
}

@Test func longMessagesAreCut() throws {
    let raw = String(repeating: "1.2", count: 100)
    let message = try #require(ValueReader.read(raw).problem).message
    #expect(message.count < 160)
}

/// Deterministic fuzzing over the characters cells are made of: never crash, and the
/// invariants of a reading always hold.
@Test func randomCellsKeepTheInvariants() {
    let alphabet = Array("0123456789.,% RrpO-–lapKali√AB\u{00A0}")
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<5000 {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let length = Int(seed >> 59)
        var raw = ""
        for i in 0..<length {
            let pick = (seed >> UInt64((i * 5) % 59)) % UInt64(alphabet.count)
            raw.append(alphabet[Int(pick)])
        }
        for hint in [ValueHint.none, .percent, .currency] {
            let r = ValueReader.read(raw, hint: hint)
            guard let v = r.value else { continue }
            #expect(v.raw == raw)
            if let n = v.number { #expect(n.isFinite && n >= 0) }
            if r.problem != nil { #expect(v.payload == .none) }
            if v.kind == .text { #expect(v.payload == .none) }
            if v.unit != nil { #expect(v.kind == .quantity) }
        }
    }
}

// MARK: - Helpers

func check(_ e: Expected, reading: ValueReading? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
    let r = reading ?? ValueReader.read(e.raw, hint: e.hint)
    guard let v = r.value else {
        Issue.record("no value for \"\(e.raw)\"", sourceLocation: sourceLocation)
        return
    }
    #expect(v.raw == e.raw, sourceLocation: sourceLocation)
    #expect(v.kind == e.kind, sourceLocation: sourceLocation)
    #expect(v.payload == e.payload, sourceLocation: sourceLocation)
    #expect(v.unit == e.unit, sourceLocation: sourceLocation)
    if case .none = e.payload {} else {
        #expect(r.problem == nil, sourceLocation: sourceLocation)
    }
}
