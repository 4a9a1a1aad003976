"""Turn a native sample PDF into an image-only "scan": each page rendered in grey with
pdftoppm, slightly skewed, blurred, speckled with noise, JPEG-compressed, one page
turned upside down (or sideways), and wrapped into a PDF with img2pdf. Deterministic
for a given seed. Needs poppler-utils, pillow, numpy, img2pdf."""
from __future__ import annotations

import glob
import io
import os
import subprocess
import tempfile

import img2pdf
import numpy as np
from PIL import Image, ImageFilter


def make_scan(pdf: str, out_pdf: str, dpi: int = 200, skew=(0.8,), rotate=None, seed: int = 1,
              quality: int = 55, noise: float = 9.0) -> None:
    rotate = rotate or {}
    rng = np.random.default_rng(seed)
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", pdf, os.path.join(tmp, "p")], check=True)
        pages = sorted(glob.glob(os.path.join(tmp, "p-*.png")))
        jpegs = []
        for i, path in enumerate(pages, start=1):
            im = Image.open(path).convert("L")
            angle = skew[(i - 1) % len(skew)]
            im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(radius=0.55))
            a = np.asarray(im, dtype=np.float32)
            a = a * 0.93 + 10                                   # greyish paper, not-quite-black ink
            a += rng.normal(0.0, noise, a.shape)                # sensor noise
            specks = rng.random(a.shape) < 0.0004               # dust
            a[specks] = rng.uniform(0, 90, int(specks.sum()))
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
            if i in rotate:
                im = im.rotate(rotate[i], expand=True)          # a page fed the wrong way round
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=quality, optimize=True)
            jpegs.append(buf.getvalue())
        layout = img2pdf.get_fixed_dpi_layout_fun((dpi, dpi))
        with open(out_pdf, "wb") as f:
            f.write(img2pdf.convert(jpegs, layout_fun=layout, nodate=True))
