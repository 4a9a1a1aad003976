import KinerjaModel

/// Maps an `ExtractedDocument` onto the JSON of CONTRACT.md v1 (plus the extension
/// fields the schema in `Schemas/` describes: table `caption`, column `group`, warnings).
public enum ContractJSON {
    public static func json(_ doc: ExtractedDocument) -> JSON {
        .object([
            ("schema_version", .string(ExtractedDocument.schemaVersion)),
            ("source", .object([
                ("file", .string(doc.source.file)),
                ("sha256", .string(doc.source.sha256)),
                ("pages", .number(Double(doc.source.pages))),
                ("text_source", .string(doc.source.textSource.rawValue)),
            ])),
            ("document", .object([
                ("type", .string(doc.document.type.rawValue)),
                ("instansi", doc.document.instansi.map(JSON.string) ?? .null),
                ("tahun", doc.document.tahun.map { .number(Double($0)) } ?? .null),
                ("nomor", doc.document.nomor.map(JSON.string) ?? .null),
                ("signed", .array(doc.document.signed.map(signature))),
                ("parties", .array(doc.document.parties.map(party))),
            ])),
            ("tables", .array(doc.tables.map(table))),
            ("indicators", .array(doc.indicators.map(indicator))),
            ("budget", .array(doc.budget.map(budgetItem))),
            ("warnings", .array(doc.warnings.map(warning))),
        ])
    }

    public static func data(_ doc: ExtractedDocument) -> [UInt8] {
        json(doc).serializedBytes()
    }

    static func table(_ t: Table) -> JSON {
        .object([
            ("id", .string(t.id)),
            ("pages", .array(t.pages.map { .number(Double($0)) })),
            ("caption", t.caption.map(JSON.string) ?? .null),
            ("columns", .array(t.columns.map { c in
                .object([
                    ("header", .string(c.header)),
                    ("group", c.group.map(JSON.string) ?? .null),
                    ("role", .string(c.role.rawValue)),
                    ("tahun", c.tahun.map { .number(Double($0)) } ?? .null),
                ] + (c.tahunKe.map { [("tahun_ke", JSON.number(Double($0)))] } ?? []))
            })),
            // A carried copy of a spanning cell is not new text: the table stays faithful
            // (the text once, at the span's top-left) and `spans` says what it covers.
            ("rows", .array(t.rows.map { row in .array(row.map { .string($0.carried ? "" : $0.text) }) })),
            ("spans", .array(t.spans.map { s in
                .array([s.row0, s.col0, s.row1, s.col1].map { .number(Double($0)) })
            })),
        ])
    }

    static func value(_ v: Value?) -> JSON {
        guard let v else { return .null }
        var fields: [(String, JSON)] = [("raw", .string(v.raw)), ("kind", .string(v.kind.rawValue))]
        switch v.payload {
        case .number(let n): fields.append(("value", .number(n)))
        case .string(let s): fields.append(("value", .string(s)))
        case .none: fields.append(("value", .null))
        }
        if let u = v.unit { fields.append(("unit", .string(u))) }
        if let c = v.comparator { fields.append(("comparator", .string(c.rawValue))) }
        if let r = v.range { fields.append(("range", .object([("min", .number(r.lowerBound)), ("max", .number(r.upperBound))]))) }
        return .object(fields)
    }

    static func indicator(_ i: Indicator) -> JSON {
        .object([
            ("table", .string(i.table)),
            ("page", .number(Double(i.page))),
            ("no", i.no.map(JSON.string) ?? .null),
            ("sasaran", i.sasaran.map(JSON.string) ?? .null),
            ("indikator", .string(i.indikator)),
            ("target", value(i.target)),
            ("realisasi", value(i.realisasi)),
            ("capaian", value(i.capaian)),
            ("periods", .array(i.periods.map { p in
                var fields: [(String, JSON)] = [("tahun", p.tahun.map { .number(Double($0)) } ?? .null)]
                // Optional key: the plan's year number (`Tahun ke-N`), absent when the table gives none.
                if let n = p.tahunKe { fields.append(("tahun_ke", .number(Double(n)))) }
                if let q = p.triwulan { fields.append(("triwulan", .number(Double(q)))) }
                return .object(fields + [
                    ("target", value(p.target)),
                    ("realisasi", value(p.realisasi)),
                    ("capaian", value(p.capaian)),
                ])
            })),
        ] + indicatorExtensions(i))
    }

    /// Optional keys (absent when the table has no such column): the activity and schedule.
    static func indicatorExtensions(_ i: Indicator) -> [(String, JSON)] {
        var out: [(String, JSON)] = []
        if let k = i.kegiatan { out.append(("kegiatan", .string(k))) }
        if let k = i.subKegiatan { out.append(("sub_kegiatan", .string(k))) }
        if let o = i.output { out.append(("output", .string(o))) }
        if let p = i.program { out.append(("program", .string(p))) }
        if let j = i.jadwal {
            out.append(("jadwal", .object([
                ("unit", .string(j.unit.rawValue)),
                ("periods", .array(j.periods.map { .number(Double($0)) })),
                ("notes", .array(j.notes.map { n in .object([("period", .number(Double(n.period))), ("text", .string(n.text))]) })),
            ])))
        }
        return out
    }

    static func budgetItem(_ b: BudgetItem) -> JSON {
        .object([
            ("table", .string(b.table)),
            ("page", .number(Double(b.page))),
            ("kode", b.kode.map(JSON.string) ?? .null),
            ("uraian", .string(b.uraian)),
            ("anggaran", value(b.anggaran)),
            ("realisasi", value(b.realisasi)),
            ("capaian", value(b.capaian)),
            ("total", .bool(b.total)),
            ("indicator", b.indicator.map { .number(Double($0)) } ?? .null),
        ] + budgetPeriods(b))
    }

    /// Optional key (absent when the row's amounts are for the whole year only).
    static func budgetPeriods(_ b: BudgetItem) -> [(String, JSON)] {
        guard !b.periods.isEmpty else { return [] }
        return [("periods", .array(b.periods.map { p in
            var fields: [(String, JSON)] = [("tahun", p.tahun.map { .number(Double($0)) } ?? .null)]
            // Optional key: the plan's year number (`Tahun ke-N`), absent when the table gives none.
            if let n = p.tahunKe { fields.append(("tahun_ke", .number(Double(n)))) }
            if let q = p.triwulan { fields.append(("triwulan", .number(Double(q)))) }
            return .object(fields + [("anggaran", value(p.anggaran)), ("realisasi", value(p.realisasi))])
        }))]
    }

    static func signature(_ s: Signature) -> JSON {
        .object([
            ("page", .number(Double(s.page))),
            ("place", s.place.map(JSON.string) ?? .null),
            ("date", s.date.map(JSON.string) ?? .null),
            ("name", s.name.map(JSON.string) ?? .null),
            ("nip", s.nip.map(JSON.string) ?? .null),
            ("jabatan", s.jabatan.map(JSON.string) ?? .null),
        ])
    }

    static func party(_ p: Party) -> JSON {
        .object([
            ("role", .string(p.role.rawValue)),
            ("name", p.name.map(JSON.string) ?? .null),
            ("jabatan", p.jabatan.map(JSON.string) ?? .null),
        ])
    }

    static func warning(_ w: Warning) -> JSON {
        .object([
            ("code", .string(w.code)),
            ("message", .string(w.message)),
            ("page", w.page.map { .number(Double($0)) } ?? .null),
        ])
    }
}
