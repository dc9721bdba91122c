"""Use cases the desktop app and the command line call: open, answer, export, import (no Qt)."""
