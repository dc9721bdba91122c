"""SVMI Desktop: run a Social Value Maturity Index workshop offline."""

__version__ = "0.1.0"
