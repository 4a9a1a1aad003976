#!/usr/bin/env python3
"""Writes the small PDFs the PDFReading tests read. Hand-written PDF syntax (base-14
Helvetica, stroked rules), so every word and rule position is known exactly.
Run from this folder: python3 make_fixtures.py (encrypted.pdf needs qpdf)."""
import subprocess

def pdf(pages):
    """pages: list of (width, height, rotate, content-stream bytes)."""
    objs = []
    def add(body):
        objs.append(body)
        return len(objs)
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objs) + 1 + 2 * len(pages)
    kids = []
    for (w, h, rot, stream) in pages:
        c = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        p = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Rotate %d "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                % (pages_id, w, h, rot, font, bold, c))
        kids.append(p)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))) == pages_id
    cat = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, body in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, xref)
    return bytes(out)

def text(x, y, s, size=10, f="F1"):
    return b"BT /%s %d Tf %g %g Td (%s) Tj ET\n" % (f.encode(), size, x, y, s.encode("latin-1"))

def table_page(h=842):
    """A 3x3 ruled table: header row (bold) and two body rows; PDF y grows upwards."""
    s = b"0.5 w\n"
    xs, ys = [50, 90, 300, 400], [h - 100, h - 120, h - 140, h - 160]
    for y in ys:
        s += b"%d %d m %d %d l S\n" % (xs[0], y, xs[-1], y)
    for x in xs:
        s += b"%d %d m %d %d l S\n" % (x, ys[0], x, ys[-1])
    s += text(55, h - 114, "NO", f="F2") + text(95, h - 114, "INDIKATOR", f="F2") + text(305, h - 114, "TARGET", f="F2")
    s += text(55, h - 134, "1") + text(95, h - 134, "Persentase layanan") + text(305, h - 134, "96, 7 %")
    s += text(55, h - 154, "2") + text(95, h - 154, "Opini BPK") + text(305, h - 154, "WTP")
    s += text(50, h - 60, "RENCANA KINERJA TAHUNAN TAHUN 2024", size=14, f="F2")
    return s

open("table.pdf", "wb").write(pdf([(595, 842, 0, table_page())]))
# The same page stored landscape-sideways: a portrait MediaBox, content drawn rotated,
# /Rotate 90 so that a viewer (and kinerja) shows it upright.
rot = b"q 0 1 -1 0 595 0 cm\n" + table_page(595) + b"Q\n"   # draw a 842x595 page rotated into 595x842
open("rotated.pdf", "wb").write(pdf([(595, 842, 90, rot)]))
# The same sideways content with no /Rotate: a landscape table inside a portrait document,
# which kinerja must still read upright.
open("sideways.pdf", "wb").write(pdf([(595, 842, 0, rot)]))
open("blank.pdf", "wb").write(pdf([(595, 842, 0, b"")]))
data = open("table.pdf", "rb").read()
open("truncated.pdf", "wb").write(data[: len(data) // 3])
subprocess.run(["qpdf", "--encrypt", "user", "owner", "256", "--", "table.pdf", "encrypted.pdf"], check=True)
# mixed.pdf: the table page as text, then the same page as a 200-dpi grayscale JPEG scan
# (needs pdftoppm, img2pdf from PyPI, qpdf).
import img2pdf, tempfile, os
with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(["pdftoppm", "-r", "200", "-gray", "-jpeg", "-jpegopt", "quality=80", "table.pdf", f"{tmp}/scan"], check=True)
    a4 = img2pdf.get_layout_fun((img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297)))
    with open(f"{tmp}/scan.pdf", "wb") as f:
        f.write(img2pdf.convert(f"{tmp}/scan-1.jpg", layout_fun=a4))
    subprocess.run(["qpdf", "--empty", "--pages", "table.pdf", f"{tmp}/scan.pdf", "--", "mixed.pdf"], check=True)
