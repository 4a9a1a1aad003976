import FoundationEssentials
import KinerjaModel
import Values

/// Checks that hold on correct documents, for analysts and for OCR slips (issue 9 item 5/6):
/// a capaian that neither realisasi/target×100 nor an inverse formula gives, a percentage far
/// beyond any plausible bound, and one indicator with two different targets in one report
/// (the Perjanjian Kinerja table and the capaian table). A value that fails is never changed
/// silently: it keeps its raw and gets a warning; an OCR'd value is repaired only when exactly
/// one reading of its characters passes the check, and the warning says so.
public enum Consistency {
    /// No capaian, realisasi or target is read as more than this many percent in OCR'd text;
    /// above it the reading is a slip (`85%` read as `8596`).
    static let ocrPercentBound = 1000.0
    /// Born-digital text may hold large growth rates (1309 %); beyond this nothing is plausible.
    static let percentBound = 100_000.0

    /// The capaian values realisasi and target allow: r/t×100, and for indicators where less is
    /// better t/r×100 and (2t−r)/t×100; reports also cap a capaian at 100 or 120.
    static func allowedCapaian(target t: Double, realisasi r: Double) -> [Double] {
        // Zero on either side: reports give any capaian they like (100, 0, a cap).
        guard t != 0, r != 0 else { return [] }
        var out = [r / t * 100, (2 * t - r) / t * 100]
        if r != 0 { out.append(t / r * 100) }
        if r / t * 100 >= 100 { out += [100, 120] }
        return out
    }

    /// Within the document's rounding: half a unit of the last printed decimal, at least one
    /// percentage point or one percent of the value (reports round r and t before dividing).
    static func agrees(_ capaian: Double, _ expected: Double) -> Bool {
        abs(capaian - expected) <= max(1.0, abs(expected) * 0.01)
    }

    /// Target and realisasi measured alike (both percentages, or both counts of the same unit).
    static func comparable(_ t: Value, _ r: Value) -> Bool {
        guard t.number != nil, r.number != nil else { return false }
        let numeric: Set<ValueKind> = [.number, .percent]
        if t.kind == r.kind { return t.unit == r.unit }
        return numeric.contains(t.kind) && numeric.contains(r.kind)
    }

    /// Checks one set of measures (top level or one period); returns the measures, repaired
    /// where an OCR slip has exactly one reading that agrees, and the warnings.
    static func check(target: Value?, realisasi: Value?, capaian: Value?, ocr: Bool,
                      place: String, page: Int) -> (Value?, [Warning], Value?, Value?) {
        var warnings: [Warning] = []
        var capaian = capaian
        // A percentage beyond any bound.
        for (name, v) in [("target", target), ("realisasi", realisasi), ("capaian", capaian)] {
            // A capaian is a percentage even when printed without its sign.
            guard let v, v.kind == .percent || (name == "capaian" && v.kind == .number), let n = v.number else { continue }
            let bound = ocr ? ocrPercentBound : percentBound
            if abs(n) > bound {
                warnings.append(Warning(code: "percent_implausible",
                                        message: "\(place) \(name): \"\(v.raw)\" read as \(format(n)) %, beyond any plausible percentage",
                                        page: page))
            }
        }
        guard let t = target, let r = realisasi, let c = capaian, comparable(t, r),
              let tn = t.number, let rn = r.number, let cn = c.number, c.kind == .percent || c.kind == .number else {
            return (capaian, warnings, nil, nil)
        }
        let allowed = allowedCapaian(target: tn, realisasi: rn)
        guard !allowed.isEmpty, !allowed.contains(where: { agrees(cn, $0) }) else { return (capaian, warnings, nil, nil) }
        // A lone separator before three digits read against the document's habit (`352,390*` in
        // a report writing `768.495`): the other reading, when it alone agrees, is meant.
        var rereadings: [(String, Value)] = []
        for (name, v) in [("target", t), ("realisasi", r)] {
            guard let alt = otherSeparatorReading(v) else { continue }
            let (t2, r2) = name == "target" ? (alt, rn) : (tn, alt)
            if allowedCapaian(target: t2, realisasi: r2).contains(where: { agrees(cn, $0) }) {
                var fixed = v
                fixed.payload = .number(alt)
                rereadings.append((name, fixed))
            }
        }
        // Both re-read when they share the blame (scaling both by 1000 keeps the ratio): then
        // the one read with three decimals is the slip, since measures have at most two.
        if rereadings.count == 2 {
            rereadings = rereadings.filter { _, v in
                let digits = Double(v.raw.filter(\.isNumber)) ?? 0
                return v.number == digits
            }
        }
        if rereadings.count == 1 {
            let (name, fixed) = rereadings[0]
            warnings.append(Warning(code: "value_reread",
                                    message: "\(place) \(name): \"\(fixed.raw)\" read as \(format(fixed.number ?? 0)), the only reading of its separator that agrees with capaian \"\(c.raw)\"",
                                    page: page))
            return (capaian, warnings, name == "target" ? fixed : nil, name == "realisasi" ? fixed : nil)
        }
        if ocr {
            let fits = slipReadings(c.raw).filter { v in allowed.contains { agrees(v, $0) } }
            if fits.count == 1, let v = fits.first {
                capaian = Value(raw: c.raw, kind: .percent, payload: .number(v))
                warnings.append(Warning(code: "ocr_value_repaired",
                                        message: "\(place) capaian: \"\(c.raw)\" read as \(format(v)) %, the only reading that agrees with realisasi/target (\(format(rn))/\(format(tn)))",
                                        page: page))
                return (capaian, warnings.filter { !$0.message.hasPrefix("\(place) capaian:") || $0.code == "ocr_value_repaired" }, nil, nil)
            }
        }
        warnings.append(Warning(code: "capaian_inconsistent",
                                message: "\(place): capaian \"\(c.raw)\" but realisasi/target is \(format(rn))/\(format(tn)) = \(format(rn / tn * 100)) %",
                                page: page))
        return (capaian, warnings, nil, nil)
    }

    /// Readings of an OCR'd number that differ by one known slip: `%` read as `96`/`9б`
    /// (`8596` → 85), a decimal mark lost before the last two digits of such a reading
    /// (`72054` → 72,05), one digit read as its look-alike (`18` → `78`).
    static func slipReadings(_ raw: String) -> [Double] {
        let t = raw.trimmingWhitespace().replacingAll(" ", with: "")
        guard !t.isEmpty, t.allSatisfy({ $0.isNumber || $0 == "," || $0 == "." || $0 == "%" }) else { return [] }
        var out: Set<Double> = []
        let digits = t.filter { $0 != "%" }
        if digits.hasSuffix("96"), digits.count >= 3 {
            let stem = String(digits.dropLast(2))
            if let v = ValueReader.read(stem + " %").value?.number { out.insert(v) }
        }
        let lookAlike: [Character: [Character]] = ["1": ["7"], "7": ["1"], "3": ["8"], "8": ["3", "6", "0"], "6": ["8", "5"],
                                                   "5": ["6"], "0": ["8"]]
        let chars = Array(t)
        for (i, ch) in chars.enumerated() {
            for alt in lookAlike[ch] ?? [] {
                var c = chars
                c[i] = alt
                if let v = ValueReader.read(String(c), hint: .percent).value?.number { out.insert(v) }
            }
        }
        return out.sorted()
    }

    /// One indicator, two targets: the same indicator text with different top-level targets in
    /// two tables of one report where one is a target table (no realisasi) and the other a
    /// capaian table. Indicators named more than once in a table are left out (sub-rows like
    /// `Daging` repeat under different parents).
    /// `tables`: the tables with exactly one target column (a table whose years were lost has
    /// several, and its first is not the year's target).
    public static func targetMismatches(_ indicators: [Indicator], tables: Set<String>) -> [Warning] {
        func key(_ s: String) -> String { HeaderText.words(s).joined(separator: " ") }
        var byTable: [String: [String: [Indicator]]] = [:]
        for i in indicators where tables.contains(i.table) && i.periods.isEmpty && (i.target?.number != nil || i.target?.string != nil) {
            byTable[i.table, default: [:]][key(i.indikator), default: []].append(i)
        }
        let plans = byTable.filter { $0.value.values.allSatisfy { $0.allSatisfy { $0.realisasi == nil } } }
        let reports = byTable.filter { $0.value.values.contains { $0.contains { $0.realisasi != nil } } }
        var out: [Warning] = []
        var seen: Set<String> = []
        for (pt, plan) in plans.sorted(by: { $0.key < $1.key }) {
            for (rt, report) in reports.sorted(by: { $0.key < $1.key }) where rt != pt {
                for (k, ps) in plan.sorted(by: { $0.key < $1.key }) where ps.count == 1 && k.count >= 12 {
                    guard let rs = report[k], rs.count == 1, let a = ps[0].target, let b = rs[0].target,
                          !seen.contains(k) else { continue }
                    let same: Bool
                    if let x = a.number, let y = b.number { same = abs(x - y) <= max(0.01, abs(x) * 1e-6) }
                    else { same = (a.string ?? a.raw).lowercased() == (b.string ?? b.raw).lowercased() }
                    guard !same else { continue }
                    seen.insert(k)
                    out.append(Warning(code: "target_mismatch",
                                       message: "\"\(ps[0].indikator)\": target \"\(a.raw)\" in \(pt) (page \(ps[0].page)) but \"\(b.raw)\" in \(rt) (page \(rs[0].page))",
                                       page: rs[0].page))
                }
            }
        }
        return out
    }

    /// `352,390` read as 352.39 → 352390, and the other way round; nil when the raw has no
    /// lone separator before exactly three digits.
    static func otherSeparatorReading(_ v: Value) -> Double? {
        guard let n = v.number else { return nil }
        let body = v.raw.filter { $0.isNumber || $0 == "," || $0 == "." }
        let seps = body.filter { $0 == "," || $0 == "." }
        guard seps.count == 1, let i = body.firstIndex(where: { $0 == "," || $0 == "." }),
              body[body.index(after: i)...].count == 3, body[..<i].count <= 3, body.first != "0" else { return nil }
        let digits = Double(body.filter(\.isNumber)) ?? 0
        return n == digits ? digits / 1000 : digits
    }

    static func format(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int(x)) : String(cFormat: "%.2f", x)
    }
}
