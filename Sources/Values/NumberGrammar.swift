/// Reads the digits of one number written the way Indonesian reports write them:
/// `.` and `,` both appear as thousands separators (`57.487.073.000`, `1,159,691,000`)
/// and both as decimal marks (`99.42`, `85,58`). Nothing here guesses: a shape that
/// fits no reading is reported as malformed, never repaired.
enum NumberGrammar {
    enum Outcome: Equatable {
        /// A clean reading; `thousandsGroups` counts the thousands separators read
        /// (`54.559.031.000` has 3), which hints at money.
        case number(Double, thousandsGroups: Int)
        /// Looks like a number but fits no reading (`2.57.212.000`, `96,7,1`).
        case malformed(reason: String)
        /// Not a measure at all: a code with a leading zero (`076`), a list marker (`1.`).
        case notANumber
    }

    /// A Double holds 15 significant decimal digits exactly; longer runs would come
    /// back as a different number, so they are refused rather than rounded.
    static let maxSignificantDigits = 15

    /// `body` holds only ASCII digits, `.` and `,` (the caller checks).
    /// - Parameter singleSeparatorIsDecimal: true for percentages, where a lone
    ///   separator followed by 3 digits (`99,875`) is a decimal mark, because no
    ///   report writes a percentage of a thousand or more.
    static func parse(_ body: String, singleSeparatorIsDecimal: Bool, habit: SeparatorHabit = .unknown) -> Outcome {
        let (groups, separators) = split(body)
        guard let first = groups.first, !first.isEmpty || separators.isEmpty else {
            return .malformed(reason: "starts with a separator")
        }
        if separators.isEmpty { return integer(first) }
        // `1.` is how numbered list items look; it is not a measure.
        if separators == ["."], groups[1].isEmpty { return .notANumber }
        if groups.contains(where: \.isEmpty) {
            return .malformed(reason: "a separator without digits on both sides")
        }
        // A measure never starts with 0 followed by more digits; `076.01` is a code.
        if first.count > 1, first.hasPrefix("0") { return .notANumber }

        switch splitDecimal(groups, separators, singleSeparatorIsDecimal: singleSeparatorIsDecimal, habit: habit) {
        case .failure(let reason):
            return .malformed(reason: reason)
        case .success(let (integerGroups, fraction)):
            if let reason = checkThousands(integerGroups) { return .malformed(reason: reason) }
            return assemble(integerGroups.joined(), fraction, thousandsGroups: integerGroups.count - 1)
        }
    }

    private enum Split {
        case success(([String], String))
        case failure(String)
    }

    /// Decides which separator, if any, is the decimal mark.
    /// - a lone separator is decimal before 1–2 digits (`99.42`, `87,22`) and a
    ///   thousands separator before exactly 3 (`1.680`): reports give measures at
    ///   most 2 decimals, while `1.680 SK` counts 1680 decrees;
    /// - several equal separators are all thousands separators (`54.559.031.000`);
    /// - a last separator unlike the others is the decimal mark (`680.000.000,00`).
    private static func splitDecimal(_ groups: [String], _ separators: [Character],
                                     singleSeparatorIsDecimal: Bool, habit: SeparatorHabit) -> Split {
        let last = separators[separators.count - 1]
        let earlier = separators.dropLast()
        let tail = groups[groups.count - 1]
        // The document's own habit decides a lone separator: in a report that writes `72,05`,
        // `2,750` is 2.75 and `1.250` is 1250; in one that writes `2.75`, `2,750` is 2750.
        // A `0` before it can only be a decimal (`0,79`); two digits or fewer after it are a
        // decimal whatever the habit (`83.18` in a comma report is a slip, not thousands).
        if earlier.isEmpty, let decimalMark = habit.decimalMark {
            if last == decimalMark || tail.count <= 2 || groups[0] == "0" { return .success(([groups[0]], tail)) }
            if tail.count == 3 { return .success((groups, "")) }
            return .failure("\(tail.count) digits after the only separator")
        }
        if earlier.isEmpty {
            if singleSeparatorIsDecimal || tail.count <= 2 { return .success(([groups[0]], tail)) }
            if tail.count == 3 { return .success((groups, "")) }
            return .failure("\(tail.count) digits after the only separator")
        }
        // `641,773,572,00` where the cells confirm the habit: the last mark, before two digits,
        // is the decimal mark (a thousands group has three).
        if habit.repeatedDecimalMark == last, tail.count == 2, earlier.allSatisfy({ $0 == last }) {
            return .success((Array(groups.dropLast()), tail))
        }
        if earlier.allSatisfy({ $0 == last }) { return .success((groups, "")) }
        if !earlier.contains(last) {
            guard tail.count <= 2 else { return .failure("\(tail.count) digits after the decimal mark") }
            return .success((Array(groups.dropLast()), tail))
        }
        return .failure("dots and commas mixed between thousands groups")
    }

    /// Thousands groups: a first group of 1–3 digits (not `0`), then groups of exactly 3.
    private static func checkThousands(_ groups: [String]) -> String? {
        guard groups.count > 1 else { return nil }
        let first = groups[0]
        guard (1...3).contains(first.count), first != "0",
              groups.dropFirst().allSatisfy({ $0.count == 3 }) else {
            return "inconsistent thousands groups"
        }
        return nil
    }

    private static func integer(_ digits: String) -> Outcome {
        if digits.count > 1, digits.hasPrefix("0") { return .notANumber }
        return assemble(digits, "", thousandsGroups: 0)
    }

    private static func assemble(_ integerDigits: String, _ fraction: String, thousandsGroups: Int) -> Outcome {
        let significant = integerDigits.drop(while: { $0 == "0" }).count + fraction.count
        guard significant <= maxSignificantDigits else {
            return .malformed(reason: "more than \(maxSignificantDigits) significant digits")
        }
        let literal = fraction.isEmpty ? integerDigits : integerDigits + "." + fraction
        guard let value = Double(literal) else { return .malformed(reason: "unreadable digits") }
        return .number(value, thousandsGroups: thousandsGroups)
    }

    /// `1.234,5` -> groups `["1", "234", "5"]`, separators `[".", ","]`.
    private static func split(_ body: String) -> ([String], [Character]) {
        var groups = [""]
        var separators: [Character] = []
        for c in body {
            if c == "." || c == "," {
                separators.append(c)
                groups.append("")
            } else {
                groups[groups.count - 1].append(c)
            }
        }
        return (groups, separators)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    var isNumberSeparator: Bool { self == "." || self == "," }
}

/// How a document writes its numbers, learned from the numbers it writes unambiguously
/// (`35,90`, `1.234.567`, `1.250,5` say comma-decimal; `175.89`, `6,304,890` say point-decimal).
/// It decides only what a number alone cannot: a lone separator before three digits.
///
/// A second habit, independent of the first: some reports type one mark for the thousands
/// and the decimals alike (`641,773,572,00`, `1.805.611.000.00`). Groups of three then a last
/// group of exactly two can only end in the decimal mark — but the same shape is also a
/// thousands group that lost a digit, so it is read only where the cells themselves confirm
/// the habit (`repeatedDecimalMark`, see `repeatedMark(in:)`).
public struct SeparatorHabit: Sendable, Hashable {
    /// The mark a lone separator before three digits is read by; nil when the numbers do not tell.
    public var decimalMark: Character?
    /// The mark these cells repeat for thousands and decimals alike, when they confirm it.
    public var repeatedDecimalMark: Character?

    public init(decimalMark: Character? = nil, repeatedDecimalMark: Character? = nil) {
        self.decimalMark = decimalMark; self.repeatedDecimalMark = repeatedDecimalMark
    }

    public static let unknown = SeparatorHabit()
    public static let commaDecimal = SeparatorHabit(decimalMark: ",")
    public static let pointDecimal = SeparatorHabit(decimalMark: ".")

    /// This (a column's own) habit, with what it does not tell taken from `outer` (the
    /// document's): a column that confirms only the repeated mark still reads a lone
    /// separator by the document's habit.
    public func filling(from outer: SeparatorHabit) -> SeparatorHabit {
        SeparatorHabit(decimalMark: decimalMark ?? outer.decimalMark, repeatedDecimalMark: repeatedDecimalMark)
    }

    /// The habit of these cells when it is clear: at least three telling numbers, and at
    /// least four in five of them agreeing; and, for one column's cells
    /// (`confirmingRepeatedMark`), the repeated mark when `repeatedMark(in:)` confirms it.
    /// A whole document's cells never confirm it: one column's habit is not another's, and a
    /// column read by it says so in its own warning.
    public static func learn(from texts: [String], confirmingRepeatedMark: Bool = false) -> SeparatorHabit {
        var habit = decimalHabit(from: texts)
        if confirmingRepeatedMark { habit.repeatedDecimalMark = repeatedMark(in: texts)?.mark }
        return habit
    }

    /// The mark these cells repeat for thousands and decimals (`641,773,572,00`), when the
    /// cells confirm it: at least three numbers of that shape, all with the same mark, and
    /// the cells write their cents — four in five of the numbers with two or more separators
    /// end in two decimals (`1.805.611.000.00`, or correctly `519.230.659.542,00`). Where
    /// amounts are written without cents, a last group of two digits is more likely a
    /// thousands group that lost a digit, and stays unread. `count` and `first` are for the
    /// reader's warning.
    public static func repeatedMark(in texts: [String]) -> (mark: Character, count: Int, first: String)? {
        var repeated: [Character: Int] = [:]
        var first: [Character: String] = [:]
        var multi = 0, cents = 0
        for text in texts {
            // Most cells hold fewer than two separators: nothing to look at.
            var seps = 0
            for b in text.utf8 where b == 0x2C || b == 0x2E { seps += 1 }
            guard seps >= 2 else { continue }
            var token = ""
            for c in text + " " {
                if c.isASCIIDigit || c.isNumberSeparator { token.append(c); continue }
                defer { token = "" }
                guard let shape = GroupShape(token), shape.separators.count >= 2 else { continue }
                multi += 1
                if let m = shape.repeatedDecimalMark {
                    repeated[m, default: 0] += 1
                    if first[m] == nil { first[m] = token }
                    cents += 1
                } else if shape.endsInCents {
                    cents += 1
                }
            }
        }
        guard repeated.count == 1, let (mark, count) = repeated.first, count >= 3, cents * 5 >= multi * 4 else { return nil }
        return (mark, count, first[mark] ?? "")
    }

    /// The repeated-mark habit alone, for money columns: their lone separators keep the reading
    /// they had (no decimal-mark habit is applied to amounts).
    public static func repeatedMarkHabit(of texts: [String]) -> SeparatorHabit {
        SeparatorHabit(repeatedDecimalMark: repeatedMark(in: texts)?.mark)
    }

    /// The note for a column read by its repeated mark: how many cells, and the first.
    public static func repeatedMarkMessage(_ texts: [String]) -> String? {
        guard let r = repeatedMark(in: texts) else { return nil }
        return "\(r.count) amounts write the decimal mark like their thousands marks (first \"\(r.first)\"); read with the last \"\(r.mark)\", before two digits, as the decimal mark"
    }

    /// The decimal-mark habit alone (see `learn`).
    static func decimalHabit(from texts: [String]) -> SeparatorHabit {
        var comma = 0, point = 0
        for text in texts {
            if let votes = asciiVotes(text) { comma += votes.comma; point += votes.point; continue }
            var token = ""
            for c in text + " " {
                if c.isASCIIDigit || c.isNumberSeparator { token.append(c); continue }
                if let vote = vote(token) { if vote == "," { comma += 1 } else { point += 1 } }
                token = ""
            }
        }
        let total = comma + point
        guard total >= 3 else { return .unknown }
        if comma * 5 >= total * 4 { return .commaDecimal }
        if point * 5 >= total * 4 { return .pointDecimal }
        return .unknown
    }

    /// `learn`'s count for one ASCII text (nearly all of them), on its bytes: in ASCII every
    /// Character is one byte (`\r\n` aside, which is neither digit nor separator), so the
    /// tokens and their votes are those of the Character loop, without a String per token.
    /// Nil for other text.
    static func asciiVotes(_ text: String) -> (comma: Int, point: Int)? {
        var text = text
        return text.withUTF8 { b -> (comma: Int, point: Int)? in
            var comma = 0, point = 0
            var start = 0
            let n = b.count
            for i in 0...n {
                if i < n {
                    let c = b[i]
                    if c >= 0x80 { return nil }
                    if (c >= 0x30 && c <= 0x39) || c == 0x2C || c == 0x2E { continue }
                }
                if i > start, let v = asciiVote(b, start, i) { if v == 0x2C { comma += 1 } else { point += 1 } }
                start = i + 1
            }
            return (comma, point)
        }
    }

    /// `vote` on the token `b[start..<end]` (digits, `.` and `,` only).
    static func asciiVote(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt8? {
        var end = end
        var trailingPoint = false
        while end > start, b[end - 1] == 0x2C || b[end - 1] == 0x2E { trailingPoint = trailingPoint || b[end - 1] == 0x2E; end -= 1 }
        guard end > start, b[start] >= 0x30 && b[start] <= 0x39 else { return nil }
        // Groups of digits between the separators: the first's and last's lengths, whether
        // the middle ones all have three; the separators: the last, and whether the earlier
        // ones are all the same as it / any the same as it.
        var sepCount = 0, firstLength = 0, groupLength = 0, middleAllThree = true
        var lastSep: UInt8 = 0
        var seps: [UInt8] = []
        for i in start..<end {
            let c = b[i]
            if c == 0x2C || c == 0x2E {
                guard groupLength > 0 else { return nil }   // two separators in a row: an empty group
                if sepCount == 0 { firstLength = groupLength } else if groupLength != 3 { middleAllThree = false }
                sepCount += 1
                seps.append(c)
                lastSep = c
                groupLength = 0
            } else {
                groupLength += 1
            }
        }
        guard sepCount > 0 else { return nil }
        let lastLength = groupLength
        if sepCount == 1 { return lastLength <= 2 && firstLength <= 3 && !(trailingPoint && lastSep == 0x2E) ? lastSep : nil }
        guard middleAllThree, (1...3).contains(firstLength) else { return nil }
        let earlier = seps.dropLast()
        if earlier.allSatisfy({ $0 == lastSep }) { return lastLength == 3 ? (lastSep == 0x2E ? 0x2C : 0x2E) : nil }
        if !earlier.contains(lastSep), lastLength <= 2 { return lastSep }
        return nil
    }

    /// True when `raw` holds a number whose only separator stands before exactly three digits
    /// (`1.100`, `2,750`): thousands or decimals, which only the document's habit tells.
    public static func isAmbiguous(_ raw: String) -> Bool {
        var tokens: [Substring] = []
        var token = ""
        for c in raw + " " {
            if c.isASCIIDigit || c.isNumberSeparator { token.append(c); continue }
            if token.contains(where: \.isASCIIDigit) { tokens.append(Substring(token)) }
            token = ""
        }
        guard tokens.count == 1, var t = tokens.first else { return false }
        while let l = t.last, l.isNumberSeparator { t = t.dropLast() }
        let parts = t.split(omittingEmptySubsequences: false, whereSeparator: \.isNumberSeparator)
        guard parts.count == 2, parts[1].count == 3, (1...3).contains(parts[0].count), parts[0] != "0",
              parts[0].first != "0" else { return false }
        return true
    }

    /// The decimal mark one number shows, if it shows one.
    static func vote(_ raw: String) -> Character? {
        var token = Substring(raw)
        var trailingPoint = false
        while let l = token.last, l.isNumberSeparator { trailingPoint = trailingPoint || l == "."; token = token.dropLast() }
        guard let f = token.first, f.isASCIIDigit else { return nil }
        var groups = [""]
        var seps: [Character] = []
        for c in token {
            if c.isNumberSeparator { seps.append(c); groups.append("") } else { groups[groups.count - 1].append(c) }
        }
        guard !seps.isEmpty, !groups.contains(where: \.isEmpty) else { return nil }
        let last = seps[seps.count - 1]
        if seps.count == 1 {
            // `35,90`, `99.42`: one or two digits after a lone separator; `1.1.` is a list number.
            if trailingPoint, last == "." { return nil }
            return groups[1].count <= 2 && groups[0].count <= 3 ? last : nil
        }
        let earlier = seps.dropLast()
        let thousands = groups.dropFirst().dropLast().allSatisfy { $0.count == 3 } && (1...3).contains(groups[0].count)
        guard thousands else { return nil }
        if earlier.allSatisfy({ $0 == last }) {
            // `12.285.690`: thousands marks; the other one is the decimal mark.
            return groups[groups.count - 1].count == 3 ? (last == "." ? "," : ".") : nil
        }
        // `1.250,50`: the last, different one is the decimal mark.
        if !earlier.contains(last), groups[groups.count - 1].count <= 2 { return last }
        return nil
    }
}

/// The groups and separators of one token of digits and marks, for the repeated-mark habit.
struct GroupShape {
    var groups: [Substring]
    var separators: [Character]

    init?(_ token: String) {
        guard let f = token.first, f.isASCIIDigit, token.last?.isASCIIDigit == true else { return nil }
        groups = token.split(omittingEmptySubsequences: false, whereSeparator: \.isNumberSeparator)
        separators = token.filter(\.isNumberSeparator).map { $0 }
        guard !groups.contains(where: \.isEmpty) else { return nil }
    }

    /// Thousands groups before the last: a first of 1–3 digits not led by 0, then threes.
    private var groupedBeforeLast: Bool {
        let first = groups[0]
        guard (1...3).contains(first.count), first.first != "0" || first == "0" else { return false }
        return groups.dropFirst().dropLast().allSatisfy { $0.count == 3 }
    }

    /// `641,773,572,00`: one mark throughout, groups of three, and two digits last.
    var repeatedDecimalMark: Character? {
        guard separators.count >= 2, let m = separators.first, separators.allSatisfy({ $0 == m }),
              groups[groups.count - 1].count == 2, groupedBeforeLast, groups[0] != "0" else { return nil }
        return m
    }

    /// `519.230.659.542,00`: thousands with one mark, two decimals after the other.
    var endsInCents: Bool {
        guard separators.count >= 2, let last = separators.last else { return false }
        let earlier = separators.dropLast()
        guard let m = earlier.first, earlier.allSatisfy({ $0 == m }), m != last else { return false }
        return groups[groups.count - 1].count == 2 && groupedBeforeLast
    }
}
