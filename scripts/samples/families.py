"""Table families: each builder lays a seed table out as a fodt.Table AND
derives its indicator records from the same data (records carry `_row`, the
body row they start on, so the generator can find their page in the PDF)."""
from __future__ import annotations

from fodt import C, Table
from model import G, O, clean, measure, record, period


def _pct_columns(rows: list[list[str]]) -> list[bool]:
    """Per measure column: do most non-empty cells carry a % sign?"""
    if not rows:
        return []
    out = []
    for j in range(len(rows[0])):
        vals = [clean(r[j]) for r in rows if j < len(r) and clean(r[j])]
        pc = sum(1 for v in vals if "%" in v)
        out.append(bool(vals) and pc * 2 >= len(vals))
    return out


def auto_probes(t: Table) -> list[str]:
    """Per body row, the longest cell that starts in that row and spans only it."""
    probes = []
    for row in t.body:
        best = ""
        for c in row:
            if c.rs == 1 and len(c.plain) > len(best):
                best = c.plain
        if not best:
            best = max((c.plain for c in row), key=len, default="")
        probes.append(best)
    return probes


def numbers_row(n: int, start: int = 1, labels=None) -> list:
    labels = labels or [str(i) for i in range(start, start + n)]
    return [C(x, align="C", bold=True) for x in labels]


def finish(t: Table) -> Table:
    if not t.probes:
        t.probes = auto_probes(t)
    return t


# ------------------------------------------------------------------ NO/Sasaran/Indikator + measures
def indicator_table(groups: list[G], measures: list[tuple[str, str]], widths, caption=None,
                    numbers=None, size=9.5, style="ruled", head=("NO", "Sasaran Strategis", "INDIKATOR KINERJA"),
                    **kw) -> Table:
    """measures: [(header text, role)], role in target/realisasi/capaian."""
    header = [[C(h) for h in head] + [C(h) for h, _ in measures]]
    if numbers:
        header.append(numbers_row(0, labels=numbers))
    allrows = [list(r.measures) for g in groups for r in g.rows]
    pct = _pct_columns(allrows)
    body, records, probes = [], [], []
    for g in groups:
        n = len(g.rows)
        for k, r in enumerate(g.rows):
            row = []
            if k == 0:
                row += [C(g.no, rs=n, align="C"), C(g.sasaran, rs=n)]
            row.append(C(r.indikator))
            row += [C(v, align="C") for v in r.measures]
            vals = {role: measure(r.measures[i], pct[i]) for i, (_, role) in enumerate(measures)}
            rec = record(g.no, g.sasaran, r.indikator, **vals)
            rec["_row"] = len(body)
            records.append(rec)
            probes.append(clean(r.indikator))
            body.append(row)
    t = Table(widths=widths, header=header, body=body, caption=caption, style=style, size=size, **kw)
    t.records, t.probes = records, probes
    return t


# ------------------------------------------------------------------ Renstra targets per year
def renstra_table(groups: list[G], years: list[int], widths, caption=None, numbers=None, size=9, **kw) -> Table:
    header = [[C("NO"), C("Sasaran Strategis"), C("INDIKATOR KINERJA")] + [C(str(y)) for y in years]]
    if numbers:
        header.append(numbers_row(0, labels=numbers))
    pct = _pct_columns([list(r.measures) for g in groups for r in g.rows])
    body, records, probes = [], [], []
    for g in groups:
        n = len(g.rows)
        for k, r in enumerate(g.rows):
            row = [C(g.no, rs=n, align="C"), C(g.sasaran, rs=n)] if k == 0 else []
            row.append(C(r.indikator))
            row += [C(v, align="C") for v in r.measures]
            pers = [period(y, target=measure(r.measures[i], pct[i])) for i, y in enumerate(years)]
            rec = record(g.no, g.sasaran, r.indikator, periods=pers)
            rec["_row"] = len(body)
            records.append(rec)
            probes.append(clean(r.indikator))
            body.append(row)
    t = Table(widths=widths, header=header, body=body, caption=caption, size=size, **kw)
    t.records, t.probes = records, probes
    return t


# ------------------------------------------------------------------ TAHUN 2023 | TAHUN 2024 comparison
def compare_table(groups: list[G], years: list[int], widths, caption=None, size=9, **kw) -> Table:
    sub = ["TARGET KINERJA", "REALISASI", "CAPAIAN"]
    header = [
        [C("NO", rs=2), C("Sasaran Strategis", rs=2), C("INDIKATOR KINERJA", rs=2)]
        + [C(f"TAHUN {y}", cs=3) for y in years],
        [C(s) for _ in years for s in sub],
        numbers_row(3 + 3 * len(years)),
    ]
    pct = _pct_columns([list(r.measures) for g in groups for r in g.rows])
    body, records, probes = [], [], []
    for g in groups:
        n = len(g.rows)
        for k, r in enumerate(g.rows):
            row = [C(g.no, rs=n, align="C"), C(g.sasaran, rs=n)] if k == 0 else []
            row.append(C(r.indikator))
            row += [C(v, align="C") for v in r.measures]
            pers = []
            for yi, y in enumerate(years):
                m = [measure(r.measures[3 * yi + j], pct[3 * yi + j]) for j in range(3)]
                pers.append(period(y, *m))
            rec = record(g.no, g.sasaran, r.indikator, periods=pers)
            rec["_row"] = len(body)
            records.append(rec)
            probes.append(clean(r.indikator))
            body.append(row)
    t = Table(widths=widths, header=header, body=body, caption=caption, size=size, **kw)
    t.records, t.probes = records, probes
    return t


# ------------------------------------------------------------------ Renstra targets vs realisasi (outcome)
def outcome_table(rows: list[O], years: list[int], real_years: list[int], widths, caption=None,
                  size=9, target_head="Target Kinerja Renstra KPU BU", **kw) -> Table:
    header = [
        [C("Sasaran Program (Outcome)/Sasaran Kegiatan", rs=2), C("Indikator", rs=2),
         C(target_head, cs=len(years)), C("Realisasi", cs=len(real_years))],
        [C(str(y)) for y in years] + [C(str(y)) for y in real_years],
    ]
    pct = _pct_columns([list(o.targets) + list(o.realisasi) for o in rows])
    body, records, probes = [], [], []
    i = 0
    while i < len(rows):
        j = i + 1
        while j < len(rows) and rows[j].sasaran == "":
            j += 1
        sas = rows[i].sasaran
        for k in range(i, j):
            o = rows[k]
            row = [C(sas, rs=j - i)] if k == i else []
            row.append(C(o.indikator))
            row += [C(v, align="C") for v in list(o.targets) + list(o.realisasi)]
            pers = []
            for yi, y in enumerate(years):
                t = measure(o.targets[yi], pct[yi])
                real = None
                if y in real_years:
                    ri = real_years.index(y)
                    real = measure(o.realisasi[ri], pct[len(years) + ri])
                pers.append(period(y, target=t, realisasi=real))
            rec = record(None, sas, o.indikator, periods=pers)
            rec["_row"] = len(body)
            records.append(rec)
            probes.append(clean(o.indikator))
            body.append(row)
        i = j
    t = Table(widths=widths, header=header, body=body, caption=caption, size=size, **kw)
    t.records, t.probes = records, probes
    return t


# ------------------------------------------------------------------ tables without records
def plain_table(header: list[list], body: list[list], widths, caption=None, size=9.5, **kw) -> Table:
    def cells(row):
        return [x if isinstance(x, type(C())) else C(x) for x in row]
    t = Table(widths=widths, header=[cells(r) for r in header], body=[cells(r) for r in body],
              caption=caption, size=size, **kw)
    return finish(t)


# ------------------------------------------------------------------ free-form grids with "^" spans
UP = "^"   # a cell covered by the cell above it (that cell spans down over this row)


def span_table(header: list[list], rows: list[list], widths, rec_cols: dict | None = None,
               carry: dict | None = None, caption=None, size=9, **kw) -> Table:
    """rows: one list per body row, one entry per column (str, list of paragraphs, or Cell);
    UP marks a cell covered by the span of the cell above. rec_cols maps record fields
    (no, sasaran, indikator, target, realisasi, capaian) to column indexes; every row
    whose indikator cell is not UP gives one record per indikator paragraph. An empty
    no/sasaran cell carries the value above (also from `carry`, the previous part's
    last values, for a table continued on the next page)."""
    ncols = len(widths)
    for i, r in enumerate(rows):
        if len(r) != ncols:
            raise ValueError(f"row {i} has {len(r)} cells, want {ncols}: {r[:3]}")
    body = []
    for i, r in enumerate(rows):
        out = []
        for j, v in enumerate(r):
            if isinstance(v, str) and v == UP:
                continue
            cell = v if isinstance(v, type(C())) else C(v)
            rs = 1
            while i + rs < len(rows) and isinstance(rows[i + rs][j], str) and rows[i + rs][j] == UP:
                rs += 1
            cell.rs = rs
            out.append(cell)
        body.append(out)

    def text_of(v):
        if isinstance(v, type(C())):
            return v.text
        return v

    records, probes = [], []
    cur = dict(carry or {})
    meas = [k for k in ("target", "realisasi", "capaian") if rec_cols and k in rec_cols]
    if rec_cols:
        cols = {k: [] for k in meas}
        for r in rows:
            for k in meas:
                v = text_of(r[rec_cols[k]])
                if isinstance(v, str) and v != UP:
                    cols[k].append([v])
                elif isinstance(v, list):
                    cols[k] += [[x] for x in v]
        pct = {k: _pct_columns(cols[k])[0] if cols[k] else False for k in meas}
    for i, r in enumerate(rows):
        if rec_cols:
            for k in ("no", "sasaran"):
                if k in rec_cols:
                    v = text_of(r[rec_cols[k]])
                    if not (isinstance(v, str) and v == UP) and clean(" ".join(v) if isinstance(v, list) else v):
                        cur[k] = " ".join(v) if isinstance(v, list) else v
            ind = text_of(r[rec_cols["indikator"]])
            if not (isinstance(ind, str) and ind == UP) and (ind if isinstance(ind, list) else clean(ind)):
                paras = ind if isinstance(ind, list) else [ind]
                for pi, para in enumerate(paras):
                    vals = {}
                    for k in meas:
                        mv = text_of(r[rec_cols[k]])
                        if isinstance(mv, list):
                            mv = mv[pi] if pi < len(mv) else ""
                        elif mv == UP:
                            mv = ""   # a measure never spans into another indicator's row here
                        vals[k] = measure(mv, pct[k])
                    rec = record(cur.get("no"), cur.get("sasaran"), para, **vals)
                    rec["_row"] = i
                    records.append(rec)
                probes.append(clean(paras[0]))
                continue
        best = ""
        for c in body[i]:
            if c.rs == 1 and len(c.plain) > len(best):
                best = c.plain
        probes.append(best or max((c.plain for c in body[i]), key=len, default=""))
    t = Table(widths=widths, header=[[x if isinstance(x, type(C())) else C(x) for x in h] for h in header],
              body=body, caption=caption, size=size, **kw)
    t.records, t.probes = records, probes
    t.last_carry = cur
    return t


def pk_agreement(d, judul, nama, jabatan, pihak_kedua, pertama_lines):
    """The agreement page of a Kasubbag's Perjanjian Kinerja (seed 001's appendix):
    letterhead, title, the two parties, the pledge and both signatures. The seed writes
    the second party's label as `Pihak Kedua,` or `Pihak Kedua.`; `pertama_lines` are the
    first party's signature lines."""
    import data_lkjip as D
    d.p("KOMISI PEMILIHAN UMUM KABUPATEN BENGKULU UTARA", align="C", bold=True, size=13, after=0)
    d.p("Alamat : Jl. Prof. M. Yamin, SH. No. 12 Arga Makmur", align="C", size=9, after=0)
    d.p("Telp. (0737)523062 Fax. (0737)523062", align="C", size=9, after=0.6)
    d.title(judul, size=12, after=0.5)
    d.body(D.PK_PEMBUKA, indent=0)
    for ln in (f"Nama : {nama}", f"Jabatan : {jabatan}", "Selanjutnya disebut pihak pertama",
               "Nama : Samsul Bahri, S.Sos", "Jabatan : Sekretaris KPU Kab. Bengkulu Utara",
               "Selaku atasan pihak pertama, Selanjutnya disebut pihak kedua"):
        d.p(ln, align="L", left=0.6, after=0.05)
    for t in D.PK_JANJI:
        d.body(t, before=0.2)
    d.p("Arga Makmur, 3 Januari 2024", align="L", left=9.0, before=0.4)
    d.p(pihak_kedua, align="L", after=0.0)
    for ln in ("SEKRETARIS KOMISI PEMILIHAN UMUM", "KABUPATEN BENGKULU UTARA", "", "", "SAMSUL BAHRI, S.Sos",
               "NIP. 196810011989031005"):
        d.p(ln, align="L", after=0.0)
    d.p("Pihak Pertama,", align="L", left=9.0, before=0.4, after=0.0)
    for ln in pertama_lines:
        d.p(ln, align="L", left=9.0, after=0.0)
