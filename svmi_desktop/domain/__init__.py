"""The pure core: criteria, answers, scoring, action plan and radar geometry.

Nothing in this package imports Qt, SQLite, openpyxl or reportlab, so it can be used
(and tested) anywhere.
"""
