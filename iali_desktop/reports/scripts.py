"""Text in scripts DejaVu Sans cannot print: a font chosen per run of text.

DejaVu Sans covers Latin, Greek and Cyrillic. Runs of Arabic are joined into their
contextual letter forms (arabic-reshaper), put in visual right-to-left order (python-bidi)
and printed in Noto Sans Arabic; runs of Chinese and Japanese are printed in Droid Sans
Fallback and runs of Korean Hangul in Nanum Barun Gothic (TrueType outlines, which
ReportLab needs; the Noto CJK fonts are CFF, and Droid has no Hangul syllables).
ReportLab's own shaping needs uharfbuzz and its right-to-left support rlbidi, which the
frozen app would have to carry as compiled extensions; these two libraries are pure
Python apart from python-bidi's small wheel.

The fonts are registered on first use, so a report without such text never loads the
4 MB CJK fonts. A right-to-left run of up to 40 characters (a name) is kept on one line;
a longer one that wraps keeps its words in visual order across lines, so its lines read
in the wrong order: names and short texts print right, long Arabic prose does not yet.
"""

from __future__ import annotations

import re
from functools import cache
from xml.sax.saxutils import escape, unescape

from arabic_reshaper import reshape
from bidi import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from iali_desktop.domain.resource_files import resource

ARABIC_FONT = "NotoSansArabic"
ARABIC_FONT_BOLD = "NotoSansArabic-Bold"
CJK_FONT = "DroidSansFallback"
HANGUL_FONT = "NanumBarunGothic"

_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefe"
_HANGUL = "\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff"
_CJK = ("\u2e80-\u2fdf\u3000-\u30ff\u3100-\u312f\u3190-\u31ff\u3200-\u33ff\u3400-\u4dbf"
        "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0002ffff")
_OTHER = re.compile(f"[{_ARABIC}{_HANGUL}{_CJK}]")
_HAS_ARABIC = re.compile(f"[{_ARABIC}]")
# An Arabic run keeps the spaces between its words; a CJK run is one unbroken stretch.
_RUNS = re.compile(f"([{_ARABIC}]+(?:[ \u00a0]+[{_ARABIC}]+)*)|([{_HANGUL}]+)|([{_CJK}]+)")
_TAG = re.compile(r"(<[^>]*>)")
# A right-to-left run up to this long (a name, a title) is kept on one line.
_UNBROKEN = 40


def needs_fallback(text: str) -> bool:
    return _OTHER.search(text) is not None


def with_fallback(markup: str) -> str:
    """Paragraph markup with every Arabic or CJK run of its text in a font that has it
    (Arabic shaped and in visual order); markup without such runs comes back unchanged."""
    if not needs_fallback(markup):
        return markup
    return "".join(part if part.startswith("<") else _text(part)
                   for part in _TAG.split(markup))


def visual(text: str) -> str:
    """Plain text with Arabic shaped and in visual order (for strings drawn directly)."""
    if _HAS_ARABIC.search(text) is None:
        return text
    return str(get_display(reshape(text), base_dir="L"))  # the documents read left to right


def _text(escaped: str) -> str:
    if not needs_fallback(escaped):
        return escaped
    text = visual(unescape(escaped))
    out: list[str] = []
    last = 0
    for match in _RUNS.finditer(text):
        out.append(escape(text[last:match.start()]))
        font = _arabic_font() if match.group(1) else _hangul_font() if match.group(2) \
            else _cjk_font()
        run = match.group(0)
        if match.group(1) and len(run) <= _UNBROKEN:
            run = run.replace(" ", "\u00a0")  # lines would come in the wrong order
        out.append(f'<font name="{font}">{escape(run)}</font>')
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out)


@cache
def _arabic_font() -> str:
    for name, file_name in ((ARABIC_FONT, "NotoSansArabic-Regular.ttf"),
                            (ARABIC_FONT_BOLD, "NotoSansArabic-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(ARABIC_FONT, normal=ARABIC_FONT, bold=ARABIC_FONT_BOLD,
                                  italic=ARABIC_FONT, boldItalic=ARABIC_FONT_BOLD)
    return ARABIC_FONT


@cache
def _cjk_font() -> str:
    pdfmetrics.registerFont(TTFont(CJK_FONT, str(resource("fonts", "DroidSansFallbackFull.ttf"))))
    pdfmetrics.registerFontFamily(CJK_FONT, normal=CJK_FONT, bold=CJK_FONT, italic=CJK_FONT,
                                  boldItalic=CJK_FONT)
    return CJK_FONT


@cache
def _hangul_font() -> str:
    pdfmetrics.registerFont(TTFont(HANGUL_FONT, str(resource("fonts", "NanumBarunGothic.ttf"))))
    pdfmetrics.registerFontFamily(HANGUL_FONT, normal=HANGUL_FONT, bold=HANGUL_FONT,
                                  italic=HANGUL_FONT, boldItalic=HANGUL_FONT)
    return HANGUL_FONT
