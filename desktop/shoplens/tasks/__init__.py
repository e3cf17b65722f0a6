"""The app's long work, run by the desktop app in workers: plain core functions with progress and cancel (no Qt here)."""
