"""Attached PDFs put onto the pages the pack's layout kept for them (pypdf).

Each page of an attached PDF becomes a form XObject drawn, scaled to fit, on its reserved
page of the pack. The reserved page already carries the pack's label and footer ("page X
of N", the association's name), so every page of the book is numbered and stamped alike,
and the contents and bookmarks point at the attached pages as at any other. The page's
content stream is reused as it is (not decoded and parsed), so placing a page costs about
what appending it to a plain merge costs.

The result is reproducible: the same layout and papers give the same bytes (the document
information is ReportLab's, dated to the as-of day, and the file identifier is derived
from the content, not from the clock).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from pathlib import Path
from typing import cast

from pypdf import PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    RectangleObject,
    StreamObject,
)

from iali_desktop.services.reporting import PaperFile

from .pack_document import PaperSlot

Box = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]
FORM_NAME = NameObject("/IaliPaper")


def count_pages(paper: PaperFile) -> int | None:
    """How many pages the attached PDF has; None when it cannot be read as a PDF."""
    try:
        with paper.open() as stream:
            reader = PdfReader(stream)
            if reader.is_encrypted and not reader.decrypt(""):
                return None
            return len(reader.pages)
    except (PyPdfError, OSError, ValueError, KeyError):
        return None


def merge_papers(layout: bytes, out: Path, papers: Sequence[PaperFile],
                 slots: Sequence[PaperSlot], box: Box) -> None:
    """Write to `out` the laid-out pack with each slot's attached page placed in `box`."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(layout)))
    by_paper: dict[int, list[PaperSlot]] = {}
    for slot in slots:
        by_paper.setdefault(slot.paper, []).append(slot)
    for index in sorted(by_paper):
        with papers[index].open() as stream:
            reader = PdfReader(stream)
            if reader.is_encrypted:
                reader.decrypt("")
            for slot in by_paper[index]:
                _place(writer, writer.pages[slot.pack_page - 1], reader.pages[slot.page], box)
    writer._ID = ArrayObject([ByteStringObject(_identity(layout, papers))] * 2)
    with out.open("wb") as f:
        writer.write(f)


def _identity(layout: bytes, papers: Sequence[PaperFile]) -> bytes:
    digest = hashlib.md5(layout, usedforsecurity=False)
    for p in papers:
        digest.update(f"{p.name}\0{p.size}\0{p.media_type}\0".encode())
    return digest.digest()


def _place(writer: PdfWriter, dest: DictionaryObject, src: DictionaryObject, box: Box) -> None:
    crop = RectangleObject(src.get("/CropBox", src["/MediaBox"]))
    rotation = int(src.get("/Rotate", 0)) % 360
    form = _form(writer, src, crop)
    matrix, placed = _fit(crop, rotation, box)
    resources = DictionaryObject(dest.get("/Resources", DictionaryObject()).get_object())
    xobjects = DictionaryObject(resources.get("/XObject", DictionaryObject()).get_object())
    xobjects[FORM_NAME] = form
    resources[NameObject("/XObject")] = xobjects
    dest[NameObject("/Resources")] = resources  # a copy: ReportLab shares resource dicts
    x, y, w, h = placed
    ops = (f"q {' '.join(_num(v) for v in matrix)} cm {FORM_NAME} Do Q "
           f"q 0.6 G 0.5 w {_num(x)} {_num(y)} {_num(w)} {_num(h)} re S Q\n")
    stream = DecodedStreamObject()
    stream.set_data(ops.encode("ascii"))
    ref = writer._add_object(stream)
    old = dest.get("/Contents")
    parts: list[PdfObject] = [ref]
    if old is not None:
        resolved = old.get_object()
        parts += list(resolved) if isinstance(resolved, ArrayObject) else [old]
    dest[NameObject("/Contents")] = ArrayObject(parts)


def _form(writer: PdfWriter, src: DictionaryObject, crop: RectangleObject) -> IndirectObject:
    """The source page as a form XObject held by `writer` (its content stream kept
    encoded when it is a single stream)."""
    contents = src.get("/Contents")
    resolved = contents.get_object() if contents is not None else None
    form: StreamObject
    if isinstance(resolved, StreamObject):
        form = cast(StreamObject, resolved.clone(writer, force_duplicate=True))
    else:
        form = DecodedStreamObject()
        form.set_data(b"\n".join(c.get_object().get_data() for c in resolved or []))
    form[NameObject("/Type")] = NameObject("/XObject")
    form[NameObject("/Subtype")] = NameObject("/Form")
    form[NameObject("/FormType")] = NumberObject(1)
    form[NameObject("/BBox")] = ArrayObject(crop)
    resources = src.get("/Resources")
    if resources is not None:
        form[NameObject("/Resources")] = resources.clone(writer)
    if form.indirect_reference is not None and form.indirect_reference.pdf is writer:
        return form.indirect_reference
    return writer._add_object(form)


def _fit(crop: RectangleObject, rotation: int, box: Box
         ) -> tuple[Matrix, tuple[float, float, float, float]]:
    """The matrix that shows the cropped, rotated page as large as fits in `box`,
    centred; and where it lands (x, y, width, height)."""
    left, bottom = float(crop.left), float(crop.bottom)
    cw, ch = float(crop.width), float(crop.height)
    shown_w, shown_h = (ch, cw) if rotation in (90, 270) else (cw, ch)
    x0, y0, x1, y1 = box
    scale = min((x1 - x0) / shown_w, (y1 - y0) / shown_h)
    w, h = shown_w * scale, shown_h * scale
    ox, oy = x0 + (x1 - x0 - w) / 2, y0 + (y1 - y0 - h) / 2
    # The page's own /Rotate turns it clockwise on screen; the same turn, here in content.
    turn: Matrix = {0: (1, 0, 0, 1, 0, 0), 90: (0, -1, 1, 0, 0, cw),
                    180: (-1, 0, 0, -1, cw, ch), 270: (0, 1, -1, 0, ch, 0)}.get(
        rotation, (1, 0, 0, 1, 0, 0))
    first: Matrix = (1, 0, 0, 1, -left, -bottom)
    last: Matrix = (scale, 0, 0, scale, ox, oy)
    return _times(_times(first, turn), last), (ox, oy, w, h)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n, as PDF matrices [a b c d e f] (row vectors: p' = p · m · n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _num(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text if text not in ("", "-0") else "0"
