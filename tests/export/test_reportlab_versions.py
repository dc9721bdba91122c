"""The PDF's fonts are shaped as chosen on every reportlab the pin allows (4.3 to 5.1).

After 4.3 reportlab renamed TTFont's shaping switch (``shaped`` became ``shapable``; checked on
4.5.1 and 5.1.0) and turned it on by default; 4.3 reads it back as ``isShaped``, the later ones
as ``shapable``. ``pdf_base.tt_font`` and ``is_shaped`` speak both, so DejaVu stays unshaped and
the Noto fonts of the complex scripts are shaped whichever is installed. The report's tests were
run against 4.3.1, 4.5.1 and 5.1.0 (docs/decisions.md, "reportlab versions").
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import getFont

from svmi_desktop.export.pdf_base import FONT, FONT_BOLD, is_shaped
from svmi_desktop.export.pdf_fonts import bundled_fonts


def test_dejavu_is_unshaped_and_the_complex_script_fonts_are_shaped():
    names = dict(bundled_fonts())
    assert "SVMI-NotoArabic" in names and "SVMI-NotoHebrew" in names
    assert not is_shaped(getFont(FONT)) and not is_shaped(getFont(FONT_BOLD))
    for name in names:
        if name != FONT:
            assert is_shaped(getFont(name)), name
