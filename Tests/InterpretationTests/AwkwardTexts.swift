/// Text that tells a byte reader from a `Character` reader: `\r\n` (one `Character`),
/// combining marks after a space, no-break and other Unicode spaces, flags and emoji,
/// right-to-left and CJK text, beside the ordinary words of the tables. Every suite that
/// checks an ASCII fast path against the stdlib's answer runs over all of it.
enum AwkwardTexts {
    /// (Both lists whole: a `Set` would merge canonically equal texts such as `é` and `e\u{301}`.)
    static let all: [String] = collapsing + spaceSeparated

    private static let collapsing: [String] = [
        "", " ", "  a  b  ", "a\tb\nc", "a\r\nb", "\r\n", "a \r\n b", "é  ü", "a\u{A0}b", "a \u{A0} b", "a\u{2003}\u{3000}b",
        " \u{301}a", "a \u{301}b", "a\u{301} b", "x \u{85} y", "Kab.  Bengkulu – Utara", "–", " – ", "a\u{2028}b",
        "\u{FEFF}a b", "a\u{200B} b", "🇮🇩 🇮🇩", "a\r\n\u{301}b", "1\u{FE0F}\u{20E3} x", "\t\té\t\t", "e\u{301}\r\n ",
        "Capaian  Kinerja\r\n2024 (%)", "ا ب", "a \u{200D} b",
    ]

    private static let spaceSeparated: [String] = [
        "", " ", "   ", "a", " a", "a ", "  a  ", "51.823 ton", "-12,5 %", "+3", "1. Meningkatnya",
        "Penataan Ruang di", "di  ", "a b c", "a b c d", "  a  b  c  ", "a\tb c", "x\r\ny z", "\r\n a",
        "a \r\n", "ab\r\ncd ef", "é b", "e\u{301} f", " \u{301}a b", "a \u{301}b c", "• Meningkatnya mutu",
        "Rp 1.000.000", "dan/atau", "–", "100 %\u{A0}x", "ÜBER alles", "a  \u{301}", "中 文 字",
    ]
}
