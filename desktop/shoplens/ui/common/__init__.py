"""Shared pieces of every screen: the worker, progress, charts, formatting, fonts, language, messages, table models."""
