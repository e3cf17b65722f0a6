"""The bundle's entry point: the `shoplens` command (the desktop app without a subcommand, else the CLI)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a multiprocessing child re-runs this executable on Windows and macOS
    from shoplens.cli import main

    sys.exit(main())
