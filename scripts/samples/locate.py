"""Where did LibreOffice put each table row? (poppler's pdftotext, not our tool)

Every body row of every table is searched, in document order, in the text
of `pdftotext -raw` with all whitespace removed: first the row's whole
signature (the cells that start in that row, left to right), else its probe
cell alone. A row's page is where its match starts; a table's pages run from
its header to its last row.
"""
from __future__ import annotations

import subprocess
import unicodedata


def norm(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


class PageText:
    def __init__(self, pdf: str):
        raw = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True,
                             capture_output=True).stdout.decode("utf-8")
        pages = raw.split("\f")
        if pages and not pages[-1].strip():
            pages = pages[:-1]
        self.pages_raw = pages
        self.text = ""
        self.starts = []
        for p in pages:
            self.starts.append(len(self.text))
            self.text += norm(p)
        self.cursor = 0

    def page_at(self, off: int) -> int:
        lo = 0
        for i, s in enumerate(self.starts):
            if s <= off:
                lo = i
        return lo + 1

    def find(self, s: str, advance=True, window: int | None = None):
        """Next occurrence at or after the cursor (starting within `window` chars of it)."""
        s = norm(s)
        if not s:
            return None
        i = self.text.find(s, self.cursor)
        if i < 0 or (window is not None and i - self.cursor > window):
            return None
        if advance:
            self.cursor = i + len(s)
        return self.page_at(i)


WINDOW = 1500


def row_signature(t, r: int) -> str:
    return "".join(c.plain for c in t.body[r])


def locate_tables(pdf: str, tables) -> tuple[list[list[int]], list[list[int]], list[str]]:
    """For each logical table (with .continued_by parts): its pages, the page of
    each body row (over all parts), and notes about fallbacks."""
    pt = PageText(pdf)
    all_pages, all_rows, notes = [], [], []
    for ti, t in enumerate(tables):
        parts = [t] + list(getattr(t, "continued_by", []))
        pages, rows = set(), []
        for part in parts:
            if part.header:
                sig = "".join(c.plain for c in part.header[0])
                save = pt.cursor
                hp = pt.find(sig)
                if hp is not None:
                    pages.add(hp)
                else:
                    pt.cursor = save
            for r in range(len(part.body)):
                # consecutive rows are close in the text stream; only a repeated header,
                # a footer and the rest of a cut spanning cell may lie between them
                window = None if (r == 0 and not part.header) else WINDOW
                p = pt.find(row_signature(part, r), window=window)
                if p is None:
                    p = pt.find(part.probes[r], window=window)
                    notes.append(f"t{ti + 1} row {len(rows)}: signature not contiguous, used probe "
                                 f"{part.probes[r][:40]!r} -> page {p}")
                if p is None:
                    raise SystemExit(f"t{ti + 1}: row {r} not found in {pdf}: {part.probes[r][:80]!r}")
                rows.append(p)
                pages.add(p)
        lo, hi = min(pages), max(pages)
        all_pages.append(list(range(lo, hi + 1)))
        all_rows.append(rows)
    return all_pages, all_rows, notes
