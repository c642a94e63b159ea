"""Attached PDF pages drawn into the pack as form XObjects: read with pypdf, written by
ReportLab in the same file as the rest of the pack.

Each page of an attached PDF becomes a form XObject (its own content stream, kept as it is
encoded, and its resources), and its reserved page in the layout draws it scaled to fit
(`PaperPage`). So the pack is written once, by ReportLab, with the attached pages inside:
nothing is parsed back or written twice, page numbers, contents and bookmarks need no
second step, and the file stays reproducible (ReportLab's invariant mode).

pypdf objects are carried over one to one: dictionaries, arrays and streams as ReportLab's
PDF objects, an indirect object once per source file (fonts shared by pages stay shared),
and every other value (names, numbers, strings, booleans, null) as the bytes pypdf writes
for it.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    IndirectObject,
    PdfObject,
    RectangleObject,
    StreamObject,
)
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFDocument, PDFStream

from iali_desktop.services.reporting import PaperFile

Box = tuple[float, float, float, float]
Matrix = tuple[float, float, float, float, float, float]
_SKIPPED_KEYS = {"/Length", "/Parent"}  # ReportLab writes the length; no way back up


@dataclass(frozen=True)
class PageGeometry:
    """What placing a page needs: its visible box and its own rotation."""

    crop: Box  # left, bottom, right, top
    rotation: int  # 0, 90, 180 or 270 (clockwise, as /Rotate)


def read_geometry(paper: PaperFile) -> list[PageGeometry] | None:
    """Each page's box and rotation; None when the file cannot be read as a PDF."""
    try:
        with paper.open() as stream:
            reader = _reader(stream)
            if reader is None:
                return None
            out = []
            for page in reader.pages:
                crop = RectangleObject(page.get("/CropBox", page.mediabox))
                if float(crop.width) <= 0 or float(crop.height) <= 0:
                    return None  # a page with no area cannot be shown
                out.append(PageGeometry(
                    (float(crop.left), float(crop.bottom), float(crop.right), float(crop.top)),
                    int(page.get("/Rotate", 0)) % 360))
            return out
    except (PyPdfError, OSError, ValueError, KeyError, TypeError):
        return None


def add_forms(doc: PDFDocument, paper: PaperFile, names: Mapping[int, str]) -> None:
    """Define the named forms, one per page index of the paper, in ReportLab's document."""
    with paper.open() as stream:
        reader = _reader(stream)
        if reader is None:
            raise ValueError(f"{paper.name} can no longer be read as a PDF")
        carried = _Carrier(doc)
        for index in sorted(names):
            doc.addForm(names[index], carried.form(reader.pages[index]))


def fit(geometry: PageGeometry, box: Box) -> tuple[Matrix, Box]:
    """The matrix that shows the page, turned by its rotation, as large as fits in `box`
    and centred; and where it lands (x, y, width, height)."""
    left, bottom, right, top = geometry.crop
    cw, ch = right - left, top - bottom
    shown_w, shown_h = (ch, cw) if geometry.rotation in (90, 270) else (cw, ch)
    x0, y0, x1, y1 = box
    scale = min((x1 - x0) / shown_w, (y1 - y0) / shown_h)
    w, h = shown_w * scale, shown_h * scale
    ox, oy = x0 + (x1 - x0 - w) / 2, y0 + (y1 - y0 - h) / 2
    # The page's own /Rotate turns it clockwise on screen; the same turn, here in content.
    turn: Matrix = {0: (1, 0, 0, 1, 0, 0), 90: (0, -1, 1, 0, 0, cw),
                    180: (-1, 0, 0, -1, cw, ch), 270: (0, 1, -1, 0, ch, 0)}.get(
        geometry.rotation, (1, 0, 0, 1, 0, 0))
    first: Matrix = (1, 0, 0, 1, -left, -bottom)
    last: Matrix = (scale, 0, 0, scale, ox, oy)
    return _times(_times(first, turn), last), (ox, oy, w, h)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n, as PDF matrices [a b c d e f] (row vectors: p' = p · m · n)."""
    a, b, c, d, e, f = m
    a2, b2, c2, d2, e2, f2 = n
    return (a * a2 + b * c2, a * b2 + b * d2, c * a2 + d * c2, c * b2 + d * d2,
            e * a2 + f * c2 + e2, e * b2 + f * d2 + f2)


def _reader(stream: Any) -> PdfReader | None:
    reader = PdfReader(stream)
    if reader.is_encrypted and not reader.decrypt(""):
        return None
    return reader


class _Carrier:
    """Carries pypdf objects of one source file into ReportLab's document."""

    def __init__(self, doc: PDFDocument) -> None:
        self.doc = doc
        self.refs: dict[tuple[int, int], Any] = {}

    def form(self, page: PageObject) -> PDFStream:
        contents = page.get("/Contents")
        resolved = contents.get_object() if contents is not None else None
        entries: dict[str, Any] = {}
        if isinstance(resolved, StreamObject):
            data = resolved._data  # as encoded in the file; its filters go with it
            for key in ("/Filter", "/DecodeParms"):
                if key in resolved:
                    entries[key[1:]] = self.value(resolved[key])
        else:
            parts = resolved if isinstance(resolved, ArrayObject) else []
            data = b"\n".join(part.get_object().get_data() for part in parts)
        crop = RectangleObject(page.get("/CropBox", page.mediabox))
        entries.update({"Type": b"/XObject", "Subtype": b"/Form", "FormType": 1,
                        "BBox": PDFArray([float(v) for v in crop])})
        if "/Resources" in page:
            entries["Resources"] = self.value(page["/Resources"])
        return PDFStream(PDFDictionary(entries), data)

    def value(self, obj: PdfObject) -> Any:
        if isinstance(obj, IndirectObject):
            return self._reference(obj)
        if isinstance(obj, StreamObject):
            stream = PDFStream(PDFDictionary({}), b"")
            self._fill_stream(stream, obj)
            return stream
        if isinstance(obj, DictionaryObject):
            return PDFDictionary(self._entries(obj))
        if isinstance(obj, ArrayObject):
            return PDFArray([self.value(v) for v in obj])
        raw = io.BytesIO()
        obj.write_to_stream(raw)
        return raw.getvalue()

    def _reference(self, ref: IndirectObject) -> Any:
        key = (ref.idnum, ref.generation)
        if key in self.refs:
            return self.refs[key]
        target = ref.get_object()
        holder: Any
        if isinstance(target, StreamObject):
            holder = PDFStream(PDFDictionary({}), b"")
        elif isinstance(target, DictionaryObject):
            holder = PDFDictionary({})
        elif isinstance(target, ArrayObject):
            holder = PDFArray([])
        else:
            return self.value(target) if target is not None else b"null"
        self.refs[key] = self.doc.Reference(holder)  # before its parts: cycles end here
        if isinstance(target, StreamObject):
            self._fill_stream(holder, target)
        elif isinstance(target, DictionaryObject):
            holder.dict.update(self._entries(target))
        else:
            holder.sequence = [self.value(v) for v in target]
        return self.refs[key]

    def _fill_stream(self, stream: PDFStream, source: StreamObject) -> None:
        stream.dictionary.dict.update(self._entries(source))
        # Encoded as in the file, with its /Filter kept (ReportLab then leaves it alone);
        # a stream stored without a filter is compressed like ReportLab's own.
        stream.content = source._data

    def _entries(self, obj: DictionaryObject) -> dict[str, Any]:
        return {str(k)[1:]: self.value(v) for k, v in obj.items() if k not in _SKIPPED_KEYS}
