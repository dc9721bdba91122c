"""Results that travel: the submission workbook, the PDF report, the email draft, safe names.

Modules (openpyxl and reportlab are imported only inside the functions that need them, so
importing this package, or :mod:`svmi_desktop.services.exports`, stays cheap):

- :mod:`.text` — one place that cleans user text for cells, PDF paragraphs and mail headers;
- :mod:`.filenames` — file names from an organisation name, valid on Windows, macOS and Linux;
- :mod:`.palette` — the colour-blind-safe level colours shared by the workbook and the report;
- :mod:`.summary` — the facts every export repeats (gaps, year-1 actions);
- :mod:`.workbook` — the ``.xlsx`` in the original SVMI tool's shape;
- :mod:`.report` — the A4 PDF report and the one-page board summary;
- :mod:`.email_draft` — the ``.eml`` draft with the files attached.
"""
