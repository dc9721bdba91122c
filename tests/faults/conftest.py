"""Fixtures for the fault tests: the criteria index and the demo workshop."""

from __future__ import annotations


# index and demo: tests/conftest.py
