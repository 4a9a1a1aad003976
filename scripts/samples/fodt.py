"""A small Flat-ODT (.fodt) writer for the sample generator.

Only what the samples need: A4 portrait/landscape page styles, a handful of
paragraph styles (Liberation Serif body, Liberation Sans tables), tables with
row/column spans, repeated header rows, ruled or borderless cell borders and
optional shading. Every table added to a Doc is numbered in document order,
which is also reading order (no side-by-side tables).
"""
from __future__ import annotations

import subprocess
import shutil
import os
import hashlib
from dataclasses import dataclass, field
from xml.sax.saxutils import escape as _esc

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'
)

SERIF = "Liberation Serif"
SANS = "Liberation Sans"


def _h(key) -> str:
    return hashlib.md5(repr(key).encode()).hexdigest()[:8]


def esc(s: str) -> str:
    return _esc(s, {'"': "&quot;"})


def text_xml(s: str) -> str:
    """Escape text, keeping runs of spaces (text:s) so what we type is what prints."""
    out = []
    i = 0
    s = esc(s)
    while i < len(s):
        if s[i] == " " and i + 1 < len(s) and s[i + 1] == " ":
            j = i
            while j < len(s) and s[j] == " ":
                j += 1
            out.append(" " + f'<text:s text:c="{j - i - 1}"/>')
            i = j
        elif s[i] == "\n":
            out.append("<text:line-break/>")
            i += 1
        elif s[i] == "\t":
            out.append("<text:tab/>")
            i += 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


# ----------------------------------------------------------------- tables
@dataclass
class Cell:
    """One table cell: text is a string or a list of paragraphs."""
    text: object = ""
    rs: int = 1                 # rows spanned
    cs: int = 1                 # columns spanned
    align: str = "L"            # L, C, R
    bold: bool = False
    shade: str | None = None    # background colour, e.g. "#d9d9d9"
    gap: float = 0.0            # space after each paragraph but the last (cm), for stacked cells

    @property
    def paras(self) -> list[str]:
        if isinstance(self.text, (list, tuple)):
            return [str(p) for p in self.text]
        return [str(self.text)] if self.text is not None else [""]

    @property
    def plain(self) -> str:
        return " ".join(" ".join(p.split()) for p in self.paras if p.strip())


def C(text="", rs=1, cs=1, align="L", bold=False, shade=None, gap=0.0) -> Cell:
    return Cell(text, rs, cs, align, bold, shade, gap)


@dataclass
class Table:
    widths: list[float]                          # cm
    header: list[list[Cell]]                     # repeated header rows
    body: list[list[Cell]]
    caption: str | None = None                   # printed under the table
    style: str = "ruled"                         # ruled | borderless
    size: float = 9.5                            # font size (pt)
    head_size: float | None = None               # header font size (default: size)
    head_min_height: float | None = None         # minimum height of the first header row (cm)
    repeat_header: bool = True
    keep_rows: bool = True                       # rows may not break across pages
    header_shade: str | None = "#d9d9d9"
    records: list = field(default_factory=list)  # indicator records (dicts with "_row")
    probes: list = field(default_factory=list)   # per body row: text used to find its page
    continues: bool = False                      # this ODF table continues the previous one
    page_break_before: bool = False
    landscape_before: bool = False               # switch to the landscape master page
    portrait_before: bool = False
    name: str = ""

    def ncols(self) -> int:
        return len(self.widths)


def _grid(rows: list[list[Cell]], ncols: int, what: str):
    """Place cells on a grid; return per row a list of (col, cell|None for covered)."""
    occupied: dict[tuple[int, int], bool] = {}
    placed = []
    for r, row in enumerate(rows):
        out = []
        c = 0
        it = iter(row)
        while c < ncols:
            if occupied.get((r, c)):
                out.append((c, None))
                c += 1
                continue
            try:
                cell = next(it)
            except StopIteration:
                raise ValueError(f"{what}: row {r} has too few cells ({row!r})")
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    if dr or dc:
                        occupied[(r + dr, c + dc)] = True
            out.append((c, cell))
            c += 1
            for _ in range(cell.cs - 1):
                out.append((c, None))
                c += 1
        rest = list(it)
        if rest:
            raise ValueError(f"{what}: row {r} has too many cells: {[x.plain for x in rest]}")
        placed.append(out)
    return placed


class Doc:
    def __init__(self, landscape: bool = False, footer: str | None = None,
                 body_font: str = SERIF, body_size: float = 12, table_font: str = SANS,
                 margins=(2.0, 2.0, 2.5, 2.0)):
        self.landscape = landscape
        self.footer = footer            # e.g. "Halaman {n}" (n = page number field)
        self.body_font = body_font
        self.body_size = body_size
        self.table_font = table_font
        self.margins = margins          # top, bottom, left, right (cm)
        self.parts: list = []           # ("xml", str) | ("table", Table)
        self.auto_styles: dict[str, str] = {}
        self.tables: list[Table] = []
        self._pending_master: str | None = None

    # -------------------------------------------------------- paragraph styles
    def _pstyle(self, align="justify", size=None, bold=False, italic=False, font=None,
                indent=0.0, before=0.0, after=0.21, brk=None, master=None, keep_next=False,
                line=None, left=0.0) -> str:
        size = size or self.body_size
        font = font or self.body_font
        key = ("P", align, size, bold, italic, font, indent, before, after, brk, master,
               keep_next, line, left)
        name = "P" + _h(key)
        if name not in self.auto_styles:
            pp = [f'fo:text-align="{ {"L": "start", "C": "center", "R": "end"}.get(align, align) }"',
                  f'fo:margin-top="{before}cm"', f'fo:margin-bottom="{after}cm"',
                  f'fo:text-indent="{indent}cm"', f'fo:margin-left="{left}cm"']
            if brk:
                pp.append(f'fo:break-before="{brk}"')
            if keep_next:
                pp.append('fo:keep-with-next="always"')
            if line:
                pp.append(f'fo:line-height="{line}%"')
            tp = [f'style:font-name="{font}"', f'fo:font-size="{size}pt"',
                  f'style:font-name-complex="{font}"', f'style:font-size-complex="{size}pt"',
                  f'style:font-name-asian="{font}"', f'style:font-size-asian="{size}pt"']
            if bold:
                tp += ['fo:font-weight="bold"', 'style:font-weight-complex="bold"', 'style:font-weight-asian="bold"']
            if italic:
                tp += ['fo:font-style="italic"', 'style:font-style-complex="italic"', 'style:font-style-asian="italic"']
            m = f' style:master-page-name="{master}"' if master else ""
            self.auto_styles[name] = (
                f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="Standard"{m}>'
                f'<style:paragraph-properties {" ".join(pp)}/><style:text-properties {" ".join(tp)}/></style:style>')
        return name

    def _take_master(self) -> str | None:
        m = self._pending_master
        self._pending_master = None
        return m

    def p(self, text: str, align="justify", size=None, bold=False, italic=False, indent=0.0,
          before=0.0, after=0.21, keep_next=False, line=None, left=0.0, font=None):
        master = self._take_master()
        st = self._pstyle(align, size, bold, italic, font, indent, before, after,
                          None, master, keep_next, line, left)
        self.parts.append(("xml", f'<text:p text:style-name="{st}">{text_xml(text)}</text:p>'))

    def body(self, text: str, **kw):
        kw.setdefault("indent", 1.0)
        kw.setdefault("line", 115)
        self.p(text, **kw)

    def title(self, text: str, size=14, before=0.0, after=0.2, **kw):
        self.p(text, align="C", size=size, bold=True, before=before, after=after, keep_next=True, **kw)

    def heading(self, text: str, size=None, before=0.3, after=0.2, **kw):
        self.p(text, align="L", size=size, bold=True, before=before, after=after, keep_next=True, **kw)

    def caption(self, text: str):
        self.p(text, align="C", size=10, bold=True, before=0.15, after=0.35, font=self.body_font)

    def blank(self, n=1):
        for _ in range(n):
            self.p("", after=0.0)

    def page_break(self):
        st = self._pstyle("L", brk="page", after=0.0, size=2)
        self.parts.append(("xml", f'<text:p text:style-name="{st}"/>'))

    def master(self, name: str):
        """Start a new page using master page Standard (portrait) or Landscape."""
        self._pending_master = name

    def table(self, t: Table) -> Table:
        if not t.continues:
            self.tables.append(t)
        else:
            self.tables[-1].continued_by = getattr(self.tables[-1], "continued_by", []) + [t]
        t._master = self._take_master()
        self.parts.append(("table", t))
        if t.caption:
            self.caption(t.caption)
        return t

    # -------------------------------------------------------------- table xml
    def _cell_style(self, t: Table, kind: str, shade: str | None, first_body: bool) -> str:
        # kind: head, head_last (last header row), body
        b = "0.5pt solid #000000"
        if t.style == "ruled":
            borders = f'fo:border="{b}"'
        else:
            if kind == "head_last":
                borders = 'fo:border-left="none" fo:border-right="none" fo:border-top="none" fo:border-bottom="0.75pt solid #000000"'
            else:
                borders = 'fo:border="none"'
        bg = f' fo:background-color="{shade}"' if shade else ""
        va = "middle" if kind.startswith("head") else "top"
        key = ("C", t.style, kind, shade)
        name = "C" + _h(key)
        if name not in self.auto_styles:
            self.auto_styles[name] = (
                f'<style:style style:name="{name}" style:family="table-cell">'
                f'<style:table-cell-properties fo:padding-left="0.08cm" fo:padding-right="0.08cm" '
                f'fo:padding-top="0.04cm" fo:padding-bottom="0.04cm" {borders}{bg} '
                f'style:vertical-align="{va}"/></style:style>')
        return name

    def _row_style(self, keep: bool, min_height: float | None = None) -> str:
        name = ("Rkeep" if keep else "Rfree") + (f"h{int(min_height * 100)}" if min_height else "")
        if name not in self.auto_styles:
            kt = "always" if keep else "auto"
            mh = f' style:min-row-height="{min_height:.2f}cm"' if min_height else ""
            self.auto_styles[name] = (
                f'<style:style style:name="{name}" style:family="table-row">'
                f'<style:table-row-properties fo:keep-together="{kt}"{mh}/></style:style>')
        return name

    def _table_xml(self, t: Table, idx: int) -> str:
        tname = f"Tabel{idx}"
        width = sum(t.widths)
        props = [f'style:width="{width:.3f}cm"', 'table:align="center"',
                 'fo:margin-top="0.15cm"', 'fo:margin-bottom="0.1cm"',
                 'style:may-break-between-rows="true"']
        if t.page_break_before and not t._master:
            props.append('fo:break-before="page"')
        m = f' style:master-page-name="{t._master}"' if t._master else ""
        self.auto_styles[tname] = (
            f'<style:style style:name="{tname}" style:family="table"{m}>'
            f'<style:table-properties {" ".join(props)}/></style:style>')
        x = [f'<table:table table:name="{tname}" table:style-name="{tname}">']
        for ci, w in enumerate(t.widths):
            cn = f"{tname}.c{ci}"
            self.auto_styles[cn] = (
                f'<style:style style:name="{cn}" style:family="table-column">'
                f'<style:table-column-properties style:column-width="{w:.3f}cm"/></style:style>')
            x.append(f'<table:table-column table:style-name="{cn}"/>')

        def rows_xml(rows, head: bool):
            out = []
            placed = _grid(rows, t.ncols(), f"{tname}{' header' if head else ''}")
            for r, row in enumerate(placed):
                keep = t.keep_rows or head
                if t.keep_rows == "nomaster" and not head:
                    keep = not any(cc is not None and cc.rs > 1 for _, cc in row)
                mh = t.head_min_height if head and r == 0 else None
                out.append(f'<table:table-row table:style-name="{self._row_style(keep, mh)}">')
                for c, cell in row:
                    if cell is None:
                        out.append("<table:covered-table-cell/>")
                        continue
                    kind = "body"
                    if head:
                        kind = "head_last" if r == len(placed) - 1 else "head"
                    shade = cell.shade if cell.shade is not None else (t.header_shade if head and t.style == "ruled" else None)
                    cs = self._cell_style(t, kind, shade, False)
                    attrs = f'table:style-name="{cs}" office:value-type="string"'
                    if cell.rs > 1:
                        attrs += f' table:number-rows-spanned="{cell.rs}"'
                    if cell.cs > 1:
                        attrs += f' table:number-columns-spanned="{cell.cs}"'
                    align = "C" if head and cell.align == "L" else cell.align
                    ps = self._pstyle(align, (t.head_size or t.size) if head else t.size, cell.bold or head, False, self.table_font,
                                      0.0, 0.0, 0.0, None, None, False, None, 0.0)
                    pg = ps
                    if cell.gap:
                        pg = self._pstyle(align, t.size, cell.bold or head, False, self.table_font,
                                          0.0, 0.0, cell.gap, None, None, False, None, 0.0)
                    n = len(cell.paras)
                    paras = "".join(f'<text:p text:style-name="{pg if i < n - 1 else ps}">{text_xml(p)}</text:p>'
                                    for i, p in enumerate(cell.paras))
                    out.append(f"<table:table-cell {attrs}>{paras}</table:table-cell>")
                out.append("</table:table-row>")
            return out

        if t.header:
            if t.repeat_header:
                x.append("<table:table-header-rows>")
            x += rows_xml(t.header, True)
            if t.repeat_header:
                x.append("</table:table-header-rows>")
        x += rows_xml(t.body, False)
        x.append("</table:table>")
        return "".join(x)

    # ---------------------------------------------------------------- output
    def fodt(self) -> str:
        body = []
        tix = 0
        for kind, v in self.parts:
            if kind == "xml":
                body.append(v)
            else:
                tix += 1
                body.append(self._table_xml(v, tix))
        t, b, l, r = self.margins

        def layout(name, w, h, orient):
            foot = ""
            if self.footer:
                foot = ('<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
                        'fo:margin-top="0.3cm"/></style:footer-style>')
            return (f'<style:page-layout style:name="{name}"><style:page-layout-properties '
                    f'fo:page-width="{w}cm" fo:page-height="{h}cm" style:print-orientation="{orient}" '
                    f'fo:margin-top="{t}cm" fo:margin-bottom="{b}cm" fo:margin-left="{l}cm" '
                    f'fo:margin-right="{r}cm"/>{foot}</style:page-layout>')

        pl = [layout("pmPortrait", 21.0, 29.7, "portrait"), layout("pmLandscape", 29.7, 21.0, "landscape")]
        fst = self._pstyle("C", 10, False, False, self.body_font, 0, 0, 0)
        footer_xml = ""
        if self.footer:
            pre, _, post = self.footer.partition("{n}")
            footer_xml = (f'<style:footer><text:p text:style-name="{fst}">{text_xml(pre)}'
                          f'<text:page-number text:select-page="current"/>{text_xml(post)}</text:p></style:footer>')
        std_layout = "pmLandscape" if self.landscape else "pmPortrait"
        masters = (f'<style:master-page style:name="Standard" style:page-layout-name="{std_layout}">{footer_xml}</style:master-page>'
                   f'<style:master-page style:name="Portrait" style:page-layout-name="pmPortrait">{footer_xml}</style:master-page>'
                   f'<style:master-page style:name="Landscape" style:page-layout-name="pmLandscape">{footer_xml}</style:master-page>')
        fonts = "".join(
            f'<style:font-face style:name="{f}" svg:font-family="&apos;{f}&apos;" '
            f'style:font-family-generic="{g}" style:font-pitch="variable"/>'
            for f, g in ((SERIF, "roman"), (SANS, "swiss")))
        styles = (
            '<style:default-style style:family="paragraph"><style:paragraph-properties '
            'style:writing-mode="lr-tb"/><style:text-properties '
            f'style:font-name="{self.body_font}" fo:font-size="{self.body_size}pt" fo:language="id" fo:country="ID" '
            f'style:font-name-asian="{self.body_font}" style:font-name-complex="{self.body_font}" '
            'fo:hyphenate="false"/></style:default-style>'
            '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
            '<style:default-style style:family="table-cell"/>')
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {NS} office:version="1.3" '
                f'office:mimetype="application/vnd.oasis.opendocument.text">'
                f'<office:font-face-decls>{fonts}</office:font-face-decls>'
                f'<office:styles>{styles}</office:styles>'
                f'<office:automatic-styles>{"".join(pl)}{"".join(self.auto_styles[k] for k in sorted(self.auto_styles))}</office:automatic-styles>'
                f'<office:master-styles>{masters}</office:master-styles>'
                f'<office:body><office:text>{"".join(body)}</office:text></office:body></office:document>\n')


def convert(fodt_path: str, outdir: str) -> str:
    """soffice --headless --convert-to pdf; returns the PDF path."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise SystemExit("make samples needs LibreOffice (apt-get install libreoffice-writer-nogui fonts-liberation)")
    env = dict(os.environ)
    env.setdefault("SAL_USE_VCLPLUGIN", "svp")
    profile = os.path.join(os.path.abspath(outdir), ".lo-profile")
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", outdir, fodt_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(fodt_path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise SystemExit(f"LibreOffice did not produce {pdf}")
    return pdf
