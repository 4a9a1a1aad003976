"""Data shapes typed from the seeds, and how a printed measure is read.

The expected JSON of every sample is derived from these structures, never
from the tool's output. `measure()` applies CONTRACT.md's value rules and the
corpus truth conventions:

* `96, 7 %`, `85,58%`, `99.42 %`, `100,00%` -> percent
* a decimal without `%` (`73,1`) in a column of percentages -> percent
* a bare integer (`97`, `80`, `0`) -> number, even in a percentage column
* `12 Kali`, `2 lap`, `1 orang` -> quantity with a lower-case unit (`lap` -> `laporan`)
* `B`, `BB`, ... -> grade; `WTP`, `WDP`, `TMP`, `TW` -> opinion
* empty or `-` -> null; anything else -> text (value null)
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass
class R:
    """One indicator row: the indikator text and its printed measures (in column order).

    `paras` > 1 stacks several indicators in one cell (RKT); then `indikator`
    and each measure are lists of paragraphs, one record per paragraph."""
    indikator: object
    measures: tuple = ()
    extra: dict = field(default_factory=dict)   # other cells of the row (kegiatan, anggaran, ...)

    def __init__(self, indikator, *measures, **extra):
        self.indikator = indikator
        self.measures = tuple(measures)
        self.extra = extra


@dataclass
class G:
    """A sasaran group: NO and Sasaran cells span all its rows."""
    no: str
    sasaran: str
    rows: list


@dataclass
class O:
    """A row of a Renstra-vs-realisasi (outcome) table."""
    sasaran: str          # '' = covered by the sasaran cell above (row span)
    indikator: str
    targets: list         # one per Renstra year
    realisasi: list       # one per realisasi year


GRADES = {"A", "AA", "B", "BB", "C", "CC", "D"}
OPINIONS = {"WTP", "WDP", "TMP", "TW"}
UNITS = {"lap": "laporan", "laporan": "laporan", "kali": "kali", "orang": "orang",
         "perkara": "perkara", "kegiatan": "kegiatan", "rancangan": "rancangan",
         "pegawai": "pegawai", "dokumen": "dokumen"}


def clean(s: str | None) -> str:
    return " ".join((s or "").split())


def _num(s: str) -> float:
    s = s.replace(" ", "")
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    v = float(s)
    return int(v) if v == int(v) else v


def measure(raw: str | None, pct_column: bool = False):
    """The contract value object for a printed measure cell, or None."""
    raw = clean(raw)
    if raw in ("", "-", "\u2013", "\u2014"):
        return None
    if raw in GRADES:
        return {"raw": raw, "kind": "grade", "value": raw}
    if raw in OPINIONS:
        return {"raw": raw, "kind": "opinion", "value": raw}
    m = re.fullmatch(r"(\d+(?:[.,] ?\d+)?) ?%", raw)
    if m:
        return {"raw": raw, "kind": "percent", "value": _num(m.group(1))}
    if re.fullmatch(r"\d+", raw):
        return {"raw": raw, "kind": "number", "value": int(raw)}
    if pct_column and re.fullmatch(r"\d+[.,]\d+", raw):
        return {"raw": raw, "kind": "percent", "value": _num(raw)}
    if re.fullmatch(r"\d{1,3}(\.\d{3})+", raw):
        return {"raw": raw, "kind": "number", "value": int(raw.replace(".", ""))}
    m = re.fullmatch(r"(\d+) ([A-Za-z]+)", raw)
    if m and m.group(2).lower() in UNITS:
        return {"raw": raw, "kind": "quantity", "value": int(m.group(1)),
                "unit": UNITS[m.group(2).lower()]}
    return {"raw": raw, "kind": "text", "value": None}


def record(no, sasaran, indikator, target=None, realisasi=None, capaian=None, periods=None):
    return {
        "no": clean(no) if no is not None and clean(no) != "" else None,
        "sasaran": clean(sasaran) or None,
        "indikator": clean(indikator),
        "target": target, "realisasi": realisasi, "capaian": capaian,
        "periods": periods or [],
    }


def period(tahun, target=None, realisasi=None, capaian=None):
    return {"tahun": tahun, "target": target, "realisasi": realisasi, "capaian": capaian}
