"""Everything Qt: windows, wizards, views, table models, the worker helper."""

from .common.qt_fixes import guard_bool_refcount

guard_bool_refcount()  # PySide6 6.12 drops a reference of True on every Signal.emit(); see common/qt_fixes.py
