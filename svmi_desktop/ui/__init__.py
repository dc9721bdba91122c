"""Everything that imports PySide6: the window, its pages, dialogs and widgets."""

from . import compat as _compat  # noqa: F401  (must run before the app makes many Qt calls)
